/**
 * The options page end to end: it lists the automatic sites and removes them (unregistering and
 * releasing), saves the default and the reader's look, and export → import round-trips.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, SCREENSHOTS, type ExtensionBrowser } from './support/chromium';

const chromiumPath = findChromium();

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('the options page in real Chromium', () => {
  let browser: ExtensionBrowser;
  let options: Page;
  let exported = '';

  const worker = (): Worker => browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId))!;
  const registered = () => worker().evaluate(async () => ((await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort()));
  const hosts = () => options.getByTestId('site-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.host));

  beforeAll(async () => {
    browser = await launchWithExtension(chromiumPath!);
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // Two sites the test build already has permission for, switched on the way the popup does it.
    for (const host of ['localhost', '127.0.0.1']) {
      const answer = await options.evaluate((h) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'auto/enable', payload: { host: h } }), host);
      expect(answer).toEqual({ ok: true, value: { host } });
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the automatic sites, localised, and looks right in light and dark', async () => {
    await expect.poll(hosts).toEqual(['127.0.0.1', 'localhost']);
    expect(await options.getByTestId('sites-empty').isVisible()).toBe(false);
    expect(await options.locator('h1').textContent()).toBe('News Declutter options');
    await options.screenshot({ path: join(SCREENSHOTS, 'options-light.png'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: join(SCREENSHOTS, 'options-dark.png'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('saves the default and the reader look, from the keyboard too', async () => {
    await options.getByTestId('default-reader').check();
    await options.getByTestId('reader-theme').selectOption('sepia');
    await options.getByTestId('reader-font-size').focus();
    for (let i = 0; i < 3; i++) await options.keyboard.press('ArrowRight');
    await expect.poll(() => options.getByTestId('options-status').textContent()).toBe('Saved.');
    await expect.poll(async () => options.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get(null))).toMatchObject({ autoDefault: 'reader', 'reader.theme': 'sepia', 'reader.fontSize': 22 });
    expect(await options.getByTestId('reader-preview').getAttribute('data-theme')).toBe('sepia');
  });

  it('says when the settings come from a newer version, and leaves that version and its keys alone', async () => {
    type Sync = { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; remove(k: string[]): Promise<void> };
    const stored = () => options.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync.get(null));
    const notice = options.getByTestId('settings-newer');
    expect(await notice.isVisible()).toBe(false);
    await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ version: 99, 'reader.voice': 'Yuna' }));
    await expect.poll(() => notice.isVisible()).toBe(true);
    await expect(notice.textContent()).resolves.toMatch(/newer version.*\(settings version 99\)/);
    // A change made here writes its own key only.
    await options.getByTestId('reader-theme').selectOption('dark');
    await expect.poll(stored).toMatchObject({ version: 99, 'reader.voice': 'Yuna', 'reader.theme': 'dark' });
    await options.evaluate(async () => {
      const s = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync;
      await s.remove(['reader.voice']);
      await s.set({ version: 3 });
    });
    await expect.poll(() => notice.isVisible()).toBe(false);
    await options.getByTestId('reader-theme').selectOption('sepia');
    await expect.poll(stored).toMatchObject({ 'reader.theme': 'sepia' });
  });

  it('exports all settings as JSON', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export').click()]);
    exported = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toEqual({
      format: 'news-declutter-settings', version: 3, autoDefault: 'reader',
      autoSites: { '127.0.0.1': { mode: 'inherit' }, localhost: { mode: 'inherit' } },
      reader: { theme: 'sepia', fontSize: 22, lineWidth: 68, fontFamily: 'serif', lineHeight: 170, paragraphSpacing: 115, align: 'start', speechRate: 100 },
    });
  });

  it('removes a site: gone from the list and unregistered', async () => {
    expect(await registered()).toEqual(['auto:127.0.0.1', 'auto:localhost']);
    await options.locator('[data-testid="site-row"][data-host="localhost"] [data-testid="site-remove"]').click();
    await expect.poll(hosts).toEqual(['127.0.0.1']);
    expect(await registered()).toEqual(['auto:127.0.0.1']);
    await expect.poll(() => options.getByTestId('options-status').textContent()).toBe('localhost was removed.');
  });

  it('import brings back what was exported', async () => {
    await options.getByTestId('default-hide-related').check();
    await options.getByTestId('reader-theme').selectOption('dark');
    const file = join(tmpdir(), `declutter-export-${process.pid}.json`);
    await writeFile(file, exported);
    await options.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => options.getByTestId('import-report').textContent()).toBe('Settings imported.');
    await expect.poll(hosts).toEqual(['127.0.0.1', 'localhost']);
    expect(await registered()).toEqual(['auto:127.0.0.1', 'auto:localhost']);
    expect(await options.getByTestId('default-reader').isChecked()).toBe(true);
    expect(await options.getByTestId('reader-theme').inputValue()).toBe('sepia');
  });

  it('import repairs a damaged file and says what it repaired', async () => {
    const file = join(tmpdir(), `declutter-damaged-${process.pid}.json`);
    await writeFile(file, JSON.stringify({ format: 'news-declutter-settings', version: 2, autoDefault: 'shout', autoSites: { 'NOT A HOST': { mode: 'reader' } }, reader: { theme: 'sepia', fontSize: 400, lineWidth: 60 } }));
    await options.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => options.getByTestId('import-report').textContent()).toMatch(/3 values were repaired/);
    expect(await options.getByTestId('import-repairs').locator('li').allTextContents()).toEqual([
      'On automatic sites: unknown value, reset to “Hide related stories only”', '“NOT A HOST” is not a site\'s host name, left out', 'Font size: 400 is out of range, set to 32',
    ]);
    expect(await options.getByTestId('reader-font-size').inputValue()).toBe('32');
    await writeFile(file, '{"just": "some json"}');
    await options.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => options.getByTestId('import-report').textContent()).toMatch(/couldn't be imported: the file is not a News Declutter/);
    await options.screenshot({ path: join(SCREENSHOTS, 'options-after-import.png'), fullPage: true });
  });
});
