/**
 * The in-page reader end to end, in real Chromium with the test build. The reader's shadow root is
 * closed, so page scripts (and Playwright's locators) can't see inside; the test reads it through the
 * DevTools protocol instead, which pierces closed roots the way the browser's own inspector does, and
 * clicks its buttons with the mouse at their on-screen boxes, as a person would.
 */
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTES, TOOLBAR_THEMES } from '../../src/reader/theme';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { ReaderInspector } from './support/reader-inspector';
import { serveFixtures, type FixtureServer } from './support/server';

const chromiumPath = findChromium();
const TITLE = 'Cooperation between Seoul, Tokyo more important than ever, South Korean President tells Japan PM';

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('the in-page reader (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let popup: Page;
  let reader: ReaderInspector;

  const worker = (): Worker => browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId))!;
  /** The reader's look as stored: one storage.sync key per field (`reader.theme`…), gathered. */
  const storedReader = () => worker().evaluate(async () => {
    const all = await (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('reader.')).map(([k, v]) => [k.slice('reader.'.length), v]));
  });
  const isOpen = () => page.locator('#declutter-reader').count();

  async function open(): Promise<void> {
    await popup.getByTestId('reader-button').click();
    await expect.poll(isOpen).toBe(1);
    await page.bringToFront();
    await expect.poll(() => reader.find('.text p')).not.toBeNull();
  }
  async function closeWithEsc(): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(isOpen).toBe(0);
  }

  beforeAll(async () => {
    server = await serveFixtures('127.0.0.2');
    browser = await launchWithExtension(chromiumPath!);
    page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url('/site/world/news-seed.html'));
    await browser.clickAction(page);
    popup = await browser.openPopup(page);
    await popup.getByTestId('title').filter({ hasText: TITLE }).waitFor();
    reader = await ReaderInspector.attach(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens from the popup with the title, the source line, the key quotes and the text', async () => {
    await open();
    const text = await reader.text();
    expect(text).toContain(TITLE);
    expect(text).toMatch(/Lokmat Times · .*\d+ min read/);
    expect(text).toContain('Key quotes');
    expect(text).toContain('cooperation between Korea and Japan is more important than ever');
    expect(text).toContain('— Lee Jae Myung');
    expect(text).toMatch(/Nara, Jan 13 South Korean President Lee Jae Myung/);
    expect(text).not.toMatch(/Related Stories|Open in App/);
    // Serif body at the stored default size; the toolbar names its buttons from _locales.
    expect(await reader.style('.text p', 'font-family')).toMatch(/serif/);
    expect(await reader.style('.text p', 'font-size')).toBe('19px');
    // The button shows A+ and is named by its words (a visually hidden span), shown as its tooltip too.
    expect(await reader.attribute('[data-action="font-larger"]', 'title')).toBe('Larger text');
    // The default theme is 'system': no toolbar theme is pressed, and a light OS shows light.
    expect(await reader.attribute('[data-action="theme-dark"]', 'aria-pressed')).toBe('false');
    expect(await reader.style('.backdrop', 'background-color')).toBe(rgb(PALETTES.light.bg));
  });

  it('applies each theme from the toolbar, marks it pressed, and saves it', async () => {
    const seen = new Set<string>();
    for (const theme of TOOLBAR_THEMES) {
      await reader.click(page, `[data-action="theme-${theme}"]`);
      await expect.poll(() => reader.style('.backdrop', 'background-color')).toBe(rgb(PALETTES[theme].bg));
      expect(await reader.style('.text p', 'color')).toBe(rgb(PALETTES[theme].fg));
      for (const other of TOOLBAR_THEMES) expect(await reader.attribute(`[data-action="theme-${other}"]`, 'aria-pressed')).toBe(String(other === theme));
      await expect.poll(async () => ((await storedReader()) as { theme?: string })?.theme).toBe(theme);
      seen.add(await reader.style('.backdrop', 'background-color'));
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(SCREENSHOTS, `reader-${theme}.png`) });
    }
    expect(seen.size).toBe(3);
  });

  it('follows a settings change made elsewhere while open, including "system" following the OS', async () => {
    const set = (reader: Record<string, unknown>) => worker().evaluate((r) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set(Object.fromEntries(Object.entries(r).map(([k, v]) => [`reader.${k}`, v]))), reader);
    await set({ theme: 'system', fontSize: 19, lineWidth: 68 });
    await expect.poll(() => reader.style('.backdrop', 'background-color')).toBe(rgb(PALETTES.light.bg));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => reader.style('.backdrop', 'background-color')).toBe(rgb(PALETTES.dark.bg));
    await page.emulateMedia({ colorScheme: 'light' });
    await set({ theme: 'sepia', fontSize: 19, lineWidth: 68 });
    await expect.poll(() => reader.style('.backdrop', 'background-color')).toBe(rgb(PALETTES.sepia.bg));
  });

  it('A+ enlarges the text and the size sticks: reopened, the reader shows it again', async () => {
    expect(await reader.style('.text p', 'font-size')).toBe('19px');
    await reader.click(page, '[data-action="font-larger"]');
    await expect.poll(() => reader.style('.text p', 'font-size')).toBe('21px');
    await expect.poll(async () => ((await storedReader()) as { fontSize?: number })?.fontSize).toBe(21);
    await closeWithEsc();
    await open();
    expect(await reader.style('.text p', 'font-size')).toBe('21px');
    expect(await reader.style('.backdrop', 'background-color')).toBe(rgb(PALETTES.sepia.bg));
  });

  it('works from the keyboard: Tab moves along the toolbar, Enter presses a button', async () => {
    await reader.click(page, '[data-action="narrower"]');
    await expect.poll(async () => ((await storedReader()) as { lineWidth?: number })?.lineWidth).toBe(62);
    const narrow = parseFloat(await reader.style('.page', 'max-width'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => parseFloat(await reader.style('.page', 'max-width'))).toBeGreaterThan(narrow);
    await expect.poll(async () => ((await storedReader()) as { lineWidth?: number })?.lineWidth).toBe(68);
    // The page behind is inert, so Tab can't wander into it.
    await expect(page.evaluate(() => document.body.hasAttribute('inert'))).resolves.toBe(true);
  });

  it('Esc restores the page exactly: scroll position, <html> and <body> attributes', async () => {
    await closeWithEsc();
    const attrs = () => page.evaluate(() => [document.documentElement, document.body].map((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`).join(' ')));
    const original = await attrs();
    // Somewhere in the middle (not a round number, not the end): the page's end would hide an off-by-some.
    await page.evaluate(() => window.scrollTo(0, Math.round((document.documentElement.scrollHeight - innerHeight) * 0.6) + 3));
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(100);
    await open();
    // Scrolling with the wheel moves the reader, not the page behind it.
    await page.mouse.move(500, 500);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(200);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(y);
    await closeWithEsc();
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(y);
    await expect(attrs()).resolves.toEqual(original);
  });

  it('a hostile page (stylesheet, Esc-eating key handlers, smooth scrolling) changes nothing', async () => {
    await open();
    const look = async () => ({
      bg: await reader.style('.backdrop', 'background-color'),
      color: await reader.style('.text p', 'color'),
      size: await reader.style('.text p', 'font-size'),
      family: await reader.style('.text p', 'font-family'),
      width: await reader.style('.page', 'max-width'),
      h1: await reader.style('h1', 'font-size'),
      toolbar: await reader.style('.toolbar', 'display'),
    });
    const calm = await look();
    await closeWithEsc();
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = `* { color: red !important; display: block !important; font-size: 40px !important; background: lime !important; }
        html { font-size: 5px !important; scroll-behavior: smooth !important; overflow: scroll !important; }
        div { max-width: 10px !important; opacity: .1 !important; } #declutter-reader { display: none !important; z-index: 0 !important; }`;
      document.head.append(style);
      const eat = (e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopImmediatePropagation(); e.preventDefault(); } };
      document.addEventListener('keydown', eat, true);
      window.addEventListener('keydown', eat);
      window.scrollTo({ top: 137, behavior: 'instant' });
    });
    const y = await page.evaluate(() => window.scrollY);
    await open();
    expect(await look()).toEqual(calm);
    // It covers the viewport and sits on top: the middle of the screen is the reader.
    const cover = await page.evaluate(() => {
      const host = document.getElementById('declutter-reader')!;
      const box = host.getBoundingClientRect();
      return { top: box.top, left: box.left, full: box.width === innerWidth && box.height === innerHeight, onTop: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host };
    });
    expect(cover).toEqual({ top: 0, left: 0, full: true, onTop: true });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-hostile-page.png') });
    await closeWithEsc();
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(y);
  });
});
