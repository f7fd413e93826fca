import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectParagraphs } from '../../src/core/paragraphs';
import { precisionPass } from '../../src/core/precision';
import { findRelatedBlocks } from '../../src/core/related';
import { isReferenceLabel, isRelatedLabel } from '../../src/core/related-labels';

/**
 * reference-page.html: a field guide (not news) whose body holds what a news portal uses as furniture —
 * a figure credited "Name/Agency Images", a reading list with "By …" authors, a "See also" list of
 * topics and a closing list of guide links — and, apart, a news story with a "See also" rail of stories.
 */
const load = (): Document => parseHTML(readFileSync(join(__dirname, '../fixtures/reference-page.html'), 'utf8')).document as unknown as Document;
const CREDIT = 'Marta Quill/Coastal Images';
const GUIDE_LINKS = 'How to visit a rock pool safely with children';

describe('precision pass on a page that is not news (reference-page.html)', () => {
  it('keeps the credit and the closing list of links when told the page is not news', () => {
    const body = load().querySelector('.guide-body')!;
    const out = precisionPass(body, { news: false });
    const after = collectParagraphs(body);
    expect(out.removed).toEqual([]);
    expect(after).toContain(CREDIT);
    expect(after).toContain(GUIDE_LINKS);
  });

  it('removes them on a news page, which is also what it does when not told', () => {
    for (const options of [{ news: true }, undefined]) {
      const body = load().querySelector('.guide-body')!;
      const out = precisionPass(body, options);
      expect(out.removed.map((r) => r.kind).sort()).toEqual(['credit', 'related']);
      expect(collectParagraphs(body)).not.toContain(CREDIT);
      expect(collectParagraphs(body).some((p) => p.includes(GUIDE_LINKS))).toBe(false);
    }
  });

  it('keeps an author named inside a list item, news or not', () => {
    const body = load().querySelector('.guide-body')!;
    precisionPass(body);
    expect(collectParagraphs(body)).toContain('By Tom Oyelaran, Rock pools of the north coast');
  });
});

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
