import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectParagraphs } from '../../src/core/paragraphs';
import { precisionPass } from '../../src/core/precision';
import type { RuleSwitches } from '../../src/core/rules';

/**
 * blog-tail.html: a blog post with the furniture of the wide web around it — an affiliate disclosure,
 * a table of contents, an ad label, a call-to-action button, an author box, a comment prompt and the
 * site's copyright line — beside body text shaped like some of them (a source introduced by name and
 * trade, "Learn more …" inside a sentence, a list of links to other pages).
 */
function pass(off: string[] = []): { paragraphs: string[]; reasons: string[]; fired: Set<string> } {
  const { document } = parseHTML(readFileSync(join(__dirname, '../fixtures/wide-web/blog-tail.html'), 'utf8'));
  const root = document.querySelector('article') as unknown as Element;
  const rules: RuleSwitches = { off: new Set(off), fired: new Set() };
  const out = precisionPass(root, { news: false, url: 'https://example.org/bikes/budget-road-bike', rules });
  return { paragraphs: collectParagraphs(root), reasons: out.removed.map((r) => r.reason), fired: rules.fired! };
}

describe('precision rules for the wide web (blog-tail.html)', () => {
  const { paragraphs, reasons, fired } = pass();

  it('removes the furniture, each with its reason', () => {
    expect(reasons).toEqual(expect.arrayContaining([
      'affiliate or advertiser disclosure', 'table of contents label', 'table of contents', 'ad slot label',
      'call to action', 'author box heading', 'author bio', 'comment prompt', 'copyright line',
    ]));
    for (const gone of ['Disclosure:', 'Table of Contents', 'Frame material Gears', 'Continue Reading Below', 'Book a demo', 'About the Author', 'Jonas Berg', 'Be the first', '©']) {
      expect(paragraphs.some((p) => p.includes(gone))).toBe(false);
    }
    expect([...fired].sort()).toEqual(['ad-label', 'author-bio', 'call-to-action', 'comment-prompt', 'copyright-line', 'disclosure', 'toc']);
  });

  it('keeps the body text shaped like furniture', () => {
    expect(paragraphs.some((p) => p.startsWith('Dr Maya Osei is a sports physician'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('Learn more about gear ratios'))).toBe(true);
    expect(paragraphs).toEqual(expect.arrayContaining(['Gear calculator', 'Fit guide', 'Frame sizes', 'Frame material', 'Gears', 'Fit']));
  });

  it('each rule can be switched off for the bench, and then the line stays', () => {
    const off = pass(['author-bio', 'toc']);
    expect(off.paragraphs.some((p) => p.startsWith('Jonas Berg is a freelance writer'))).toBe(true);
    expect(off.paragraphs).toContain('Saddle height');
    expect(off.fired.has('author-bio')).toBe(false);
  });
});
