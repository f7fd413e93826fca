/**
 * The DOM of an ArticleView, built once for the popup and the reader. Everything from the page goes in
 * as text (textContent), never as HTML; links only as the view model's http(s) URLs. No browser API:
 * the document to build in is passed (the popup's own, or the page's for the reader's shadow root).
 * Structure is part of the contract: one h1 (the title), the key quotes as `ul > li` with nothing in
 * between, the source line's words exactly `view.sourceLine`.
 */
import type { ViewStrings } from './strings';
import { SOURCE_SEPARATOR, type ArticleView, type ViewNote, type ViewQuote } from './view';

type Tag = keyof HTMLElementTagNameMap;

function el<K extends Tag>(doc: Document, tag: K, text?: string | null, className?: string, testId?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  if (testId) node.dataset.testid = testId;
  return node;
}

/** The title (the one h1) and the source line, its parts in spans joined by the separator as text. */
export function buildHeader(doc: Document, view: ArticleView): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  // Always the one h1, hidden when the page has no title, so the page's outline has the same shape.
  const title = el(doc, 'h1', view.title, 'title', 'title');
  title.hidden = !view.title;
  fragment.append(title);
  const meta = el(doc, 'p', null, 'meta');
  const parts: HTMLElement[] = [];
  if (view.site) parts.push(el(doc, 'span', view.site, 'site', 'site'));
  if (view.byline) parts.push(el(doc, 'span', view.byline, 'byline', 'byline'));
  if (view.date) {
    const time = el(doc, 'time', view.date.text, 'published', 'published');
    time.dateTime = view.date.iso;
    parts.push(time);
  }
  parts.push(el(doc, 'span', view.readingTime, 'reading-time', 'reading-time'));
  parts.forEach((part, i) => meta.append(...(i > 0 ? [SOURCE_SEPARATOR, part] : [part])));
  fragment.append(meta);
  return fragment;
}

/** What makes a quote clickable in the popup: a button per quote, matched back by `data-index`. */
export interface QuoteAction {
  /** The button's tooltip ("Show this quote on the page"). */
  title: string;
}

/** The key quotes as list items (for a `ul` the caller owns): the words, then who said them. */
export function buildQuoteItems(doc: Document, quotes: readonly ViewQuote[], strings: Pick<ViewStrings, 'unattributed'>, action?: QuoteAction): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  quotes.forEach((quote, index) => {
    const li = el(doc, 'li', null, 'quote-item');
    const body = action ? el(doc, 'button', null, 'quote', 'quote') : li;
    if (action) {
      Object.assign(body, { type: 'button', title: action.title });
      body.dataset.index = String(index);
      li.append(body);
    } else {
      li.dataset.testid = 'quote';
    }
    // The dash is text, as in the Markdown and text layouts ("“…” — Lee"), so it is read and copied too.
    const by = el(doc, 'span', '— ', 'quote-by');
    by.append(el(doc, 'span', quote.speaker ?? strings.unattributed, 'quote-speaker', 'quote-speaker'));
    body.append(el(doc, 'q', quote.text, 'quote-text'), by);
    fragment.append(li);
  });
  return fragment;
}

/** One <p> per text. */
export function buildParagraphs(doc: Document, texts: readonly string[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const text of texts) fragment.append(el(doc, 'p', text));
  return fragment;
}

/** The notes read before the text ("cut short", "not an article"), and those under it (the page's own). */
export function splitNotes(notes: readonly ViewNote[]): { before: ViewNote[]; after: ViewNote[] } {
  return { before: notes.filter((n) => n.kind !== 'page'), after: notes.filter((n) => n.kind === 'page') };
}

/** The notes read before the text, each a `p.notice` with role=note and the note's kind as its id. */
export function buildNotices(doc: Document, notes: readonly ViewNote[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const note of notes) {
    const p = el(doc, 'p', note.text, 'notice');
    p.id = note.kind;
    p.setAttribute('role', 'note');
    fragment.append(p);
  }
  return fragment;
}

/** The related stories as headed lists; an item without a web link is listed as text. */
export function buildRelated(doc: Document, view: ArticleView, strings: Pick<ViewStrings, 'relatedHeading'>): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const block of view.related) {
    fragment.append(el(doc, 'h3', block.heading ?? strings.relatedHeading, 'related-heading'));
    const list = el(doc, 'ul');
    for (const item of block.items) {
      const li = el(doc, 'li');
      if (item.url) {
        const a = el(doc, 'a', item.title);
        Object.assign(a, { href: item.url, target: '_blank', rel: 'noopener noreferrer' });
        li.append(a);
      } else {
        li.append(item.title);
      }
      list.append(li);
    }
    fragment.append(list);
  }
  return fragment;
}
