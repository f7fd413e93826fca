// Precision / recall / F1 of a yes-no classifier against labels, for the detection benchmarks.

/**
 * @param {Array<{label: boolean, predicted: boolean}>} rows
 * @returns {{tp: number, fp: number, fn: number, tn: number, precision: number, recall: number, f1: number, accuracy: number}}
 */
export function classify(rows) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const { label, predicted } of rows) {
    if (predicted && label) tp++;
    else if (predicted) fp++;
    else if (label) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1, accuracy: rows.length ? (tp + tn) / rows.length : 0 };
}
