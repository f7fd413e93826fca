/**
 * Builds the reader's content from an Article. Everything from the page goes in as text nodes
 * (textContent), never as HTML, so nothing the page wrote can run or restyle the reader.
 */
import type { Article } from '../core/types';
import { displayQuotes } from './display-quotes';
import type { PaletteName } from './theme';

/** The reader's fixed strings, passed in so the reader's modules stay free of the browser API. */
export interface ReaderStrings {
  close: string;
  toolbar: string;
  themeGroup: string;
  themes: Record<PaletteName, string>;
  fontGroup: string;
  fontSmaller: string;
  fontLarger: string;
  widthGroup: string;
  narrower: string;
  wider: string;
  keyQuotes: string;
  truncated: string;
  /** Says, in the user's language, which size limit the page passed (then there is no text). */
  tooLarge(over: NonNullable<Article['tooLarge']>): string;
  /** Formats "N min read". */
  readingTime(minutes: number): string;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string | null, text?: string | null): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The article as a tree of plain elements holding text. */
export function renderArticle(doc: Document, article: Article, strings: ReaderStrings): HTMLElement {
  const page = el(doc, 'article', 'page');
  page.append(el(doc, 'h1', null, article.title));
  const meta = [article.siteName, article.byline, article.publishedTime && formatDate(article.publishedTime), strings.readingTime(article.readingMinutes)];
  page.append(el(doc, 'p', 'meta', meta.filter(Boolean).join(' · ')));
  const quotes = displayQuotes(article);
  if (quotes.length) {
    const aside = el(doc, 'aside', 'quotes');
    aside.append(el(doc, 'h2', null, strings.keyQuotes));
    for (const quote of quotes) {
      const block = el(doc, 'blockquote', null, `“${quote.text}”`);
      if (quote.speaker) block.append(el(doc, 'cite', null, `— ${quote.speaker}`));
      aside.append(block);
    }
    page.append(aside);
  }
  // A page too large has no text: say why in the user's language (the core's note is English).
  if (article.tooLarge) page.append(el(doc, 'p', 'notice', strings.tooLarge(article.tooLarge)));
  else if (article.truncated) page.append(el(doc, 'p', 'notice', strings.truncated));
  const text = el(doc, 'div', 'text');
  for (const paragraph of article.paragraphs) text.append(el(doc, 'p', null, paragraph));
  page.append(text);
  if (article.notes.length && !article.tooLarge) {
    const notes = el(doc, 'div', 'notes');
    for (const note of article.notes) notes.append(el(doc, 'p', null, note));
    page.append(notes);
  }
  return page;
}

/** A published time as the reader's locale writes dates; the raw string when it doesn't parse. */
export function formatDate(value: string, locale?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}
