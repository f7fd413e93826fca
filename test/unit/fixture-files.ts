import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
