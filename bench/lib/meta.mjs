// The source line's figures (issue 12): author, publish date and headline right on wcxb-dev's article
// pages, ours beside plain Readability from the same pass, scored exactly as shared/tools/score-meta.py
// scores them (and cross-checked against it); per-rule ablation (each named rule of metadata.ts switched
// off in turn: pages changed, better, worse); and readability-test-pages' expected title and byline,
// ours beside the baseline core (the main checkout, when present) and plain Readability.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWcxb, runWcxb } from './wcxb.mjs';

/** score-meta.py's word split: lowercase \w+ (Python's \w is Unicode-aware, so is \p{L}\p{N}_ here). */
const w = (s) => (s ?? '').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

/** score-meta.py's three checks; null when the truth has no value. */
export function scoreMeta(truth, pred) {
  const out = { title: null, author: null, date: null };
  if (truth.title) {
    const a = w(truth.title).join(' '), b = w(pred.title).join(' ');
    out.title = !!b && (a === b || (b.length >= 0.6 * a.length && (a.includes(b) || b.includes(a))));
  }
  if (truth.author) {
    const aw = w(truth.author), bw = new Set(w(pred.byline));
    out.author = aw.length > 0 && aw.every((x) => bw.has(x));
  }
  if (truth.publish_date) out.date = (pred.publishedTime ?? '').slice(0, 10) === truth.publish_date.slice(0, 10);
  return out;
}

const FIELDS = ['title', 'author', 'date'];
function tally(rows, side) {
  const t = Object.fromEntries(FIELDS.map((f) => [f, { ok: 0, n: 0 }]));
  for (const r of rows) for (const f of FIELDS) if (r.scores[side][f] !== null) { t[f].n++; t[f].ok += r.scores[side][f]; }
  return Object.fromEntries(FIELDS.map((f) => [f, t[f].n ? t[f].ok / t[f].n : null]).concat(FIELDS.map((f) => [`n_${f}`, t[f].n])));
}

/** Names of the rules chooseMetadata lets the bench switch off (metadata.ts MetaRule). */
export const RULES = ['title-heading', 'title-doc-agrees', 'title-heading-first', 'title-seo-only', 'title-short-label', 'title-tail-site', 'site-not-title', 'title-no-teaser', 'by-ld', 'by-citation', 'by-meta', 'by-credit', 'by-readability', 'by-org', 'by-agency', 'by-shown', 'by-card-label', 'by-late', 'by-dateline', 'by-coauthors', 'by-site', 'by-owner', 'by-initials',
  'lead', 'lead-date', 'reviewer', 'in-category', 'tail', 'glued', 'bio', 'cjk', 'reject', 'numbers', 'prose', 'date-original', 'date-shown', 'date-labelled', 'date-shown-not-modified', 'date-numeric-swap', 'date-no-revision', 'date-only-update', 'date-revision-near', 'date-ld', 'date-meta', 'date-meta-name', 'date-time', 'date-head', 'date-visible', 'date-credit', 'date-beside-credit', 'date-url', 'date-month'];

/**
 * @param {object} core bundled core (core.mjs)
 * @param {string} dir corpus/wcxb-dev
 * @param {{limit?: number, onPage?: Function}} opts
 */
export function runMetaWcxb(core, dir, opts = {}) {
  const pages = loadWcxb(dir);
  if (!pages) return null;
  const evidence = [];
  let current = 0;
  // The same extract() as runWcxb's, keeping the page half's evidence so every rule can be switched off afterwards.
  const wrapped = { ...core, extract: (doc, url) => {
    const { reading, root } = core.readPage(doc, url);
    evidence[current] = reading.meta;
    return core.finishArticle(reading, root);
  } };
  const run = runWcxb(wrapped, pages, { filter: (p) => p.type === 'article', limit: opts.limit, onPage: (i, n) => { current = i; opts.onPage?.(i, n); } });
  const rows = run.map((r, i) => ({
    id: r.id, url: r.url, truth: r.truth, ours: r.ours, readability: r.readability, error: r.error, evidence: evidence[i],
    scores: { ours: scoreMeta(r.truth, r.ours), readability: scoreMeta(r.truth, r.readability) },
  }));
  const ablation = RULES.map((rule) => {
    const counts = Object.fromEntries(FIELDS.map((f) => [f, { changed: 0, better: 0, worse: 0 }]));
    for (const r of rows) {
      if (!r.evidence) continue;
      const pick = (m) => ({ title: m.title, byline: m.byline, publishedTime: m.publishedTime });
      const full = pick(core.chooseMetadata(r.evidence));
      const without = pick(core.chooseMetadata(r.evidence, { off: new Set([rule]) }));
      const a = scoreMeta(r.truth, full), b = scoreMeta(r.truth, without);
      const field = { title: 'title', author: 'byline', date: 'publishedTime' };
      for (const f of FIELDS) {
        if (full[field[f]] !== without[field[f]]) counts[f].changed++;
        if (a[f] !== null && a[f] !== b[f]) counts[f][a[f] ? 'better' : 'worse']++;
      }
    }
    return { rule, ...counts };
  });
  return { rows, ours: tally(rows, 'ours'), readability: tally(rows, 'readability'), ablation, limited: opts.limit !== undefined };
}

/**
 * Runs shared/tools/score-meta.py on our predictions and returns its figures line; null when Python or
 * the script is missing.
 */
export function crossCheckMeta(script, dir, rows) {
  if (!existsSync(script)) return null;
  const tmp = mkdtempSync(join(tmpdir(), 'declutter-meta-'));
  try {
    const file = join(tmp, 'ours.jsonl');
    writeFileSync(file, rows.map((r) => JSON.stringify({ file: `${r.id}.html`, title: r.ours.title, byline: r.ours.byline, publishedTime: r.ours.publishedTime })).join('\n') + '\n');
    return execFileSync('python3', [script, dir, file, '--types', 'article'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Title and byline against readability-test-pages' expected-metadata.json, for each core given. */
export function runMetaTestPages(cores, dir) {
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'expected-metadata.json'))).sort();
  const sides = Object.keys(cores).concat('readability');
  const t = Object.fromEntries(sides.map((s) => [s, { title: 0, byline: 0, titleExact: 0, bylineExact: 0 }]));
  let nTitle = 0, nByline = 0;
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const diffs = [];
  for (const name of names) {
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8'));
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const got = {};
    for (const [side, core] of Object.entries(cores)) {
      try { got[side] = core.extract(core.parseHTML(html).document, 'http://fakehost/test/page.html'); } catch { got[side] = {}; }
    }
    const anyCore = Object.values(cores)[0];
    try { got.readability = new anyCore.Readability(anyCore.parseHTML(html).document).parse() ?? {}; } catch { got.readability = {}; }
    if (expected.title) nTitle++;
    if (expected.byline) nByline++;
    for (const side of sides) {
      const s = scoreMeta({ title: expected.title, author: expected.byline }, { title: got[side].title, byline: got[side].byline });
      t[side].title += s.title ?? 0;
      t[side].byline += s.author ?? 0;
      t[side].titleExact += expected.title ? norm(expected.title) === norm(got[side].title) : 0;
      t[side].bylineExact += expected.byline ? norm(expected.byline) === norm(got[side].byline) : 0;
    }
    if (got.baseline) for (const [f, e] of [['title', expected.title], ['byline', expected.byline]]) {
      if (e && norm(got.ours[f]) !== norm(got.baseline[f])) diffs.push({ name, field: f, expected: e, ours: got.ours[f], baseline: got.baseline[f] });
    }
  }
  return { pages: names.length, nTitle, nByline, sides: t, diffs };
}
