/**
 * Automatic mode end to end, in real Chromium with the test build (127.0.0.1 is granted in its manifest,
 * so the permission request resolves without a prompt no headless browser could click).
 */
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const chromiumPath = findChromium();
const ARTICLE = '/site/harbour-ferry-adds-an-island-route/auto-article.html';
const SECOND = '/site/night-trains-return-to-the-coast-line/auto-article.html';
const FRONT = '/site/local/auto-front.html';
const HIDDEN = '[data-declutter-hidden="related"]';

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('automatic mode in real Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  const worker = (): Worker => browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId))!;

  /** Which of our scripts run in the tab, read in the extension's isolated world (where they live). */
  async function scriptsIn(page: Page): Promise<{ auto: boolean; content: boolean }> {
    const tabId = await browser.tabId(page);
    return worker().evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<{ result: unknown }[]> } } }).chrome;
      const [frame] = await api.scripting.executeScript({
        target: { tabId: id },
        func: () => ({ auto: Symbol.for('news-declutter.auto') in globalThis, content: Symbol.for('news-declutter.content') in globalThis }),
      });
      return frame!.result as { auto: boolean; content: boolean };
    }, tabId);
  }

  /** Flip the popup's "Always declutter on <site>" switch for the tab showing `page`. */
  async function switchSite(page: Page, on: boolean): Promise<void> {
    const popup = await browser.openPopup(page);
    const toggle = popup.getByTestId('auto-toggle');
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    if ((await toggle.isChecked()) !== on) await toggle.click();
    await expect.poll(() => popup.getByTestId('auto-message').textContent()).toMatch(on ? /decluttered as they load/ : /no longer/);
    expect(await toggle.isChecked()).toBe(on);
    await popup.close();
  }

  async function load(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    return page;
  }

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the test build holds both schemes of 127.0.0.1, so switching a site on needs no prompt', async () => {
    const has = await worker().evaluate(() => (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['http://127.0.0.1/*', 'https://127.0.0.1/*'] }));
    expect(has).toBe(true);
  });

  it('a site switched on from the popup has its articles decluttered as they load', async () => {
    const first = await load(ARTICLE);
    expect(await first.locator(HIDDEN).count()).toBe(0);
    await switchSite(first, true);
    await first.close();

    const page = await load(ARTICLE);
    await expect.poll(() => page.locator(`#related-1${HIDDEN}, #related-1 ${HIDDEN}`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('#related-1').isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'auto-article-decluttered.png') });
    await page.close();
  });

  it('follows a pushState navigation to a second article and declutters it too', async () => {
    const page = await load(ARTICLE);
    await expect.poll(() => page.locator(HIDDEN).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as { showSecondStory(): void }).showSecondStory());
    expect(new URL(page.url()).pathname).toBe(SECOND);
    await expect.poll(() => page.locator(`#related-2${HIDDEN}, #related-2 ${HIDDEN}`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('#related-2').isVisible()).toBe(false);
    expect(await page.locator('article h1').textContent()).toContain('Night trains');
    await page.close();
  });

  it("opens the reader as the page loads when that is the site's mode", async () => {
    const setMode = async (mode: string) => {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.locator('[data-testid="site-row"][data-host="127.0.0.1"] [data-testid="site-mode"]').selectOption(mode);
      await expect.poll(() => options.getByTestId('options-status').textContent()).toBe('Saved.');
      await options.close();
    };
    await setMode('reader');
    const page = await load(ARTICLE);
    await expect.poll(() => page.locator('#declutter-reader').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator(HIDDEN).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'auto-article-reader.png') });
    await page.close();
    await setMode('inherit');
  });

  it('leaves a non-article page on the site alone', async () => {
    const page = await load(FRONT);
    // auto.js ran (the registration matched) and decided to do nothing.
    await expect.poll(() => scriptsIn(page).then((s) => s.auto), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(1000);
    expect(await scriptsIn(page)).toEqual({ auto: true, content: false });
    expect(await page.locator(HIDDEN).count()).toBe(0);
    expect(await page.locator('aside.related-stories').isVisible()).toBe(true);
    await page.close();
  });

  it('switched off, a new load is untouched', async () => {
    const page = await load(ARTICLE);
    await expect.poll(() => page.locator(HIDDEN).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await switchSite(page, false);
    await page.close();

    const after = await load(ARTICLE);
    await after.waitForTimeout(1500);
    expect(await scriptsIn(after)).toEqual({ auto: false, content: false });
    expect(await after.locator(HIDDEN).count()).toBe(0);
    expect(await after.locator('#related-1').isVisible()).toBe(true);
    await after.close();
  });
});
