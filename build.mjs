#!/usr/bin/env node
// Builds the extension for Chrome and Firefox from the one manifest.json, and the `declutter` CLI.
//   node build.mjs            dist/chrome, dist/firefox (minified) and dist/cli
//   node build.mjs --test     also dist/chrome-test, dist/firefox-test: + host_permissions for 127.0.0.1
//                             and localhost, because a permission prompt can't be answered headless
//   node build.mjs --watch    rebuild on change (unminified, with source maps)
//   node build.mjs --maps     external source maps beside the bundles (what `npm run lint` reads)
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const withTest = args.has('--test');
// --maps: external source maps beside each bundle, so `npm run lint` can trace a finding to its source.
const withMaps = args.has('--maps');

/** Extension bundles: entry → output file name inside each browser's folder. */
const extensionEntries = {
  background: 'src/background/index.ts',
  // Injected beside content.js only when a key quote is clicked (src/content/reveal.ts).
  reveal: 'src/content/reveal.ts',
};
/**
 * The popup, built as ES modules with code splitting: popup.js asks the page at once and imports its
 * view (most of its code, chunks/view-*.js) meanwhile; what the two share is a chunk both import, so it
 * loads once.
 */
const popupEntries = {
  popup: 'src/popup/popup.ts',
};
/**
 * Scripts injected into web pages, built apart because every byte of them is paid on the page: content.js
 * (popup opening, ≤ 60 KB with Readability) and auto.js (every page of an automatic site, and of every
 * site once the article badge is switched on everywhere: ≤ 12 KB).
 * Their underscore-named members (Readability's private methods and fields, `_getNextNode` and the like)
 * are shortened: that is 3 KB of content.js, and nothing reaches those names by string.
 */
const pageEntries = {
  content: 'src/content/index.ts',
};
/**
 * Page scripts whose completion value is their point (executeScript hands it back), built as bare
 * scripts: an IIFE's value is undefined. opening.js answers the popup's opening question.
 */
const barePageEntries = {
  opening: 'src/content/opening.ts',
};
/** Files copied as they are (relative to src/ or the root). */
const staticFiles = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/_locales', '_locales'],
  ['icons', 'icons'],
];
/**
 * Atkinson Hyperlegible for the reader (OFL-1.1): the latin woff2 subsets of the two weights the reader
 * uses, and the licence the OFL asks to travel with them. Other subsets and formats stay out of the
 * store zips (each ≤ 200 KB); Korean and Japanese text falls back to the system sans.
 */
const FONT_DIR = 'node_modules/@fontsource/atkinson-hyperlegible';
const fontFiles = [
  [`${FONT_DIR}/files/atkinson-hyperlegible-latin-400-normal.woff2`, 'fonts/atkinson-hyperlegible-latin-400-normal.woff2'],
  [`${FONT_DIR}/files/atkinson-hyperlegible-latin-700-normal.woff2`, 'fonts/atkinson-hyperlegible-latin-700-normal.woff2'],
  [`${FONT_DIR}/LICENSE`, 'fonts/OFL.txt'],
];
const optionalEntries = {
  options: 'src/options/options.ts',
  reader: 'src/reader/index.ts',
};
const optionalPageEntries = {
  auto: 'src/content/auto.ts',
};
const optionalStatic = [
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
];

// The per-site switch asks for http and https of a host together; a test build that granted only http
// would leave that request waiting on a prompt no headless browser can answer.
const TEST_HOSTS = ['http://127.0.0.1/*', 'https://127.0.0.1/*', 'http://localhost/*', 'https://localhost/*'];

/** The Chrome manifest is manifest.json itself; the test variant only adds host permissions. */
function chromeManifest(base, test) {
  const m = structuredClone(base);
  if (test) m.host_permissions = TEST_HOSTS;
  return m;
}

/** Firefox runs MV3 background code as an event page (`scripts`), and wants a gecko id. */
function firefoxManifest(base, test) {
  const m = chromeManifest(base, test);
  m.background = { scripts: [base.background.service_worker] };
  m.browser_specific_settings = {
    gecko: {
      id: 'news-declutter@declutter.example',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    // data_collection_permissions reached Firefox for Android only in 142 (desktop: 140).
    gecko_android: { strict_min_version: '142.0' },
  };
  return m;
}

function targets() {
  const list = [
    { name: 'chrome', manifest: chromeManifest, test: false },
    { name: 'firefox', manifest: firefoxManifest, test: false },
  ];
  if (withTest) {
    list.push({ name: 'chrome-test', manifest: chromeManifest, test: true });
    list.push({ name: 'firefox-test', manifest: firefoxManifest, test: true });
  }
  return list;
}

function entriesPresent(required, optional) {
  const present = { ...required };
  for (const [name, file] of Object.entries(optional)) if (existsSync(join(root, file))) present[name] = file;
  return present;
}

function copyStatic(outdir) {
  for (const [from, to] of fontFiles) {
    if (!existsSync(join(root, from))) throw new Error(`${from} is missing: run npm install`);
    cpSync(join(root, from), join(outdir, to));
  }
  for (const [from, to] of [...staticFiles, ...optionalStatic]) {
    const src = join(root, from);
    if (existsSync(src)) cpSync(src, join(outdir, to), { recursive: true, filter: (f) => !f.endsWith('.svg') || f.includes('_locales') });
  }
}

function extensionOptions(outdir, test) {
  return {
    entryPoints: entriesPresent(extensionEntries, optionalEntries),
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    minify: !watch,
    sourcemap: watch ? 'inline' : withMaps ? 'external' : false,
    legalComments: 'none',
    // UTF-8 as it is: escaped, every Korean or Japanese label letter would cost 6 bytes instead of 3.
    charset: 'utf8',
    // __TEST_HOSTS__: what "every site" means for the article badge in a test build (src/lib/everywhere.ts).
    // __NATIVE_DOM__: these bundles only ever meet a browser's DOM, so code written for DOM shims
    // (core/scan.ts's script walk) folds away.
    define: { __TEST_BUILD__: String(test), __TEST_HOSTS__: JSON.stringify(test ? TEST_HOSTS : []), __NATIVE_DOM__: 'true' },
    logLevel: 'warning',
    metafile: true,
  };
}

const cliOptions = {
  entryPoints: { declutter: 'src/cli/main.ts' },
  outdir: join(root, 'dist/cli'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  define: { __TEST_BUILD__: 'false', __TEST_HOSTS__: '[]' },
  // linkedom and its dependencies contain CommonJS `require` calls.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
};

function printSizes(label, metafile) {
  const rows = Object.entries(metafile.outputs)
    .filter(([file]) => !file.endsWith('.map'))
    .map(([file, info]) => `  ${file.replace(root + '/', '').padEnd(36)} ${(info.bytes / 1024).toFixed(1).padStart(7)} KB`);
  console.log(`${label}\n${rows.join('\n')}`);
}

/**
 * Bytes every page pays (the popup issue's budgets): content.js is injected when the popup opens,
 * auto.js runs on every page of an automatic site (and of every site with the badge on everywhere),
 * popup.js is what the popup runs before it can ask. A minified build over any fails, so a change
 * that grows them is seen when it is made, not in a benchmark later.
 */
const PAGE_BUDGETS = { 'content.js': 60 * 1024, 'auto.js': 12 * 1024, 'popup.js': 8 * 1024 };

function checkBudgets(outputs) {
  // Watch builds aren't minified, and --maps adds each bundle a sourceMappingURL line the shipped build hasn't.
  if (watch || withMaps) return;
  for (const [file, info] of Object.entries(outputs)) {
    const budget = PAGE_BUDGETS[file.split('/').pop()];
    if (budget !== undefined && info.bytes > budget) {
      console.error(`build: ${file.replace(root + '/', '')} is ${info.bytes} bytes, over its budget of ${budget}`);
      process.exitCode = 1;
    }
  }
}

/**
 * Names the chunks popup.js imports in popup.html as <link rel="modulepreload">: the shared chunk, so it
 * is fetched beside popup.js instead of once popup.js is parsed, and the view, so it is fetched and
 * compiled while the popup waits for the page (import() then only evaluates it; without the preload,
 * bench:popup showed its compile on the way to the text). Their names carry a content hash, so the page
 * is written after each build (watch rebuilds too).
 */
function preloadPopupChunks(outdir) {
  return {
    name: 'preload-popup-chunks',
    setup(build) {
      build.onEnd((result) => {
        const entry = Object.entries(result.metafile?.outputs ?? {}).find(([file]) => file.endsWith('/popup.js'));
        if (!entry) return;
        const links = entry[1].imports
          .filter((i) => i.kind === 'import-statement' || i.kind === 'dynamic-import')
          .map((i) => `  <link rel="modulepreload" href="${relative(outdir, join(root, i.path))}">`);
        const html = readFileSync(join(root, 'src/popup/popup.html'), 'utf8');
        const script = '<script type="module" src="popup.js" async></script>';
        if (!html.includes(script)) throw new Error(`build: src/popup/popup.html no longer loads popup.js as ${script}`);
        writeFileSync(join(outdir, 'popup.html'), html.replace(script, [script, ...links].join('\n')));
      });
    },
  };
}

/**
 * Readability's debug logging, `this.log("…", …)`: a no-op unless Readability is built with `debug`,
 * which the extension never passes, yet its messages were ~1 KB of content.js. Each call statement is
 * cut out at load (a scanner that respects strings and nested parentheses); the arguments have no side
 * effects. The branches only Readability's own test parser can reach go too (below). Page bundles
 * only: the bytes matter there.
 */
function dropReadabilityLogs() {
  return {
    name: 'drop-readability-logs',
    setup(build) {
      build.onLoad({ filter: /@mozilla[\\/]readability[\\/]Readability\.js$/ }, (args) => {
        const src = readFileSync(args.path, 'utf8');
        let out = '', i = 0;
        for (let at; (at = src.indexOf('this.log(', i)) >= 0;) {
          let j = at + 9, depth = 1;
          while (depth && j < src.length) {
            const c = src[j++];
            if (c === '(') depth++;
            else if (c === ')') depth--;
            else if (c === '"' || c === "'" || c === '`') {
              while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
              j++;
            }
          }
          out += src.slice(i, at) + 'void 0';
          i = j;
        }
        // _cleanConditionally collects a message per failed check only to log it, and reads no more than
        // how many there are: each message (a template string, built on every call) becomes a 0.
        out = (out + src.slice(i)).replace(/errs\.push\(\s*`[^`]*`\s*\)/g, 'errs.push(0)');
        // With no log calls left, the constructor's `if (this._debug) { …console logger… } else …` has
        // nothing to serve: the whole branch goes. A Readability whose source moved fails the build here.
        const debug = out.indexOf('  if (this._debug) {\n    let logNode');
        const tail = '  } else {\n    this.log = function () {};\n  }\n';
        const end = out.indexOf(tail, debug);
        if (debug < 0 || end < 0) throw new Error('Readability.js: its debug logger moved; update dropReadabilityLogs');
        out = out.slice(0, debug) + out.slice(end + tail.length);
        // Three branches serve only JSDOMParser, Readability's own test parser (the document it builds
        // carries __JSDOMParser__): the guards against its live node lists and its in-place renaming of
        // tags. A page bundle only ever meets a browser's DOM, so each condition is false and the
        // minifier drops the branch (~200 B).
        const guards = out.split('if (this._docJSDOMParser').length - 1;
        if (guards !== 3) throw new Error(`Readability.js: ${guards} JSDOMParser branches where 3 were; update dropReadabilityLogs`);
        out = out.replaceAll('if (this._docJSDOMParser', 'if (false');
        return { contents: out, loader: 'js' };
      });
    },
  };
}

async function buildTarget(target, base) {
  const outdir = join(root, 'dist', target.name);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  copyStatic(outdir);
  writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(target.manifest(base, target.test), null, 2));
  const options = extensionOptions(outdir, target.test);
  // The page scripts never read __TEST_HOSTS__ (only the background and the options page ask for every
  // site), and an array define is a module of its own: beside Readability's CommonJS, esbuild wraps it
  // in a lazy initialiser that every module of content.js then calls (about 250 bytes of u();u();…).
  const { __TEST_HOSTS__: _hosts, ...pageDefine } = options.define;
  const pageOptions = { ...options, define: pageDefine, entryPoints: entriesPresent(pageEntries, optionalPageEntries), mangleProps: /^_[A-Za-z]/, plugins: [dropReadabilityLogs()] };
  const bareOptions = { ...options, entryPoints: barePageEntries, format: 'esm' };
  const popupOptions = {
    ...options, entryPoints: popupEntries, format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]', plugins: [preloadPopupChunks(outdir)],
  };
  const all = [options, pageOptions, bareOptions, popupOptions];
  if (watch) {
    for (const o of all) await (await esbuild.context(o)).watch();
    return;
  }
  const results = await Promise.all(all.map((o) => esbuild.build(o)));
  if (target.name === 'chrome') {
    const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs));
    printSizes('dist/chrome', { outputs });
    checkBudgets(outputs);
  }
}

async function buildCli() {
  if (!existsSync(join(root, cliOptions.entryPoints.declutter))) return;
  if (watch) return void (await (await esbuild.context(cliOptions)).watch());
  await esbuild.build(cliOptions);
}

const base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const started = performance.now();
try {
  await Promise.all([...targets().map((t) => buildTarget(t, base)), buildCli()]);
} catch (error) {
  // esbuild has already printed the diagnostics.
  console.error(`build failed: ${error.message.split('\n')[0]}`);
  process.exit(1);
}
if (watch) console.log('watching for changes… (Ctrl-C to stop)');
else console.log(`built ${targets().map((t) => 'dist/' + t.name).join(', ')}${existsSync(join(root, 'dist/cli')) ? ', dist/cli' : ''} in ${Math.round(performance.now() - started)} ms`);
