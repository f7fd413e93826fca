// The WCXB section of the bench: body word F1 per page type (WCXB's own metric), the `with`/`without`
// snippet rates, and detection per page type, ours beside plain Readability / isProbablyReaderable from
// the same run (wcxb.mjs). The JS metric is cross-checked against ../shared/tools/score-wcxb.py on the
// same predictions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classify } from './classify.mjs';

/** WCXB's tokens: Python's `\w+` on lower-cased text (letters, digits and the underscore; no marks). */
export function wcxbWords(text) {
  return (text || '').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function bag(text) {
  const m = new Map();
  for (const w of wcxbWords(text)) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** evaluate.py's word_f1: F1 of the two word bags; an empty truth scores 1 only against an empty prediction. */
export function wordF1(pred, ref) {
  const p = bag(pred), r = bag(ref);
  if (!r.size) return p.size ? 0 : 1;
  if (!p.size) return 0;
  let o = 0, np = 0, nr = 0;
  for (const [w, c] of p) { np += c; o += Math.min(c, r.get(w) ?? 0); }
  for (const c of r.values()) nr += c;
  if (!o) return 0;
  const P = o / np, R = o / nr;
  return (2 * P * R) / (P + R);
}

const norm = (s) => wcxbWords(s).join(' ');

/** Per-page body figures for one prediction, or null when the page has no body truth. */
export function scoreBody(truth, text) {
  if (truth.main_content == null) return null;
  const np = norm(text);
  const withs = (truth.with ?? []).map((s) => np.includes(norm(s)));
  const withouts = (truth.without ?? []).map((s) => !np.includes(norm(s)));
  return { f1: wordF1(text, truth.main_content), with: withs, without: withouts };
}

/** Sums per-page scores (of one side, `key` = 'ours' | 'readability') into per-type figures, in the scorer's order. */
export function summarise(rows, key) {
  const by = new Map();
  for (const r of rows) {
    const s = r.scores?.[key];
    if (!s) continue;
    const t = by.get(r.type) ?? { type: r.type, n: 0, f1: 0, with: [0, 0], without: [0, 0] };
    t.n++; t.f1 += s.f1;
    t.with[0] += s.with.filter(Boolean).length; t.with[1] += s.with.length;
    t.without[0] += s.without.filter(Boolean).length; t.without[1] += s.without.length;
    by.set(r.type, t);
  }
  const types = [...by.values()].map((t) => ({ type: t.type, n: t.n, f1: t.f1 / t.n, with: t.with[0] / Math.max(1, t.with[1]), without: t.without[0] / Math.max(1, t.without[1]) }));
  // The scorer sorts by count, descending; Python's sort is stable over the file order (ids ascending).
  const first = new Map();
  for (const r of rows) if (!first.has(r.type)) first.set(r.type, first.size);
  types.sort((a, b) => b.n - a.n || first.get(a.type) - first.get(b.type));
  const n = types.reduce((a, t) => a + t.n, 0);
  return { types, all: { n, f1: types.reduce((a, t) => a + t.f1 * t.n, 0) / Math.max(1, n) } };
}

/** Adds `scores.{ours, readability}` to each row of runWcxb. */
export function scoreRows(rows) {
  for (const r of rows) r.scores = { ours: scoreBody(r.truth, r.ours?.text ?? ''), readability: scoreBody(r.truth, r.readability?.text ?? '') };
  return rows;
}

/** The lines score-wcxb.py prints, from our own summary, to compare text to text. */
export function scorerLines(summary) {
  const lines = summary.types.map((t) => `${t.type.padEnd(14)} n=${String(t.n).padStart(3)} F1=${t.f1.toFixed(3)} with=${t.with.toFixed(3)} without=${t.without.toFixed(3)}`);
  lines.push(`${'all'.padEnd(14)} n=${String(summary.all.n).padStart(3)} F1=${summary.all.f1.toFixed(3)}`);
  return lines;
}

/**
 * Runs score-wcxb.py on each side's predictions and compares its lines with ours. The scorer walks a
 * split's whole ground-truth folder, so it is given a folder of links to the truth of the pages run
 * (all of them, or the first N with --limit). Returns null when python3 or the script is missing.
 */
export function crossCheckWcxb(scriptPath, dir, rows, sides) {
  if (!existsSync(scriptPath)) return null;
  const tmp = mkdtempSync(join(tmpdir(), 'declutter-wcxb-'));
  try {
    const split = join(tmp, 'split');
    mkdirSync(join(split, 'ground-truth'), { recursive: true });
    for (const r of rows) symlinkSync(join(dir, 'ground-truth', `${r.id}.json`), join(split, 'ground-truth', `${r.id}.json`));
    const out = {};
    for (const side of sides) {
      const predPath = join(tmp, `${side}.jsonl`);
      writeFileSync(predPath, rows.map((r) => JSON.stringify({ file: `${r.id}.html`, text: r[side]?.text ?? '' })).join('\n') + '\n');
      let shared;
      try {
        shared = execFileSync('python3', [scriptPath, split, predPath], { encoding: 'utf8' }).trim().split('\n');
      } catch {
        return null;
      }
      const mine = scorerLines(summarise(rows, side));
      const agree = shared.length === mine.length && shared.every((l, i) => l.trim() === mine[i].trim());
      out[side] = { agree, shared, ours: mine };
    }
    return { agree: Object.values(out).every((s) => s.agree), sides: out };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Detection over all pages and per page type: ours (detect().isArticle) beside isProbablyReaderable. */
export function detectionByType(rows) {
  const all = {
    ours: classify(rows.map((r) => ({ label: r.isArticle, predicted: !!r.ours?.detection?.isArticle }))),
    readerable: classify(rows.map((r) => ({ label: r.isArticle, predicted: !!r.readerable }))),
  };
  const types = new Map();
  for (const r of rows) {
    const t = types.get(r.type) ?? { type: r.type, n: 0, ours: 0, readerable: 0, isArticle: r.isArticle };
    t.n++;
    if (r.ours?.detection?.isArticle) t.ours++;
    if (r.readerable) t.readerable++;
    types.set(r.type, t);
  }
  return { all, types: [...types.values()].sort((a, b) => b.n - a.n) };
}
