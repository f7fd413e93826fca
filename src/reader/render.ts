/**
 * Builds the reader's content from an Article, with the render layer's view model and DOM builders
 * (the popup uses the same). Everything from the page goes in as text nodes, never as HTML, so
 * nothing the page wrote can run or restyle the reader.
 */
import type { Article } from '../core/types';
import { buildHeader, buildNotices, buildParagraphs, buildQuoteItems, splitNotes } from '../render/dom';
import type { ViewStrings } from '../render/strings';
import { articleView } from '../render/view';
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
  /** The words of the article's view (headings, notes, dates): the popup's and the CLI's too. */
  view: ViewStrings;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  return node;
}

/** The article as a tree of plain elements holding text. */
export function renderArticle(doc: Document, article: Article, strings: ReaderStrings): HTMLElement {
  const view = articleView(article, strings.view);
  const page = el(doc, 'article', 'page');
  page.append(buildHeader(doc, view));
  if (view.quotes.length) {
    const aside = el(doc, 'aside', 'quotes');
    const heading = el(doc, 'h2', 'quotes-heading');
    heading.textContent = strings.view.keyQuotes;
    const list = el(doc, 'ul', 'quote-list');
    list.append(buildQuoteItems(doc, view.quotes, strings.view));
    aside.append(heading, list);
    page.append(aside);
  }
  const { before, after } = splitNotes(view.notes);
  // No text: the reason comes first (a page past the size limits, in the reader's language).
  if (view.noText !== null) page.append(buildNotices(doc, [{ kind: 'no-text', text: view.noText }]));
  page.append(buildNotices(doc, before));
  const text = el(doc, 'div', 'text');
  text.append(buildParagraphs(doc, view.paragraphs));
  page.append(text);
  if (after.length) {
    const notes = el(doc, 'div', 'notes');
    notes.append(buildParagraphs(doc, after.map((n) => n.text)));
    page.append(notes);
  }
  return page;
}
