/**
 * Pathological pages (generated, never committed) through the real extension: the page keeps
 * answering, the content script gives up with its sentence, and the popup shows it, never an error.
 * Behaviour only: the main-thread figures (the longest task, where its time goes) are the benchmark's
 * to print (npm run bench:pathological).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHOLOGICAL } from '../unit/limits-pages';
import { findChromium, requireBrowser } from './support/browsers';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { measureOnPage } from './hostile-measure';

const chromiumPath = findChromium();
const names = Object.keys(PATHOLOGICAL);

describe.runIf(requireBrowser('Chromium', chromiumPath, 'chromium'))('pathological pages (Chromium)', () => {
  let server: Server;
  let origin: string;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    // Each page is generated on request, so only one is in memory at a time.
    server = createServer((req, res) => {
      const make = PATHOLOGICAL[decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.split('/')[2] ?? '')];
      if (!make) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(make());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchWithExtension(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => { server?.close(() => r()); server?.closeAllConnections(); });
  });

  for (const name of names) {
    it(`${name}: the page answers, the content script says "too large", the popup says so plainly`, async () => {
      const figures = await measureOnPage(browser, `${origin}/news/${encodeURIComponent(name)}/2026/01/13/flood-gates`);
      expect(figures.pageAnswers).toBe(true);
      expect(figures.articleFound).toBe(false);
      expect(figures.tooLarge?.limit).toMatch(/^(elements|depth|text)$/);
      // Every one says why in numbers; the page 10,000 deep too, though Chromium's parser stops nesting at
      // 512 levels and leaves its <article> empty: the content script answers "too large" before it
      // would guess "not an article" on a page it never read whole.
      expect(figures.popup).toMatch(/^This page is too large to declutter: .*more than [\d,]+ (elements|levels deep|characters of text)/);
    }, 180_000);
  }
});
