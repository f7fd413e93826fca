import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirefox, requireBrowser } from './support/browsers';
import { EXTENSION_UUID, launchFirefoxWithExtension, SCREENSHOTS, type FirefoxWithExtension } from './support/firefox';
import { serveFixtures, type FixtureServer } from './support/server';
import { byTestId } from './support/test-id';

const firefoxPath = findFirefox();
const HEADLINE = 'Harbour ferry returns after winter repairs';

/** What the popup shows in one `data-testid` element, and whether it is visible. */
function shown(popup: Page, testId: string): Promise<{ text: string; visible: boolean }> {
  return popup.$eval(byTestId(testId), (el) => ({ text: el.textContent?.trim() ?? '', visible: el.checkVisibility() }));
}

describe.runIf(requireBrowser('Firefox', firefoxPath, 'firefox-esr'))('the extension in real Firefox ESR', () => {
  let server: FixtureServer;
  let otherHost: FixtureServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    server = await serveFixtures();
    otherHost = await serveFixtures('127.0.0.2');
    firefox = await launchFirefoxWithExtension(firefoxPath!);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    await otherHost?.close();
  });

  it('installs with the fixed UUID and holds the test build host permissions, and only those', async () => {
    expect(firefox.extensionBaseUrl).toBe(`moz-extension://${EXTENSION_UUID}/`);
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'dist/firefox-test/manifest.json'), 'utf8')) as { host_permissions: string[] };
    expect(manifest.host_permissions).toContain('http://127.0.0.1/*');
    expect((await firefox.grantedOrigins()).sort()).toEqual([...manifest.host_permissions].sort());
  });

  // 127.0.0.2 is loopback too, but outside the test build's host permissions, and headless Firefox has no
  // toolbar button to grant activeTab: the extension must be kept out, and the popup must say so.
  it('cannot read a page outside its permissions, and the popup says so', async () => {
    const page = await firefox.newPage(otherHost.url('plain-article.html'));
    const popup = await firefox.openPopup(page);
    await popup.waitForFunction(() => {
      const status = document.querySelector('[data-testid="status"]');
      return !!status?.checkVisibility() && /doesn't let extensions read this page/.test(status.textContent ?? '');
    });
    expect((await shown(popup, 'title')).text).not.toContain(HEADLINE);
    await popup.screenshot({ path: join(SCREENSHOTS, 'firefox-popup-restricted.png') });
    await popup.close();
    await page.close();
  });

  it('the popup injects the content script into the page and shows the headline', async () => {
    const page = await firefox.newPage(server.url('plain-article.html'));

    // Before the popup opens, nothing of ours listens in the page.
    const before = await firefox.sendToPage(page, 'page/info', {});
    expect(before.delivered).toBe(false);

    const popup = await firefox.openPopup(page);
    await popup
      .waitForFunction((headline: string) => document.querySelector('[data-testid="title"]')?.textContent?.includes(headline), { timeout: 20_000 }, HEADLINE)
      .catch(async (error: Error) => {
        const [title, status] = [await shown(popup, 'title'), await shown(popup, 'status')];
        throw new Error(`the popup never showed the headline: title ${JSON.stringify(title)}, status ${JSON.stringify(status)} (${error.message})`);
      });
    expect((await shown(popup, 'title')).text).toContain(HEADLINE);
    expect((await shown(popup, 'status')).visible).toBe(false);
    await popup.screenshot({ path: join(SCREENSHOTS, 'firefox-popup.png') });

    // The popup left the content script in the page: it answers now, without another injection, from
    // inside the fixture's document.
    const after = await firefox.sendToPage(page, 'page/info', {});
    expect(after).toMatchObject({ delivered: true, answer: { ok: true, value: { url: server.url('plain-article.html') } } });
    expect(after.delivered && after.answer?.ok && after.answer.value.title).toContain(HEADLINE);

    await popup.close();
    await page.close();
  });
});
