/**
 * The hostile corpus (test/fixtures/hostile/NN-name.html) and its placeholders. Fixtures stay small and
 * readable; what would make them large or port-dependent is expanded when a page is served or read:
 * `{{SENTINEL}}` → the counting URL, with the page's number as `id`; `{{BIG_STRING}}` → 5 MB of text;
 * `{{DEEP_JSON}}` → objects nested 10,000 deep; `{{DEEP_ARRAYS}}` → a name in arrays nested 20,000 deep (40 KB);
 * `{{MB_STRING}}` → a megabyte string (for a JSON-LD author).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HOSTILE_DIR = join(__dirname, '../fixtures/hostile');

export interface HostilePage {
  /** "07" */
  id: string;
  /** "07-escaped-img-in-title" */
  name: string;
  file: string;
  raw: string;
}

export function hostilePages(): HostilePage[] {
  return readdirSync(HOSTILE_DIR)
    .filter((f) => /^\d\d-[a-z0-9-]+\.html$/.test(f))
    .sort()
    .map((f) => ({ id: f.slice(0, 2), name: f.replace(/\.html$/, ''), file: join(HOSTILE_DIR, f), raw: readFileSync(join(HOSTILE_DIR, f), 'utf8') }));
}

const DEEP = 10_000;
let big: string | undefined;

/** The page as served: placeholders expanded, every payload aimed at `sentinelBase?id=NN`. */
export function expandHostile(page: HostilePage, sentinelBase: string): string {
  return page.raw
    .replaceAll('{{SENTINEL}}', `${sentinelBase}?id=${page.id}`)
    .replace('{{BIG_STRING}}', () => (big ??= 'The harbour of words. '.repeat(Math.ceil((5 * 1024 * 1024) / 22))))
    .replace('{{DEEP_JSON}}', () => '{"@type":"Person","name":"Deep","knows":'.repeat(DEEP) + 'null' + '}'.repeat(DEEP))
    .replace('{{DEEP_ARRAYS}}', () => '['.repeat(2 * DEEP) + '"Deep Name"' + ']'.repeat(2 * DEEP))
    .replace('{{MB_STRING}}', () => 'n'.repeat(1 << 20));
}
