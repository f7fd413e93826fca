/**
 * A MathJax 3 page in real Chromium (test/fixtures/wide-web/mathjax.html, the markup MathJax leaves in
 * a page once it has typeset): the popup's text keeps every formula, each as a readable line, where
 * plain Readability dropped them all as menus (src/core/mathjax.ts, src/core/math-text.ts).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const chromiumPath = findChromium();
vi.setConfig({ expect: { poll: { timeout: 8000 } } });

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('Chromium: formulas on a MathJax page', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let popup: Page;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension(chromiumPath!);
    const page = await browser.context.newPage();
    await page.goto(server.url('/site/posts/wide-web/mathjax.html'));
    await browser.clickAction(page);
    popup = await browser.openPopup(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the inline formula in its sentence and the displayed one as a paragraph of its own', async () => {
    const paragraphs = popup.getByTestId('article-text').locator('p');
    await expect.poll(() => paragraphs.count()).toBeGreaterThan(3);
    const texts = await paragraphs.allTextContents();
    expect(texts.join('\n')).toContain('The series in question is H_n = 1 + 1/2 + ⋯ + 1/n, and the question is');
    expect(texts).toContain('1/3 + 1/4 > 1/4 + 1/4 = 1/2');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-mathjax.png'), fullPage: true });
  });
});
