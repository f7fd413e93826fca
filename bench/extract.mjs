#!/usr/bin/env node
// Extraction benchmarks over ../shared/corpus: prints figures beside the targets of issue 3 and writes
// bench/results/extract.json. Targets are shown, never enforced: a benchmark reports, tests assert.
//
// usage: node bench/extract.mjs [--corpus DIR] [--verbose] [--only scrapinghub,detection,kept,wcxb] [--limit N]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './lib/core.mjs';
import { Timings, printTable, vsTarget } from './lib/report.mjs';
import { crossCheck, runScrapinghub, scoreReferences, TIMED_RUNS } from './lib/scrapinghub.mjs';
import { runNewsVsNonarticle } from './lib/detection.mjs';
import { runTestPages } from './lib/test-pages.mjs';
import { benchWcxb } from './lib/wcxb-bench.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const corpus = resolve(args.corpus ?? join(repoRoot, '..', 'shared', 'corpus'));
const TARGETS = { f1: 0.965, recall: 0.975, detectionF1: 0.95, kept: 0.99, timeRatio: 1.25 };

if (!existsSync(corpus)) {
  console.log(`bench: corpus not found at ${corpus}; skipping (pass --corpus DIR to point at it).`);
  process.exit(0);
}

const core = await loadCore(repoRoot);
const timings = new Timings();
const results = { corpus, date: new Date().toISOString(), targets: TARGETS };
const wanted = (name) => !args.only || args.only.includes(name);

if (wanted('scrapinghub')) results.scrapinghub = benchScrapinghub(join(corpus, 'scrapinghub'));
if (wanted('detection')) results.newsVsNonarticle = benchDetection(join(corpus, 'news-vs-nonarticle'));
if (wanted('kept')) results.readabilityTestPages = benchTestPages(join(corpus, 'readability-test-pages'));
if (wanted('wcxb')) results.wcxb = benchWcxb(core, join(corpus, 'wcxb-dev'), { limit: args.limit, verbose: args.verbose, scorer: join(corpus, '..', 'tools', 'score-wcxb.py') });

results.timings = reportTimings(timings);
const outDir = join(repoRoot, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'extract.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote ${join(outDir, 'extract.json')}`);

function benchScrapinghub(dir) {
  console.log('\n## Extraction — scrapinghub (benchmark metric: 4-shingles of \\w+ tokens)');
  if (!existsSync(join(dir, 'ground-truth.json'))) return skip(dir);
  const run = runScrapinghub(core, dir, timings);
  const { ours, readability } = run.scores;
  const refs = scoreReferences(dir, run.truth);
  const row = (name, s) => [name, s.f1, s.precision, s.recall, s.accuracy];
  printTable(['extractor', 'F1', 'precision', 'recall', 'accuracy'], [
    row('ours (extract().text)', ours),
    row('Readability alone, same DOM', readability),
    ...Object.entries(refs).map(([name, s]) => row(`published: ${name}`, s)),
  ]);
  console.log(`pages ${ours.pages.length}; targets: F1 ${vsTarget(ours.f1, TARGETS.f1)}, recall ${vsTarget(ours.recall, TARGETS.recall)}`);
  for (const f of run.failures) console.log(`  failure ${f.id}: ${f.error}`);

  const check = crossCheck(join(corpus, '..', 'tools', 'score-articles.mjs'), join(dir, 'ground-truth.json'), {
    ours: { predictions: run.ours, score: ours },
    readability: { predictions: run.readability, score: readability },
  });
  if (!check) console.log('shared scorer not found; cross-check skipped');
  else {
    console.log(`cross-check with shared/tools/score-articles.mjs: ${check.agree ? 'agrees to 3 decimals' : 'DISAGREES'}`);
    if (!check.agree || args.verbose) for (const [k, l] of Object.entries(check.lines)) console.log(`  ${k}\n    shared: ${l.shared}\n    bench:  ${l.ours}`);
  }
  const baselineF1 = new Map(readability.pages.map((p) => [p.id, p.f1]));
  const host = (id) => { try { return new URL(run.truth[id].url).hostname; } catch { return ''; } };
  if (args.verbose) {
    console.log('\nworst 10 pages by our F1:');
    printTable(['id', 'site', 'F1', 'P', 'R', 'Readability F1'], [...ours.pages].sort((a, b) => a.f1 - b.f1).slice(0, 10)
      .map((p) => [p.id.slice(0, 12), host(p.id), p.f1, p.precision, p.recall, baselineF1.get(p.id) ?? null]));
  }
  const summary = (s) => ({ f1: s.f1, precision: s.precision, recall: s.recall, accuracy: s.accuracy, pages: s.pages.length });
  return {
    ours: summary(ours),
    readability: summary(readability),
    published: Object.fromEntries(Object.entries(refs).map(([k, s]) => [k, summary(s)])),
    crossCheck: check && { agree: check.agree, lines: check.lines },
    failures: run.failures,
    perPage: ours.pages.map((p) => ({ id: p.id, f1: p.f1, precision: p.precision, recall: p.recall, readabilityF1: baselineF1.get(p.id) ?? null })),
  };
}

function benchDetection(dir) {
  console.log('\n## Detection — news-vs-nonarticle (is this page an article?)');
  if (!existsSync(join(dir, 'labels.json'))) return skip(dir);
  const run = runNewsVsNonarticle(core, dir, timings);
  printClassifiers(run.ours, run.readerable);
  console.log(`pages ${run.rows.length}; target: F1 ${vsTarget(run.ours.f1, TARGETS.detectionF1)}`);
  for (const f of run.failures) console.log(`  failure ${f.path}: ${f.error}`);
  const wrong = run.rows.filter((r) => r.ours !== r.label);
  if (args.verbose && wrong.length) {
    console.log('\nour mistakes (label, site, url, signals):');
    for (const r of wrong) console.log(`  ${r.label ? 'missed article' : 'false article'}  ${r.site}  ${r.url}  [${r.signals.join(', ')}]`);
  }
  return { ours: run.ours, isProbablyReaderable: run.readerable, failures: run.failures, mistakes: wrong.map(({ path, url, label, signals }) => ({ path, url, label, signals })) };
}

function benchTestPages(dir) {
  if (!existsSync(dir)) return skip(dir);
  const run = runTestPages(core, dir, timings);
  console.log('\n## Detection — readability-test-pages `readerable` flags (they are the output of isProbablyReaderable, so it scores 1 by construction)');
  printClassifiers(run.detection.ours, run.detection.readerable);
  console.log(`\n## Body kept — share of expected.html's 4-shingles that the text keeps (${run.kept.pages} pages)`);
  printTable(['extractor', 'mean kept', 'pages < 99%'], [
    ['ours (extract().text)', run.kept.mean, run.kept.under99],
    ['Readability alone, linkedom', run.kept.readabilityMean, run.kept.readabilityUnder99],
  ]);
  console.log(`target: ${vsTarget(run.kept.mean, TARGETS.kept)} kept (expected.html is Readability's output on jsdom; the second row is plain Readability on linkedom, for scale)`);
  for (const f of run.failures) console.log(`  failure ${f.name}: ${f.error}`);
  if (args.verbose) {
    const under = run.pages.filter((p) => typeof p.kept === 'number' && p.kept < 0.99).sort((a, b) => a.kept - b.kept);
    console.log(`\npages under 99% kept (${under.length}), with what the precision pass removed that expected.html holds:`);
    printTable(['page', 'ours', 'Readability', 'news', 'removed but expected'], under.map((p) => [p.name, p.kept, p.keptByReadability, p.isNews ? 'yes' : 'no', p.removedButExpected.length]));
    for (const p of under.filter((p) => p.removedButExpected.length)) {
      console.log(`  ${p.name}`);
      for (const r of p.removedButExpected) console.log(`    ${r.kind} — ${r.reason}: ${r.text}`);
    }
  }
  return { detection: run.detection, kept: run.kept, failures: run.failures, perPage: run.pages };
}

function printClassifiers(ours, readerable) {
  const row = (name, c) => [name, c.f1, c.precision, c.recall, c.accuracy, `${c.tp}/${c.fp}/${c.fn}/${c.tn}`];
  printTable(['detector', 'F1', 'precision', 'recall', 'accuracy', 'tp/fp/fn/tn'], [
    row('ours (detect().isArticle)', ours),
    row('isProbablyReaderable', readerable),
  ]);
}

function reportTimings(t) {
  const s = t.summary();
  if (!s.extract) return s;
  console.log(`\n## Time per page (ms, all pages above; extract = our whole pipeline, detect included; Readability and extract: the fastest of ${TIMED_RUNS} runs each)`);
  const names = { readability: 'Readability alone', isProbablyReaderable: 'isProbablyReaderable' };
  printTable(['phase', 'pages', 'median', 'p95'], ['parse', 'detect', 'isProbablyReaderable', 'extract', 'readability']
    .filter((k) => s[k]).map((k) => [names[k] ?? k, s[k].n, s[k].median, s[k].p95]));
  const ratio = s.readability ? s.extract.total / s.readability.total : null;
  const medianRatio = s.readability ? s.extract.median / s.readability.median : null;
  if (ratio !== null) {
    console.log(`pipeline / Readability alone: total ${ratio.toFixed(2)}×, median ${medianRatio.toFixed(2)}× (target ${vsTarget(ratio, TARGETS.timeRatio, false)})`);
  }
  return { ...s, ratioTotal: ratio, ratioMedian: medianRatio };
}

function skip(dir) {
  console.log(`  ${dir} not found; skipped`);
  return { skipped: true };
}

function parseArgs(argv) {
  const out = { verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') out.verbose = true;
    else if (a === '--corpus') out.corpus = argv[++i];
    else if (a.startsWith('--corpus=')) out.corpus = a.slice('--corpus='.length);
    else if (a === '--only') out.only = (argv[++i] ?? '').split(',');
    else if (a === '--limit') out.limit = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/extract.mjs [--corpus DIR] [--verbose] [--only scrapinghub,detection,kept,wcxb] [--limit N]\n  --limit N: the first N WCXB pages only');
      process.exit(0);
    } else {
      console.error(`bench: unknown option ${a}`);
      process.exit(2);
    }
  }
  return out;
}
