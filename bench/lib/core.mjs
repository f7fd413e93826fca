// Loads the current source of the core for the bench: esbuild bundles src/core on the fly into a
// temp module, so a figure always measures the code in the working tree, never a stale dist/.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Readability and linkedom are bundled into the same module as the core, so the baseline runs the
// very Readability build the pipeline wraps, on the same DOM implementation; every page is parsed as
// the CLI parses it, for both.
const ENTRY = `
export { extract } from './src/core/extract.ts';
export { detect } from './src/core/detect.ts';
export { readPage } from './src/core/read.ts';
export { finishArticle } from './src/core/finish.ts';
export { chooseMetadata } from './src/core/metadata.ts';
export { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseDocument } from './src/cli/article.ts';
/** The CLI's parse (linkedom, then the browser's document shape: src/cli/html-shape.ts), in linkedom's form. */
export const parseHTML = (html: string) => ({ document: parseDocument(html) });
`;

/**
 * Bundles and imports the core from `repoRoot`.
 * @param {string} repoRoot
 * @returns {Promise<{extract: Function, detect: Function, Readability: any, isProbablyReaderable: Function, parseHTML: Function}>}
 */
export async function loadCore(repoRoot) {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-bench-'));
  const outfile = join(dir, 'core.mjs');
  try {
    await build({
      stdin: { contents: ENTRY, resolveDir: repoRoot, loader: 'ts', sourcefile: 'bench-entry.ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
      // linkedom pulls in CommonJS modules that call require(); give the ESM bundle one.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    // Node has loaded the module by now; the file is no longer needed.
    rmSync(dir, { recursive: true, force: true });
  }
}
