import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from '../../src/core/text';

/** The plain definition: every run of whitespace or zero-width characters becomes one space. */
const byDefinition = (s: string) => s.replace(/[\s\u00a0\u200b\u200c\u200d\ufeff]+/g, ' ').trim();

describe('normalizeSpace', () => {
  it('collapses runs of any whitespace, NBSP and zero-width breaks to one space, and trims', () => {
    expect(normalizeSpace('  Related\n\t Stories\u00a0\u00a0:  ')).toBe('Related Stories :');
    expect(normalizeSpace('a\u200bb')).toBe('a b');
    expect(normalizeSpace('a \u200b b\ufeffc')).toBe('a b c');
    expect(normalizeSpace('one space only')).toBe('one space only');
    expect(normalizeSpace('\u3000全角\u3000スペース')).toBe('全角 スペース');
  });

  it('agrees with the plain definition on any text', () => {
    const spacey = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u200b', '\u200c', '\u200d', '\ufeff', '\u2003', '\u3000', 'a', 'Bc', '記事', '.');
    fc.assert(fc.property(fc.array(spacey, { maxLength: 40 }).map((parts) => parts.join('')), (s) => normalizeSpace(s) === byDefinition(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => normalizeSpace(s) === byDefinition(s)), { numRuns: 2000 });
  });
});
