#!/usr/bin/env node
// A hash of what a checkout outputs, for changes that must not change it (speed work): extract() without
// its timings, detect(), the rules that fired, and the portable path (readPage -> JSON -> finishReading),
// over a fixed sample of ../shared/corpus (every scrapinghub and readability-test page, every fourth
// news-vs-nonarticle page, every sixth WCXB page); then again with the core built as the extension's
// bundles build it (__NATIVE_DOM__: the selector-query paths), still on linkedom. --fast skips that second
// pass. --dump writes one line per page, to diff two checkouts where their hashes differ.
//
// usage: node bench/output-hash.mjs REPO [--fast] [--dump FILE]   e.g. node bench/output-hash.mjs ../main
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
const repo = resolve(process.argv[2]);
const dumpAt = process.argv.includes('--dump') ? process.argv[process.argv.indexOf('--dump') + 1] : null;
const corpus = resolve(repo, '..', 'shared', 'corpus');
const ENTRY = `export { extract } from './src/core/extract.ts';
export { detect } from './src/core/detect.ts';
export { readPage, portableReading } from './src/core/read.ts';
export { finishReading } from './src/core/finish.ts';
export { parseHTML } from 'linkedom';`;
async function load(native) {
  const dir = mkdtempSync(join(tmpdir(), 'hash-'));
  const outfile = join(dir, 'core.mjs');
  await build({ stdin: { contents: ENTRY, resolveDir: repo, loader: 'ts', sourcefile: 'e.ts' }, bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error',
    define: native ? { __NATIVE_DOM__: 'true' } : {},
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  const m = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return m;
}
const pages = [];
const sh = JSON.parse(readFileSync(join(corpus, 'scrapinghub/ground-truth.json'), 'utf8'));
for (const [id, { url = null }] of Object.entries(sh)) { const f = join(corpus, 'scrapinghub/html', `${id}.html`); if (existsSync(f)) pages.push({ name: `sh/${id}`, url, read: () => readFileSync(f, 'utf8') }); }
for (const d of readdirSync(join(corpus, 'readability-test-pages')).sort()) { const f = join(corpus, 'readability-test-pages', d, 'source.html'); if (existsSync(f)) pages.push({ name: `rtp/${d}`, url: 'http://fakehost/test/page.html', read: () => readFileSync(f, 'utf8') }); }
const nva = JSON.parse(readFileSync(join(corpus, 'news-vs-nonarticle/labels.json'), 'utf8'));
nva.forEach((l, i) => { if (i % 4 === 0) pages.push({ name: `nva/${l.path}`, url: l.url, read: () => readFileSync(join(corpus, 'news-vs-nonarticle', l.path), 'utf8') }); });
const wl = JSON.parse(readFileSync(join(corpus, 'wcxb-dev/labels.json'), 'utf8'));
wl.forEach((l, i) => { if (i % 6 === 0) pages.push({ name: `wcxb/${l.file_id}`, url: l.url, read: () => gunzipSync(readFileSync(join(corpus, 'wcxb-dev', l.html))).toString('utf8') }); });
const strip = (a) => { const { timings, ...rest } = a; return rest; };
const hAll = createHash('sha256');
const dump = [];
for (const native of process.argv.includes("--fast") ? [false] : [false, true]) {
  const core = await load(native);
  const h = createHash('sha256');
  for (const p of pages) {
    const html = p.read();
    let rec;
    try {
      const doc = core.parseHTML(html).document;
      const fired = new Set();
      const art = strip(core.extract(doc, p.url, { fired }));
      const fd = new Set();
      const det = core.detect(doc, p.url, undefined, { fired: fd });
      let port = null;
      if (!native) {
        const reading = JSON.parse(JSON.stringify(core.portableReading(core.readPage(core.parseHTML(html).document, p.url))));
        port = strip(core.finishReading(reading, core.parseHTML('<!doctype html><html><body></body></html>').document));
        port = JSON.stringify(port) === JSON.stringify(art) ? 'same' : port;
      }
      rec = { art, det, fired: [...fired].sort(), fd: [...fd].sort(), port };
    } catch (e) { rec = { error: String(e) }; }
    const s = JSON.stringify(rec);
    h.update(p.name + '\n' + s + '\n');
    if (dumpAt) dump.push(`${native ? 'N' : 'L'} ${p.name} ${s}`);
  }
  const d = h.digest('hex');
  hAll.update(d);
  console.log(`${native ? 'native' : 'linkedom'}: ${pages.length} pages ${d.slice(0, 16)}`);
}
console.log('ALL', hAll.digest('hex').slice(0, 16));
if (dumpAt) writeFileSync(dumpAt, dump.join('\n') + '\n');
