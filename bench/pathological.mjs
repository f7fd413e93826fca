#!/usr/bin/env node
// Pathological pages (issue 7): 10 MB of HTML, 200,000 nodes, nesting 10,000 deep, 100,000 links,
// generated in memory. Prints, for each, the core's time on linkedom (parse, detect, the rest of
// extract) and whether it gave up, beside the same page cut down to just inside the limits. With
// --chromium, also the tab's main-thread time while the extension worked, in real Chromium: the longest
// single task that ran extension code (the freeze), the sum of those tasks, and where the longest one's
// time went, by phase (test/e2e/hostile-measure.ts). Figures only: a benchmark reports, tests assert
// (test/unit/limits.test.ts, test/e2e/hostile-pathological…).
//
// --sweep adds the figures behind MAX_ELEMENTS: generated pages of several sizes inside the limit, and
// the largest real pages of ../shared/corpus (read from there, never copied; skipped when it's absent).
//
// The tab's figures vary from run to run (a major GC of a big page's DOM lands in one task or another;
// the machine may be shared): --runs N measures each page N times and prints the median, with the
// range, and the breakdown of the median run.
//
// usage: node bench/pathological.mjs [--chromium] [--sweep] [--runs N] [--only <text in the page's name>]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const withChromium = process.argv.includes('--chromium');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] ?? '' : '';
const sweep = process.argv.includes('--sweep');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 1) : 1;
const corpus = resolve(repoRoot, '../shared/corpus');

// The core, the generators and (for --chromium) the e2e launcher, bundled from the working tree so a
// figure always measures the current code.
const ENTRY = `
export { extract } from './src/core/extract.ts';
export { MAX_ELEMENTS, MAX_DEPTH, MAX_TEXT_CHARS } from './src/core/limits.ts';
export { parseHTML } from 'linkedom';
export { PATHOLOGICAL, bigPage, manyNodesPage, deepPage, manyLinksPage } from './test/unit/limits-pages.ts';
export { launchWithExtension } from './test/e2e/support/chromium.ts';
export { findChromium } from './test/e2e/support/browsers.ts';
export { measureOnPage } from './test/e2e/hostile-measure.ts';
`;
// Inside the repository, so the bundle resolves playwright-core from node_modules.
const dir = mkdtempSync(join(repoRoot, 'bench', '.tmp-pathological-'));
let m;
try {
  await build({
    stdin: { contents: ENTRY, resolveDir: repoRoot, loader: 'ts', sourcefile: 'bench-pathological.ts' },
    bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'core.mjs'), logLevel: 'error',
    external: ['playwright-core'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  m = await import(pathToFileURL(join(dir, 'core.mjs')).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const URL_ = 'https://news.example.com/world/2026/01/13/flood-gates-open';
// Each pathological page, and a page of the same kind just inside the limits: what a page the core
// does extract can cost at worst.
const pages = [
  ...Object.entries(m.PATHOLOGICAL),
  ['1.2 MB of text (inside the limit)', () => m.bigPage(1.2)],
  [`${(m.MAX_ELEMENTS - 1000).toLocaleString('en-US')} nodes (inside the limit)`, () => m.manyNodesPage(m.MAX_ELEMENTS - 1000)],
  [`nesting ${m.MAX_DEPTH - 10} deep (inside the limit)`, () => m.deepPage(m.MAX_DEPTH - 10)],
  [`${(m.MAX_ELEMENTS / 2 - 500).toLocaleString('en-US')} links (inside the limit)`, () => m.manyLinksPage(m.MAX_ELEMENTS / 2 - 500)],
  ...(sweep ? sweepPages() : []),
].filter(([name]) => name.includes(only));

/** Grids and link lists of a few sizes up to the limit, and the corpus's largest pages by element count. */
function sweepPages() {
  const out = [];
  for (const n of [4000, 6000, 8000, 10_000, 12_000]) {
    if (n >= m.MAX_ELEMENTS) continue;
    out.push([`${n.toLocaleString('en-US')} nodes (sweep)`, () => m.manyNodesPage(n)]);
    out.push([`${(n / 2).toLocaleString('en-US')} links (sweep)`, () => m.manyLinksPage(n / 2)]);
  }
  if (!existsSync(corpus)) return out;
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.html') && e.name !== 'expected.html') files.push(join(dir, e.name));
    }
  };
  walk(corpus);
  const sized = files.map((f) => {
    const { document } = m.parseHTML(readFileSync(f, 'utf8'));
    return [f, document.querySelectorAll('*').length];
  });
  for (const [f, n] of sized.sort((a, b) => b[1] - a[1]).slice(0, 4)) {
    // A name without "/": it travels as one path segment of the page's URL.
    const parts = f.slice(corpus.length + 1).replace(/(\/source)?\.html$/, '').split('/');
    const label = parts[0] === 'readability-test-pages' ? parts.at(-1) : `${parts.at(-2)} page`;
    out.push([`corpus ${label.slice(0, 14)} (${n.toLocaleString('en-US')} el.)`, () => readFileSync(f, 'utf8')]);
  }
  return out;
}

console.log(`limits: ${m.MAX_ELEMENTS} elements, depth ${m.MAX_DEPTH}, ${m.MAX_TEXT_CHARS} characters of text\n`);
console.log('Node + linkedom (ms)');
console.log(pad('page', 36) + pad('HTML', 9) + pad('parse', 8) + pad('detect', 8) + pad('extract', 9) + 'outcome');
for (const [name, make] of pages) {
  const html = make();
  const t0 = performance.now();
  const { document } = m.parseHTML(html);
  const t1 = performance.now();
  const a = m.extract(document, URL_);
  const t2 = performance.now();
  const outcome = a.notes[0]?.startsWith('Page too large') ? a.notes[0] : `${a.paragraphs.length} paragraphs`;
  console.log(pad(name, 36) + pad(`${(html.length / 1e6).toFixed(1)} MB`, 9) + pad(ms(t1 - t0), 8) + pad(ms(a.timings.detect), 8) + pad(ms(t2 - t1 - a.timings.detect), 9) + outcome);
}

if (withChromium) await chromiumFigures(pages);

async function chromiumFigures(list) {
  const path = m.findChromium();
  if (!path) return console.log('\nChromium not found: skipping the main-thread figures.');
  const byName = new Map(list.map(([n, make]) => [n, make]));
  const server = createServer((req, res) => {
    const make = byName.get(decodeURIComponent(new URL(req.url, 'http://x').pathname.split('/')[2] ?? ''));
    if (!make) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(make());
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  // The test build again, with content.js's source map, so the longest task's samples map to source files.
  const built = spawnSync(process.execPath, [join(repoRoot, 'build.mjs'), '--test', '--maps'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('node build.mjs --test --maps failed');
  const sourceMap = join(repoRoot, 'dist/chrome-test/content.js.map');
  const browser = await m.launchWithExtension(path, join(repoRoot, 'dist/chrome-test'));
  console.log('\nChromium, built test extension, from the toolbar click to the popup\'s answer (ms).');
  console.log('longest: the longest single main-thread task of the tab that ran extension code (the freeze);');
  console.log('ext sum: all such tasks (count); all tasks: every task of the tab in that time, page layout included.');
  if (runs > 1) console.log(`${runs} runs a page: the run of median longest task, with the range of the longest over all runs.`);
  console.log(pad('page', 36) + pad('longest', 9 + (runs > 1 ? 10 : 0)) + pad('ext sum', 12) + pad('all tasks', 10) + 'popup');
  const details = [];
  try {
    for (const [name] of list) {
      const measured = [];
      for (let i = 0; i < runs; i++) {
        measured.push(await m.measureOnPage(browser, `${origin}/news/${encodeURIComponent(name)}/2026/01/13/flood-gates`, { profile: { sourceMap: existsSync(sourceMap) ? sourceMap : undefined } }));
      }
      measured.sort((a, b) => a.tasks.longestMs - b.tasks.longestMs);
      const f = measured[Math.floor((measured.length - 1) / 2)];
      const t = f.tasks;
      const range = (pick) => (runs > 1 ? ` ${Math.min(...measured.map(pick))}–${Math.max(...measured.map(pick))}` : '');
      console.log(pad(name, 36) + pad(`${t.longestMs}${range((x) => x.tasks.longestMs)}`, 9 + (runs > 1 ? 10 : 0)) + pad(`${t.sumMs} (${t.count})`, 12) + pad(String(f.taskMs), 10) + (f.popup === 'article' ? 'article shown' : f.popup));
      details.push([name, t]);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log('\nWhere the longest task went (ms, sampled every ms; "page" is time in it outside extension code: style, layout, the page\'s own work)');
  for (const [name, t] of details) console.log(pad(name, 36) + breakdown(t.longestBreakdown));
  console.log('\nWhere all the extension\'s tasks went (ms)');
  for (const [name, t] of details) console.log(pad(name, 36) + breakdown(t.allBreakdown));
}

function breakdown(b) {
  return Object.entries(b).map(([k, v]) => `${k.replace('page (not extension)', 'page')} ${v}`).join(', ');
}

function pad(s, n) { return String(s).padEnd(n); }
function ms(x) { return x.toFixed(0); }
