/**
 * Read aloud, typography and printing in the in-page reader, in real Chromium with the test build.
 * Chromium speaks through speech-dispatcher (espeak-ng), started with --enable-speech-dispatcher; a
 * second browser without it is the machine with no voice. What is spoken can't be heard here, so the
 * tests read what the page itself can see: speechSynthesis.speaking/pending, and the state the reader
 * mirrors on its host element (data-speech, data-speech-paragraph).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { ReaderInspector } from './support/reader-inspector';
import { serveFixtures, type FixtureServer } from './support/server';

const chromiumPath = findChromium();
const TITLE = 'Cooperation between Seoul, Tokyo more important than ever';

const speechState = (page: Page) => page.evaluate(() => {
  const host = document.getElementById('declutter-reader');
  return { state: host?.dataset.speech ?? null, paragraph: Number(host?.dataset.speechParagraph ?? -2), talking: speechSynthesis.speaking || speechSynthesis.pending };
});

async function openWithListen(browser: ExtensionBrowser, page: Page): Promise<void> {
  await browser.clickAction(page);
  const popup = await browser.openPopup(page);
  await popup.getByTestId('title').filter({ hasText: TITLE }).waitFor();
  await popup.getByTestId('listen').click();
  await page.bringToFront();
  await expect.poll(() => page.locator('#declutter-reader').count()).toBe(1);
  await popup.close();
}

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('read aloud in the reader (Chromium, with voices)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let reader: ReaderInspector;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension(chromiumPath!);
    page = await browser.context.newPage();
    await page.goto(server.url('/site/speech/news-seed.html'));
    reader = await ReaderInspector.attach(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the popup's Listen opens the reader reading the first paragraph aloud, highlighted", async () => {
    await openWithListen(browser, page);
    await expect.poll(() => speechState(page), { timeout: 10_000 }).toMatchObject({ state: 'speaking', paragraph: 0, talking: true });
    expect(await reader.count('.text p.speaking')).toBe(1);
    expect(await reader.find('.text p:first-child.speaking')).not.toBeNull();
    // Which voices the picker offers is unit-tested (voicesFor): speech-dispatcher lists its voices
    // only seconds after a fresh start, and never to a browser that connects to one already running.
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-reading-aloud.png') });
  });

  it('next and previous move by paragraph; a click on a paragraph reads from there; pause stops the voice', async () => {
    await reader.click(page, '[data-action="next"]');
    await expect.poll(() => speechState(page)).toMatchObject({ state: 'speaking', paragraph: 1 });
    await reader.click(page, '[data-action="previous"]');
    await expect.poll(() => speechState(page)).toMatchObject({ state: 'speaking', paragraph: 0 });
    await reader.click(page, '.text p:nth-child(4)');
    await expect.poll(() => speechState(page)).toMatchObject({ state: 'speaking', paragraph: 3, talking: true });
    expect(await reader.find('.text p:nth-child(4).speaking')).not.toBeNull();
    await reader.click(page, '[data-action="listen"]');
    await expect.poll(() => speechState(page)).toMatchObject({ state: 'paused', paragraph: 3, talking: false });
    // Resume picks up at the same paragraph.
    await reader.click(page, '[data-action="listen"]');
    await expect.poll(() => speechState(page)).toMatchObject({ state: 'speaking', paragraph: 3, talking: true });
  });

  it('a key quote can be read on its own', async () => {
    await reader.click(page, '.quote-list > li .read-quote');
    await expect.poll(() => reader.count('.quote-list > li.speaking')).toBe(1);
    expect(await reader.count('.text p.speaking')).toBe(0);
    await expect.poll(() => speechState(page)).toMatchObject({ state: 'speaking', talking: true });
  });

  it('Esc closes the reader and stops speaking', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#declutter-reader').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
  });
});

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('read aloud with no voice (Chromium without speech-dispatcher)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension(chromiumPath!, undefined, { speech: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says so in the control instead of failing silently', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/site/silent/news-seed.html'));
    const reader = await ReaderInspector.attach(page);
    await openWithListen(browser, page);
    await expect.poll(() => speechState(page), { timeout: 10_000 }).toMatchObject({ state: 'no-voice', talking: false });
    expect(await reader.text('.speech-status')).toMatch(/No voice is installed for reading aloud/);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-no-voice.png') });
  });
});

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('reader typography and printing (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let reader: ReaderInspector;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension(chromiumPath!, undefined, { speech: false });
    page = await browser.context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(server.url('/site/type/news-seed.html'), { waitUntil: 'networkidle' });
    // The page's own requests (its images) are the page's; from here on, any request is ours.
    requests.length = 0;
    reader = await ReaderInspector.attach(page);
    const worker = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId))!;
    await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({
      reader: { theme: 'dark', fontSize: 20, lineWidth: 68, fontFamily: 'atkinson', lineHeight: 200, paragraphSpacing: 150, align: 'justify', speechRate: 100 },
    }));
    await browser.clickAction(page);
    const popup = await browser.openPopup(page);
    await popup.getByTestId('reader-button').click();
    await page.bringToFront();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the stored typeface (Atkinson Hyperlegible, from the extension), line height, spacing and alignment', async () => {
    await expect.poll(() => reader.find('.text p')).not.toBeNull();
    expect(await reader.style('.text p', 'font-family')).toMatch(/^"Declutter Atkinson Hyperlegible"/);
    expect(await reader.style('.text p', 'line-height')).toBe('40px');
    expect(await reader.style('.text p', 'margin-bottom')).toBe('30px');
    expect(await reader.style('.text p', 'text-align')).toBe('justify');
    // The face really loaded, from the extension's own files, and nothing went to the network for it.
    await expect.poll(() => page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Declutter Atkinson') && f.status === 'loaded').length)).toBe(2);
    const fontRequests = requests.filter((url) => /woff2?$/.test(url));
    expect(fontRequests.length).toBeGreaterThan(0);
    for (const url of fontRequests) expect(url).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/fonts/`));
    expect(requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('chrome-extension://') && !url.startsWith('data:'))).toEqual([]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-atkinson-justified.png') });
  });

  it('prints the reader only: the page behind hidden, no toolbar, black on white; all put back after', async () => {
    expect(await reader.find('[data-action="print"]')).not.toBeNull();
    const bodyStyle = await page.evaluate(() => document.body.getAttribute('style'));
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    expect(await reader.style('.toolbar', 'display')).toBe('none');
    expect(await reader.style('.backdrop', 'background-color')).toBe('rgb(255, 255, 255)');
    expect(await reader.style('.text p', 'color')).toBe('rgb(0, 0, 0)');
    expect(await reader.style('.backdrop', 'position')).toBe('static');
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-print.png') });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => document.body.getAttribute('style'))).toBe(bodyStyle);
    expect(await reader.style('.toolbar', 'display')).toBe('flex');
  });
});
