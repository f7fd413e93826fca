/**
 * Read aloud and the article badge on every site, in real Firefox ESR with the test build. Firefox
 * speaks through speech-dispatcher on Linux when it is installed; a second Firefox with speech
 * switched off (media.webspeech.synth.enabled) is the machine with no voice. The reader's shadow root
 * is closed, so the tests read the state it mirrors on its host (data-speech, data-speech-paragraph)
 * and speechSynthesis itself, and look at screenshots.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirefox, requireBrowser } from './support/browsers';
import { launchFirefoxWithExtension, SCREENSHOTS, type FirefoxWithExtension } from './support/firefox';
import { serveFixtures, type FixtureServer } from './support/server';

const firefoxPath = findFirefox();
const TITLE = 'Cooperation between Seoul, Tokyo more important than ever';

const speechState = (page: Page) => page.evaluate(() => {
  const host = document.getElementById('declutter-reader');
  const synth = (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  return { state: host?.dataset.speech ?? null, paragraph: Number(host?.dataset.speechParagraph ?? -2), talking: !!synth && (synth.speaking || synth.pending) };
});

async function listen(firefox: FirefoxWithExtension, page: Page): Promise<void> {
  const popup = await firefox.openPopup(page);
  await popup.waitForFunction((title: string) => document.querySelector('[data-testid="title"]')?.textContent?.includes(title), {}, TITLE);
  await popup.click('[data-testid="listen"]');
  await page.bringToFront();
  await expect.poll(() => page.evaluate(() => !!document.getElementById('declutter-reader')), { timeout: 10_000 }).toBe(true);
  await popup.close();
}

describe.runIf(requireBrowser('Firefox', firefoxPath, 'firefox-esr'))('read aloud in the reader (Firefox)', () => {
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

  it("the popup's Listen opens the reader reading the first paragraph, highlighted; Esc stops it", async () => {
    const page = await firefox.newPage(server.url('/site/ff-speech/news-seed.html'));
    await listen(firefox, page);
    await expect.poll(() => speechState(page), { timeout: 10_000 }).toMatchObject({ state: 'speaking', paragraph: 0, talking: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-reader-reading-aloud.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => !!document.getElementById('declutter-reader'))).toBe(false);
    await expect.poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
    await page.close();
  });

  it('the reader shows Atkinson Hyperlegible from the extension\'s own files, and prints the reader only', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await options.select('[data-testid="reader-font-family"]', 'atkinson');
    // Each reader field is stored under its own key (reader.<field>).
    await expect.poll(() => options.evaluate(async () => (await (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).browser.storage.sync.get('reader.fontFamily'))['reader.fontFamily'])).toBe('atkinson');
    await options.close();
    const page = await firefox.newPage(server.url('/site/ff-type/news-seed.html'));
    expect(await firefox.sendToPage(page, 'reader/open', {}, { inject: true })).toEqual({ delivered: true, answer: { ok: true, value: { open: true } } });
    await expect.poll(() => page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Declutter Atkinson') && f.status === 'loaded').length), { timeout: 10_000 }).toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-reader-atkinson.png') });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    await page.close();
  });

  it('the article badge on every site: the options switch registers the detector, an article gets the badge, a front page none', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await options.waitForFunction(() => (document.querySelector('[data-testid="badge-everywhere"]') as HTMLInputElement | null)?.checked === false);
    await options.click('[data-testid="badge-everywhere"]');
    await expect.poll(() => options.evaluate(() => document.querySelector('[data-testid="badge-everywhere-message"]')?.textContent), { timeout: 10_000 }).toBe('The badge now shows on articles on every site.');
    await options.screenshot({ path: join(SCREENSHOTS, 'firefox-options-badge-everywhere.png'), fullPage: true });
    const article = await firefox.newPage(server.url('/site/ff-badge/auto-article.html'));
    await expect.poll(() => firefox.badgeText(article), { timeout: 10_000 }).toBe('✓');
    const front = await firefox.newPage(server.url('/site/ff-local/auto-front.html'));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await firefox.badgeText(front)).toBe('');
    await options.bringToFront();
    await options.click('[data-testid="badge-everywhere"]');
    await expect.poll(() => options.evaluate(() => document.querySelector('[data-testid="badge-everywhere-message"]')?.textContent)).toBe('Turned off: access to all sites was released.');
    const after = await firefox.newPage(server.url('/site/ff-after/auto-article.html'));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await firefox.badgeText(after)).toBe('');
  });
});

describe.runIf(requireBrowser('Firefox', firefoxPath, 'firefox-esr'))('read aloud with no voice (Firefox with speech off)', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    server = await serveFixtures();
    firefox = await launchFirefoxWithExtension(firefoxPath!, undefined, { 'media.webspeech.synth.enabled': false });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('says so in the control instead of failing silently', async () => {
    const page = await firefox.newPage(server.url('/site/ff-silent/news-seed.html'));
    await listen(firefox, page);
    await expect.poll(() => speechState(page), { timeout: 10_000 }).toMatchObject({ state: 'no-voice', talking: false });
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-reader-no-voice.png') });
  });
});
