import { build } from 'esbuild';
import { readdirSync, readFileSync, existsSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
const root = '/work/main';
mkdirSync(join(root, 'bench/.tmp-x'), { recursive: true });
const out = join(root, 'bench/.tmp-x/core.mjs');
await build({ stdin: { contents: `
export { findRelatedBlocks } from './src/core/related.ts';
export { scanPage } from './src/core/scan.ts';
export { measurePage } from './src/core/limits.ts';
export { readPage } from './src/core/read.ts';
export { precisionPass } from './src/core/precision.ts';
export { collectParagraphs } from './src/core/paragraphs.ts';
export { findQuotes } from './src/core/quotes.ts';
export { parseHTML } from 'linkedom';`, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
const core = await import(out);
rmSync(join(root, 'bench/.tmp-x'), { recursive: true, force: true });
const corpus = '/work/shared/corpus';
const files = [
  ...readdirSync(join(corpus, 'scrapinghub/html')).map((f) => join(corpus, 'scrapinghub/html', f)),
  ...readdirSync(join(corpus, 'readability-test-pages')).map((d) => join(corpus, 'readability-test-pages', d, 'source.html')).filter(existsSync),
];
const what = process.argv[2];
const t0 = performance.now();
for (const f of files) {
  const doc = core.parseHTML(readFileSync(f, 'utf8')).document;
  if (what === 'quotes') {
    const { reading, root: r } = core.readPage(doc, 'https://example.com/news/2024/01/01/x');
    if (!r) continue;
    core.precisionPass(r, {});
    const paragraphs = core.collectParagraphs(r);
    for (let i = 0; i < 10; i++) core.findQuotes({ paragraphs, title: reading.meta.title, lang: reading.meta.lang });
    continue;
  }
  for (let i = 0; i < 10; i++) {
    if (what === 'related') core.findRelatedBlocks(doc);
    else if (what === 'scan') core.scanPage(doc);
    else if (what === 'measure') core.measurePage(doc);
  }
}
console.log(what, (performance.now() - t0).toFixed(0), 'ms');
