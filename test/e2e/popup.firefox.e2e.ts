/**
 * The popup's page side in real Firefox ESR: the content script that the popup injects, driven through
 * the extension's own messages on the seed-like fixture (detect, extract, hide and show the related
 * rails), then the popup itself rendering that page. Mirrors popup.chromium.e2e.ts where Firefox can:
 * headless Firefox has no toolbar button to click, so the pages live on 127.0.0.1, which the test build
 * holds (support/firefox.ts), instead of activeTab on 127.0.0.2.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirefox, requireBrowser } from './support/browsers';
import { launchFirefoxWithExtension, SCREENSHOTS, type FirefoxWithExtension } from './support/firefox';
import { serveFixtures, type FixtureServer } from './support/server';
import { finishReading } from '../../src/core/finish';
import { emptyDocument } from '../support/empty-document';
import { byTestId } from './support/test-id';
import type { PageReading } from '../../src/core/read';

const firefoxPath = findFirefox();
const TITLE = 'Cooperation between Seoul, Tokyo more important than ever, South Korean President tells Japan PM';
const SPEAKER = 'Lee Jae Myung';
const HIDDEN = '[data-declutter-hidden="related"]';

/** The finish the popup runs on the page's reading (src/lib/article.ts), in a linkedom document. */
function finish(reading: PageReading) {
  return finishReading(reading, emptyDocument());
}

/**
 * The related rails as the page lays them out: how many carry our mark, and how many of those are
 * rendered (computed display and a layout box; a hidden rail has neither). Also the two rails the
 * fixture has, found by their own class, so a mark that landed on the wrong elements shows up.
 */
function relatedOnPage(page: Page): Promise<{ marked: number; visible: number; railsVisible: number; headlineVisible: boolean }> {
  return page.evaluate((selector: string) => {
    const shown = (el: Element): boolean => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
    const marked = [...document.querySelectorAll(selector)];
    const rails = [...document.querySelectorAll('section.related-news')];
    const headline = document.querySelector('h1.article-title');
    return {
      marked: marked.length,
      visible: marked.filter(shown).length,
      railsVisible: rails.filter(shown).length,
      headlineVisible: !!headline && shown(headline),
    };
  }, HIDDEN);
}

/** In the page: every marked rail (and there is at least one) is shown, or every one is hidden. */
function railsAre(selector: string, shown: boolean): boolean {
  const marked = [...document.querySelectorAll(selector)];
  return marked.length > 0 && marked.every((el) => ((el as HTMLElement).offsetParent !== null) === shown);
}

describe.runIf(requireBrowser('Firefox', firefoxPath, 'firefox-esr'))('the popup and its page side in real Firefox ESR', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    server = await serveFixtures();
    firefox = await launchFirefoxWithExtension(firefoxPath!);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('extracts the seed article in the page and hides its related rails, and the switch shows and hides them without a reload', async () => {
    // Each test opens its fixture under its own /site/<name>/ address: tabId() finds tabs by URL.
    const page = await firefox.newPage(server.url('/site/page-side/news-seed.html'));
    // Untouched until the extension is asked: both rails shown, nothing marked.
    expect(await relatedOnPage(page)).toEqual({ marked: 0, visible: 0, railsVisible: 2, headlineVisible: true });
    // A mark in the page's own realm: a reload would wipe it, so its survival proves none happened.
    await page.evaluate(() => void ((window as unknown as { stillHere?: boolean }).stillHere = true));

    const answer = await firefox.sendToPage(page, 'page/article', { force: false }, { inject: true });
    if (!answer.delivered) throw new Error(`page/article was not delivered: ${answer.error}`);
    if (!answer.answer?.ok) throw new Error(`page/article failed: ${JSON.stringify(answer.answer)}`);
    const result = answer.answer.value;
    if (result.state !== 'article') throw new Error(`expected an article, got ${JSON.stringify(result)}`);
    // Firefox ran the page half; the popup's finish runs here on the same reading.
    const article = finish(result.reading);
    expect(article.detection.isArticle).toBe(true);
    expect(article.title).toBe(TITLE);
    expect(article.paragraphs).toHaveLength(11);
    expect(article.paragraphs[0]).toMatch(/^Nara, Jan 13 South Korean President Lee Jae Myung/);
    expect(article.text).not.toMatch(/Disclaimer|Related Stories|Open in App/);
    expect(article.related.count).toBe(10);
    expect(result.relatedItems).toBe(10);
    expect(result.relatedHidden).toBe(true);
    // Every direct quote, in reading order: three, all Lee's ("shuttle diplomacy" is a term, not a quote).
    expect(article.quotes.map((q) => q.speaker)).toEqual([SPEAKER, SPEAKER, SPEAKER]);
    expect(article.quotes.map((q) => q.text).join(' ')).not.toContain('shuttle diplomacy');

    // The first page/article hid the rails on the page itself; the article stays.
    const hidden = await relatedOnPage(page);
    expect(hidden.marked).toBeGreaterThanOrEqual(2);
    expect(hidden).toEqual({ marked: hidden.marked, visible: 0, railsVisible: 0, headlineVisible: true });

    const shownAnswer = await firefox.sendToPage(page, 'related/set', { hidden: false });
    expect(shownAnswer).toEqual({ delivered: true, answer: { ok: true, value: { hidden: false, elements: hidden.marked } } });
    expect(await relatedOnPage(page)).toEqual({ marked: hidden.marked, visible: hidden.marked, railsVisible: 2, headlineVisible: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-page-related-shown.png'), fullPage: true });

    const hiddenAgain = await firefox.sendToPage(page, 'related/set', { hidden: true });
    expect(hiddenAgain).toEqual({ delivered: true, answer: { ok: true, value: { hidden: true, elements: hidden.marked } } });
    expect(await relatedOnPage(page)).toEqual({ marked: hidden.marked, visible: 0, railsVisible: 0, headlineVisible: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-page-related-hidden.png'), fullPage: true });

    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await page.close();
  });

  it("the popup's opening injection (content.js, then opening.js) hands back the page's answer, as in Chromium", async () => {
    const page = await firefox.newPage(server.url('/site/opening/news-seed.html'));
    const fresh = JSON.parse(String(await firefox.openingAnswer(page)));
    expect(fresh).toMatchObject({ ok: true, value: { state: 'article', relatedHidden: true, relatedItems: 10 } });
    expect(finish(fresh.value.reading).paragraphs).toHaveLength(11);
    const again = JSON.parse(String(await firefox.openingAnswer(page)));
    expect(again).toEqual(fresh);
    await page.close();
  });

  it('the reader (reader.js, injected beside content.js) opens over the seed page and closes, leaving the page as it was', async () => {
    const page = await firefox.newPage(server.url('/site/reader/news-seed.html'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const opened = await firefox.sendToPage(page, 'reader/open', {}, { inject: true });
    expect(opened).toEqual({ delivered: true, answer: { ok: true, value: { open: true } } });
    // The reader is a closed shadow root over the whole viewport; what it shows is in the screenshot.
    const host = await page.evaluate((id: string) => {
      const el = document.getElementById(id);
      const box = el?.getBoundingClientRect();
      return el && box ? { width: Math.round(box.width), height: Math.round(box.height), viewport: [innerWidth, innerHeight] } : null;
    }, 'declutter-reader');
    expect(host).not.toBeNull();
    expect([host!.width, host!.height]).toEqual(host!.viewport);
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-reader.png') });

    const closed = await firefox.sendToPage(page, 'reader/close', {});
    expect(closed).toEqual({ delivered: true, answer: { ok: true, value: { closed: true } } });
    expect(await page.evaluate((id: string) => document.getElementById(id), 'declutter-reader')).toBeNull();
    // The page itself was never touched: no rails were hidden for the reader, no node left behind.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('a key quote (reveal.js, injected beside content.js) is scrolled to and highlighted on the page, then the highlight goes', async () => {
    const page = await firefox.newPage(server.url('/site/reveal/news-seed.html'));
    const opened = JSON.parse(String(await firefox.openingAnswer(page)));
    const quote = finish(opened.value.reading).keyQuotes[0];
    if (!quote) throw new Error('the seed article has no key quote');
    // content.js alone leaves the reveal unanswered: the popup then injects reveal.js and asks again.
    const unanswered = await firefox.sendToPage(page, 'quote/reveal', { text: quote.text });
    expect(unanswered.delivered ? unanswered.answer : undefined).toBeUndefined();
    const shown = await firefox.sendToPage(page, 'quote/reveal', { text: quote.text }, { inject: true });
    expect(shown).toEqual({ delivered: true, answer: { ok: true, value: { found: true } } });
    const highlights = () => page.evaluate(() => document.querySelectorAll('[data-declutter-highlight]').length);
    expect(await highlights()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-page-quote-highlight.png') });
    const missing = await firefox.sendToPage(page, 'quote/reveal', { text: 'words this page never says' });
    expect(missing).toEqual({ delivered: true, answer: { ok: true, value: { found: false } } });
    // A new reveal ends the last one's highlight at once; a found one's fades after a few seconds.
    expect(await highlights()).toBe(0);
    await page.close();
  });

  it('a section front answers not-article and stays untouched, and force extracts it anyway', async () => {
    const page = await firefox.newPage(server.url('/site/front/section-front.html'));
    const asked = await firefox.sendToPage(page, 'page/article', { force: false }, { inject: true });
    expect(asked).toMatchObject({ delivered: true, answer: { ok: true, value: { state: 'not-article', detection: { isArticle: false } } } });
    expect(await page.$$eval(HIDDEN, (els) => els.length)).toBe(0);

    const forced = await firefox.sendToPage(page, 'page/article', { force: true });
    if (!forced.delivered || !forced.answer?.ok || forced.answer.value.state !== 'article') throw new Error(`force did not extract: ${JSON.stringify(forced)}`);
    const article = finish(forced.answer.value.reading);
    // Detection still says no; the extraction happened regardless, with the listing's own text.
    expect(article.detection.isArticle).toBe(false);
    expect(article.text).toContain('EU leaders agree new budget rules');
    await page.close();
  });

  it('the popup shows the title, the eleven paragraphs, "10 related stories hidden" and three quotes by Lee Jae Myung', async () => {
    const page = await firefox.newPage(server.url('/site/popup/news-seed.html'));
    const popup = await firefox.openPopup(page);
    await popup
      .waitForFunction((title: string) => document.querySelector('[data-testid="title"]')?.textContent === title, { timeout: 20_000 }, TITLE)
      .catch(async (error: Error) => {
        const status = await popup.$eval(byTestId('status'), (el) => el.textContent).catch(() => null);
        throw new Error(`the popup never showed the title (status: ${JSON.stringify(status)}): ${error.message}`);
      });

    const view = await popup.evaluate(() => {
      const all = (selector: string): Element[] => [...document.querySelectorAll(selector)];
      const one = (testId: string): Element | null => document.querySelector(`[data-testid="${testId}"]`);
      return {
        statusVisible: one('status')?.checkVisibility() ?? null,
        paragraphs: all('[data-testid="article-text"] p').map((p) => p.textContent ?? ''),
        relatedCount: one('related-count')?.textContent?.trim() ?? null,
        relatedChecked: (one('related-toggle') as HTMLInputElement | null)?.checked ?? null,
        quotes: all('[data-testid="quote"]').length,
        speakers: all('[data-testid="quote"] [data-testid="quote-speaker"]').map((s) => s.textContent?.trim() ?? ''),
      };
    });
    expect(view.statusVisible).toBe(false);
    expect(view.paragraphs).toHaveLength(11);
    expect(view.paragraphs[0]).toMatch(/^Nara, Jan 13 South Korean President Lee Jae Myung/);
    expect(view.paragraphs.join(' ')).not.toMatch(/Disclaimer|Related Stories|Open in App/);
    // The wording of relatedHidden in src/_locales/en/messages.json with COUNT = 10.
    expect(view.relatedCount).toBe('10 related stories hidden');
    expect(view.relatedChecked).toBe(true);
    expect(view.quotes).toBe(3);
    expect(view.speakers).toEqual([SPEAKER, SPEAKER, SPEAKER]);
    // Opening the popup is what hid the rails on the page.
    expect(await relatedOnPage(page)).toMatchObject({ visible: 0, railsVisible: 0, headlineVisible: true });
    // The popup is capped at 600 px like a real one and scrolls inside <main>: one picture at the top, one
    // scrolled to the related switch and the text.
    await popup.screenshot({ path: join(SCREENSHOTS, 'firefox-popup-seed.png') });
    await popup.evaluate(() => document.getElementById('related')?.scrollIntoView({ block: 'start' }));
    await popup.screenshot({ path: join(SCREENSHOTS, 'firefox-popup-seed-text.png') });

    // The popup's own switch, clicked with real input, drives the same page side.
    await popup.click(byTestId('related-toggle'));
    await popup.waitForFunction(() => document.querySelector('[data-testid="related-count"]')?.textContent?.trim() === '10 related stories shown');
    // Polled on a timer: the page is a background tab now, where requestAnimationFrame doesn't run.
    await page.waitForFunction(railsAre, { polling: 50 }, HIDDEN, true);
    expect(await relatedOnPage(page)).toMatchObject({ railsVisible: 2, headlineVisible: true });
    await popup.click(byTestId('related-toggle'));
    await page.waitForFunction(railsAre, { polling: 50 }, HIDDEN, false);
    expect(await relatedOnPage(page)).toMatchObject({ visible: 0, railsVisible: 0, headlineVisible: true });

    await popup.close();
    await page.close();
  });
});
