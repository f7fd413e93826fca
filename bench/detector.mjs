#!/usr/bin/env node
// The every-page detector's cost in real Chromium: what auto.js pays on each page load once the
// article badge is switched on for every site. Each corpus page is loaded in a fresh tab (page
// scripts off: the pages were saved with JavaScript off, and a page's own code is not ours to time),
// then the detector auto.js calls (isArticleEarly), bundled and minified as auto.js is, runs once, cold, in the page, timed with
// performance.now() around the call. Baseline in the same run, on the same pages, in the same way:
// Readability's isProbablyReaderable (what Firefox runs to light its reader icon), and a floor (the
// plainest read of the same head data). Each runs in a tab of its own, so none finds the DOM warm.
//
// Then the real thing (bench/lib/auto-real.mjs): the test build's auto.js in the extension, on the same
// pages, its CPU time per page load from Chromium's trace (skipped without dist/chrome-test: npm run
// bench:detector builds it).
//
// usage: node bench/detector.mjs [--corpus DIR] [--wcxb N (default 300; 0 = none; all = every page)] [--sample N] [--no-real]
// Prints figures; never passes or fails on time. Run with `nice -n 10` on a shared machine.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { measureRealAuto } from './lib/auto-real.mjs';
import { loadWcxb } from './lib/wcxb.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] ?? fallback : fallback;
};
const corpus = resolve(repoRoot, arg('--corpus', '../shared/corpus'));
const wcxbArg = arg('--wcxb', '300');
const wcxbLimit = wcxbArg === 'all' ? Infinity : Math.max(0, Number(wcxbArg) || 0);
// --sample N: every k-th page of the list, about N in all, spread over every set (a quick look).
const sample = Math.max(0, Number(arg('--sample', '0')) || 0);

if (!existsSync(corpus)) {
  console.log(`detector bench: no corpus at ${corpus}; skipped.`);
  process.exit(0);
}
const chromiumPath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chromiumPath) {
  console.log('detector bench: Chromium not found (apt-get install chromium, or set CHROME_PATH); skipped.');
  process.exit(0);
}

/** A function as a minified IIFE that leaves `fn` on globalThis[key] (minified as auto.js is). */
async function bundle(entry, key) {
  const out = await build({
    stdin: { contents: `${entry}\nglobalThis[${JSON.stringify(key)}] = fn;`, resolveDir: repoRoot, loader: 'ts', sourcefile: `${key}.ts` },
    bundle: true, format: 'iife', minify: true, write: false, target: ['chrome120'], logLevel: 'error',
    // As build.mjs builds auto.js: a browser's DOM, so the native-query paths (scan.ts, readerable.ts).
    define: { __NATIVE_DOM__: 'true' },
  });
  return out.outputFiles[0].text;
}
// What auto.js calls (isArticleEarly), and the full detection it must always agree with.
const detector = await bundle("import { isArticleEarly } from './src/core/detect.ts';\nconst fn = (doc, url) => isArticleEarly(doc, url);", '__detect');
const fullDetector = await bundle("import { detect } from './src/core/detect.ts';\nconst fn = (doc, url) => detect(doc, url).isArticle;", '__detectFull');
const readerable = await bundle("import { isProbablyReaderable } from '@mozilla/readability';\nconst fn = (doc) => isProbablyReaderable(doc);", '__readerable');
// The floor: the least any head-and-address detector reads, written as plainly as it can be (one query
// for the few meta tags that matter, the JSON-LD @types by pattern, the <article>s, the parsed
// address) and timed cold the same way. What a page costs beyond this is the detector's own work.
const floor = await bundle(`const fn = (doc, url) => {
  const meta = [...doc.querySelectorAll('meta[property="og:type" i],meta[property="article:published_time" i],meta[property="og:site_name" i]')].map((m) => m.getAttribute('content'));
  const types = [...doc.querySelectorAll('script[type="application/ld+json" i]')].flatMap((s) => [...(s.textContent ?? '').matchAll(/"@type"\\s*:\\s*"([^"]{1,80})"/g)].map((m) => m[1]));
  const articles = doc.getElementsByTagName('article').length;
  const path = new URL(url).pathname.split('/').filter(Boolean);
  return meta.length + types.length + articles + path.length;
};`, '__floor');

/** Every page: {name, url, html()}; WCXB read gzipped in place. */
function pages() {
  const list = [];
  const nva = join(corpus, 'news-vs-nonarticle');
  if (existsSync(join(nva, 'labels.json'))) {
    for (const l of JSON.parse(readFileSync(join(nva, 'labels.json'), 'utf8'))) list.push({ set: 'news-vs-nonarticle', url: l.url, html: () => readFileSync(join(nva, l.path), 'utf8') });
  }
  const sh = join(corpus, 'scrapinghub');
  if (existsSync(join(sh, 'ground-truth.json'))) {
    for (const [id, { url }] of Object.entries(JSON.parse(readFileSync(join(sh, 'ground-truth.json'), 'utf8')))) {
      const file = join(sh, 'html', `${id}.html`);
      if (existsSync(file)) list.push({ set: 'scrapinghub', url, html: () => readFileSync(file, 'utf8') });
    }
  }
  const rt = join(corpus, 'readability-test-pages');
  if (existsSync(rt)) {
    for (const name of readdirSync(rt).sort()) {
      const file = join(rt, name, 'source.html');
      if (existsSync(file)) list.push({ set: 'readability-test-pages', url: `http://fakehost/test/${name}/page.html`, html: () => readFileSync(file, 'utf8') });
    }
  }
  const wcxb = (loadWcxb(join(corpus, 'wcxb-dev')) ?? []).slice(0, wcxbLimit);
  for (const p of wcxb) list.push({ set: 'wcxb-dev', url: p.url, html: () => gunzipSync(readFileSync(p.htmlPath)).toString('utf8') });
  return list;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p90: quantile(s, 0.9), p99: quantile(s, 0.99), max: s.at(-1) };
}

let browser = null;
let context = null;
/** A browser that is up: a page that takes Chromium down (it happens on a shared machine short of
 * memory) costs that page, not the run. */
async function freshContext() {
  if (browser?.isConnected()) return context;
  await browser?.close().catch(() => undefined);
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'] });
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
  return context;
}
const version = (await freshContext(), browser.version());
const all = pages();
const step = sample ? Math.max(1, Math.ceil(all.length / sample)) : 1;
const list = all.filter((_, i) => i % step === 0);
const rows = [];
let failed = 0;
const started = performance.now();
for (const [i, page] of list.entries()) {
  let tab = null;
  try {
    tab = await (await freshContext()).newPage();
    const html = page.html();
    // The page is served from its own address (detection reads the URL's shape); nothing else loads.
    await tab.route('**/*', (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
    await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
    // Each page is timed in its own fresh tab per function: the first DOM access on a page costs
    // something once, and whichever ran first would pay it.
    const times = {};
    for (const which of ['detect', 'readerable', 'floor']) {
      if (which !== 'detect') {
        await tab.close();
        tab = await (await freshContext()).newPage();
        await tab.route('**/*', (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
        await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      }
      const code = { detect: detector, readerable, floor }[which];
      // Cold (what auto.js pays: its code runs once per page), then warm (the same call again: the
      // work itself, without compiling the code), to tell the two costs apart.
      const [cold, warm] = await tab.evaluate(`(() => { ${code}
        const fn = globalThis[${JSON.stringify(`__${which}`)}];
        const runs = [];
        for (let i = 0; i < 2; i++) { const t = performance.now(); fn(document, location.href); runs.push(performance.now() - t); }
        return runs; })()`);
      times[which] = cold;
      times[`${which}Warm`] = warm;
    }
    const elements = await tab.evaluate('document.getElementsByTagName("*").length');
    // After the timings, so it warms nothing they measure: the early answer must be the full one.
    const agrees = await tab.evaluate(`(() => { ${detector}; ${fullDetector}
      return globalThis.__detectFull(document, location.href) === globalThis.__detect(document, location.href); })()`);
    rows.push({ ...page, ...times, elements, agrees });
  } catch (error) {
    failed++;
    // A tab that can't even be opened means the browser is gone or wedged: start a new one.
    if (!tab) await browser?.close().catch(() => undefined).finally(() => { browser = null; });
    if (failed <= 5) console.error(`  ${page.set} ${page.url}: ${String(error.message).split('\n')[0]}`);
  } finally {
    await tab?.close().catch(() => undefined);
  }
  if ((i + 1) % 100 === 0) process.stderr.write(`  ${i + 1}/${list.length} pages\n`);
}
await browser?.close();

const fmt = (ms) => `${ms.toFixed(3)} ms`;
const line = (label, s) => `  ${label.padEnd(44)} median ${fmt(s.median)}  p90 ${fmt(s.p90)}  p99 ${fmt(s.p99)}  max ${fmt(s.max)}`;
console.log(`\nEvery-page detector, cold, one run per page, in Chromium ${version} (${rows.length} pages, ${failed} failed to load, ${Math.round((performance.now() - started) / 1000)} s)`);
console.log('  performance.now() in Chromium is coarsened to 0.1 ms (5 µs with cross-origin isolation, not here).');
console.log(`  wall-clock times: this machine's load average was ${loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${cpus().length} cores at the end of the run.`);
for (const set of [...new Set(rows.map((r) => r.set))]) {
  const part = rows.filter((r) => r.set === set);
  console.log(`${set} (${part.length} pages, median ${summary(part.map((r) => r.elements)).median} elements)`);
  console.log(line('ours: isArticleEarly() (auto.js)', summary(part.map((r) => r.detect))));
  console.log(line('baseline: isProbablyReaderable', summary(part.map((r) => r.readerable))));
  console.log(line('ours, warm (second call)', summary(part.map((r) => r.detectWarm))));
  console.log(line('baseline, warm (second call)', summary(part.map((r) => r.readerableWarm))));
  console.log(line('floor: plainest head + address read', summary(part.map((r) => r.floor))));
}
console.log(`all pages (${rows.length})`);
console.log(line('ours: isArticleEarly() (auto.js)', summary(rows.map((r) => r.detect))));
console.log(line('baseline: isProbablyReaderable', summary(rows.map((r) => r.readerable))));
console.log(line('ours, warm (second call)', summary(rows.map((r) => r.detectWarm))));
console.log(line('baseline, warm (second call)', summary(rows.map((r) => r.readerableWarm))));
console.log(line('floor: plainest head + address read', summary(rows.map((r) => r.floor))));
const disagree = rows.filter((r) => !r.agrees);
console.log(`auto.js's early answer (isArticleEarly) = detect().isArticle on ${rows.length - disagree.length} of ${rows.length} pages${disagree.length ? `; differs on: ${disagree.map((r) => r.url).join(' ')}` : ''}`);
const target = summary(rows.map((r) => r.detect)).median;
console.log(`target: median ≤ 1 ms per page → ${fmt(target)} (${target <= 1 ? 'within' : 'OVER'})`);

const extension = join(repoRoot, 'dist/chrome-test');
if (process.argv.includes('--no-real')) process.exit(0);
if (!existsSync(join(extension, 'auto.js'))) {
  console.log('\nreal auto.js: no test build at dist/chrome-test (node build.mjs --test); skipped.');
  process.exit(0);
}
const real = await measureRealAuto(chromiumPath, extension, list, (m) => process.stderr.write(`${m}\n`));
console.log(`\nThe real auto.js per page load (test build, every-site switch on, page scripts on), CPU time from Chromium's trace (${real.length} of ${list.length} pages)`);
console.log('  auto.js\'s own task (compile, top level, the detection in its microtasks) and its later callbacks (the background\'s replies).');
for (const set of [...new Set(real.map((r) => r.set)), null]) {
  const part = set ? real.filter((r) => r.set === set) : real;
  console.log(`${set ?? 'all pages'} (${part.length} pages)`);
  console.log(line('auto.js, CPU per page load', summary(part.map((r) => r.cpu))));
  console.log(line('  of which compiling it', summary(part.map((r) => r.compile))));
}
const realMedian = summary(real.map((r) => r.cpu)).median;
console.log(`target: median ≤ 1 ms per page, the real auto.js → ${fmt(realMedian)} (${realMedian <= 1 ? 'within' : 'OVER'})`);
