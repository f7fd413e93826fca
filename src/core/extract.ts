import { Readability } from '@mozilla/readability';
import { detect } from './detect';
import type { Article } from './types';

/**
 * BASELINE — to be replaced by the precision pipeline (issue 3).
 * Runs Readability on a clone of `doc` and returns the Article contract.
 */
export function extract(doc: Document, url: string | null): Article {
  const t0 = performance.now();
  const detection = detect(doc, url);
  const t1 = performance.now();
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { serializer: (node) => node }).parse();
  const paragraphs: string[] = [];
  const root = parsed?.content as Element | null | undefined;
  if (root) {
    for (const el of root.querySelectorAll('p, li, h2, h3, h4, blockquote, pre')) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(text);
    }
  }
  const text = paragraphs.join('\n\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const t2 = performance.now();
  return {
    url,
    detection,
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    siteName: parsed?.siteName ?? null,
    publishedTime: parsed?.publishedTime ?? null,
    lang: parsed?.lang ?? null,
    excerpt: parsed?.excerpt ?? null,
    paragraphs,
    text,
    notes: [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    truncated: false,
    quotes: [],
    keyQuotes: [],
    related: { count: 0, blocks: [] },
    removed: [],
    timings: { parse: 0, detect: t1 - t0, extract: t2 - t1, quotes: 0 },
  };
}
