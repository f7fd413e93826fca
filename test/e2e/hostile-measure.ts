/**
 * Main-thread cost of the extension on a page, in real Chromium. Shared by the pathological e2e test
 * (which asserts behaviour only) and bench/pathological.mjs (which prints the figures).
 *
 * What freezes a tab is its longest uninterrupted main-thread task, not the sum of its tasks, so with
 * `profile` this records a Chromium trace (every top-level task of the tab's renderer main thread) and a
 * V8 CPU profile of the same isolate (content scripts run there, in their isolated world) from the
 * toolbar click until the popup has its answer. A task is the extension's when a profile sample taken
 * inside it has a frame of content.js on its stack; the samples inside the longest one, mapped through
 * content.js's source map to a source file, say where its time went. (A long-task PerformanceObserver in
 * the page was tried first: it reported no task of the extension's isolated world.)
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';

export interface ExtensionDriver {
  context: BrowserContext;
  clickAction(page: Page): Promise<void>;
  openPopup(page: Page): Promise<Page>;
  tabId(page: Page): Promise<number>;
}

export interface TaskFigures {
  /** The longest single main-thread task of the tab that ran extension code, ms: the freeze. */
  longestMs: number;
  /** All main-thread tasks of the tab that ran extension code, ms, and how many there were. */
  sumMs: number;
  count: number;
  /** Where the longest task's time went, ms by phase (sampled; "page (not extension)" is the rest). */
  longestBreakdown: Record<string, number>;
  /** The same over every extension task. */
  allBreakdown: Record<string, number>;
}

export interface MainThreadFigures {
  /** All main-thread task time of the tab while the extension worked (CDP Performance.TaskDuration), ms:
   * page layout and the page's own work included, so an upper bound, not the freeze. */
  taskMs: number;
  /** Of which script execution (ScriptDuration), ms. */
  scriptMs: number;
  /** What the popup ended on: "article" or its status sentence. */
  popup: string;
  /** The limit the content script gave for not reading the page, if any. */
  tooLarge: { limit: string; found: number; max: number } | null;
  /** Whether the content script's reading carried an article body. */
  articleFound: boolean;
  /** The page ran a script of its own after the extension was done: it never hung. */
  pageAnswers: boolean;
  /** With `profile`: the tab's tasks that ran extension code. */
  tasks?: TaskFigures;
}

export interface MeasureOptions {
  /** Trace and profile the tab (slower); `sourceMap` is content.js's map, for the breakdown by phase. */
  profile?: { sourceMap?: string };
}

/** Open `url`, click the toolbar button, open the popup, and read the main-thread time that followed. */
export async function measureOnPage(driver: ExtensionDriver, url: string, options: MeasureOptions = {}): Promise<MainThreadFigures> {
  const page = await driver.context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.waitForTimeout(300);
  const cdp = await driver.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const recording = options.profile ? await startRecording(cdp) : null;
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
    return tabs.sendMessage(id, { type: 'page/article', payload: { force: true } }) as Promise<{ ok: boolean; value?: { reading?: { tooLarge: { limit: string; found: number; max: number } | null; article: unknown } } }>;
  }, tabId);
  const pageAnswers = await Promise.race([page.evaluate(() => 42).then((v) => v === 42), new Promise<boolean>((r) => setTimeout(() => r(false), 1500))]);
  const after = await metric();
  const tasks = recording ? analyse(await recording.stop(), url, options.profile?.sourceMap) : undefined;
  await popup.close();
  await page.close();
  return {
    taskMs: Math.round(((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000),
    scriptMs: Math.round(((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000),
    popup: state,
    tooLarge: answer.value?.reading?.tooLarge ?? null,
    articleFound: !!answer.value?.reading?.article,
    pageAnswers,
    tasks,
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: { url: string; processId?: number }[] } };
}
interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

async function startRecording(cdp: CDPSession): Promise<{ stop(): Promise<{ events: TraceEvent[]; profile: Profile }> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 }); // µs: coarse, to cost the tab little
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', '__metadata'] },
  });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.send('Profiler.disable');
      return { events, profile: profile as unknown as Profile };
    },
  };
}

/**
 * Source files of content.js grouped into the phases a reader of the report knows. Only the page half
 * of the core runs there (core/read.ts and what it calls); the precision pass and the quotes run where
 * the article is shown.
 */
function phaseOf(source: string): string | null {
  const s = source.replace(/^.*?(src\/|node_modules\/)/, '$1');
  if (s.includes('@mozilla/readability')) return 'Readability';
  const m = /^src\/core\/(scan|limits|related|metadata|detect|jsonld|read|portable|readerable)\b/.exec(s);
  if (m) return { scan: 'scan', limits: 'checkLimits', related: 'findRelatedBlocks', read: 'read (clone, glue)', portable: 'portable article' }[m[1]!] ?? m[1]!;
  if (s.startsWith('src/content/')) return `content/${s.slice('src/content/'.length).replace(/\.ts$/, '')}`;
  return null;
}

function analyse({ events, profile }: { events: TraceEvent[]; profile: Profile }, pageUrl: string, sourceMap?: string): TaskFigures {
  // The tab's renderer: the process of the frame showing the page, and its main thread.
  const frames = events.filter((e) => e.name === 'TracingStartedInBrowser').flatMap((e) => e.args?.data?.frames ?? []);
  const pid = frames.find((f) => f.url === pageUrl && f.processId)?.processId;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid);
  const all = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Top-level tasks only (both names can wrap the same task).
  const tasks: TraceEvent[] = [];
  for (const t of all) {
    const last = tasks[tasks.length - 1];
    if (!last || t.ts >= last.ts + last.dur!) tasks.push(t);
  }

  // Each sample: its time, its duration and its phase (the innermost content.js frame whose source file
  // is a known phase, else the innermost content.js file; GC and native time outside our frames stay
  // with the page).
  const map = sourceMap ? new SourceMapConsumer(JSON.parse(readFileSync(sourceMap, 'utf8'))) : null;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const phaseCache = new Map<number, string | null>();
  const frameSource = (f: CallFrame) => {
    if (!map) return 'content.js';
    return map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber }).source ?? 'content.js';
  };
  const phaseOfNode = (id: number): string | null => {
    if (phaseCache.has(id)) return phaseCache.get(id)!;
    let innermost: string | null = null;
    let found: string | null = null;
    for (let n: number | undefined = id; n !== undefined && !found; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      if (!/^chrome-extension:\/\/[^/]+\/content\.js$/.test(f.url)) continue;
      const source = frameSource(f);
      found = phaseOf(source);
      innermost ??= source.replace(/^.*?(src\/|node_modules\/)/, '$1');
    }
    const phase = found ?? innermost;
    phaseCache.set(id, phase);
    return phase;
  };
  const gcNode = (id: number) => byId.get(id)!.callFrame.functionName === '(garbage collector)';
  const samples: { ts: number; dur: number; phase: string | null; gc: boolean }[] = [];
  let ts = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i]!;
    const dur = (profile.timeDeltas[i + 1] ?? Math.max(0, profile.endTime - ts));
    samples.push({ ts, dur, phase: phaseOfNode(profile.samples[i]!), gc: gcNode(profile.samples[i]!) });
  }

  const breakdownOf = (task: TraceEvent) => {
    const out: Record<string, number> = {};
    let ours = 0;
    for (const s of samples) {
      if (s.ts < task.ts || s.ts >= task.ts + task.dur!) continue;
      const key = s.phase ?? (s.gc ? '(garbage collector)' : null);
      if (!key) continue;
      out[key] = (out[key] ?? 0) + s.dur / 1000;
      ours += s.dur / 1000;
    }
    out['page (not extension)'] = Math.max(0, task.dur! / 1000 - ours);
    return { out, ours: ours - (out['(garbage collector)'] ?? 0) };
  };
  const mine = tasks.map((t) => ({ t, b: breakdownOf(t) })).filter((x) => x.b.ours > 0);
  const longest = mine.reduce<(typeof mine)[number] | null>((a, x) => (!a || x.t.dur! > a.t.dur! ? x : a), null);
  const allBreakdown: Record<string, number> = {};
  for (const { b } of mine) for (const [k, v] of Object.entries(b.out)) allBreakdown[k] = (allBreakdown[k] ?? 0) + v;
  const round = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(v)]));
  return {
    longestMs: Math.round((longest?.t.dur ?? 0) / 1000),
    sumMs: Math.round(mine.reduce((n, x) => n + x.t.dur!, 0) / 1000),
    count: mine.length,
    longestBreakdown: round(longest?.b.out ?? {}),
    allBreakdown: round(allBreakdown),
  };
}
