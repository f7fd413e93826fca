/**
 * Extracts the article from `doc` in one process: the page half (read.ts: detection, related rails,
 * Readability on a clone; the input is never touched), then the finish (finish.ts: precision pass,
 * paragraphs, quotes) on Readability's element directly. `timings.parse` is the caller's to fill.
 */
import { finishArticle } from './finish';
import { readPage } from './read';
import type { RuleSwitches } from './rules';
import type { Article } from './types';

/** `rules` switches rules off for the bench's ablation (rules.ts); the extension never passes it. */
export function extract(doc: Document, url: string | null, rules?: RuleSwitches): Article {
  const { reading, root } = readPage(doc, url, { rules });
  return finishArticle(reading, root, rules);
}
