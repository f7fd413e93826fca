/** Pieces shared by the text and markdown views of an Article. */

import type { Article, RelatedItem } from '../core/types';

/**
 * The source line: site · byline · date · N min read. The date keeps the publisher's own calendar
 * day when it is ISO-like (converting to UTC could move a late-evening story to the next day).
 */
export function sourceLine(a: Article): string {
  const date = a.publishedTime ? (/^\d{4}-\d{2}-\d{2}/.exec(a.publishedTime)?.[0] ?? a.publishedTime) : null;
  const parts = [a.siteName, a.byline, date].filter((p): p is string => !!p && p.trim() !== '').map((p) => p.trim());
  parts.push(`${a.readingMinutes} min read`);
  return parts.join(' · ');
}

/**
 * A related item's link made absolute against the page and limited to http(s): a `javascript:` or
 * `data:` URL from a hostile page must never become a clickable link.
 */
export function safeLink(item: RelatedItem, base: string | null): string | null {
  if (!item.url) return null;
  try {
    const u = base ? new URL(item.url, base) : new URL(item.url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Strips terminal control characters (escape sequences could rewrite the user's terminal) and
 * bidi overrides, keeping tabs and newlines.
 */
export function stripControls(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
