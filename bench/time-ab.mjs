#!/usr/bin/env node
// The time ratio of issue 13 (our whole extract over Readability alone, scrapinghub pages), for two
// checkouts side by side in ONE process, interleaved page by page: on a shared machine two separate
// runs of bench/extract.mjs differ by ±0.15× from load alone, which hides any change smaller than
// that. Each page runs --runs rounds of [Readability, extract] per checkout, the order alternating
// between rounds, and each side keeps its fastest run per page (as bench/extract.mjs does).
// --cpu counts process CPU time instead of wall time: a run descheduled by other work on the machine
// then costs nothing extra (GC threads still count, as they would in a tab).
//
// usage: node bench/time-ab.mjs DIR_A [DIR_B] [--runs N] [--cpu] [--corpus DIR]
//   e.g. node bench/time-ab.mjs ../main .
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './lib/core.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 5));
const corpus = resolve(option('--corpus', join(repoRoot, '..', 'shared', 'corpus')));
const dirs = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--corpus'].includes(args[i - 1])).map((d) => resolve(d));
const now = args.includes('--cpu') ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } : () => performance.now();

const dir = join(corpus, 'scrapinghub');
if (!dirs.length || !existsSync(join(dir, 'ground-truth.json'))) {
  console.log(`usage: node bench/time-ab.mjs DIR_A [DIR_B] [--runs N] [--cpu] [--corpus DIR] (scrapinghub corpus looked for in ${dir})`);
  process.exit(dirs.length ? 0 : 2);
}
const cores = [];
for (const d of dirs) cores.push(await loadCore(d));
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
const sides = dirs.map(() => ({ readability: [], extract: [] }));

for (const [id, { url = null }] of Object.entries(truth)) {
  const file = join(dir, 'html', `${id}.html`);
  if (!existsSync(file)) continue;
  const html = readFileSync(file, 'utf8');
  const docs = cores.map((core) => core.parseHTML(html).document);
  const best = cores.map(() => ({ readability: Infinity, extract: Infinity }));
  const timed = (side, name, fn) => {
    const t0 = now();
    try { fn(); } catch { /* a throw costs what it cost, as in bench/extract.mjs */ }
    best[side][name] = Math.min(best[side][name], now() - t0);
  };
  for (let round = 0; round < runs; round++) {
    const order = cores.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) {
      timed(i, 'readability', () => new cores[i].Readability(docs[i].cloneNode(true)).parse());
      timed(i, 'extract', () => cores[i].extract(docs[i], url));
    }
  }
  best.forEach((b, i) => { sides[i].readability.push(b.readability); sides[i].extract.push(b.extract); });
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${sides[0].extract.length} scrapinghub pages, fastest of ${runs} runs each, ${args.includes('--cpu') ? 'CPU' : 'wall'} ms`);
sides.forEach((s, i) => {
  const ratio = sum(s.extract) / sum(s.readability);
  console.log(`${dirs[i]}: extract total ${sum(s.extract).toFixed(0)} (median ${median(s.extract).toFixed(2)}), Readability total ${sum(s.readability).toFixed(0)} (median ${median(s.readability).toFixed(2)}); ratio total ${ratio.toFixed(3)}×, median ${(median(s.extract) / median(s.readability)).toFixed(3)}×`);
});
