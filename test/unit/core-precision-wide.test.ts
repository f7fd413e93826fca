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
function pass(off: string[] = [], fixture = 'blog-tail.html'): { paragraphs: string[]; reasons: string[]; fired: Set<string> } {
  const { document } = parseHTML(readFileSync(join(__dirname, '../fixtures/wide-web', fixture), 'utf8'));
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
    for (const gone of ['small commission', 'Table of Contents', 'Frame material Gears', 'Continue Reading Below', 'Book a demo', 'About the Author', 'Jonas Berg', 'Be the first', '©']) {
      expect(paragraphs.some((p) => p.includes(gone))).toBe(false);
    }
    expect([...fired].sort()).toEqual(['ad-label', 'author-bio', 'call-to-action', 'comment-prompt', 'copyright-line', 'disclosure', 'toc']);
  });

  it('keeps the body text shaped like furniture', () => {
    expect(paragraphs.some((p) => p.startsWith('Dr Maya Osei is a sports physician'))).toBe(true);
    // A disclosure of how the guide was written, not of money: the author's words.
    expect(paragraphs.some((p) => p.startsWith('Disclosure: I wrote this guide after a year'))).toBe(true);
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

/**
 * guide-tail.html: a how-to post whose theme leaves a reading-time line, a repeated byline, subscribe and
 * follow pitches, and a rail heading with two cards inside the body, beside body lines shaped like them
 * (a heading with "Recommendations" in it, "Share this checklist with…", "Learn more:" introducing a
 * link, "Follow the roots: …").
 */
describe('precision rules for the wide web (guide-tail.html)', () => {
  const { paragraphs, reasons, fired } = pass([], 'guide-tail.html');

  it("removes the theme's lines and the orphaned rail, each with its reason", () => {
    expect(reasons).toEqual(expect.arrayContaining(['reading time line', 'byline or timestamp line', 'subscription or follow pitch', 'rail heading left without its rail']));
    for (const gone of ['6 min read', 'Written by', 'notifications', 'Subscribe to get', 'Other Posts', 'monstera', 'pothos', 'Follow us', 'Pin for later']) {
      expect(paragraphs.some((p) => p.includes(gone))).toBe(false);
    }
    expect([...fired].sort()).toEqual(['promo-line', 'rail-label', 'reading-time', 'written-by']);
  });

  it('keeps the body lines shaped like them', () => {
    expect(paragraphs).toContain('Top Expert Recommendations');
    expect(paragraphs.some((p) => p.includes('Share this checklist with whoever waters'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('Learn more: A guide to soil mixes'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('Follow the roots'))).toBe(true);
  });

  it('each rule can be switched off, and then its lines stay', () => {
    const off = pass(['rail-label', 'promo-line', 'reading-time', 'written-by'], 'guide-tail.html');
    for (const kept of ['Other Posts You May Enjoy', 'How to propagate a monstera', 'Follow us', 'Written by Ana Ruiz', 'Team Greenhouse | 6 min read']) expect(off.paragraphs).toContain(kept);
    expect(off.fired.size).toBe(0);
  });
});
