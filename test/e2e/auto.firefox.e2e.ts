/**
 * Automatic mode end to end in real Firefox ESR with the test build: the popup's "Always declutter on
 * <site>" switch, flipped with real input, registers auto.js for 127.0.0.1, and new loads there are
 * decluttered (or left alone) without the popup. Mirrors auto.chromium.e2e.ts.
 *
 * Firefox differs from Chromium in two ways that matter here: permissions.request is refused outside a
 * user-input handler even when the origins are already granted (the schema's requireUserInput is checked
 * before anything else), and the test build's host_permissions are revocable (Firefox MV3 treats them as
 * optional), so switching the site off really gives 127.0.0.1 back.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirefox, requireBrowser } from './support/browsers';
import { launchFirefoxWithExtension, SCREENSHOTS, type FirefoxWithExtension } from './support/firefox';
import { serveFixtures, type FixtureServer } from './support/server';
import { byTestId } from './support/test-id';

const firefoxPath = findFirefox();
const HOST = '127.0.0.1';
const ORIGINS = [`http://${HOST}/*`, `https://${HOST}/*`];
const FRONT = '/site/local/auto-front.html';
const HIDDEN = '[data-declutter-hidden="related"]';

/** A fresh address for each load of the article: tabId() finds a tab by its URL, so no two may share one. */
let loads = 0;
const article = (): string => `/site/story-${++loads}/auto-article.html`;

/** The WebExtension API of an extension page, as much as these tests call. */
interface Api {
  scripting: {
    executeScript(o: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]>;
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean }[]>;
  };
  storage: { local: { get(key: null): Promise<Record<string, unknown>> }; session: { get(key: null): Promise<Record<string, unknown>> } };
}
declare const browser: Api;

/** How the fixture's related rail and headline are laid out right now. */
function railState(page: Page, rail: string): Promise<{ marked: number; railVisible: boolean; headlineVisible: boolean }> {
  return page.evaluate((selector: string, railSelector: string) => {
    const shown = (el: Element | null): boolean => !!el && getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
    return {
      marked: document.querySelectorAll(selector).length,
      railVisible: shown(document.querySelector(railSelector)),
      headlineVisible: shown(document.querySelector('article h1')),
    };
  }, HIDDEN, rail);
}

describe.runIf(requireBrowser('Firefox', firefoxPath, 'firefox-esr'))('automatic mode in real Firefox ESR', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;
  /** An extension page kept open to ask the extension's API what it has registered and stored. */
  let ext: Page;
  /** How long the first automatic declutter took after the load event: the yardstick for "nothing happened". */
  let declutterMs = 0;

  /** How long to watch for something that must not happen: twice what the real declutter took, at least
   * half a second, and capped so a slow first load can't stretch the file past its budget. */
  const graceMs = (): number => Math.min(3000, Math.max(500, 2 * declutterMs));

  /** Which of our scripts run in the tab (their marks live in the extension's isolated world, not the page's). */
  async function scriptsIn(page: Page): Promise<{ auto: boolean; content: boolean }> {
    const tabId = await firefox.tabId(page);
    return ext.evaluate(async (id: number) => {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId: id },
        func: () => ({ auto: Symbol.for('news-declutter.auto') in globalThis, content: Symbol.for('news-declutter.content') in globalThis }),
      });
      return frame!.result as { auto: boolean; content: boolean };
    }, tabId);
  }

  function registered(): Promise<{ id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean }[]> {
    return ext.evaluate(() => browser.scripting.getRegisteredContentScripts());
  }

  /** The automatic sites as stored (settings-store.ts: one storage.local key `site:<host>` each). */
  async function storedSites(): Promise<string[]> {
    return Object.keys(await ext.evaluate(() => browser.storage.local.get(null))).filter((k) => k.startsWith('site:'));
  }

  /** Open the popup on `page`, wait for its site switch, and return the popup. */
  async function popupWithSwitch(page: Page): Promise<Page> {
    const popup = await firefox.openPopup(page);
    await popup.waitForFunction(() => {
      const toggle = document.querySelector<HTMLInputElement>('[data-testid="auto-toggle"]');
      return !!toggle && !toggle.disabled && toggle.checkVisibility();
    });
    return popup;
  }

  /** The switch's state and the sentence beside it, once that sentence matches `expected`. */
  async function switchSays(popup: Page, expected: RegExp): Promise<{ checked: boolean; message: string }> {
    await popup
      .waitForFunction((source: string) => new RegExp(source).test(document.querySelector('[data-testid="auto-message"]')?.textContent ?? ''), { timeout: 15_000 }, expected.source)
      .catch(async (error: Error) => {
        const now = await popup.$eval(byTestId('auto-message'), (el) => el.textContent).catch(() => null);
        throw new Error(`auto-message never matched ${expected}: ${JSON.stringify(now)} (${error.message})`);
      });
    return popup.$eval(byTestId('auto-toggle'), (el) => ({
      checked: (el as HTMLInputElement).checked,
      message: document.querySelector('[data-testid="auto-message"]')?.textContent ?? '',
    }));
  }

  async function load(path: string): Promise<Page> {
    return firefox.newPage(server.url(path));
  }

  beforeAll(async () => {
    server = await serveFixtures(HOST);
    firefox = await launchFirefoxWithExtension(firefoxPath!);
    ext = await firefox.openExtensionPage('manifest.json');
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('the test build holds both schemes of 127.0.0.1, so switching the site on needs no prompt', async () => {
    expect(await firefox.grantedOrigins()).toEqual(expect.arrayContaining(ORIGINS));
    expect(await registered()).toEqual([]);
  });

  it('the switch needs real input: a script-made click is refused by Firefox, a real click turns the site on', async () => {
    const page = await load(article());
    // Before the switch, a load is untouched by auto.js (only the popup, opened below, will touch it).
    expect(await scriptsIn(page)).toEqual({ auto: false, content: false });
    const popup = await popupWithSwitch(page);
    expect(await popup.$eval(byTestId('auto-toggle'), (el) => (el as HTMLInputElement).checked)).toBe(false);

    // A click dispatched by script is not user input: Firefox rejects permissions.request even for
    // origins it already grants, and the popup must say so and stay off. This is also what proves the
    // real click below counts as input, rather than the request not caring.
    // The person gets a localised sentence; the browser's reason (English) is kept for diagnosis on the
    // message's data-error, which is neither shown nor read out.
    await popup.$eval(byTestId('auto-toggle'), (el) => (el as HTMLInputElement).click());
    const refused = await switchSays(popup, /^Couldn't change automatic mode/);
    expect(refused.checked).toBe(false);
    expect(await popup.$eval(byTestId('auto-message'), (el) => (el as HTMLElement).dataset.error)).toMatch(/user input/i);
    expect(await registered()).toEqual([]);

    // puppeteer's click goes through WebDriver BiDi input.performActions: a trusted event, so the
    // request runs inside a user-input handler and resolves at once for the granted origins.
    await popup.click(byTestId('auto-toggle'));
    expect(await switchSays(popup, /decluttered as they load/)).toEqual({ checked: true, message: `Articles on ${HOST} will be decluttered as they load.` });
    const scripts = await registered();
    expect(scripts).toEqual([expect.objectContaining({ id: `auto:${HOST}`, js: ['auto.js'], matches: expect.arrayContaining(ORIGINS) })]);
    // Firefox reports the flag it stores; a registration that doesn't persist would vanish on restart.
    expect(scripts[0]!.persistAcrossSessions).toBe(true);
    expect(await storedSites()).toEqual([`site:${HOST}`]);
    // The popup's "pending" mark (which lets the background finish the job if the popup dies) is gone
    // once the site is on: onAdded never fires for an origin already held, so nothing else would clear it.
    expect(await ext.evaluate(() => browser.storage.session.get(null))).toEqual({});
    await popup.close();
    await page.close();
  });

  it('a new load of an article on the site is decluttered as it loads, without the popup', async () => {
    // Waited for only after the load: a wait started during the navigation can land in the dying
    // about:blank realm, which Firefox reports as an error puppeteer doesn't retry (see support/firefox.ts).
    const page = await load(article());
    const loadedAt = Date.now();
    await page.waitForFunction((selector: string) => document.querySelectorAll(selector).length > 0, { polling: 20, timeout: 10_000 }, `#related-1${HIDDEN}, #related-1 ${HIDDEN}`);
    declutterMs = Date.now() - loadedAt;
    expect(await railState(page, '#related-1')).toMatchObject({ railVisible: false, headlineVisible: true });
    // auto.js decided, the background injected content.js: no popup was ever opened on this tab.
    expect(await scriptsIn(page)).toEqual({ auto: true, content: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-auto-article-decluttered.png'), fullPage: true });
    await page.close();
  });

  it('leaves a non-article page on the site alone', async () => {
    const page = await load(FRONT);
    // auto.js ran (the registration matched) and decided in its first task; anything it set off would
    // land within the time the article page took, so wait that long (see graceMs).
    await expect.poll(() => scriptsIn(page).then((s) => s.auto), { timeout: 10_000, interval: 100 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, graceMs()));
    expect(await scriptsIn(page)).toEqual({ auto: true, content: false });
    expect(await page.$$eval(HIDDEN, (els) => els.length)).toBe(0);
    expect(await page.$eval('aside.related-stories', (el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null)).toBe(true);
    await page.close();
  });

  it('switched off from the popup, a new load is untouched', async () => {
    const page = await load(article());
    await page.waitForFunction((selector: string) => document.querySelectorAll(selector).length > 0, { polling: 50, timeout: 10_000 }, HIDDEN);
    const popup = await popupWithSwitch(page);
    expect(await popup.$eval(byTestId('auto-toggle'), (el) => (el as HTMLInputElement).checked)).toBe(true);
    await popup.click(byTestId('auto-toggle'));
    expect(await switchSays(popup, /no longer/)).toEqual({ checked: false, message: `${HOST} is no longer decluttered automatically.` });
    await popup.close();
    await page.close();

    expect(await registered()).toEqual([]);
    expect(await storedSites()).toEqual([]);
    expect(await ext.evaluate(() => browser.storage.session.get(null))).toEqual({});
    // Firefox, unlike Chromium, lets permissions.remove take back even the test build's host_permissions
    // (MV3 host permissions are optional there), so the site's access is really released. A new load is
    // then untouched twice over; the empty registration list above is the part that is about the switch.
    expect((await firefox.grantedOrigins()).filter((o) => o.includes(HOST))).toEqual([]);
    const after = await load(article());
    await new Promise((resolve) => setTimeout(resolve, graceMs()));
    expect(await railState(after, '#related-1')).toEqual({ marked: 0, railVisible: true, headlineVisible: true });
    await after.close();
  });
});
