/**
 * The Article from a page's reading, where the article is shown (the popup, the reader): the page half
 * (core/read.ts) ran in the page; this finishes it (core/finish.ts) on Readability's article rebuilt
 * in a document of its own, which has no window: nothing in it loads or runs.
 */
import { finishReading } from '../core/finish';
import type { PageReading } from '../core/read';
import type { Article } from '../core/types';

export function articleFromReading(reading: PageReading): Article {
  return finishReading(reading, document.implementation.createHTMLDocument(''));
}
