/**
 * The article badge on every site, end to end in real Chromium with the test build: the options
 * switch asks for access (the test build's "every site" is the hosts its manifest grants, so the
 * request resolves without a prompt no headless browser could answer), the detector is registered, and
 * a page loaded afterwards, never opened in the popup, gets the badge when it is an article, and only
 * then, without the page being changed. Switched off, the registration is gone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const chromiumPath = findChromium();
const ARTICLE = '/site/harbour-ferry-adds-an-island-route/auto-article.html';
const FRONT = '/site/local/auto-front.html';

/** Records every change anyone makes to the document once the parser is done with it (the detector
 * runs at document_idle, after that). */
const WATCH_MUTATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __mutations: string[] }).__mutations = seen;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type} ${(r.target as Element).nodeName} ${r.attributeName ?? ''}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('the article badge on every site (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let options: Page;

  const worker = (): Worker => browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId))!;
  const registered = () => worker().evaluate(async () => ((await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches: string[] }[]> } } }).chrome.scripting.getRegisteredContentScripts())));

  async function load(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.addInitScript(WATCH_MUTATIONS);
    // Parsed, not yet idle: the registered script runs at document_idle, after this.
    await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
    return page;
  }

  /**
   * Headless Chromium draws no toolbar, so the screenshot puts one above the page: the extension's own
   * icon with the badge text, colour and title the extension set for this tab, read back from the
   * browser (chrome.action), beside the page as it was captured.
   */
  async function screenshotWithBadge(page: Page, path: string): Promise<void> {
    const tabId = await browser.tabId(page);
    const badge = await worker().evaluate(async (id) => {
      const action = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]>; getTitle(d: object): Promise<string> } } }).chrome.action;
      return { text: await action.getBadgeText({ tabId: id }), color: await action.getBadgeBackgroundColor({ tabId: id }), title: await action.getTitle({ tabId: id }) };
    }, tabId);
    const shot = (await page.screenshot()).toString('base64');
    const icon = readFileSync(join(process.cwd(), 'dist/chrome-test/icons/icon-32.png')).toString('base64');
    const canvas = await browser.context.newPage();
    await canvas.setViewportSize({ width: 1100, height: 960 });
    await canvas.setContent(`<body style="margin:0;font:13px system-ui;background:#dee1e6">
      <div style="display:flex;align-items:center;gap:12px;height:52px;padding:0 14px">
        <div style="flex:1;background:#fff;border-radius:16px;padding:7px 14px;color:#333">${page.url()}</div>
        <div title="${badge.title}" style="position:relative;width:32px;height:32px"><img src="data:image/png;base64,${icon}" width="32" height="32">
          <span style="position:absolute;right:-6px;bottom:-4px;min-width:14px;padding:0 3px;border-radius:7px;color:#fff;font:bold 11px/15px system-ui;text-align:center;background:rgba(${badge.color.join(',')})">${badge.text}</span></div>
        <div style="color:#333;max-width:260px">${badge.title}</div>
      </div><img src="data:image/png;base64,${shot}" style="display:block;width:1100px"></body>`);
    await canvas.screenshot({ path });
    await canvas.close();
  }

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension(chromiumPath!, undefined, { speech: false });
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is off at first: no registration, and an article page gets no badge', async () => {
    const toggle = options.getByTestId('badge-everywhere');
    await expect.poll(() => toggle.isChecked()).toBe(false);
    expect(await options.getByText('Show when a page is an article, on every site').isVisible()).toBe(true);
    expect((await registered()).map((s) => s.id)).toEqual([]);
    const page = await load(ARTICLE);
    await page.waitForTimeout(500);
    expect(await browser.badgeText(page)).toBe('');
    await page.close();
  });

  it('switched on: the detector is registered for every (test) site, and the page says so', async () => {
    await options.getByTestId('badge-everywhere').click();
    await expect.poll(() => options.getByTestId('badge-everywhere-message').textContent()).toBe('The badge now shows on articles on every site.');
    expect(await options.getByTestId('badge-everywhere').isChecked()).toBe(true);
    const scripts = await registered();
    expect(scripts).toEqual([expect.objectContaining({ id: 'badge:everywhere', js: ['auto.js'], matches: expect.arrayContaining(['http://127.0.0.1/*']) })]);
    await options.screenshot({ path: join(SCREENSHOTS, 'options-badge-everywhere.png'), fullPage: true });
  });

  it('an article page loaded afterwards gets the badge; the page is not changed at all', async () => {
    const page = await load(ARTICLE);
    await expect.poll(() => browser.badgeText(page), { timeout: 10_000 }).toBe('✓');
    expect(await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations)).toEqual([]);
    // Nothing of ours is on the page: no reader, no hidden rails, no content.js session.
    expect(await page.locator('#declutter-reader, [data-declutter-hidden]').count()).toBe(0);
    await screenshotWithBadge(page, join(SCREENSHOTS, 'badge-everywhere-article.png'));
  });

  it('a section front gets no badge', async () => {
    const page = await load(FRONT);
    await page.waitForTimeout(800);
    expect(await browser.badgeText(page)).toBe('');
  });

  it('an in-app navigation to a non-article clears the badge (the detector runs again)', async () => {
    const page = await load('/site/spa-story/auto-article.html');
    await expect.poll(() => browser.badgeText(page), { timeout: 10_000 }).toBe('✓');
    await page.evaluate(() => {
      // What an app does on its way to a section page: new address, new head, new content.
      history.pushState({}, '', '/site/local/');
      document.title = 'Local news | Bayside Herald';
      for (const stale of document.querySelectorAll('script[type="application/ld+json"], meta[property^="og:type"], meta[property^="article:"]')) stale.remove();
      document.querySelector('main')!.replaceChildren(...Array.from({ length: 30 }, (_, i) => {
        const a = document.createElement('a');
        a.href = `/local/story-${i}`;
        a.textContent = `Local headline number ${i}`;
        return a;
      }));
    });
    await expect.poll(() => browser.badgeText(page), { timeout: 10_000 }).toBe('');
  });

  it('switched off: unregistered, and new pages get no badge', async () => {
    await options.bringToFront();
    await options.getByTestId('badge-everywhere').click();
    await expect.poll(() => options.getByTestId('badge-everywhere-message').textContent()).toBe('Turned off: access to all sites was released.');
    expect(await options.getByTestId('badge-everywhere').isChecked()).toBe(false);
    expect(await registered()).toEqual([]);
    const page = await load('/site/after-off/auto-article.html');
    await page.waitForTimeout(800);
    expect(await browser.badgeText(page)).toBe('');
  });
});
