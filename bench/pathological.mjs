#!/usr/bin/env node
// Pathological pages (issue 7): 10 MB of HTML, 200,000 nodes, nesting 10,000 deep, 100,000 links,
// generated in memory. Prints, for each, the core's time on linkedom (parse, detect, the rest of
// extract) and whether it gave up, beside the same page cut down to just inside the limits. With
// --chromium, also the tab's main-thread time while the extension worked, in real Chromium. Figures only: a
// benchmark reports, tests assert (test/unit/limits.test.ts, test/e2e/hostile-pathological…).
//
// usage: node bench/pathological.mjs [--chromium]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const withChromium = process.argv.includes('--chromium');

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
];

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
  const browser = await m.launchWithExtension(path, join(repoRoot, 'dist/chrome-test'));
  console.log('\nChromium, built test extension: main thread while the extension worked (ms)');
  console.log(pad('page', 36) + pad('tasks', 8) + pad('script', 8) + 'popup');
  try {
    for (const [name] of list) {
      const f = await m.measureOnPage(browser, `${origin}/news/${encodeURIComponent(name)}/2026/01/13/flood-gates`);
      console.log(pad(name, 36) + pad(String(f.taskMs), 8) + pad(String(f.scriptMs), 8) + (f.popup === 'article' ? 'article shown' : f.popup));
    }
  } finally {
    await browser.close();
    server.close();
  }
}

function pad(s, n) { return String(s).padEnd(n); }
function ms(x) { return x.toFixed(0); }
