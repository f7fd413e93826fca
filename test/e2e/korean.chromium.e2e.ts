/**
 * Chromium in Korean (--lang=ko, LANGUAGE=ko): the popup, the reader's toolbar and the options page
 * show no English. What is checked is everything a person sees or hears: the visible text, and the
 * accessible names, tooltips and document title. What the page itself wrote (the article, its source,
 * the site's host name) is left out: it is the page's language, not ours; the article is Korean
 * anyway (test/fixtures/korean-news.html). Allowed: unit and format names kept in Korean text (px, KB,
 * JSON) and single letters (the A− / A+ glyphs).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const chromiumPath = findChromium();
vi.setConfig({ expect: { poll: { timeout: 8000 } } });

// Units, a format, and a typeface's own name (Atkinson Hyperlegible is called that in every language).
const ALLOWED = new Set(['px', 'em', 'KB', 'JSON', 'Atkinson', 'Hyperlegible']);
/** Where the page's own words are shown: not ours to translate. */
const PAGE_CONTENT = '[data-testid="title"], [data-testid="site"], [data-testid="byline"], [data-testid="article-text"], [data-testid="quote"], #related-list, #notes, .site-host, .text, .meta, .page > h1';

/** The English words (two or more ASCII letters) a person meets under `root`, page content left out. */
async function englishIn(page: Page, rootSelector: string | null, shadowHost?: string): Promise<string[]> {
  return page.evaluate(({ rootSelector, shadowHost, skip }) => {
    const base: ParentNode = shadowHost ? document.querySelector(shadowHost)!.shadowRoot! : document;
    const root = rootSelector ? base.querySelector(rootSelector)! : (base as Document).documentElement ?? base;
    const texts: string[] = shadowHost ? [] : [document.title];
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement!;
        if (!parent.closest(skip) && !parent.closest('script, style, [hidden]') && (visible(parent) || parent.closest('.visually-hidden'))) texts.push(node.textContent ?? '');
        continue;
      }
      const el = node as Element;
      if (el.closest(skip) || el.closest('[hidden]')) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) texts.push(el.getAttribute(name) ?? '');
      if (el instanceof HTMLSelectElement) texts.push(...[...el.options].map((o) => o.text));
    }
    return texts.flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? []);
  }, { rootSelector, shadowHost, skip: PAGE_CONTENT }).then((words) => words.filter((w) => !ALLOWED.has(w)));
}

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('Chromium in Korean: no English left', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await serveFixtures('127.0.0.2');
    browser = await launchWithExtension(chromiumPath!, undefined, { lang: 'ko' });
    page = await browser.context.newPage();
    await page.goto(server.url('/site/society/korean-news.html'));
    await browser.clickAction(page);
    popup = await browser.openPopup(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs in Korean', async () => {
    expect(await popup.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage())).toMatch(/^ko/);
  });

  it('the popup with an article', async () => {
    await expect.poll(() => popup.getByTestId('article-text').locator('p').count()).toBeGreaterThan(0);
    await expect.poll(() => popup.getByTestId('auto-toggle').isEnabled()).toBe(true);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-ko.png'), fullPage: true });
    expect(await englishIn(popup, null)).toEqual([]);
  });

  it('the popup saying a page is not an article, and a page too large', async () => {
    for (const fixture of ['/site/society/popup-section-front.html', '/site/society/too-large/popup-too-deep.html']) {
      const other = await browser.context.newPage();
      await other.goto(server.url(fixture));
      await browser.clickAction(other);
      const view = await browser.openPopup(other);
      await expect.poll(() => view.getByTestId('status').textContent()).not.toBe('');
      await expect.poll(async () => /[가-힣]/.test((await view.getByTestId('status').textContent()) ?? '') && !(await view.getByTestId('status').textContent())?.includes('…')).toBe(true);
      expect(await englishIn(view, null), fixture).toEqual([]);
      await view.close();
      await other.close();
    }
  });

  it('the reader toolbar', async () => {
    await popup.getByTestId('reader-button').click();
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => !!document.querySelector('#declutter-reader')?.shadowRoot?.querySelector('.toolbar'))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-ko.png') });
    expect(await englishIn(page, '.toolbar', '#declutter-reader')).toEqual([]);
    // The dialog's own name is the article's title, which is the page's.
    await page.keyboard.press('Escape');
  });

  it('the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('#font-size-value').textContent()).toMatch(/px/);
    await options.screenshot({ path: join(SCREENSHOTS, 'options-ko.png'), fullPage: true });
    expect(await englishIn(options, null)).toEqual([]);
    // The check itself sees English where there is some: text, and a name only assistive technology reads.
    await options.evaluate(() => {
      document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Saved.' }));
      document.querySelector('[data-testid="export"]')!.setAttribute('aria-label', 'Export settings');
    });
    expect((await englishIn(options, null)).sort()).toEqual(['Export', 'Saved', 'settings']);
    await options.close();
  });
});
