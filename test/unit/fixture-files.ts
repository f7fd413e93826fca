import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extract } from '../../src/core/extract';
import type { RuleSwitches } from '../../src/core/rules';

/** The folder of the pages the unit tests read (written for these tests, never copied from a corpus). */
export const FIXTURES = join(__dirname, '../fixtures');

/** Every .html fixture, hostile and deep ones included (the too-large pages are past the query bound). */
export function fixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'too-large' ? [] : fixtureFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * A hand-written page of test/fixtures/wide-web/ extracted at `url` with the rules `off` switched off:
 * its text and the rules that fired, for the tests that show a rule's fix and the failure it fixes.
 */
export function extractWideWeb(name: string, url: string, off: string[] = []): { text: string; fired: Set<string> } {
  const { document } = parseHTML(readFileSync(join(FIXTURES, 'wide-web', name), 'utf8'));
  const rules: RuleSwitches = { off: new Set(off), fired: new Set() };
  return { text: extract(document as unknown as Document, url, rules).text, fired: rules.fired! };
}
