/**
 * How much prose a page holds outside lists: the yardstick for Readability's pick. When Readability
 * settles on a block holding a small share of it (a footer, a "Discover restaurants" strip, an
 * advertiser disclosure), it has most likely missed the article, and is asked to try again.
 */
import { MAX_ELEMENTS } from './limits';

/** Paragraphs shorter than this are captions, buttons and teasers, not prose. */
const MIN_PARAGRAPH = 80;

/**
 * Characters of text in the page's `<p>` elements of MIN_PARAGRAPH or more that sit outside list items
 * (lists of teasers are not the article). Bounded like the scan: at most MAX_ELEMENTS paragraphs read.
 */
export function proseLength(doc: Document): number {
  let total = 0;
  const paragraphs = doc.getElementsByTagName('p');
  const n = Math.min(paragraphs.length, MAX_ELEMENTS);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i]!;
    const length = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (length >= MIN_PARAGRAPH && !p.closest('li')) total += length;
  }
  return total;
}
