// The real auto.js, as a user with the article badge on every site runs it: the test build loaded in
// Chromium, the options switch turned on, then each page loaded in a new tab, page scripts on (a
// content script doesn't run where they are off). Its cost is read from Chromium's own trace: the CPU
// time of the EvaluateScript task that runs auto.js (its compile, its top level, and the detection,
// which runs in that task's microtasks), and of any later callback into auto.js (the badge and
// declutter replies). The test build matches 127.0.0.1 only, so each page is served there, at its own
// path and query (detection reads the address's shape; the host is the one thing that differs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile'];

/** Launches Chromium with the extension in `extensionDir`, switched on for every (test) site. */
async function launch(executablePath, extensionDir) {
  const profile = mkdtempSync(join(tmpdir(), 'declutter-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const id = new URL(worker.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByTestId('badge-everywhere').click();
  const registered = () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
  for (let i = 0; i < 50 && !(await registered()); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await registered())) throw new Error('the every-site switch registered nothing');
  await options.close();
  return { context, id, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/**
 * Each page's CPU time in auto.js: {url, set, cpu, compile} in ms (cpu holds the later callbacks too), for the pages that loaded.
 * `pages`: {set, url, html()} as bench/detector.mjs lists them.
 */
export async function measureRealAuto(executablePath, extensionDir, pages, log = () => undefined) {
  const { context, id, close } = await launch(executablePath, extensionDir);
  const cdp = await context.browser().newBrowserCDPSession();
  const script = `chrome-extension://${id}/auto.js`;
  const rows = [];
  try {
    for (const [i, page] of pages.entries()) {
      const html = page.html();
      const address = new URL(page.url);
      const events = [];
      const collect = (e) => events.push(...e.value);
      cdp.on('Tracing.dataCollected', collect);
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
      const tab = await context.newPage();
      let loaded = true;
      try {
        await tab.route('**/*', (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
        await tab.goto(`http://127.0.0.1${address.pathname}${address.search}`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
        // document_idle, then the detection and the background's replies.
        await tab.waitForTimeout(1_200);
      } catch {
        loaded = false;
      }
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      await tab.close().catch(() => undefined);
      const ours = events.filter((e) => e.ph === 'X' && (e.args?.data?.url === script || e.args?.fileName === script));
      const cpu = (name) => ours.filter((e) => e.name === name).reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
      if (loaded && ours.some((e) => e.name === 'EvaluateScript')) {
        rows.push({ set: page.set, url: page.url, cpu: cpu('EvaluateScript') + cpu('FunctionCall'), compile: cpu('v8.compile') });
      }
      if ((i + 1) % 100 === 0) log(`  real auto.js: ${i + 1}/${pages.length} pages`);
    }
  } finally {
    await close();
  }
  return rows;
}
