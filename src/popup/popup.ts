/**
 * The toolbar popup: ask the page for its article and show it, or say plainly why not. Every path
 * ends in either the article or a sentence in `status`, never a blank popup.
 */
import { localise, t } from '../lib/i18n';
import { askPage, openArticle } from './page';
import { isRestrictedUrl } from './restricted';
import { showStatus } from './status';
import { targetTab } from './target-tab';

type View = typeof import('./view');

/**
 * The view (the core's finish with its quote patterns, DOMPurify, the renderers) is most of the
 * popup's code: a chunk of its own, imported once the question to the page is out, so fetching,
 * compiling and setting it up overlaps the page's work, and popup.js itself stays small enough to ask
 * at once. Modules the two share are a chunk both import: loaded once.
 */
let view: Promise<View> | undefined;
function loadView(): Promise<View> {
  return (view ??= import('./view'));
}

/** How often, and how many times, to ask again while the page is still parsing. */
const RETRY_MS = 300;
const MAX_RETRIES = 40;

function explain(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  // Injection into a page the browser protects (or one activeTab doesn't cover) fails with "Cannot access…".
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery/i.test(detail)) return t('statusRestricted');
  // The script was injected but nobody listened: it failed to start on this page, or the page went away.
  if (/receiving end does not exist|did not answer/i.test(detail)) return t('statusNoAnswer');
  console.warn('reading the page failed', error);
  return t('statusError');
}

/**
 * popup.js is an async module script, so it asks the page before popup.css has arrived: the browser holds a
 * deferred script until every style sheet of the document has loaded, wherever it sits. Whatever
 * touches the popup's own elements waits for the parser instead.
 */
const parsed = new Promise<void>((resolve) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  else resolve();
});

async function load(tabId: number, force: boolean, attempt = 0): Promise<void> {
  try {
    const asked = force ? askPage(tabId, 'page/article', { force }) : openArticle(tabId);
    // Set up the view while the page works; a failure shows below, as the answer's would.
    const ready = loadView();
    const answer = await asked;
    await parsed;
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
    (await ready).showArticle(tabId, answer);
  } catch (error) {
    await parsed;
    showStatus(explain(error));
  }
}

async function main(): Promise<void> {
  // With 'declutter:text-shown', splits the popup's own work from the browser opening the page.
  performance.mark('declutter:script-start');
  const asked = targetTab(location.search).catch(() => undefined);
  void parsed.then(() => localise(document));
  const tab = await asked;
  if (tab?.id === undefined || isRestrictedUrl(tab.url)) {
    await parsed;
    return showStatus(t('statusRestricted'));
  }
  const loading = load(tab.id, false);
  // A view that fails to load shows as the article's error, in load(); the switch just stays hidden.
  void Promise.all([loadView(), parsed]).then(([v]) => v.showSiteSwitch(tab)).catch(() => undefined);
  await loading;
}

void main();
