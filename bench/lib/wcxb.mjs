// The WCXB pages (../shared/corpus/wcxb-dev): read in place (gunzipped in memory, never unpacked), each
// run once through our extract() and once through plain Readability on its own clone of the same
// linkedom DOM, so every WCXB figure (body, metadata, detection) is scored from one pass over the pages
// with the baseline measured in the same run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Loads the labels and truth of a WCXB split. Returns null when the split is absent.
 * @param {string} dir corpus/wcxb-dev
 * @returns {null | Array<{id: string, url: string, type: string, isArticle: boolean, htmlPath: string, truth: any}>}
 */
export function loadWcxb(dir) {
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(labelsPath)) return null;
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8'));
  return labels.map((l) => {
    const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', `${l.file_id}.json`), 'utf8'));
    return {
      id: l.file_id,
      url: l.url,
      type: gt._internal?.page_type?.primary ?? l.page_type ?? 'unknown',
      isArticle: Boolean(l.is_article),
      htmlPath: join(dir, l.html),
      truth: gt.ground_truth ?? {},
    };
  });
}

/**
 * Runs both extractors on every page. A throw counts as an empty result for that side, as a crash
 * would in the extension.
 * `opts.off` switches rules off (src/core/rules.ts) and `opts.oursOnly` skips the baselines, for the
 * ablation runs; `ours.fired` lists the rules that changed something on the page.
 * @param {object} core the bundled core (see core.mjs)
 * @param {ReturnType<typeof loadWcxb>} pages
 * @param {{ limit?: number, filter?: (page) => boolean, onPage?: (i: number, n: number) => void, off?: Set<string>, oursOnly?: boolean }} [opts]
 */
export function runWcxb(core, pages, opts = {}) {
  const chosen = pages.filter(opts.filter ?? (() => true)).slice(0, opts.limit ?? Infinity);
  return chosen.map((page, i) => {
    opts.onPage?.(i, chosen.length);
    const html = gunzipSync(readFileSync(page.htmlPath)).toString('utf8');
    const { document } = core.parseHTML(html);
    const out = { ...page, ours: null, readability: null, readerable: null, error: null };
    if (!opts.oursOnly) try {
      out.readerable = core.isProbablyReaderable(document);
    } catch (e) { out.error = `readerable: ${e.message}`; }
    if (!opts.oursOnly) try {
      const r = new core.Readability(document.cloneNode(true)).parse();
      out.readability = {
        text: r?.textContent ?? '', title: r?.title ?? null, byline: r?.byline ?? null,
        publishedTime: r?.publishedTime ?? null, siteName: r?.siteName ?? null,
      };
    } catch (e) {
      out.readability = { text: '', title: null, byline: null, publishedTime: null, siteName: null };
      out.error ??= `readability: ${e.message}`;
    }
    try {
      const rules = { off: opts.off, fired: new Set() };
      const a = core.extract(document, page.url, rules);
      out.ours = {
        text: a.text ?? '', title: a.title, byline: a.byline, publishedTime: a.publishedTime,
        siteName: a.siteName, detection: a.detection, removed: a.removed ?? [], fired: [...rules.fired],
      };
    } catch (e) {
      out.ours = { text: '', title: null, byline: null, publishedTime: null, siteName: null, detection: null, removed: [], fired: [] };
      out.error ??= `extract: ${e.message}`;
    }
    return out;
  });
}
