/**
 * The toolbar popup: ask the page for its article and show it, or say plainly why not. Every path
 * ends in either the article or a sentence in `status`, never a blank popup.
 */
import type { PageArticle } from '../lib/messages';
import { articleFromReading } from '../lib/article';
import { browser } from '../lib/browser';
import { renderActions } from './actions';
import { localise, t } from './i18n';
import { askPage } from './page';
import { renderArticle } from './render-article';
import { renderQuotes } from './render-quotes';
import { renderRelatedToggle } from './related-toggle';
import { isRestrictedUrl } from './restricted';
import { showSiteSwitch } from './site-switch';
import { hideStatus, showStatus } from './status';
import { targetTab } from './target-tab';
import { byId } from './dom';
import { displayQuotes } from '../reader/display-quotes';

/** How often, and how many times, to ask again while the page is still parsing. */
const RETRY_MS = 300;
const MAX_RETRIES = 40;

function show(tabId: number, answer: Extract<PageArticle, { state: 'article' }>): void {
  // Marks read by bench/popup.mjs, which splits the opening into the page's answer, the finish and the render.
  performance.mark('declutter:page-answered');
  const article = articleFromReading(answer.reading);
  performance.mark('declutter:finished');
  // No text: the core's note says why when it knows (a page past the size limits), else the generic line.
  if (article.paragraphs.length === 0) return showStatus(article.notes[0] ?? t('statusEmpty'));
  const ui = browser.i18n.getUILanguage();
  renderArticle(article, ui);
  renderQuotes(displayQuotes(article), async (quote) => (await askPage(tabId, 'quote/reveal', { text: quote.text })).found);
  renderRelatedToggle({
    related: article.related,
    pageItems: answer.relatedItems,
    hidden: answer.relatedHidden,
    pageUrl: article.url,
    setHidden: async (hidden) => (await askPage(tabId, 'related/set', { hidden })).hidden,
  });
  renderActions(article, ui, () => askPage(tabId, 'reader/open', {}));
  hideStatus();
  byId('article').hidden = false;
  // Read by bench/popup.mjs: the time from opening the popup to the text on screen.
  performance.mark('declutter:text-shown');
}

function explain(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  // Injection into a page the browser protects (or one activeTab doesn't cover) fails with "Cannot access…".
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery/i.test(detail)) return t('statusRestricted');
  // The script was injected but nobody listened: it failed to start on this page, or the page went away.
  if (/receiving end does not exist|did not answer/i.test(detail)) return t('statusNoAnswer');
  return t('statusError', detail);
}

async function load(tabId: number, force: boolean, attempt = 0): Promise<void> {
  try {
    const answer = await askPage(tabId, 'page/article', { force });
    if (answer.state === 'loading') {
      showStatus(t('statusPageLoading'));
      if (attempt < MAX_RETRIES) setTimeout(() => void load(tabId, force, attempt + 1), RETRY_MS);
      return;
    }
    if (answer.state === 'not-article') {
      return showStatus(t('statusNotArticle'), () => {
        showStatus(t('statusLoading'));
        void load(tabId, true);
      });
    }
    show(tabId, answer);
  } catch (error) {
    showStatus(explain(error));
  }
}

async function main(): Promise<void> {
  // With 'declutter:text-shown', splits the popup's own work from the browser opening the page.
  performance.mark('declutter:script-start');
  localise(document);
  const tab = await targetTab(location.search).catch(() => undefined);
  if (tab?.id === undefined || isRestrictedUrl(tab.url)) return showStatus(t('statusRestricted'));
  void showSiteSwitch(tab);
  await load(tab.id, false);
}

void main();
