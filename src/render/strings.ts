/**
 * The fixed words of every view (headings, notes, "N min read"), taken from src/_locales through a
 * `Translate` function: the extension passes `browser.i18n.getMessage`, the CLI and tests a catalog
 * read with `translator`. So the popup, the reader, Copy as Markdown and the CLI say the same words.
 */

import type { Article } from '../core/types';
import { tooLargeText } from './too-large';

/** A message by key, with $1…$9 substitutions, as `browser.i18n.getMessage` works. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface ViewStrings {
  /** BCP 47 tag the dates are written in (the browser's UI language; the CLI's is English). */
  locale: string;
  readingTime(minutes: number): string;
  /** "Updated <date>", for a page that gives only its last change. */
  updated(date: string): string;
  keyQuotes: string;
  unattributed: string;
  /** The note for an article that looks cut short. */
  truncated: string;
  /** The note for a page that doesn't look like an article (shown when the user insisted). */
  notArticle: string;
  /** Why there is no text, when the page was read and none was found. */
  noText: string;
  /** Why there is no text on a page past a size limit: which limit, with the figure in the locale's digits. */
  tooLarge(over: NonNullable<Article['tooLarge']>): string;
  relatedHeading: string;
  relatedHidden(count: number): string;
}

/** The view strings in `locale`, from the extension's messages. */
export function viewStrings(t: Translate, locale: string): ViewStrings {
  return {
    locale,
    readingTime: (minutes) => t('readingTime', String(minutes)),
    updated: (date) => t('dateUpdated', date),
    keyQuotes: t('keyQuotesHeading'),
    unattributed: t('unattributed'),
    truncated: t('truncatedNotice'),
    notArticle: t('statusNotArticle'),
    noText: t('statusEmpty'),
    tooLarge: (over) => tooLargeText(over, t, locale),
    relatedHeading: t('relatedHeading'),
    relatedHidden: (count) => (count === 1 ? t('relatedHiddenOne') : t('relatedHidden', String(count))),
  };
}

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * `getMessage` over a messages.json catalog, where the browser isn't (the CLI, tests): named
 * placeholders ($COUNT$) stand for their content ($1), which takes the substitution. A missing key
 * gives the key, as the extension's `t` does, so a gap is visible rather than blank.
 */
export function translator(catalog: Record<string, CatalogEntry>): Translate {
  return (key, substitutions) => {
    const entry = catalog[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const holder = entry.placeholders?.[name.toLowerCase()];
      return holder ? fill(holder.content) : whole;
    });
  };
}
