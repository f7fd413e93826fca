/**
 * auto.js: registered (scripting.registerContentScripts) on each automatic site and run at
 * document_idle on every page load there, so it stays tiny: it only runs the cheap detection and,
 * for an article, asks the background to inject the full content script and declutter per the
 * site's mode. A non-article page is left alone. In-app navigation is followed: the old page's
 * changes are undone and the new address is checked again.
 */
import { detect } from '../core/detect';
import { extensionAlive, tellBackground } from '../lib/native-runtime';
import { watchAddress } from './navigation';

/** An app renders the new article a moment after it changes the address; detect after it settles. */
const SETTLE_MS = 400;

/** The undo of the last decluttered address, awaited before the next declutter so the two can't cross. */
let undone: Promise<unknown> = Promise.resolve();

/**
 * Check the page as it is now and declutter it if it is an article. When `page` aborts (the address
 * changed, or the script is shutting down), what was done is undone.
 */
async function declutterPage(page: AbortSignal): Promise<void> {
  await undone;
  if (page.aborted || !detect(document, location.href).isArticle) return;
  await tellBackground('auto/declutter', {});
  page.addEventListener('abort', () => {
    undone = tellBackground('auto/undo', {}).catch(() => undefined);
  }, { once: true });
}

/** Follow the page for the life of `life`: one controller per address. */
function start(life: AbortSignal): void {
  const stop = new AbortController();
  let page = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    void declutterPage(page.signal).catch(() => {
      // The extension was updated or removed under this page: stop following it.
      if (!extensionAlive()) stop.abort();
    });
  };
  life.addEventListener('abort', () => stop.abort(), { once: true });
  stop.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    page.abort();
  }, { once: true });
  watchAddress(() => {
    page.abort();
    page = new AbortController();
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  }, stop.signal);
  run();
}

// Registered scripts run once per document, but guard anyway: a second copy would double every message.
const MARK = Symbol.for('news-declutter.auto');
const scope = globalThis as typeof globalThis & { [MARK]?: AbortController };
if (!scope[MARK]) {
  scope[MARK] = new AbortController();
  start(scope[MARK].signal);
}
