// The shipped Chrome build's bundle sizes beside their budgets, for the popup bench.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { printTable } from './report.mjs';

/** Bundle sizes of the shipped Chrome build, with the budgets from the popup issue. */
export function printSizes(root) {
  const budgets = { 'content.js': 60, 'auto.js': 12, 'popup.js': 8 };
  const notes = {
    'content.js': 'injected when the popup opens, incl. Readability',
    'auto.js': 'runs on every page of an automatic site',
    'reader.js': 'injected only when a reader is opened',
    'reveal.js': 'injected only when a key quote is clicked',
    'popup.js': 'asks the page, and imports its view meanwhile',
    'popup-view.js': 'an older build: finishes the article and renders it',
    'chunks/view': 'the popup view: finishes the article (precision pass, quotes), renders it',
    'chunks/chunk': 'modules popup.js and its view share, loaded once',
  };
  const dir = join(root, 'dist/chrome');
  const chunks = existsSync(join(dir, 'chunks')) ? readdirSync(join(dir, 'chunks')).filter((f) => !f.endsWith('.map')).map((f) => `chunks/${f}`) : [];
  const rows = ['content.js', 'auto.js', 'popup.js', 'popup-view.js', ...chunks, 'background.js', 'options.js', 'reader.js', 'reveal.js'].flatMap((file) => {
    const path = join(dir, file);
    if (!existsSync(path)) return [];
    const kb = statSync(path).size / 1024;
    const budget = budgets[file];
    const verdict = budget === undefined ? '' : kb <= budget ? `≤ ${budget} KB: within` : `≤ ${budget} KB: OVER by ${(kb - budget).toFixed(1)} KB`;
    return [[file, kb.toFixed(1), (gzipSync(readFileSync(path)).length / 1024).toFixed(1), verdict, notes[file.replace(/-[A-Z0-9]+\.js$/, '')] ?? notes[file] ?? '']];
  });
  console.log('\nbundle sizes (dist/chrome, minified)');
  printTable(['bundle', 'KB', 'gzip KB', 'budget', ''], rows);
}
