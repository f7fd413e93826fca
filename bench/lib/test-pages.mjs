// Sections 2b and 3 of the bench, over Readability's own regression pages: detection against their
// `readerable` flags, and how much of Readability's expected text our `text` keeps.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from './classify.mjs';
import { runPage } from './scrapinghub.mjs';
import { shingleCounts } from './score.mjs';

/** The address Readability's own test harness gives every test page. */
const TEST_URL = 'http://fakehost/test/page.html';

/**
 * Share of the expected text's 4-shingles (as a multiset) found in `text`: 1 when nothing of the
 * expected body was lost, whatever else `text` holds. Null when the expected text is empty.
 */
export function keptShare(expectedText, text) {
  const expected = shingleCounts(expectedText);
  const got = shingleCounts(text);
  let total = 0, kept = 0;
  for (const [key, n] of expected) {
    total += n;
    kept += Math.min(n, got.get(key) ?? 0);
  }
  return total ? kept / total : null;
}

/**
 * What the precision pass removed that the expected text holds: removals most of whose 4-shingles are
 * in `expectedText`. Tells a loss to our rules from one that was Readability's (on linkedom) or the
 * paragraph split's. Only a diagnosis: keptShare alone is the figure.
 */
export function removedButExpected(expectedText, removed) {
  const expected = shingleCounts(expectedText);
  return removed.filter((r) => {
    let total = 0, found = 0;
    for (const [key, n] of shingleCounts(r.text)) {
      total += n;
      if (expected.has(key)) found += n;
    }
    return total > 0 && found / total > 0.5;
  }).map(({ kind, reason, text }) => ({ kind, reason, text: text.length > 100 ? `${text.slice(0, 99)}…` : text }));
}

/**
 * @param {object} core the bundled core (see core.mjs)
 * @param {string} dir corpus/readability-test-pages
 * @param {import('./report.mjs').Timings} timings
 */
export function runTestPages(core, dir, timings) {
  const pages = [];
  const failures = [];
  for (const name of readdirSync(dir).sort()) {
    const source = join(dir, name, 'source.html');
    if (!existsSync(source)) continue;
    const run = runPage(core, readFileSync(source, 'utf8'), TEST_URL, timings);
    if (run.error) failures.push({ name, error: run.error });
    const page = { name, ours: run.ours.length > 0 };
    const metaPath = join(dir, name, 'expected-metadata.json');
    if (existsSync(metaPath)) {
      const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
      if (typeof meta.readerable === 'boolean') {
        Object.assign(page, { readerableLabel: meta.readerable, detected: !!run.detection?.isArticle, readerable: run.readerable, signals: run.detection?.signals ?? [] });
      }
    }
    const expectedPath = join(dir, name, 'expected.html');
    if (existsSync(expectedPath)) {
      // expected.html is a fragment of Readability's output; its text is what a reader must keep.
      const { document } = core.parseHTML(`<!DOCTYPE html><html><body>${readFileSync(expectedPath, 'utf8')}</body></html>`);
      const expectedText = document.body.textContent ?? '';
      page.kept = keptShare(expectedText, run.ours);
      page.keptByReadability = keptShare(expectedText, run.readability);
      page.isNews = !!run.detection?.isNews;
      if (page.kept !== null && page.kept < 0.99) page.removedButExpected = removedButExpected(expectedText, run.removed);
    }
    pages.push(page);
  }
  const flagged = pages.filter((p) => 'readerableLabel' in p);
  const kept = pages.filter((p) => typeof p.kept === 'number');
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  return {
    pages,
    failures,
    detection: {
      pages: flagged.length,
      ours: classify(flagged.map((p) => ({ label: p.readerableLabel, predicted: p.detected }))),
      readerable: classify(flagged.map((p) => ({ label: p.readerableLabel, predicted: p.readerable }))),
    },
    kept: {
      pages: kept.length,
      mean: mean(kept.map((p) => p.kept)),
      under99: kept.filter((p) => p.kept < 0.99).length,
      readabilityMean: mean(kept.map((p) => p.keptByReadability ?? 0)),
      readabilityUnder99: kept.filter((p) => (p.keptByReadability ?? 0) < 0.99).length,
    },
  };
}
