import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedBlocks } from '../../src/core/related';
import { isReferenceLabel, isRelatedLabel } from '../../src/core/related-labels';

/**
 * reference-page.html: a field guide (not news) whose body holds what a news portal uses as furniture —
 * a figure credited "Name/Agency Images", a reading list with "By …" authors, a "See also" list of
 * topics and a closing list of guide links — and, apart, a news story with a "See also" rail of stories.
 */
const load = (): Document => parseHTML(readFileSync(join(__dirname, '../fixtures/reference-page.html'), 'utf8')).document as unknown as Document;

describe('"See also"', () => {
  it('is a label, but only a reference one', () => {
    expect(isRelatedLabel('See also')).toBe(true);
    expect(isReferenceLabel('See also')).toBe(true);
    expect(isReferenceLabel('See also[edit]')).toBe(true);
    expect(isReferenceLabel('Further reading')).toBe(true);
    expect(isReferenceLabel('Related stories')).toBe(false);
    expect(isReferenceLabel('See also: related stories')).toBe(false);
    expect(isReferenceLabel('Politics')).toBe(false);
  });

  it('heads a rail over story headlines, not over a list of topics', () => {
    const blocks = findRelatedBlocks(load());
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.headingText).toBe('See also');
    expect(blocks[0]!.items.map((i) => i.title)).toEqual([
      'Pier inspection finds rust in the beams under the deck',
      'Harbour board raises mooring fees for the coming year',
      'Ferry night service will return to the island in March',
    ]);
    expect(blocks[0]!.elements[0]!.closest('.story')).not.toBeNull();
  });
});
