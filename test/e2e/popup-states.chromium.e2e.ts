import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const chromiumPath = findChromium();
// The browser is shared with other work on two cores: allow it time, the assertions stay exact.
vi.setConfig({ expect: { poll: { timeout: 8000 } } });

async function shoot(popup: Page, name: string): Promise<void> {
  await popup.screenshot({ path: join(SCREENSHOTS, `${name}-light.png`) });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: join(SCREENSHOTS, `${name}-dark.png`) });
  await popup.emulateMedia({ colorScheme: 'light' });
}

/**
 * Serves the seed page in two halves with a pause between, so the document is still being parsed
 * ('loading') when the popup first asks for it.
 */
async function slowServer(pauseMs: number): Promise<{ url: string; close(): Promise<void> }> {
  const html = readFileSync(join(process.cwd(), 'test/fixtures/news-seed.html'), 'utf8');
  const cut = html.indexOf('<section class="related-news">');
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // Enough bytes up front that Chromium commits the navigation and starts parsing.
    res.write(html.slice(0, cut) + `<!-- ${' '.repeat(4096)} -->`);
    setTimeout(() => res.end(html.slice(cut)), pauseMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.2:${port}/international/slow-story/`, close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); }) };
}

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('the popup\'s honest states (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures('127.0.0.2');
    browser = await launchWithExtension(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says a section front is not an article, and "Try anyway" extracts it regardless', async () => {
    const { page, popup } = await browser.popupFor(server.url('/site/international/popup-section-front.html'));
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe("This page doesn't look like an article.");
    await expect(popup.getByTestId('try-anyway').isVisible()).resolves.toBe(true);
    await expect(popup.getByTestId('article-text').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-declutter-hidden]').count()).resolves.toBe(0); // nothing touched yet
    await shoot(popup, 'popup-not-article');

    await popup.getByTestId('try-anyway').click();
    await expect.poll(() => popup.getByTestId('article-text').locator('p').count()).toBeGreaterThan(0);
    await expect(popup.getByTestId('status').isVisible()).resolves.toBe(false);
    expect(await popup.getByTestId('article-text').textContent()).toContain('Our correspondents follow the stories');
    await shoot(popup, 'popup-try-anyway');
    await popup.close();
    await page.close();
  });

  it('says so plainly on a page the browser forbids', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe("The browser doesn't let extensions read this page.");
    await expect(popup.getByTestId('try-anyway').isVisible()).resolves.toBe(false);
    await shoot(popup, 'popup-restricted');
    await popup.close();
    await page.close();
  });

  it('says a PDF is a page it can\'t read', async () => {
    const { page, popup } = await browser.popupFor(server.url('/site/reports/annual-report.pdf'));
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe("The browser doesn't let extensions read this page.");
    await popup.close();
    await page.close();
  });

  it('shows a hostile page\'s text as text, and drops links that are not web links', async () => {
    const { page, popup } = await browser.popupFor(server.url('/site/local/popup-hostile.html'));
    await expect.poll(() => popup.getByTestId('title').textContent()).toContain('Council approves <img src=x onerror=alert(1)> harbour budget');
    expect(await popup.locator('img, script:not([src]), iframe, object').count()).toBe(0);
    await expect(popup.getByTestId('article-text').textContent()).resolves.toContain('<script>alert("x")</script>');
    await popup.getByTestId('related-toggle').click();
    const items = popup.locator('#related-list li');
    await expect.poll(() => items.count()).toBe(3);
    const hrefs = await popup.locator('#related-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([`${server.origin}/local/2026/01/11/sea-wall-repairs/`]);
    await shoot(popup, 'popup-hostile');
    await popup.close();
    await page.close();
  });

  it('says so above the text when the article looks cut short', async () => {
    const { page, popup } = await browser.popupFor(server.url('/site/local/popup-paywall.html'));
    await expect.poll(() => popup.getByTestId('article-text').locator('p').count()).toBeGreaterThan(0);
    const notice = popup.locator('#truncated');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toMatch(/^This looks like only part of the article/);
    // Above the text, so it is read before the fragment.
    const [noticeTop, textTop] = await Promise.all([notice, popup.getByTestId('article-text')].map((l) => l.evaluate((el) => el.getBoundingClientRect().top)));
    expect(noticeTop).toBeLessThan(textTop!);
    await shoot(popup, 'popup-truncated');
    await popup.close();
    await page.close();
  });

  it('says the page is still loading, then shows the article once it has loaded', async () => {
    const slow = await slowServer(2500);
    const page = await browser.context.newPage();
    await page.goto(slow.url, { waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => document.readyState).catch(() => 'none')).toBe('loading');
    await browser.clickAction(page);
    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('The page is still loading. Trying again in a moment…');
    await shoot(popup, 'popup-page-loading');
    await expect.poll(() => popup.getByTestId('article-text').locator('p').count(), { timeout: 10_000 }).toBe(11);
    await expect(popup.getByTestId('related-count').textContent()).resolves.toBe('10 related stories hidden');
    await popup.close();
    await page.close();
    await slow.close();
  });
});
