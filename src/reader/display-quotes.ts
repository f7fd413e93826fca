/**
 * Which quotes the popup, the reader and the Markdown export show. The core's key quotes hold at most
 * two per speaker so that one voice can't fill the top five; but when a story quotes only one person
 * three times, dropping the third leaves a slot empty and a quote unseen. So: the key quotes first,
 * then, while there is room, the remaining quotes by score. The per-speaker cap still shapes the
 * order wherever other speakers exist.
 */
import type { Article, Quote } from '../core/types';

/** At most this many quotes are shown, as DESIGN.md's "top five". */
export const MAX_SHOWN_QUOTES = 5;

/** The quotes to show for `article`, best first. */
export function displayQuotes(article: Pick<Article, 'keyQuotes' | 'quotes'>, max = MAX_SHOWN_QUOTES): Quote[] {
  const shown = article.keyQuotes.slice(0, max);
  const taken = new Set(shown.map((q) => `${q.start}:${q.end}`));
  const rest = article.quotes
    .filter((q) => !taken.has(`${q.start}:${q.end}`))
    .sort((a, b) => b.score - a.score);
  for (const quote of rest) {
    if (shown.length >= max) break;
    shown.push(quote);
  }
  return shown;
}
