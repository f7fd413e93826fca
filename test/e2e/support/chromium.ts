import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = join(process.cwd(), 'test-results/screenshots');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Click the toolbar button on the tab showing `page` (grants activeTab, like a person's click). */
  clickAction(page: Page): Promise<void>;
  /** The popup as a tab, bound to the tab showing `page`: `popup.html?tabId=N`. */
  openPopup(page: Page): Promise<Page>;
  /** A new tab at `url`, its toolbar button clicked, and its popup open: how most tests start. */
  popupFor(url: string): Promise<{ page: Page; popup: Page }>;
  tabId(page: Page): Promise<number>;
  /**
   * Inject what the popup injects when it opens (content.js, then opening.js) into the tab showing
   * `page`, from the service worker, and return what executeScript hands back: the page's answer, as JSON.
   */
  openingAnswer(page: Page): Promise<unknown>;
  /** The toolbar badge text the extension set for the tab showing `page`. */
  badgeText(page: Page): Promise<string>;
  close(): Promise<void>;
}

/**
 * Real Chromium with the built test extension loaded, able to speak (see `speech`). Debian's chromium honours --load-extension in
 * headless mode. Background networking is off: this machine has no internet, and Chromium's attempts
 * to reach Google would only add noise and delay.
 */
export async function launchWithExtension(executablePath: string, extensionDir = join(process.cwd(), 'dist/chrome-test'), options: { lang?: string; speech?: boolean } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'declutter-chromium-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    // The UI language (chrome.i18n) follows --lang on Windows and LANGUAGE on Linux: both, to be sure.
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang}.UTF-8` } } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--enable-unsafe-extension-debugging', // exposes the CDP Extensions domain (triggerAction)
      '--no-sandbox', // required when running as root, as CI does
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Linux Chromium has voices only through speech-dispatcher (with espeak-ng behind it, which
      // .ci/run installs), and only with this switch; without it speak() fails at once with
      // 'synthesis-failed', which is the no-voice path (`speech: false`).
      ...(options.speech === false ? [] : ['--enable-speech-dispatcher']),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  // The extension id is the host of its service worker's URL.
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();

  async function targetIdOf(page: Page): Promise<string> {
    // Tab targets are left out of Target.getTargets unless a filter asks for them.
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const url = page.url();
    const match = targetInfos.find((t) => t.type === 'tab' && t.url === url);
    if (!match) throw new Error(`no tab target for ${url}`);
    return match.targetId;
  }

  // The tab id comes from the extension itself, through its service worker. Tab URLs are visible only
  // where the extension has access, so a page it can't see yet is found as the active tab instead.
  async function tabId(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await worker.evaluate(async (url) => {
      type Tab = { id?: number; url?: string };
      const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome.tabs;
      const byUrl = (await tabs.query({})).find((t) => t.url === url);
      return (byUrl ?? (await tabs.query({ active: true, lastFocusedWindow: true }))[0])?.id ?? -1;
    }, page.url());
    if (id < 0) throw new Error(`no tab for ${page.url()}`);
    return id;
  }

  const extension: ExtensionBrowser = {
    context,
    extensionId,
    tabId,
    async clickAction(page) {
      await page.bringToFront();
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: await targetIdOf(page) } as never);
    },
    async openPopup(page) {
      const id = await tabId(page);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${id}`);
      return popup;
    },
    async popupFor(url) {
      const page = await context.newPage();
      await page.goto(url);
      await extension.clickAction(page);
      return { page, popup: await extension.openPopup(page) };
    },
    async openingAnswer(page) {
      const id = await tabId(page);
      return worker.evaluate(async (tabId) => {
        type Frame = { result?: unknown };
        const scripting = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<Frame[]> } } }).chrome.scripting;
        return (await scripting.executeScript({ target: { tabId }, files: ['content.js', 'opening.js'] }))[0]?.result;
      }, id);
    },
    async badgeText(page) {
      const id = await tabId(page);
      return worker.evaluate(async (tabId) => {
        const action = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action;
        return action.getBadgeText({ tabId });
      }, id);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return extension;
}
