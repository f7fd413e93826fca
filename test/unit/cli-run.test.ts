// End to end: the CLI bundled as build.mjs bundles it, spawned as a process, so exit codes, stdout,
// stderr and the CommonJS bits of linkedom inside an ESM bundle are all exercised for real.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
let dir: string;
let cli: string;

const body = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story tells what the council decided on the bridge, and what it will cost the town over the next decade.</p>`).join('\n');
const ARTICLE = `<!doctype html><html lang="en"><head><title>Council approves bridge</title>
<meta property="og:site_name" content="Town Herald"></head>
<body><header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<article><h1>Council approves bridge</h1>${body}
<p>“We have waited long enough for this bridge,” Mayor Ana Ruiz said.</p></article>
<footer>© Town Herald</footer></body></html>`;

function declutter(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, cwd: dir, timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'declutter-cli-'));
  cli = join(dir, 'declutter.mjs');
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'esm', outfile: cli, logLevel: 'error',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  });
  writeFileSync(join(dir, 'article.html'), ARTICLE);
  writeFileSync(join(dir, 'empty.html'), '');
  // 50 MB, sparse: the size cap must refuse it before reading a byte.
  writeFileSync(join(dir, 'huge.html'), '');
  truncateSync(join(dir, 'huge.html'), 50 * 1024 * 1024);
  writeFileSync(join(dir, 'fragment.html'), `<p>Just a fragment of ${'text '.repeat(50)}</p>`);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('declutter (bundled)', () => {
  it('prints help and version, exit 0', () => {
    expect(declutter(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('usage: declutter') });
    expect(declutter(['--version']).stdout).toMatch(/^declutter \d+\.\d+\.\d+\n$/);
  });

  it('prints the article as text', () => {
    const r = declutter(['article.html']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Council approves bridge');
    expect(lines[1]).toMatch(/min read$/);
    expect(r.stdout).toContain('Paragraph 6 of the story');
    expect(r.stdout).not.toContain('© Town Herald');
  });

  it('prints the contract’s JSON, with the page address from --url and a parse time', () => {
    const r = declutter(['--format', 'json', '--url', 'https://herald.example/city/bridge', 'article.html']);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec).toMatchObject({ file: 'article.html', url: 'https://herald.example/city/bridge', title: 'Council approves bridge' });
    for (const key of ['detection', 'byline', 'siteName', 'publishedTime', 'lang', 'excerpt', 'text', 'wordCount', 'readingMinutes', 'quotes', 'keyQuotes', 'related', 'removed', 'timings']) {
      expect(rec, key).toHaveProperty(key);
    }
    expect(rec.timings.parse).toBeGreaterThan(0);
    expect(rec.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
  });

  it('reads stdin and wraps an HTML fragment into a document', () => {
    expect(declutter(['--format', 'json', '-'], ARTICLE).stdout).toContain('"file": "-"');
    const r = declutter(['--format', 'json', 'fragment.html']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).text).toContain('Just a fragment');
  });

  it('builds the article from plain text with --input text', () => {
    const r = declutter(['--input', 'text', '--format', 'json', '-'], 'First line.\nSecond line.\n\n\nThird\nwrapped.\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).text).toBe('First line. Second line.\n\nThird wrapped.');
    expect(JSON.parse(declutter(['--input', 'text', '--format', 'json', '-'], 'One.\nTwo.\n').stdout).text).toBe('One.\n\nTwo.');
  });

  it('finds quotes in plain text with offsets into the printed text', () => {
    const input = 'The mayor spoke on Monday.\n\n“We have waited long enough for this bridge,” Mayor Ana Ruiz said.\n';
    const rec = JSON.parse(declutter(['--input', 'text', '--format', 'json', '-'], input).stdout);
    expect(rec.quotes.length).toBeGreaterThan(0);
    for (const q of rec.quotes) expect(rec.text.slice(q.start, q.end)).toContain(q.text);
    expect(rec.quotes[0].text).toContain('We have waited long enough');
    const text = declutter(['--input', 'text', '-'], input).stdout;
    expect(text).toContain('Key quotes\n— “We have waited long enough for this bridge');
  });

  it('exits 2 with one line on stderr for bad usage and unreadable input', () => {
    for (const args of [['--format', 'yaml', 'article.html'], [], ['missing.html'], ['.'], ['empty.html'], ['huge.html'], ['http://exa mple.com/']]) {
      const r = declutter(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toMatch(/^declutter: [^\n]+\n$/);
    }
  });

  it('names the reason for an oversized page', () => {
    expect(declutter(['huge.html']).stderr).toMatch(/^declutter: page too large: huge\.html/);
  });

  it('goes on with a batch after a bad input, exit 2, every good page printed', () => {
    const jsonl = declutter(['--format', 'jsonl', 'missing.html', 'article.html', 'empty.html', 'article.html']);
    expect(jsonl.status).toBe(2);
    const recs = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((r) => r.file)).toEqual(['missing.html', 'article.html', 'empty.html', 'article.html']);
    expect(recs[0]).toEqual({ file: 'missing.html', error: 'no such file: missing.html' });
    expect(recs[1].title).toBe('Council approves bridge');
    expect(recs[2].error).toMatch(/empty input/);
    expect(jsonl.stderr.trim().split('\n')).toHaveLength(2);

    const json = declutter(['--format', 'json', 'article.html', 'missing.html']);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout).map((r: { file: string }) => r.file)).toEqual(['article.html', 'missing.html']);

    const text = declutter(['missing.html', 'article.html']);
    expect(text.status).toBe(2);
    expect(text.stdout).toContain('Council approves bridge');
    expect(text.stderr).toBe('declutter: no such file: missing.html\n');
  });

  it('all good inputs: a JSON array and exit 0', () => {
    const r = declutter(['--format', 'json', 'article.html', 'fragment.html']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });
});
