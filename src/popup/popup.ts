/**
 * The toolbar popup: ask the page for its article and show it, or say plainly why not. Every path
 * ends in either the article or a sentence in `status`, never a blank popup.
 */
import { localise, t } from './i18n';
import { askPage } from './page';
import { isRestrictedUrl } from './restricted';
import { showStatus } from './status';
import { targetTab } from './target-tab';

/**
 * The view (the core's finish with its quote patterns, DOMPurify, the renderers) is set up on first
 * import, tens of milliseconds of work: done while the page answers, not before the popup can ask.
 */
let view: Promise<typeof import('./view')> | undefined;
const loadView = () => (view ??= import('./view'));

/** How often, and how many times, to ask again while the page is still parsing. */
const RETRY_MS = 300;
const MAX_RETRIES = 40;

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
    const asked = askPage(tabId, 'page/article', { force });
    // Set up the view while the page works; a failure shows below, as the answer's would.
    const ready = loadView();
    const answer = await asked;
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
    showStatus(explain(error));
  }
}

async function main(): Promise<void> {
  // With 'declutter:text-shown', splits the popup's own work from the browser opening the page.
  performance.mark('declutter:script-start');
  localise(document);
  const tab = await targetTab(location.search).catch(() => undefined);
  if (tab?.id === undefined || isRestrictedUrl(tab.url)) return showStatus(t('statusRestricted'));
  const loading = load(tab.id, false);
  // A view that fails to load shows as the article's error, in load(); the switch just stays hidden.
  void loadView().then((v) => v.showSiteSwitch(tab)).catch(() => undefined);
  await loading;
}

void main();
