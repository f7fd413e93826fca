#!/usr/bin/env node
// The source line's per-rule ablation over ALL of wcxb-dev (1,497 pages, not only its articles): a rule
// written for a class of article pages must not cost the forum, service or product pages that have a
// true author or date too. For each named rule of metadata.ts, switched off alone: pages whose value
// changes, and of those scored, better / worse WITH the rule; with --vs DIR, the same against another
// checkout's chooseMetadata (e.g. ../main) on this checkout's evidence, as a whole. Reads the pages once
// (readPage), then re-chooses only.
//
// usage: node bench/meta-all.mjs [--corpus DIR] [--vs DIR] [--verbose]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadCore } from './lib/core.mjs';
import { RULES, scoreMeta } from './lib/meta.mjs';
import { printTable } from './lib/report.mjs';
import { loadWcxb } from './lib/wcxb.mjs';

const argv = process.argv.slice(2);
const opt = (k) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : null);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(opt('--corpus') ?? join(repoRoot, '..', 'shared', 'corpus'));
const pages = loadWcxb(join(corpus, 'wcxb-dev'));
if (!pages) {
  console.log('wcxb-dev not found; skipped');
  process.exit(0);
}
const core = await loadCore(repoRoot);
const other = opt('--vs') ? await loadCore(resolve(opt('--vs'))) : null;
const FIELDS = [['title', 'title'], ['author', 'byline'], ['date', 'publishedTime']];
const pick = (m) => ({ title: m.title, byline: m.byline, publishedTime: m.publishedTime });

const rows = [];
for (const p of pages) {
  const { document } = core.parseHTML(gunzipSync(readFileSync(p.htmlPath)).toString('utf8'));
  try {
    const ev = core.readPage(document, p.url).reading.meta;
    const ours = pick(core.chooseMetadata(ev));
    rows.push({ ...p, ev, ours, score: scoreMeta(p.truth, ours) });
  } catch (e) {
    console.log(`  failure ${p.id}: ${e.message}`);
  }
}

const tally = (filter) => FIELDS.map(([f]) => {
  const scored = rows.filter((r) => filter(r) && r.score[f] !== null);
  return `${scored.filter((r) => r.score[f]).length}/${scored.length}`;
});
console.log(`## Source line over all wcxb-dev pages (${rows.length})`);
printTable(['pages', 'headline', 'author', 'date'], [['articles', ...tally((r) => r.type === 'article')], ['all', ...tally(() => true)]]);

/** Pages changed by choosing with `alt` instead, and of those scored, better / worse as chosen now. */
function compare(alt) {
  const c = Object.fromEntries(FIELDS.map(([f]) => [f, { changed: 0, better: 0, worse: 0, list: [] }]));
  for (const r of rows) {
    const o = alt(r);
    const s = scoreMeta(r.truth, o);
    for (const [f, k] of FIELDS) {
      if (o[k] === r.ours[k]) continue;
      c[f].changed++;
      if (r.score[f] !== null && r.score[f] !== s[f]) {
        c[f][r.score[f] ? 'better' : 'worse']++;
        c[f].list.push(`${r.score[f] ? '+' : '-'} ${f} ${r.id} (${r.type}) now ${JSON.stringify(r.ours[k])}, else ${JSON.stringify(o[k])}`);
      }
    }
  }
  return c;
}
const cell = (c) => (c.changed ? `${c.changed} (+${c.better}/-${c.worse})` : '·');
const lines = [];
const table = RULES.map((rule) => {
  const c = compare((r) => pick(core.chooseMetadata(r.ev, { off: new Set([rule]) })));
  for (const [f] of FIELDS) lines.push(...c[f].list.map((l) => `  ${rule}: ${l}`));
  return [rule, cell(c.author), cell(c.date), cell(c.title)];
});
if (other) {
  const c = compare((r) => pick(other.chooseMetadata(r.ev)));
  for (const [f] of FIELDS) lines.push(...c[f].list.map((l) => `  vs ${opt('--vs')}: ${l}`));
  table.push([`(all rules) vs ${opt('--vs')}`, cell(c.author), cell(c.date), cell(c.title)]);
}
console.log('\nper rule, switched off alone (pages whose value changes; of those scored, better / worse WITH the rule):');
printTable(['rule', 'author', 'date', 'headline'], table);
if (argv.includes('--verbose')) console.log(lines.join('\n'));
