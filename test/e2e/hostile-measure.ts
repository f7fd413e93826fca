/**
 * Main-thread cost of the extension on a page: the tab's task and script time (CDP Performance
 * metrics) from the toolbar click until the popup has its answer. The content script's work (injection,
 * detection, extraction, hiding rails) runs on the tab's main thread, so this bounds how long the tab
 * could freeze. (A long-task PerformanceObserver in the page was tried first: it reports no task of an
 * extension's isolated world, so it read 0 ms even on pages that cost seconds.) Shared by the pathological e2e test (which asserts behaviour) and bench/pathological.mjs
 * (which prints the figures).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ExtensionDriver {
  context: BrowserContext;
  clickAction(page: Page): Promise<void>;
  openPopup(page: Page): Promise<Page>;
  tabId(page: Page): Promise<number>;
}

export interface MainThreadFigures {
  /** All main-thread task time of the tab while the extension worked (CDP Performance.TaskDuration), ms:
   * an upper bound on any single freeze that doesn't depend on the long-task observer. */
  taskMs: number;
  /** Of which script execution (ScriptDuration), ms. */
  scriptMs: number;
  /** What the popup ended on: "article" or its status sentence. */
  popup: string;
  /** The reason the content script gave for not reading the page (the "too large" sentence), if any. */
  tooLarge: string | null;
  /** Whether the content script's reading carried an article body. */
  articleFound: boolean;
  /** The page ran a script of its own after the extension was done: it never hung. */
  pageAnswers: boolean;
}

/** Open `url`, click the toolbar button, open the popup, and read the main-thread time that followed. */
export async function measureOnPage(driver: ExtensionDriver, url: string): Promise<MainThreadFigures> {
  const page = await driver.context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.waitForTimeout(300);
  const cdp = await driver.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const before = await metric();
  await driver.clickAction(page);
  const popup = await driver.openPopup(page);
  let state = '';
  for (let i = 0; i < 300; i++) {
    state = (await popup.getByTestId('article-text').locator('p').count()) > 0 ? 'article' : ((await popup.getByTestId('status').textContent()) ?? '');
    if (state && state !== 'Reading the page…') break;
    await popup.waitForTimeout(100);
  }
  const tabId = await driver.tabId(page);
  const worker = driver.context.serviceWorkers()[0]!;
  const answer = await worker.evaluate(async (id) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs;
    return tabs.sendMessage(id, { type: 'page/article', payload: { force: true } }) as Promise<{ ok: boolean; value?: { reading?: { tooLarge: string | null; article: unknown } } }>;
  }, tabId);
  const pageAnswers = await Promise.race([page.evaluate(() => 42).then((v) => v === 42), new Promise<boolean>((r) => setTimeout(() => r(false), 1500))]);
  const after = await metric();
  await popup.close();
  await page.close();
  return {
    taskMs: Math.round(((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000),
    scriptMs: Math.round(((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000),
    popup: state,
    tooLarge: answer.value?.reading?.tooLarge ?? null,
    articleFound: !!answer.value?.reading?.article,
    pageAnswers,
  };
}
