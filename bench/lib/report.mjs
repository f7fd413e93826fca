// Small helpers to print aligned tables and summarise timing samples.

/**
 * Prints rows as an aligned text table; numbers are shown with 3 decimals unless already strings.
 * @param {string[]} header
 * @param {Array<Array<string|number|null>>} rows
 */
export function printTable(header, rows) {
  const cells = [header, ...rows.map((r) => r.map(formatCell))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

function formatCell(c) {
  if (c === null || c === undefined) return '—';
  if (typeof c === 'number') return Number.isInteger(c) ? String(c) : c.toFixed(3);
  return c;
}

/**
 * The q-quantile (0..1) of `xs` by the nearest-rank method; null for no samples.
 * @param {number[]} xs
 * @param {number} q
 */
export function quantile(xs, q) {
  if (!xs.length) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Collects named timing samples (milliseconds) across pages. */
export class Timings {
  constructor() {
    /** @type {Map<string, number[]>} */
    this.samples = new Map();
  }
  /** Runs `fn`, records its wall time under `name`, returns its result. */
  time(name, fn) {
    const t0 = performance.now();
    const out = fn();
    this.add(name, performance.now() - t0);
    return out;
  }
  add(name, ms) {
    if (!this.samples.has(name)) this.samples.set(name, []);
    this.samples.get(name).push(ms);
  }
  /** {name: {n, median, p95, total}} */
  summary() {
    const out = {};
    for (const [name, xs] of this.samples) {
      out[name] = { n: xs.length, median: quantile(xs, 0.5), p95: quantile(xs, 0.95), total: xs.reduce((a, b) => a + b, 0) };
    }
    return out;
  }
}

/** "0.943 (target ≥ 0.965) ok|below" — targets are shown, never enforced. */
export function vsTarget(value, target, higherIsBetter = true) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const ok = higherIsBetter ? value >= target : value <= target;
  return `${ok ? 'meets' : 'misses'} ${higherIsBetter ? '≥' : '≤'} ${target}`;
}
