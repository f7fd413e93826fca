/**
 * Accessibility in real Chromium: axe-core reports no violation on the popup in each of its states
 * (article, not an article, restricted, too large), on the options page, and on the reader (its shadow
 * root is open in the test build), in light and dark, and the reader in each of its themes (contrast
 * included). Then what axe can't judge: the switches announce their state, keyboard order and focus
 * visibility, and the reader giving focus back to the page when it closes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { axeViolations } from './support/axe';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const chromiumPath = findChromium();
vi.setConfig({ expect: { poll: { timeout: 8000 } } });

/** axe in light and in dark: the colours differ, and contrast must hold in both. */
async function cleanInBothSchemes(page: Page, selector?: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, selector), scheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('accessibility (axe-core in Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures('127.0.0.2');
    browser = await launchWithExtension(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the popup with an article: no violation, and the switches say what they are and their state', async () => {
    const { page, popup } = await browser.popupFor(server.url('/site/international/news-seed.html'));
    await expect.poll(() => popup.getByTestId('article-text').locator('p').count()).toBeGreaterThan(0);
    await cleanInBothSchemes(popup);
    expect(await popup.locator('h1:visible').count()).toBe(1);
    const related = popup.getByTestId('related-toggle');
    await expect(related.ariaSnapshot()).resolves.toMatch(/switch "10 related stories hidden" \[checked\]/);
    await related.press('Space');
    await expect.poll(() => related.ariaSnapshot()).toMatch(/switch "10 related stories shown"$/m);
    await cleanInBothSchemes(popup);
    // The site switch: named by its site, its state announced (off until switched on).
    const site = popup.getByTestId('auto-toggle');
    await expect.poll(() => site.isEnabled()).toBe(true);
    await expect(site.ariaSnapshot()).resolves.toMatch(/^- switch "Always declutter on 127\.0\.0\.2"$/);
    // Tab walks the popup in reading order, each stop with a visible ring: the quotes, the related
    // switch and the stories it now shows, the site switch under the text, then the footer's actions.
    await popup.bringToFront();
    await popup.locator('h1:visible').click();
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      const stop = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return null;
        // A switch's checkbox is invisible on its drawn track; the track shows the focus.
        const shown = el.matches('.switch input') ? el.nextElementSibling! : el;
        const style = getComputedStyle(shown);
        return { id: el.dataset.testid ?? el.tagName, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!stop) break;
      expect(stop.ring, `focus ring on ${stop.id}`).toBe(true);
      stops.push(stop.id);
    }
    expect(stops.filter((id, i) => id !== stops[i - 1])).toEqual(['quote', 'related-toggle', 'A', 'auto-toggle', 'reader-button', 'listen', 'copy-markdown']);
    await popup.close();
    await page.close();
  });

  it('the popup on a page that is not an article, with "Try anyway" focused', async () => {
    const { page, popup } = await browser.popupFor(server.url('/site/international/popup-section-front.html'));
    await expect.poll(() => popup.getByTestId('try-anyway').isVisible()).toBe(true);
    await expect.poll(() => popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('try-anyway');
    await cleanInBothSchemes(popup);
    await popup.close();
    await page.close();
  });

  it('the popup on a page the browser forbids', async () => {
    const { page, popup } = await browser.popupFor('chrome://version');
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/doesn't let extensions/);
    await cleanInBothSchemes(popup);
    await popup.close();
    await page.close();
  });

  it('the popup on a page too large to declutter', async () => {
    const { page, popup } = await browser.popupFor(server.url('/site/local/too-large/popup-too-deep.html'));
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/too large to declutter/);
    await cleanInBothSchemes(popup);
    await popup.close();
    await page.close();
  });

  it('the options page: no violation, and every control is reached by Tab with a visible focus ring', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('reader-theme').inputValue()).toBe('system');
    await cleanInBothSchemes(options);
    // The preview shows each reader theme: its text must keep its contrast in every one.
    for (const theme of ['light', 'dark', 'sepia', 'system']) {
      await options.getByTestId('reader-theme').selectOption(theme);
      expect(await axeViolations(options, '[data-testid="reader-preview"]'), theme).toEqual([]);
    }
    await options.bringToFront();
    await options.locator('h1').click();
    // Tab from the top until focus leaves the page: every stop has a visible ring, in reading order.
    const reached: string[] = [];
    for (let i = 0; i < 20; i++) {
      await options.keyboard.press('Tab');
      const focus = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return null;
        // The file input is visually hidden; its label (styled as a button) shows its focus.
        const style = getComputedStyle(el.matches('input[type="file"]') ? el.nextElementSibling! : el);
        return { id: el.dataset.testid ?? el.outerHTML.slice(0, 80), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!focus) break;
      expect(focus.ring, `focus ring on ${focus.id}`).toBe(true);
      reached.push(focus.id);
    }
    // One stop for the radio group (arrows move within it), then the look, then export and import.
    expect(reached).toEqual(['default-hide-related', 'reader-theme', 'reader-font-size', 'reader-line-width', 'reader-font-family', 'reader-line-height', 'reader-paragraph-spacing', 'reader-align', 'badge-everywhere', 'export', 'import-file']);
    await options.close();
  });

  it('the reader: no violation in light, dark and sepia; Tab stays in it; Esc gives focus back to the page', async () => {
    const { page, popup } = await browser.popupFor(server.url('/site/international/news-seed.html'));
    await expect.poll(() => popup.getByTestId('article-text').locator('p').count()).toBeGreaterThan(0);
    await page.bringToFront();
    // Something on the page has the focus before the reader opens: it must have it again after.
    await page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('a[href]')!;
      link.id ||= 'focused-before-reader';
      link.focus();
    });
    const before = await page.evaluate(() => document.activeElement?.id);
    await popup.getByTestId('reader-button').click();
    await page.bringToFront();
    const inReader = (selector: string) => page.evaluate((s) => !!document.querySelector('#declutter-reader')?.shadowRoot?.querySelector(s), selector);
    await expect.poll(() => inReader('.text p')).toBe(true);
    for (const theme of ['light', 'dark', 'sepia']) {
      await page.evaluate((t) => document.querySelector('#declutter-reader')!.shadowRoot!.querySelector<HTMLElement>(`[data-action="theme-${t}"]`)!.click(), theme);
      await expect.poll(() => page.evaluate(() => document.querySelector('#declutter-reader')!.shadowRoot!.querySelector<HTMLElement>('.backdrop')!.dataset.theme)).toBe(theme);
      expect(await axeViolations(page, '#declutter-reader'), theme).toEqual([]);
    }
    // Focus starts on the toolbar's Close and moves along the toolbar, never out to the page behind.
    const focused = () => page.evaluate(() => {
      const inner = document.querySelector('#declutter-reader')?.shadowRoot?.activeElement as HTMLElement | null;
      return inner ? `reader:${inner.dataset.action ?? inner.tagName}` : `page:${document.activeElement?.tagName}`;
    });
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      expect(await focused()).toMatch(/^reader:/);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#declutter-reader').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(before);
    await popup.close();
    await page.close();
  });
});
