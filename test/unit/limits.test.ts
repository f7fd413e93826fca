import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { scanPage } from '../../src/core/scan';
import { checkLimits, MAX_DEPTH, MAX_ELEMENTS, MAX_TEXT_CHARS, tooLargeNote } from '../../src/core/limits';
import { articleViolations } from '../support/article-shape';
import { bigPage, deepPage, manyLinksPage, manyNodesPage } from './limits-pages';

const URL_ = 'https://news.example.com/world/2026/01/13/flood-gates-open';
const doc = (html: string) => parseHTML(html).document as unknown as Document;

/** A page of exactly `n` elements: html, head, body and n - 3 empty paragraphs. */
function elements(n: number): Document {
  return doc(`<html><head></head><body>${'<p></p>'.repeat(n - 3)}</body></html>`);
}

describe('checkLimits', () => {
  it('passes every fixture page written here: real pages sit far below the limits', () => {
    const dir = join(__dirname, '../fixtures');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const f of pages) expect([f, checkLimits(doc(readFileSync(join(dir, f), 'utf8')))]).toEqual([f, null]);
  });

  it('counts elements exactly up to the limit, and stops one past it', () => {
    expect(checkLimits(elements(MAX_ELEMENTS))).toBeNull();
    expect(checkLimits(elements(MAX_ELEMENTS + 1))).toEqual({ limit: 'elements', found: MAX_ELEMENTS + 1, max: MAX_ELEMENTS });
    expect(checkLimits(elements(MAX_ELEMENTS + 50_000))).toEqual({ limit: 'elements', found: MAX_ELEMENTS + 1, max: MAX_ELEMENTS });
  });

  it('takes the count from the native collection when the DOM has one (a 10-element page said to hold more)', () => {
    // linkedom answers 0 for getElementsByTagName('*') (the walk counts there, as above); a browser
    // answers the whole count natively. Stand in for the browser on a small page.
    const native = new Proxy(elements(10), {
      get(target, key) {
        if (key === 'getElementsByTagName') return (tag: string) => (tag === '*' ? { length: MAX_ELEMENTS + 7 } : target.getElementsByTagName(tag));
        // The probe for a native '*' (a two-element tree) finds one.
        if (key === 'createElement') return () => ({ appendChild: () => undefined, getElementsByTagName: (tag: string) => ({ length: tag === '*' ? 1 : 0 }) });
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    expect(checkLimits(native)).toEqual({ limit: 'elements', found: MAX_ELEMENTS + 7, max: MAX_ELEMENTS, exact: true });
    expect(tooLargeNote({ limit: 'elements', found: 200_004, max: 15_000, exact: true })).toBe('Page too large to declutter: 200,004 elements (the limit is 15,000).');
  });

  it('measures depth below <html>, siblings included', () => {
    // body is depth 1, so MAX_DEPTH - 1 nested divs reach MAX_DEPTH exactly.
    const nested = (n: number) => doc(`<html><body><p>a</p>${'<div>'.repeat(n)}<p>x</p>${'</div>'.repeat(n)}<p>b</p></body></html>`);
    expect(checkLimits(nested(MAX_DEPTH - 2))).toBeNull();
    expect(checkLimits(nested(MAX_DEPTH))).toMatchObject({ limit: 'depth', found: MAX_DEPTH + 1 });
  });

  it('walks 10,000 levels without recursion (no stack overflow)', () => {
    expect(checkLimits(doc(deepPage(10_000)))).toMatchObject({ limit: 'depth' });
  });

  it('limits the text of a page with few elements', () => {
    const long = doc(`<html><body><p>${'word '.repeat(MAX_TEXT_CHARS / 5 + 1)}</p></body></html>`);
    expect(checkLimits(long)).toMatchObject({ limit: 'text', max: MAX_TEXT_CHARS });
  });

  it('words the note with the figures', () => {
    expect(tooLargeNote({ limit: 'elements', found: 15_001, max: 15_000 })).toBe('Page too large to declutter: 15,001 or more elements (the limit is 15,000).');
    expect(tooLargeNote({ limit: 'text', found: 2_000_000, max: 1_500_000 })).toBe('Page too large to declutter: 2,000,000 characters of text (the limit is 1,500,000).');
  });
});

describe('scanPage (detection\'s one walk) on a huge page', () => {
  it('reads the head and the first MAX_ELEMENTS elements, and nothing after', () => {
    const page = (n: number) => doc(`<html><head><meta property="og:type" content="article"></head><body>${'<i></i>'.repeat(n)}<div class="paywall"></div></body></html>`);
    expect(scanPage(page(100)).paywall).toBe(true);
    const huge = scanPage(page(MAX_ELEMENTS + 10));
    expect(huge.meta.get('og:type')).toBe('article');
    expect(huge.paywall).toBe(false);
  });
});

describe('extract on pathological pages', () => {
  const cases: [string, () => string, string][] = [
    ['10 MB of HTML', () => bigPage(10), '(elements|characters of text)'],
    ['200,000 nodes', () => manyNodesPage(200_000), 'elements'],
    ['nesting 10,000 deep', () => deepPage(10_000), 'levels of nesting'],
    ['100,000 links', () => manyLinksPage(100_000), 'elements'],
  ];
  for (const [name, make, what] of cases) {
    it(`gives up on ${name} with a note, keeping the contract and the declared title`, () => {
      const article = extract(doc(make()), URL_);
      expect(articleViolations(article)).toEqual([]);
      expect(article.paragraphs).toEqual([]);
      expect(article.notes).toHaveLength(1);
      expect(article.notes[0]).toMatch(new RegExp(`^Page too large to declutter: .* ${what} \\(the limit is`));
      expect(article.title).toBe('Flood gates open on the river after three years');
      expect(article.related.count).toBe(0);
    }, 60_000);
  }

  it('still extracts a page nested deep but within the limit', () => {
    const article = extract(doc(deepPage(60)), URL_);
    expect(article.notes).toEqual([]);
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[1]).toContain('Marta Velasquez');
  });
});
