#!/usr/bin/env node
// `web-ext lint` on dist/firefox, read through the bundles' source maps. Any error fails, and so does any
// warning that comes from our own code. A warning whose source is an unmodified third-party library
// we bundle (DOMPurify parsing HTML; Readability restoring its own working copy) is printed with
// that origin and does not fail: it is upstream code that AMO reviews against its published source.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

const dir = 'dist/firefox';
const THIRD_PARTY = /node_modules\/(dompurify|@mozilla\/readability)\//;

function lint() {
  try {
    return execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted=false', '--output=json', '--ignore-files', '**/*.map'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    return error.stdout; // web-ext exits non-zero on errors; the JSON report is still on stdout
  }
}

const report = JSON.parse(lint());
const maps = new Map();
function origin(finding) {
  if (!finding.file || !finding.line) return null;
  if (!maps.has(finding.file)) {
    try {
      maps.set(finding.file, new SourceMapConsumer(JSON.parse(readFileSync(join(dir, `${finding.file}.map`), 'utf8'))));
    } catch {
      maps.set(finding.file, null);
    }
  }
  const map = maps.get(finding.file);
  const pos = map?.originalPositionFor({ line: finding.line, column: Math.max(0, (finding.column ?? 1) - 1) });
  return pos?.source ? `${pos.source}:${pos.line}` : null;
}

const failures = [];
const upstream = [];
for (const finding of [...report.errors, ...report.warnings]) {
  const where = origin(finding);
  const line = `${finding.code} ${finding.file ?? ''}:${finding.line ?? ''} ← ${where ?? 'unknown source'}: ${finding.message}`;
  if (report.errors.includes(finding) || !where || !THIRD_PARTY.test(where)) failures.push(line);
  else upstream.push(line);
}
for (const line of upstream) console.log(`  third-party (not ours): ${line}`);
for (const line of failures) console.error(`  ${line}`);
console.log(`web-ext lint: ${report.summary.errors} errors, ${failures.length} warnings in our code, ${upstream.length} in bundled third-party libraries`);
process.exit(failures.length > 0 ? 1 : 0);
