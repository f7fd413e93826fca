// The scrapinghub article-extraction-benchmark metric, reimplemented so the bench can score in-process
// and report per-page figures. It must match ../shared/tools/score-articles.mjs to the last digit
// printed; bench/extract.mjs runs that script on the same predictions and reports whether they agree.

/** Word tokens as the benchmark defines `\w+`, extended to Unicode letters, digits, marks and connectors. */
export function tokenize(text) {
  return (text || '').match(/[\p{L}\p{N}\p{M}\p{Pc}]+/gu) ?? [];
}

/**
 * 4-token shingles of `text` as a multiset (Map shingle → count). A text shorter than n tokens still
 * yields one shingle made of all its tokens, so short pages are not scored as empty.
 * @param {string} text
 * @param {number} [n]
 */
export function shingleCounts(text, n = 4) {
  const tokens = tokenize(text);
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * True/false positives and false negatives between the truth and a prediction, normalised to sum 1
 * (all zero when both are empty), as the benchmark does per page.
 * @returns {{tp: number, fp: number, fn: number}}
 */
export function overlap(truthText, predictedText) {
  const truth = shingleCounts(truthText);
  const pred = shingleCounts(predictedText);
  let tp = 0, fp = 0, fn = 0;
  for (const [key, t] of truth) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of pred) fp += Math.max(0, p - (truth.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

// A page with nothing wrong is perfect on both counts, even when both texts are empty.
const pagePrecision = ({ tp, fp, fn }) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const pageRecall = ({ tp, fp, fn }) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Scores one page. `exact` is the benchmark's accuracy: the two token sequences are identical.
 * @param {string} truthText
 * @param {string} predictedText
 */
export function scorePage(truthText, predictedText) {
  const c = overlap(truthText, predictedText);
  const p = pagePrecision(c);
  const r = pageRecall(c);
  return {
    counts: c,
    precision: p,
    recall: r,
    f1: p + r > 0 ? (2 * p * r) / (p + r) : 0,
    exact: tokenize(truthText).join(' ') === tokenize(predictedText).join(' '),
  };
}

/**
 * Scores a prediction set against the ground truth. Precision is averaged over pages where anything
 * was predicted or matched, recall over pages where the truth had anything; F1 is the harmonic mean
 * of those two averages (not the mean of per-page F1s). A missing prediction counts as empty.
 * @param {Record<string, {articleBody: string}>} truth
 * @param {Record<string, {articleBody?: string}>} predictions
 */
export function scoreSet(truth, predictions) {
  const pages = Object.keys(truth).map((id) => ({
    id,
    ...scorePage(truth[id].articleBody ?? '', predictions[id]?.articleBody ?? ''),
  }));
  const precision = mean(pages.filter((x) => x.counts.tp + x.counts.fp > 0).map((x) => x.precision));
  const recall = mean(pages.filter((x) => x.counts.tp + x.counts.fn > 0).map((x) => x.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pages.map((x) => (x.exact ? 1 : 0)));
  return { pages, precision, recall, f1, accuracy };
}
