/**
 * What auto.js does on an automatic site, apart from starting: check the page, declutter an article,
 * undo it when the address changes in-app, check the new address after it settles. Kept apart from the
 * entry so tests can drive it with a fake background and a fake address watch.
 */
import { detect } from '../core/detect';
import { extensionAlive, tellBackground } from '../lib/native-runtime';
import { watchAddress } from './navigation';

/** An app renders the new article a moment after it changes the address; detect after it settles. */
export const SETTLE_MS = 400;

/** The undo of the last decluttered address, awaited before the next declutter so the two can't cross. */
let undone: Promise<unknown> = Promise.resolve();

/**
 * Check the page as it is now and declutter it if it is an article. When `page` aborts (the address
 * changed, or the script is shutting down), what was done is undone.
 */
async function declutterPage(page: AbortSignal): Promise<void> {
  await undone;
  if (page.aborted || !detect(document, location.href).isArticle) return;
  const decluttered = tellBackground('auto/declutter', {});
  // Listen before awaiting: the address can change during the round trip, and a listener added after
  // the reply would never hear that abort, leaving the old page decluttered. The undo waits for the
  // declutter to land, so it can't overtake it.
  page.addEventListener('abort', () => {
    const undo = () => tellBackground('auto/undo', {});
    undone = decluttered.then(undo, undo).catch(() => undefined);
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
