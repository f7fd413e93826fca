/**
 * Real Firefox (ESR) with the built test extension installed, driven by puppeteer-core over WebDriver BiDi.
 *
 * What it took, checked against Firefox 153.8.0esr (Debian) and puppeteer-core 24.43:
 *
 * - Profile: puppeteer creates a fresh temporary profile for every launch (mkdtemp in the OS temp dir),
 *   writes its own testing prefs into it (app update, normandy, safebrowsing, data reporting, remote
 *   settings server pointed at a dummy host, …: see defaultProfilePreferences in
 *   node_modules/@puppeteer/browsers/lib/esm/browser-data/firefox.js) plus ours, and deletes it on close.
 * - Root: nothing special. Headless Firefox runs as root with no DISPLAY and no MOZ_* variable
 *   (unlike Chromium, which needs --no-sandbox).
 * - Installing: `browser.installExtension(dir)` sends BiDi `webExtension.install` with a path; since
 *   Firefox 138 that installs a *temporary* add-on by default, so the unsigned dist/firefox-test loads
 *   (https://bugzilla.mozilla.org/show_bug.cgi?id=1947678).
 * - Host permissions: in Firefox MV3 `host_permissions` are optional (granted by the user) unless the pref
 *   `extensions.originControls.grantByDefault` is true, in which case they are granted on ADDON_INSTALL
 *   (Extension.sys.mjs: `installIncludesOrigins`; MDN: manifest.json/host_permissions, "From Firefox
 *   127 … displayed in the install prompt"). It defaults to true in 153 ESR; we set it anyway so a
 *   distribution default can't take the test build's 127.0.0.1 access away, and `grantedOrigins()`
 *   lets a test check it. That access stands in for activeTab: headless Firefox has no toolbar to click.
 * - A known extension URL: Firefox gives each extension a random internal UUID (moz-extension://<uuid>/).
 *   The pref `extensions.webextensions.uuids` (JSON {addonId: uuid}, read by UUIDMap in
 *   Extension.sys.mjs) fixes it, so the popup's URL is known before install.
 * - Opening extension pages: since Firefox 153 WebDriver may only navigate to http(s), file, blob and
 *   about:blank unless Firefox is started with --remote-allow-system-access
 *   (https://bugzilla.mozilla.org/show_bug.cgi?id=1579790; BrowsingContextUtils.sys.mjs
 *   isWebdriverSafeNavigationURL). Without it: "Navigation to moz-extension://… is not allowed in this
 *   context".
 * - Waiting for extension pages: Firefox's BiDi drops load/DOMContentLoaded events for contexts in the
 *   extension process ("until support gets added (bug 1755014)",
 *   https://bugzilla.mozilla.org/show_bug.cgi?id=1755014), so puppeteer's `page.goto(moz-extension://…)`
 *   never resolves and `page.url()` stays about:blank. `gotoExtensionPage` starts the navigation, polls
 *   the document itself (location + readyState) and then cancels puppeteer's wait.
 * - Background traffic: this machine has no network; the prefs in QUIET_PREFS (on top of puppeteer's) stop
 *   the captive-portal and connectivity probes, DNS-over-HTTPS, region lookup, telemetry, studies and
 *   system add-on/blocklist updates from trying. What stays in Firefox's output is harmless:
 *   "RenderCompositorSWGL failed mapping default framebuffer" (headless, no GPU), the Nimbus line below,
 *   and a RemoteAgent "context is null" exception logged when a tab closes mid-request.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { scriptsFor, type ContentMessages, type Result } from '../../../src/lib/messages';
import { gotoExtensionPage, NAVIGATION_TIMEOUT } from './firefox-navigation';

export const SCREENSHOTS = join(process.cwd(), 'test-results/screenshots');

/** Our choice; any fixed UUID works. */
export const EXTENSION_UUID = '7d1c5e0a-3b9f-4c62-8e1d-a4f02b6c9e35';

const QUIET_PREFS: Record<string, unknown> = {
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.update.auto': false,
  'browser.discovery.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'datareporting.usage.uploadEnabled': false,
  'doh-rollout.disable-heuristics': true,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.trr.mode': 5, // DNS over HTTPS off by choice
  // Nimbus (experiments) still asks Remote Settings once at startup: Firefox Labs can't be turned off by a
  // pref, only by policy. It fails at once against puppeteer's dummy services.settings.server and logs
  // "RSLoader: Failed to retrieve recipes"; harmless.
  'nimbus.rollouts.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id from the built manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** `moz-extension://<EXTENSION_UUID>/` */
  extensionBaseUrl: string;
  /** A new tab, loaded with `url` when given (web pages only; see openExtensionPage). */
  newPage(url?: string): Promise<Page>;
  /** A new tab showing one of the extension's pages, e.g. `popup.html?tabId=3`. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The extension's tab id for the tab showing `page` (asked of the extension itself). */
  tabId(page: Page): Promise<number>;
  /** The popup as a 400 px wide tab, bound to the tab showing `page`: `popup.html?tabId=N`. */
  openPopup(page: Page): Promise<Page>;
  /**
   * Send one of the content script's messages to the tab showing `page`, as the popup does, from an
   * extension page. `inject: true` first injects what the popup would (content.js, and reader.js or
   * reveal.js for their messages); without it the message reaches only scripts already there. `delivered: false`
   * when nothing listened.
   */
  sendToPage<K extends keyof ContentMessages>(
    page: Page,
    type: K,
    payload: ContentMessages[K]['request'],
    options?: { inject?: boolean },
  ): Promise<{ delivered: true; answer: Result<ContentMessages[K]['response']> | undefined } | { delivered: false; error: string }>;
  /**
   * Inject what the popup injects when it opens (content.js, then opening.js) into the tab showing
   * `page`, and return what executeScript hands back for it: the page's answer, as JSON.
   */
  openingAnswer(page: Page): Promise<unknown>;
  /** The host permissions the extension holds right now (permissions.getAll().origins). */
  grantedOrigins(): Promise<string[]>;
  /** The toolbar badge text the extension set for the tab showing `page`. */
  badgeText(page: Page): Promise<string>;
  close(): Promise<void>;
}

/** The WebExtension API as seen from an extension page, as much of it as these helpers use. */
interface ExtensionApi {
  runtime: { id: string; getURL(path: string): string };
  tabs: {
    query(query: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: { executeScript(options: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]> };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
}
declare const browser: ExtensionApi;

/**
 * Launch headless Firefox with dist/firefox-test installed and one extension page open in a background
 * tab (the extension's manifest.json: an extension-origin document with no script of its own) from which
 * the helpers call the WebExtension API.
 */
export async function launchFirefoxWithExtension(
  executablePath: string,
  extensionDir = join(process.cwd(), 'dist/firefox-test'),
  /** Extra prefs for this launch (e.g. media.webspeech.synth.enabled: false, a Firefox with no speech). */
  prefs: Record<string, unknown> = {},
): Promise<FirefoxWithExtension> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id: Firefox would pick a random id, and the UUID pref could not name it`);

  const browserInstance = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    timeout: 60_000,
    protocolTimeout: 60_000,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': true,
      ...prefs,
    },
  });
  try {
    const installed = await browserInstance.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`installed add-on id ${installed}, expected ${addonId}`);
    const extensionBaseUrl = `moz-extension://${EXTENSION_UUID}/`;

    const helper = (await browserInstance.pages())[0] ?? (await browserInstance.newPage());
    await gotoExtensionPage(helper, `${extensionBaseUrl}manifest.json`);
    // Proof that the UUID pref took: this page has the extension's API, and the extension agrees on its URL.
    const seen = await helper.evaluate(() => ({ id: browser.runtime.id, base: browser.runtime.getURL('') }));
    if (seen.id !== addonId || seen.base !== extensionBaseUrl) throw new Error(`extension page reports ${JSON.stringify(seen)}, expected ${addonId} at ${extensionBaseUrl}`);

    async function tabId(page: Page): Promise<number> {
      // A tab's URL is visible to the extension only where it has host permission; elsewhere (a host
      // outside the test build's grant) the page is found as the active tab of the window instead.
      await page.bringToFront();
      const id = await helper.evaluate(async (url: string) => {
        const byUrl = (await browser.tabs.query({})).filter((t) => t.url === url);
        if (byUrl.length > 1) return -2;
        return (byUrl[0] ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0])?.id ?? -1;
      }, page.url());
      if (id === -2) throw new Error(`more than one tab shows ${page.url()}; open each fixture once per test`);
      if (id < 0) throw new Error(`no tab for ${page.url()}`);
      return id;
    }

    async function openExtensionPage(path: string, viewport = { width: 1000, height: 800 }): Promise<Page> {
      const page = await browserInstance.newPage();
      await page.setViewport(viewport);
      await gotoExtensionPage(page, extensionBaseUrl + path.replace(/^\//, ''));
      return page;
    }

    return {
      browser: browserInstance,
      addonId,
      extensionBaseUrl,
      tabId,
      openExtensionPage,
      async newPage(url) {
        const page = await browserInstance.newPage();
        await page.setViewport({ width: 1000, height: 800 });
        if (url) await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT });
        return page;
      },
      async openPopup(page) {
        return openExtensionPage(`popup.html?tabId=${await tabId(page)}`, { width: 400, height: 600 });
      },
      async sendToPage(page, type, payload, options = {}) {
        const id = await tabId(page);
        return helper.evaluate(
          async (tab: number, message: { type: string; payload: unknown }, files: string[]) => {
            try {
              if (files.length > 0) await browser.scripting.executeScript({ target: { tabId: tab }, files });
              return { delivered: true as const, answer: (await browser.tabs.sendMessage(tab, message)) as never };
            } catch (error) {
              return { delivered: false as const, error: error instanceof Error ? error.message : String(error) };
            }
          },
          id,
          { type, payload },
          options.inject ? scriptsFor(type) : [],
        );
      },
      async openingAnswer(page) {
        const id = await tabId(page);
        return helper.evaluate(async (tab: number) => (await browser.scripting.executeScript({ target: { tabId: tab }, files: ['content.js', 'opening.js'] }))[0]?.result, id);
      },
      async grantedOrigins() {
        return helper.evaluate(async () => (await browser.permissions.getAll()).origins ?? []);
      },
      async badgeText(page) {
        const id = await tabId(page);
        return helper.evaluate(async (tab: number) => {
          const api = browser as unknown as { action: { getBadgeText(d: object): Promise<string> } };
          return api.action.getBadgeText({ tabId: tab });
        }, id);
      },
      async close() {
        await browserInstance.close(); // also deletes the temporary profile
      },
    };
  } catch (error) {
    await browserInstance.close().catch(() => {});
    throw error;
  }
}
