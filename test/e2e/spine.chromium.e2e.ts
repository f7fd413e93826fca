import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const chromiumPath = findChromium();

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('the extension in real Chromium', () => {
  let server: FixtureServer;
  let otherHost: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    otherHost = await serveFixtures('127.0.0.2');
    browser = await launchWithExtension(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await otherHost?.close();
  });

  it('loads as an MV3 extension with a service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  // 127.0.0.2 is loopback too, but outside the test build's host permissions: only the toolbar
  // click (activeTab) lets the extension in, exactly as on a real site.
  it('cannot read a page before the toolbar button is clicked', async () => {
    const page = await browser.context.newPage();
    await page.goto(otherHost.url('plain-article.html'));
    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/doesn't let extensions read this page/);
    await popup.close();
    await page.close();
  });

  it('the toolbar button opens a popup that shows the page title', async () => {
    const { page, popup } = await browser.popupFor(otherHost.url('plain-article.html'));
    await expect.poll(() => popup.getByTestId('title').textContent()).toContain('Harbour ferry returns after winter repairs');
    await expect(popup.getByTestId('status').isVisible()).resolves.toBe(false);
    await popup.screenshot({ path: join(SCREENSHOTS, 'spine-popup.png') });
    await popup.close();
    await page.close();
  });
});
