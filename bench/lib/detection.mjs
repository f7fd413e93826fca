// Section 2 of the bench: is this page an article? Ours (detect().isArticle) against Readability's
// isProbablyReaderable on news-vs-nonarticle, both timed on the same parsed document.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from './classify.mjs';

/**
 * @param {object} core the bundled core (see core.mjs)
 * @param {string} dir corpus/news-vs-nonarticle
 * @param {import('./report.mjs').Timings} timings
 */
export function runNewsVsNonarticle(core, dir, timings) {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  const rows = [];
  const failures = [];
  for (const { path, site, is_article: label, url } of labels) {
    const file = join(dir, path);
    if (!existsSync(file)) { failures.push({ path, error: 'file missing' }); continue; }
    const { document } = timings.time('parse', () => core.parseHTML(readFileSync(file, 'utf8')));
    const readerable = timings.time('isProbablyReaderable', () => core.isProbablyReaderable(document));
    let detection = null;
    try {
      detection = timings.time('detect', () => core.detect(document, url ?? null));
    } catch (e) {
      failures.push({ path, error: `detect: ${e.message}` });
    }
    rows.push({ path, site, url, label, ours: !!detection?.isArticle, readerable, signals: detection?.signals ?? [], score: detection?.score ?? null });
  }
  return {
    rows,
    failures,
    ours: classify(rows.map((r) => ({ label: r.label, predicted: r.ours }))),
    readerable: classify(rows.map((r) => ({ label: r.label, predicted: r.readerable }))),
  };
}
