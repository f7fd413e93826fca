/**
 * The popup's article view: finishes the page's reading into the Article (precision pass, quotes) and
 * renders it, with the related switch, the actions and the site switch. Shipped as popup-view.js
 * (view-entry.ts), which popup.ts loads once its question to the page is out.
 */
import { articleFromReading } from '../lib/article';
import { browser } from '../lib/browser';
import type { PageArticle } from '../lib/messages';
import { tooLargeText } from '../lib/too-large-text';
import { displayQuotes } from '../reader/display-quotes';
import { renderActions } from './actions';
import { byId } from './dom';
import { t } from './i18n';
import { askPage } from './page';
import { renderArticle } from './render-article';
import { renderQuotes } from './render-quotes';
import { renderRelatedToggle } from './related-toggle';
import { hideStatus, showStatus } from './status';

export { showSiteSwitch } from './site-switch';

/** Show the article the page answered with, or the sentence saying why there is no text. */
export function showArticle(tabId: number, answer: Extract<PageArticle, { state: 'article' }>): void {
  // Marks read by bench/popup.mjs, which splits the opening into the page's answer, the finish and the render.
  performance.mark('declutter:page-answered');
  const article = articleFromReading(answer.reading);
  performance.mark('declutter:finished');
  const ui = browser.i18n.getUILanguage();
  // No text: a page past the size limits says which limit, in the user's language; else the generic line.
  if (article.paragraphs.length === 0) return showStatus(article.tooLarge ? tooLargeText(article.tooLarge, t, ui) : t('statusEmpty'));
  renderArticle(article, ui);
  renderQuotes(displayQuotes(article), async (quote) => (await askPage(tabId, 'quote/reveal', { text: quote.text })).found);
  renderRelatedToggle({
    related: article.related,
    pageItems: answer.relatedItems,
    hidden: answer.relatedHidden,
    pageUrl: article.url,
    setHidden: async (hidden) => (await askPage(tabId, 'related/set', { hidden })).hidden,
  });
  renderActions(article, ui, (speak) => askPage(tabId, 'reader/open', speak ? { speak } : {}));
  hideStatus();
  byId('article').hidden = false;
  // Read by bench/popup.mjs: the time from opening the popup to the text on screen.
  performance.mark('declutter:text-shown');
}
