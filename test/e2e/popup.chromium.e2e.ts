import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const chromiumPath = findChromium();
const HIDDEN = '[data-declutter-hidden="related"]';

/** How many elements marked as related are visible on the page (hidden ones have no layout box). */
function visibleRelated(page: Page): Promise<{ marked: number; visible: number }> {
  return page.evaluate((selector) => {
    const marked = [...document.querySelectorAll(selector)];
    return { marked: marked.length, visible: marked.filter((el) => (el as HTMLElement).offsetParent !== null).length };
  }, HIDDEN);
}

async function shoot(popup: Page, name: string): Promise<void> {
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.screenshot({ path: join(SCREENSHOTS, `${name}-light.png`), fullPage: true });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: join(SCREENSHOTS, `${name}-dark.png`), fullPage: true });
  await popup.emulateMedia({ colorScheme: 'light' });
}

// The seed-like page on 127.0.0.2: outside the test build's host permissions, so everything below
// works only because the toolbar click granted activeTab, as on a real news site.
describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('the popup on a news page (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await serveFixtures('127.0.0.2');
    browser = await launchWithExtension(chromiumPath!);
    page = await browser.context.newPage();
    await page.goto(server.url('/site/international/news-seed.html'));
    await browser.clickAction(page);
    popup = await browser.openPopup(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the title, the source line and the eleven paragraphs of clean text', async () => {
    await expect.poll(() => popup.getByTestId('title').textContent()).toBe('Cooperation between Seoul, Tokyo more important than ever, South Korean President tells Japan PM');
    await expect(popup.getByTestId('status').isVisible()).resolves.toBe(false);
    const paragraphs = await popup.getByTestId('article-text').locator('p').allTextContents();
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[0]).toMatch(/^Nara, Jan 13 South Korean President Lee Jae Myung/);
    expect(paragraphs.join(' ')).not.toMatch(/Disclaimer|Related Stories|Open in App/);
    await expect(popup.getByTestId('reading-time').textContent()).resolves.toMatch(/^\d+ min read$/);
    await expect(popup.getByTestId('site').textContent()).resolves.toBe('Lokmat Times');
    await expect(popup.getByTestId('published').getAttribute('datetime')).resolves.toMatch(/^2026-01-13/);
    // The per-site switch (its behaviour is tested in auto.chromium.e2e.ts): off, naming this site.
    await expect.poll(() => popup.getByTestId('auto-toggle').isEnabled()).toBe(true);
    await expect(popup.getByTestId('auto-toggle').isChecked()).resolves.toBe(false);
    await expect(popup.locator('#auto-label').textContent()).resolves.toContain('127.0.0.2');
    await shoot(popup, 'popup-article');
  });

  it('lists three key quotes, each by Lee Jae Myung', async () => {
    const quotes = popup.getByTestId('quote');
    await expect(quotes.count()).resolves.toBe(3);
    await expect(popup.getByTestId('quote-speaker').allTextContents()).resolves.toEqual(['Lee Jae Myung', 'Lee Jae Myung', 'Lee Jae Myung']);
    const texts = await quotes.locator('.quote-text').allTextContents();
    expect(texts.join(' ')).toContain('cooperation between Korea and Japan is more important than ever');
    expect(texts.join(' ')).not.toContain('shuttle diplomacy');
  });

  it('hides the ten related stories on the page at once, and the switch shows and hides them again', async () => {
    await expect(popup.getByTestId('related-count').textContent()).resolves.toBe('10 related stories hidden');
    await expect(popup.getByTestId('related-toggle').isChecked()).resolves.toBe(true);
    const hidden = await visibleRelated(page);
    expect(hidden.marked).toBeGreaterThanOrEqual(2);
    expect(hidden.visible).toBe(0);

    await popup.getByTestId('related-toggle').click();
    await expect.poll(() => visibleRelated(page)).toEqual({ marked: hidden.marked, visible: hidden.marked });
    await expect(popup.getByTestId('related-count').textContent()).resolves.toBe('10 related stories shown');
    const links = popup.locator('#related-list a');
    await expect(links.count()).resolves.toBe(10);
    expect((await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).every((h) => h.startsWith('http://127.0.0.2:'))).toBe(true);
    await shoot(popup, 'popup-related-shown');
    await page.screenshot({ path: join(SCREENSHOTS, 'page-related-shown.png'), fullPage: true });

    await popup.getByTestId('related-toggle').click();
    await expect.poll(() => visibleRelated(page)).toEqual({ marked: hidden.marked, visible: 0 });
    await expect(popup.getByTestId('related-toggle').isChecked()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'page-related-hidden.png'), fullPage: true });
  });

  it('puts a badge on the toolbar button of an article', async () => {
    await expect.poll(() => browser.badgeText(page)).toBe('✓');
  });

  it('clicking a quote scrolls the page to it and highlights it for a moment', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(popup.getByTestId('quote').count()).resolves.toBeGreaterThan(0);
    await popup.getByTestId('quote').first().click();
    await expect.poll(() => page.locator('[data-declutter-highlight]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'page-quote-highlight.png') });
    await expect.poll(() => page.locator('[data-declutter-highlight]').count(), { timeout: 6000 }).toBe(0);
  });

  it('copies the article as Markdown', async () => {
    // The real clipboard first: the write must succeed from a click in the popup.
    await popup.getByTestId('copy-markdown').click();
    await expect.poll(() => popup.locator('#copy-message').textContent()).toBe('Copied');
    // Reading the clipboard back needs a permission an extension origin can't be granted here,
    // so the second click's text is caught on its way in.
    await popup.evaluate(() => {
      const w = window as unknown as { copied?: string };
      navigator.clipboard.writeText = async (text: string) => void (w.copied = text);
    });
    await popup.getByTestId('copy-markdown').click();
    const markdown = await popup.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
    expect(markdown).toMatch(/^# Cooperation between Seoul, Tokyo more important than ever/);
    expect(markdown).toContain('*Lokmat Times');
    expect(markdown).toMatch(/## Key quotes\n\n> “Amid a complex and dizzying international order/);
    // One Markdown for Copy as Markdown and the CLI: the speaker on the quote's line.
    expect(markdown).toMatch(/^> “Amid a complex and dizzying international order.*” — Lee Jae Myung$/m);
  });

  it('opens the reader over the page, and Esc closes it and restores the scroll position', async () => {
    await page.evaluate(() => window.scrollTo(0, 500));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await popup.getByTestId('reader-button').click();
    await expect.poll(() => page.locator('#declutter-reader').count()).toBe(1);
    // The shipped reader's shadow root is closed: the page can't see in, only its size and place. The
    // test build opens it so axe can audit the reader (test/e2e/a11y.chromium.e2e.ts), so the shipped
    // bundle is checked: built with __TEST_BUILD__ false, its only attachShadow asks for "closed".
    const shipped = readFileSync(join(process.cwd(), 'dist/chrome/reader.js'), 'utf8');
    expect(shipped.match(/attachShadow\(\{mode:"(\w+)"\}\)/g)).toEqual(['attachShadow({mode:"closed"})']);
    expect(await page.locator('#declutter-reader').evaluate((host) => host.shadowRoot !== null)).toBe(true);
    await page.bringToFront();
    await page.screenshot({ path: join(SCREENSHOTS, 'page-reader-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SCREENSHOTS, 'page-reader-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#declutter-reader').count()).toBe(0);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(before);
    await expect(page.evaluate(() => document.documentElement.getAttribute('style'))).resolves.toBeNull();
  });

  // How the popup opens in one round trip (src/content/opening.ts): the injection hands back the answer.
  it("the popup's opening injection carries the page's answer, from a fresh script and from the live one alike", async () => {
    await page.reload();
    await browser.clickAction(page);
    const fresh = JSON.parse(String(await browser.openingAnswer(page)));
    expect(fresh).toMatchObject({ ok: true, value: { state: 'article', relatedHidden: true, relatedItems: 10 } });
    const marked = (await visibleRelated(page)).marked;
    expect(marked).toBeGreaterThanOrEqual(2);
    // Injected again, content.js stops at once and the live copy answers from its cache: nothing is
    // marked twice and the reading is the same.
    const again = JSON.parse(String(await browser.openingAnswer(page)));
    expect(again).toEqual(fresh);
    await expect(visibleRelated(page)).resolves.toEqual({ marked, visible: 0 });
  });
  // test/fixtures/wide-web/mathjax.html: the markup MathJax 3 leaves once it has typeset, where plain
  // Readability dropped every formula as a menu (core/mathjax.ts, core/math-text.ts).
  it('keeps the formulas of a MathJax page, the inline one in its sentence and the displayed one as a paragraph', async () => {
    const { page: other, popup: mathPopup } = await browser.popupFor(server.url('/site/posts/wide-web/mathjax.html'));
    const paragraphs = mathPopup.getByTestId('article-text').locator('p');
    await expect.poll(() => paragraphs.count()).toBeGreaterThan(3);
    const texts = await paragraphs.allTextContents();
    expect(texts.join('\n')).toContain('The series in question is H_n = 1 + 1/2 + ⋯ + 1/n, and the question is');
    expect(texts).toContain('1/3 + 1/4 > 1/4 + 1/4 = 1/2');
    await mathPopup.screenshot({ path: join(SCREENSHOTS, 'popup-mathjax.png'), fullPage: true });
    await mathPopup.close();
    await other.close();
  });

  // test/fixtures/wide-web/embedded-posts.html: a story quoting tweets, as a page shows them before (or
  // without) the embed script; Readability dropped them as a share bar (core/embeds.ts).
  it('keeps the tweets a story quotes, each with who posted it', async () => {
    const { page: other, popup: embedPopup } = await browser.popupFor(server.url('/site/posts/wide-web/embedded-posts.html'));
    const text = embedPopup.getByTestId('article-text');
    await expect.poll(() => text.textContent()).toContain('The council paid a consultant for this');
    expect(await text.textContent()).toContain('— Dana Reyes (@danareyes) March 3, 2025');
    expect(await text.textContent()).toContain('Honestly it worked on me');
    await embedPopup.screenshot({ path: join(SCREENSHOTS, 'popup-embedded-posts.png'), fullPage: true });
    await embedPopup.close();
    await other.close();
  });
});
