/**
 * Pathological pages (generated, never committed) through the real extension: the page keeps
 * answering, and the popup ends on the article or a sentence, never an error. Main-thread figures are
 * printed for the report; the assertions are about behaviour, not time (bench/pathological.mjs has
 * the same figures beside the Node timings).
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
    it(`${name}: the page answers, the content script says "too large", the popup shows a sentence`, async () => {
      const figures = await measureOnPage(browser, `${origin}/news/${encodeURIComponent(name)}/2026/01/13/flood-gates`);
      console.log(`[pathological] ${name}: main-thread tasks ${figures.taskMs} ms (script ${figures.scriptMs} ms); popup: ${figures.popup}`);
      expect(figures.pageAnswers).toBe(true);
      expect(figures.articleFound).toBe(false);
      expect(figures.tooLarge).toMatch(/^Page too large to declutter: /);
      // A sentence, not the error path and not a blank popup.
      expect(figures.popup).not.toMatch(/^(|article|Reading the page…|Something went wrong.*)$/);
    }, 180_000);
  }
});
