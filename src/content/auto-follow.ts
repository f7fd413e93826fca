/**
 * What auto.js does on an automatic site, apart from starting: check the page, declutter an article,
 * undo it when the address changes in-app, check the new address after it settles. Kept apart from the
 * entry so tests can drive it with a fake background and a fake address watch.
 */
import { isArticleEarly } from '../core/detect';
import { extensionAlive, tellBackground } from '../lib/native-runtime';
import { reportToBadge } from './badge';
import { watchAddress } from './navigation';

/** An app renders the new article a moment after it changes the address; detect after it settles. */
export const SETTLE_MS = 400;

/** The undo of the last decluttered address, awaited before the next declutter so the two can't cross. */
let undone: Promise<unknown> = Promise.resolve();

/** Whether this document's badge was lit: only then does a non-article (after an in-app navigation) clear it. */
let badgeLit = false;

/** Resolves once the page is in front (at once if it is), or when `page` aborts; leaves no listener. */
function whenVisible(page: AbortSignal): Promise<void> {
  if (!document.hidden) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = new AbortController();
    const done = (): void => {
      stop.abort();
      resolve();
    };
    document.addEventListener('visibilitychange', () => !document.hidden && done(), { signal: stop.signal });
    page.addEventListener('abort', done, { signal: stop.signal });
  });
}

/**
 * Check the page as it is now (once it is in front): light the badge on an article, and declutter it
 * where the site is automatic. When `page` aborts (the address changed, or the script is shutting
 * down), what was done is undone.
 */
async function declutterPage(page: AbortSignal): Promise<void> {
  await undone;
  await whenVisible(page);
  if (page.aborted) return;
  const isArticle = isArticleEarly(document, location.href);
  if (isArticle || badgeLit) reportToBadge(isArticle);
  badgeLit = isArticle;
  if (!isArticle) return;
  const decluttered = tellBackground('auto/declutter', {});
  // Listen before awaiting: the address can change during the round trip, and a listener added after
  // the reply would never hear that abort, leaving the old page decluttered. The undo waits for the
  // declutter to land, so it can't overtake it; off an automatic site (the badge-everywhere
  // registration) the background did nothing, and there is nothing to undo.
  page.addEventListener('abort', () => {
    const undo = () => tellBackground('auto/undo', {});
    undone = decluttered.then((done) => (done?.mode === null ? undefined : undo()), undo).catch(() => undefined);
  });
  await decluttered;
}

/** Follow the page for the life of `life`: one controller per address. */
export function followPage(life: AbortSignal): void {
  const stop = new AbortController();
  let page = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    void declutterPage(page.signal).catch(() => {
      // The extension was updated or removed under this page: stop following it.
      if (!extensionAlive()) stop.abort();
    });
  };
  // No { once: true } on abort listeners: a signal aborts once, and auto.js counts its bytes (≤ 10 KB).
  life.addEventListener('abort', () => stop.abort());
  stop.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    page.abort();
  });
  watchAddress(() => {
    page.abort();
    page = new AbortController();
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  }, stop.signal);
  run();
}
