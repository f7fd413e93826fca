/**
 * Fills the popup's article view: title, source line, the "only part of the article" notice, the
 * clean text (one <p> per paragraph) and the notes under it. Text goes in as text, and the
 * finished fragments pass through DOMPurify before they are inserted.
 */
import type { Article } from '../core/types';
import { insertSanitized } from '../lib/sanitize';
import { formatDate } from '../reader/render';
import { byId, byTestId, textElement } from './dom';
import { t } from './i18n';

/** Set an element's text and hide it when there's none, so the source line has no empty gaps. */
function setText(el: HTMLElement, text: string | null): void {
  el.textContent = text ?? '';
  el.hidden = !text;
}

function paragraphs(texts: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const text of texts) fragment.append(textElement('p', text));
  return fragment;
}

/** Render everything about `article` except its quotes and related stories. */
export function renderArticle(article: Article, uiLanguage: string): void {
  setText(byTestId('title'), article.title);
  setText(byTestId('site'), article.siteName);
  setText(byTestId('byline'), article.byline);
  const published = byTestId<HTMLTimeElement>('published');
  setText(published, article.publishedTime && formatDate(article.publishedTime, uiLanguage));
  if (article.publishedTime) published.dateTime = article.publishedTime;
  setText(byTestId('reading-time'), t('readingTime', String(article.readingMinutes)));
  byId('truncated').hidden = !article.truncated;

  const text = byTestId('article-text');
  if (article.lang) text.lang = article.lang;
  insertSanitized(text, paragraphs(article.paragraphs));
  const notes = byId('notes');
  insertSanitized(notes, paragraphs(article.notes));
  notes.hidden = article.notes.length === 0;
  if (article.title) document.title = article.title;
}
