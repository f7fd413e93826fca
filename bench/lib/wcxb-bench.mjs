// Prints the WCXB section of `npm run bench`: body per page type (ours beside plain Readability from the
// same run), detection per page type (beside isProbablyReaderable), the cross-check with
// score-wcxb.py, and each rule's ablation: the pages where it fired are run again with it off, and the
// pages it made better and worse are counted.
import { printTable, vsTarget } from './report.mjs';
import { crossCheckWcxb, detectionByType, scoreBody, scoreRows, summarise } from './wcxb-body.mjs';
import { loadWcxb, runWcxb } from './wcxb.mjs';

export const WCXB_TARGETS = { f1: 0.95, with: 0.955, without: 0.97, detectionF1: 0.9, articleRecall: 0.93 };
/** A page's F1 must move by more than this for a rule to count as changing it. */
const CHANGED = 0.001;

/**
 * @param {object} core the bundled core (see core.mjs)
 * @param {string} dir corpus/wcxb-dev
 * @param {{ limit?: number, verbose?: boolean, scorer: string }} opts
 */
export function benchWcxb(core, dir, opts) {
  console.log('\n## WCXB (wcxb-dev) — body word F1 per page type (WCXB metric: lowercase \\w+ bags), with/without snippets');
  const pages = loadWcxb(dir);
  if (!pages) {
    console.log(`  ${dir} not found; skipped`);
    return { skipped: true };
  }
  const rows = scoreRows(runWcxb(core, pages, { limit: opts.limit }));
  const ours = summarise(rows, 'ours');
  const base = summarise(rows, 'readability');
  const baseOf = new Map(base.types.map((t) => [t.type, t]));
  printTable(['type', 'pages', 'F1 ours', 'F1 Readability', 'with ours', 'with R.', 'without ours', 'without R.'], [
    ...ours.types.map((t) => {
      const b = baseOf.get(t.type);
      return [t.type, t.n, t.f1, b?.f1 ?? null, t.with, b?.with ?? null, t.without, b?.without ?? null];
    }),
    ['all', ours.all.n, ours.all.f1, base.all.f1, '', '', '', ''],
  ]);
  const art = ours.types.find((t) => t.type === 'article');
  if (art) console.log(`articles: F1 ${vsTarget(art.f1, WCXB_TARGETS.f1)}, with ${vsTarget(art.with, WCXB_TARGETS.with)}, without ${vsTarget(art.without, WCXB_TARGETS.without)}`);
  for (const r of rows.filter((r) => r.error)) console.log(`  failure ${r.id}: ${r.error}`);

  const check = crossCheckWcxb(opts.scorer, dir, rows, ['ours', 'readability']);
  if (!check) console.log('score-wcxb.py or python3 not found; cross-check skipped');
  else {
    console.log(`cross-check with shared/tools/score-wcxb.py on the same predictions: ${check.agree ? 'agrees (every line, 3 decimals)' : 'DISAGREES'}`);
    if (!check.agree || opts.verbose) {
      for (const [side, s] of Object.entries(check.sides)) console.log(`  ${side}\n    shared: ${s.shared.join('\n            ')}\n    bench:  ${s.ours.join('\n            ')}`);
    }
  }

  console.log('\n## WCXB — is this page an article? (labels: page type "article" = yes, the six others = no)');
  const det = detectionByType(rows);
  const row = (name, c) => [name, c.f1, c.precision, c.recall, c.accuracy, `${c.tp}/${c.fp}/${c.fn}/${c.tn}`];
  printTable(['detector', 'F1', 'precision', 'recall', 'accuracy', 'tp/fp/fn/tn'], [row('ours (detect().isArticle)', det.all.ours), row('isProbablyReaderable', det.all.readerable)]);
  printTable(['type', 'pages', 'called article: ours', 'isProbablyReaderable'], det.types.map((t) => [t.type, t.n, t.ours / t.n, t.readerable / t.n]));
  console.log(`targets: F1 ${vsTarget(det.all.ours.f1, WCXB_TARGETS.detectionF1)}, article recall ${vsTarget(det.all.ours.recall, WCXB_TARGETS.articleRecall)}`);
  if (opts.verbose) {
    console.log('\nworst 15 articles by our F1 (id, F1, Readability F1, url):');
    const arts = rows.filter((r) => r.type === 'article' && r.scores.ours).sort((a, b) => a.scores.ours.f1 - b.scores.ours.f1);
    for (const r of arts.slice(0, 15)) console.log(`  ${r.id}  ${r.scores.ours.f1.toFixed(3)}  ${r.scores.readability?.f1.toFixed(3)}  ${r.url}`);
  }

  const ablation = ablate(core, pages, rows);
  return {
    body: { ours, readability: base },
    crossCheck: check && { agree: check.agree },
    detection: det,
    ablation,
    perPage: rows.map((r) => ({ id: r.id, type: r.type, f1: r.scores.ours?.f1 ?? null, readabilityF1: r.scores.readability?.f1 ?? null, isArticle: !!r.ours?.detection?.isArticle, fired: r.ours?.fired ?? [] })),
  };
}

/**
 * For each rule that fired somewhere, re-runs the pages where it fired with that rule off and counts
 * the pages it changed: body F1 better / worse (by more than CHANGED), and detection right / wrong.
 */
function ablate(core, pages, rows) {
  const names = [...new Set(rows.flatMap((r) => r.ours?.fired ?? []))].sort();
  if (!names.length) return {};
  console.log('\n## WCXB — what each rule changed (its pages re-run with the rule off)');
  const out = {};
  for (const name of names) {
    const fired = rows.filter((r) => r.ours?.fired.includes(name));
    const ids = new Set(fired.map((r) => r.id));
    const without = new Map(runWcxb(core, pages, { filter: (p) => ids.has(p.id), off: new Set([name]), oursOnly: true }).map((r) => [r.id, r]));
    const c = { pages: fired.length, bodyBetter: 0, bodyWorse: 0, articleF1Delta: 0, detectionBetter: 0, detectionWorse: 0 };
    for (const r of fired) {
      const off = without.get(r.id);
      const on = r.scores.ours, offScore = scoreBody(r.truth, off?.ours?.text ?? '');
      if (on && offScore) {
        const d = on.f1 - offScore.f1;
        if (d > CHANGED) c.bodyBetter++;
        else if (d < -CHANGED) c.bodyWorse++;
        if (r.type === 'article') c.articleF1Delta += d;
      }
      const rightOn = !!r.ours?.detection?.isArticle === r.isArticle;
      const rightOff = !!off?.ours?.detection?.isArticle === r.isArticle;
      if (rightOn && !rightOff) c.detectionBetter++;
      else if (!rightOn && rightOff) c.detectionWorse++;
    }
    out[name] = c;
  }
  const nArticles = rows.filter((r) => r.type === 'article' && r.scores.ours).length;
  printTable(['rule', 'fired on', 'body better', 'body worse', 'article F1 +', 'detection better', 'detection worse'],
    Object.entries(out).map(([n, c]) => [n, c.pages, c.bodyBetter, c.bodyWorse, c.articleF1Delta / Math.max(1, nArticles), c.detectionBetter, c.detectionWorse]));
  return out;
}
