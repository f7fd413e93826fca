/** Builds the core's Article from a loaded input: HTML through linkedom and `extract`, or plain text. */

import { parseHTML } from 'linkedom';
import { extract } from '../core/extract';
import { shapeDocument } from './html-shape';
import type { Article } from '../core/types';
import { InputError } from './input-error';
import { articleFromText } from './text-article';
import type { InputKind } from './args';

/**
 * Runs the core on one page and fills `timings.parse`, which only the caller that parsed can know.
 * @throws InputError when the core fails on the page, so a batch can report it and go on.
 */
export function articleFrom(source: string, url: string | null, input: InputKind): Article {
  if (input === 'text') return articleFromText(source, url);
  const t0 = performance.now();
  const doc = parseDocument(source);
  const parseMs = performance.now() - t0;
  let article: Article;
  try {
    article = extract(doc, url);
  } catch (e) {
    throw new InputError(`extraction failed: ${String((e as Error)?.message ?? e).replace(/\s+/g, ' ')}`);
  }
  return { ...article, timings: { ...article.timings, parse: parseMs } };
}

/**
 * Parses HTML with linkedom, in the shape a browser would give it (html-shape.ts). linkedom builds no
 * implied <html>/<body> (a fragment's first element becomes the document element, and an empty string
 * has none), which Readability cannot walk; such input is wrapped in a full document and parsed again.
 */
export function parseDocument(html: string): Document {
  const first = parseHTML(html).document as unknown as Document;
  if (first.documentElement?.localName === 'html') return shapeDocument(first);
  const wrapped = `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return shapeDocument(parseHTML(wrapped).document as unknown as Document);
}
