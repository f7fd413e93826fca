/**
 * Navigating Firefox to the extension's own pages over WebDriver BiDi (see firefox.ts for the rest of
 * what running real Firefox took).
 */
import type { Page } from 'puppeteer-core';

export const NAVIGATION_TIMEOUT = 30_000;

/**
 * Load an extension page in `page`. puppeteer's own wait never ends there (no BiDi load events for
 * extension contexts, bug 1755014), so poll the document instead; a refused navigation still fails at
 * once through the navigate command's error. The poll is a plain evaluate retried on error, not
 * waitForFunction: an evaluate that lands while the old about:blank realm is torn down fails inside
 * Firefox ("right-hand side of 'in' should be an object, got null"), and puppeteer's WaitTask gives up on
 * that instead of retrying.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const stop = new AbortController();
  let refusal: { error: unknown } | undefined;
  const navigation = page.goto(url, { timeout: NAVIGATION_TIMEOUT, signal: stop.signal }).then(
    () => undefined, // should Firefox ever report the load, the document check below still decides
    (error: unknown) => {
      if (!stop.signal.aborted) refusal = { error };
    },
  );
  const deadline = Date.now() + NAVIGATION_TIMEOUT;
  let state: string | null = null;
  try {
    for (;;) {
      if (refusal) throw refusal.error;
      state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => null);
      if (state === `${url} complete`) return;
      if (Date.now() > deadline) throw new Error(`${url} did not load within ${NAVIGATION_TIMEOUT} ms (last seen: ${state ?? 'no document'})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    stop.abort();
    await navigation;
  }
}
