/**
 * "This page is too large to declutter…" in the reader's language, from the core's structured limit
 * (the core's own note is English): the reason there is no text, in every view (render/strings.ts).
 */
import type { Article } from '../core/types';

const MESSAGES = { elements: 'statusTooLargeElements', depth: 'statusTooLargeDepth', text: 'statusTooLargeText' } as const;

/** The sentence for `over`, with the limit written the way `locale` writes numbers. */
export function tooLargeText(over: NonNullable<Article['tooLarge']>, message: (key: string, sub: string) => string, locale: string): string {
  return message(MESSAGES[over.limit], new Intl.NumberFormat(locale).format(over.max));
}
