/**
 * The popup's article view: finishes the page's reading into the Article (precision pass, quotes) and
 * renders it, with the related switch, the actions and the site switch. A chunk of its own
 * (chunks/view-*.js), which popup.ts import()s once its question to the page is out.
 */
import type { Article } from '../core/types';
import { articleFromReading } from '../lib/article';
import { browser } from '../lib/browser';
import { byId } from '../lib/dom';
import { t } from '../lib/i18n';
import type { PageArticle } from '../lib/messages';
import { viewStrings, type ViewStrings } from '../render/strings';
import { articleView, type ArticleView } from '../render/view';
import { renderActions } from './actions';
import { askPage } from './page';
import { renderArticle } from './render-article';
import { renderQuotes } from './render-quotes';
import { renderRelatedToggle } from './related-toggle';
import { hideStatus, showStatus } from './status';

export { showSiteSwitch } from './site-switch';

/** The view model of `article` in the browser's UI language, and the words it was made with. */
export function popupView(article: Article): { view: ArticleView; strings: ViewStrings } {
  const strings = viewStrings(t, browser.i18n.getUILanguage());
  return { view: articleView(article, strings), strings };
}

/** Show the article the page answered with, or the sentence saying why there is no text. */
export function showArticle(tabId: number, answer: Extract<PageArticle, { state: 'article' }>): void {
  // Marks read by bench/popup.mjs, which splits the opening into the page's answer, the finish and the render.
  performance.mark('declutter:page-answered');
  const article = articleFromReading(answer.reading);
  performance.mark('declutter:finished');
  const { view, strings } = popupView(article);
  // No text: say why (a page past the size limits, or nothing found), never one of the article's notes.
  if (view.noText !== null) return showStatus(view.noText);
  renderArticle(view);
  renderQuotes(view.quotes, strings, async (quote) => (await askPage(tabId, 'quote/reveal', { text: quote.text })).found);
  renderRelatedToggle({
    view,
    strings,
    pageItems: answer.relatedItems,
    hidden: answer.relatedHidden,
    setHidden: async (hidden) => (await askPage(tabId, 'related/set', { hidden })).hidden,
  });
  renderActions(view, strings, (speak) => askPage(tabId, 'reader/open', speak ? { speak } : {}));
  hideStatus();
  byId('article').hidden = false;
  // Read by bench/popup.mjs: the time from opening the popup to the text on screen.
  performance.mark('declutter:text-shown');
}
