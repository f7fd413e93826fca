/**
 * The one presentation of an Article: what every view (the popup, the reader, Copy as Markdown, the
 * CLI) shows, worked out once so the same page says the same words everywhere. Pure data in, pure data
 * out; the formats (text.ts, markdown.ts) and the DOM builders (dom.ts) only lay it out.
 */
import { safeHttpUrl } from '../core/http-url';
import type { Article } from '../core/types';
import { formatDate } from './dates';
import type { ViewStrings } from './strings';

/** The date on the source line: `text` as shown, `iso` the page's own value (for <time datetime>). */
export interface ViewDate {
  text: string;
  iso: string;
}

/**
 * A note shown with the text, in this order: the page's own (an agency disclaimer), then "cut short",
 * then "not an article". The DOM views put the last two above the text, where they are read first.
 */
export interface ViewNote {
  /** 'no-text' is never in `notes`: the DOM views show `noText` with the notices when there is no text. */
  kind: 'page' | 'truncated' | 'not-article' | 'no-text';
  text: string;
}

export interface ViewQuote {
  text: string;
  /** Who said it; null when unattributed (the DOM views then say `strings.unattributed`). */
  speaker: string | null;
}

export interface ViewRelatedBlock {
  heading: string | null;
  /** `url`: absolute and http(s) only, or null (listed as text: a page's `javascript:` link is never a link). */
  items: { title: string; url: string | null }[];
}

export interface ArticleView {
  title: string | null;
  lang: string | null;
  /** The page's address, when it is a web link. */
  url: string | null;
  site: string | null;
  byline: string | null;
  date: ViewDate | null;
  readingTime: string;
  /** site · byline · date · reading time, the parts that are present. */
  sourceLine: string;
  paragraphs: string[];
  /** Why there is no text (only when `paragraphs` is empty): the size limit passed, else none found. */
  noText: string | null;
  notes: ViewNote[];
  /** Exactly the core's key quotes, in its order: the choice of quotes is the core's, not a view's. */
  quotes: ViewQuote[];
  relatedCount: number;
  related: ViewRelatedBlock[];
}

const SEPARATOR = ' · ';

/** Trimmed text, or null when there is none. */
function present(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** The published date, or "Updated <date>" when the page gives only its last change (the core then sets
 * both fields to it, or only updatedTime). */
function dateOf(article: Article, strings: ViewStrings): ViewDate | null {
  const published = present(article.publishedTime);
  const updated = present(article.updatedTime);
  if (published && published !== updated) return { text: formatDate(published, strings.locale), iso: published };
  return updated ? { text: strings.updated(formatDate(updated, strings.locale)), iso: updated } : null;
}

function notesOf(article: Article, strings: ViewStrings, hasText: boolean): ViewNote[] {
  // A page past a limit has no text, and its only note is the core's English for that: the view says it
  // once, as the reason there is no text, in the reader's language.
  const notes: ViewNote[] = article.tooLarge ? [] : article.notes.map((text) => ({ kind: 'page', text }));
  // "Cut short" speaks of the text shown; with none shown, the reason there is none says it.
  if (article.truncated && hasText) notes.push({ kind: 'truncated', text: strings.truncated });
  // Said plainly, so a section front's link soup shown on request is not taken for an article.
  if (!article.detection.isArticle) notes.push({ kind: 'not-article', text: strings.notArticle });
  return notes;
}

/** What every view shows of `article`, in `strings`' words and locale. */
export function articleView(article: Article, strings: ViewStrings): ArticleView {
  const site = present(article.siteName);
  const byline = present(article.byline);
  const date = dateOf(article, strings);
  const readingTime = strings.readingTime(article.readingMinutes);
  const hasText = article.paragraphs.length > 0;
  return {
    title: present(article.title),
    lang: present(article.lang),
    url: safeHttpUrl(article.url),
    site,
    byline,
    date,
    readingTime,
    sourceLine: [site, byline, date?.text, readingTime].filter((p): p is string => !!p).join(SEPARATOR),
    paragraphs: article.paragraphs,
    noText: hasText ? null : article.tooLarge ? strings.tooLarge(article.tooLarge) : strings.noText,
    notes: notesOf(article, strings, hasText),
    quotes: article.keyQuotes.map((q) => ({ text: q.text, speaker: present(q.speaker) })),
    relatedCount: article.related.count,
    related: article.related.blocks.map((block) => ({
      heading: present(block.heading),
      items: block.items.map((item) => ({ title: item.title, url: safeHttpUrl(item.url, article.url) })),
    })),
  };
}

export { SEPARATOR as SOURCE_SEPARATOR };
