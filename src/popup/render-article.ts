/**
 * Fills the popup's article view from the render layer's view model: the header (title, source line),
 * the notices read before the text ("cut short", "not an article"), the clean text and the page's notes
 * under it. The render layer builds the nodes with text only; DOMPurify checks them again on insertion.
 */
import { byId, byTestId } from '../lib/dom';
import { insertSanitized } from '../lib/sanitize';
import { buildHeader, buildNotices, buildParagraphs, splitNotes } from '../render/dom';
import type { ArticleView } from '../render/view';

/** Fill `container` with `fragment` and hide it when that is empty. */
function fill(container: HTMLElement, fragment: DocumentFragment): void {
  const empty = fragment.childNodes.length === 0;
  insertSanitized(container, fragment);
  container.hidden = empty;
}

/** Render everything about the article except its quotes and related stories. */
export function renderArticle(view: ArticleView): void {
  insertSanitized(byId('article-header'), buildHeader(document, view));
  const { before, after } = splitNotes(view.notes);
  fill(byId('notices'), buildNotices(document, before));
  const text = byTestId('article-text');
  if (view.lang) text.lang = view.lang;
  insertSanitized(text, buildParagraphs(document, view.paragraphs));
  fill(byId('notes'), buildParagraphs(document, after.map((n) => n.text)));
  if (view.title) document.title = view.title;
}
