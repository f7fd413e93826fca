#!/usr/bin/env node
// Quotes benchmark on PolNeAR (../shared/corpus/polnear): precision, recall, speaker right / wrong /
// none and time per article for findQuotes, on the dev and train splits, for the working tree AND
// a baseline (main by default) measured in the same run. Prints figures; never fails on them.
//
//   node bench/quotes.mjs [--corpus DIR] [--split dev,train] [--baseline-ref main|none]
//                         [--show fp|miss|right|wrong|none|pron|pronok|changed] [--limit N]
//
// --show lists the cases behind a figure with their surrounding text (for the working tree);
// `changed` lists the articles whose named-speaker figures differ from the baseline.
//
// Both versions are bundled on the fly with esbuild (build.mjs is not needed): the working tree
// from src/core, the baseline from `git archive <ref> src/core` into a temp directory.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { addTally, loadArticles, newTally, scoreArticle } from './lib/polnear.mjs';
import { printTable, quantile } from './lib/report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const corpus = resolve(args.corpus ?? join(root, '..', 'shared', 'corpus'));
const splits = (args.split ?? 'dev,train').split(',');
const baseRef = args['baseline-ref'] ?? 'main';

const now = await loadFindQuotes(root);
const base = baseRef === 'none' ? null : await loadBaseline(baseRef);
const results = {};
for (const split of splits) {
  const dir = join(corpus, 'polnear', split);
  if (!existsSync(join(dir, 'text'))) {
    console.log(`quotes bench: skipped ${split}, no PolNeAR split at ${dir}`);
    continue;
  }
  const articles = loadArticles(dir).slice(0, args.limit ? Number(args.limit) : undefined);
  const cur = run(now, articles, true);
  const old = base ? run(base, articles, false) : null;
  results[split] = { now: summary(cur), baseline: old ? summary(old) : null, baselineRef: old ? baseRef : null };
  report(split, articles, cur, old);
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'quotes.json'), JSON.stringify(results, null, 2) + '\n');

/** Runs one version over the articles: per-article tallies, the total, and times. */
function run(findQuotes, articles, isNow) {
  for (const a of articles) findQuotes({ paragraphs: a.paragraphs, title: a.title }); // warm up the JIT
  const total = newTally();
  const per = [];
  const times = [];
  for (const a of articles) {
    // The best of three runs: the machine is shared, and a slow run measures the neighbours.
    let best = Infinity;
    let quotes = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      quotes = findQuotes({ paragraphs: a.paragraphs, title: a.title }).quotes;
      best = Math.min(best, performance.now() - t0);
    }
    times.push(best);
    const show = (kind, line) => {
      if (isNow && args.show === kind) console.log(`${kind}\t${a.id}\t${line.replace(/\s+/g, ' ')}`);
    };
    const t = scoreArticle(a, quotes, show);
    per.push(t);
    addTally(total, t);
  }
  return { total, per, times };
}

function summary({ total: t, times }) {
  const r = (n, d) => (d ? +(n / d).toFixed(3) : null);
  const named = t.right + t.wrong + t.none;
  return {
    predicted: t.predicted,
    precision: r(t.correct, t.predicted),
    gold: t.gold,
    recall: r(t.found, t.gold),
    gold8: t.gold8,
    recall8: r(t.found8, t.gold8),
    named,
    right: r(t.right, named),
    wrong: r(t.wrong, named),
    none: r(t.none, named),
    pronounGiven: r(t.pronGiven, t.pron),
    msMedian: +(quantile(times, 0.5) ?? 0).toFixed(3),
    msP95: +(quantile(times, 0.95) ?? 0).toFixed(3),
  };
}

function report(split, articles, cur, old) {
  const n = summary(cur);
  const b = old ? summary(old) : null;
  console.log(`\nPolNeAR ${split}: ${articles.length} articles, ${n.gold} gold direct quotes (${n.gold8} of 8+ words), ${n.named} with a named source`);
  const row = (label, key, target = '') => [label, b ? b[key] : null, n[key], target];
  printTable(['figure', `baseline (${old ? baseRef : '—'})`, 'now', 'target (dev)'], [
    row('quotes predicted', 'predicted'),
    row('precision', 'precision', '≥ 0.97'),
    row('recall', 'recall'),
    row('recall, 8+ words', 'recall8', '≥ 0.95'),
    row('named speaker right', 'right', '≥ 0.92'),
    row('named speaker wrong', 'wrong', '≤ 0.02'),
    row('named speaker none', 'none', '≤ 0.05'),
    row('pronoun-sourced quotes given a speaker', 'pronounGiven'),
    row('ms per article, median', 'msMedian'),
    row('ms per article, p95', 'msP95'),
  ]);
  if (!old) return;
  // Per article: better when more named sources are right or fewer wrong, worse the other way.
  let better = 0;
  let worse = 0;
  cur.per.forEach((t, i) => {
    const o = old.per[i];
    const d = t.right - o.right - 2 * (t.wrong - o.wrong);
    if (d > 0) better++;
    if (d < 0) worse++;
    if (d !== 0 && args.show === 'changed') {
      console.log(`changed\t${articles[i].id}\tright ${o.right}→${t.right} wrong ${o.wrong}→${t.wrong} none ${o.none}→${t.none}`);
    }
  });
  console.log(`articles whose named speakers changed against ${baseRef}: ${better} better, ${worse} worse`);
}

async function loadFindQuotes(repo) {
  const out = await build({
    entryPoints: [join(repo, 'src', 'core', 'quotes.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const tmp = mkdtempSync(join(tmpdir(), 'quotes-bench-'));
  const file = join(tmp, 'quotes.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  try {
    return (await import(pathToFileURL(file).href)).findQuotes;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The core as committed at `ref`, unpacked into a temp directory; null when git cannot give it. */
async function loadBaseline(ref) {
  const tmp = mkdtempSync(join(tmpdir(), 'quotes-base-'));
  try {
    const tar = execFileSync('git', ['-C', root, 'archive', ref, 'src/core'], { maxBuffer: 64 << 20 });
    execFileSync('tar', ['-x', '-C', tmp], { input: tar });
    return await loadFindQuotes(tmp);
  } catch (e) {
    console.log(`quotes bench: no baseline (${ref}): ${e.message.split('\n')[0]}`);
    return null;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (m) out[m[1]] = m[2] ?? argv[++i];
  }
  return out;
}
