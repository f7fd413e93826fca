import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { articleFromText } from '../../src/cli/text-article';
import { countWords, normalizeSpace, readingMinutes, wordSet } from '../../src/core/text';

/** The plain definition: every run of whitespace or zero-width spaces becomes one space. */
const byDefinition = (s: string) => s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();

describe('normalizeSpace', () => {
  it('collapses runs of any whitespace, NBSP and zero-width breaks to one space, and trims', () => {
    expect(normalizeSpace('  Related\n\t Stories\u00a0\u00a0:  ')).toBe('Related Stories :');
    expect(normalizeSpace('a\u200bb')).toBe('a b');
    expect(normalizeSpace('a \u200b b\ufeffc')).toBe('a b c');
    expect(normalizeSpace('one space only')).toBe('one space only');
    expect(normalizeSpace('\u3000全角\u3000スペース')).toBe('全角 スペース');
  });

  it('keeps the joiners that hold a word or an emoji together', () => {
    expect(normalizeSpace('می\u200cشود')).toBe('می\u200cشود');
    expect(normalizeSpace('क्\u200dष')).toBe('क्\u200dष');
    expect(normalizeSpace('Anderson 🏳️\u200d🌈 (@diannaeanderson)')).toBe('Anderson 🏳️\u200d🌈 (@diannaeanderson)');
  });

  it('agrees with the plain definition on any text', () => {
    const spacey = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u200b', '\u200c', '\u200d', '\ufeff', '\u2003', '\u3000', 'a', 'Bc', '記事', '.');
    fc.assert(fc.property(fc.array(spacey, { maxLength: 40 }).map((parts) => parts.join('')), (s) => normalizeSpace(s) === byDefinition(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => normalizeSpace(s) === byDefinition(s)), { numRuns: 2000 });
  });
});

describe('countWords, the one word count', () => {
  const korean = '이재명 대통령은 한일 협력이 그 어느 때보다 중요하다고 말했다.';

  it('counts Korean syllables two to a word, in every path that counts', () => {
    // 26 syllables. The HTML path counted Korean by its spaces (9 here), the CLI's text input and the
    // quote filter by syllables: one count now.
    expect(countWords(korean)).toBe(13);
    expect(articleFromText(korean, null).wordCount).toBe(countWords(korean));
  });

  it('finds the words of Chinese and Japanese, which have no spaces, with Intl.Segmenter', () => {
    expect(countWords('协力比以往任何时候都更重要')).toBe(8);
    expect(countWords('協力が重要だ')).toBe(4);
    expect(countWords('Lee said 協力が重要だ today')).toBe(7);
    expect(countWords('one two, three — 3.5')).toBe(4);
  });

  it('counts a token between spaces of any kind when it holds a letter or a digit, in any script', () => {
    // The definition, read token by token.
    const byTokens = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    let seed = 11;
    const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const bits = ['a', 'Z', '7', '—', '-', '|', '&', ' ', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', 'é', 'ß', 'Ж', '٣', '½', '²', '𝐀', '😀', '\u0301', '.', '"'];
    for (let c = 0; c < 500; c++) {
      const t = Array.from({ length: 1 + rand(40) }, () => bits[rand(bits.length)]).join('');
      expect(countWords(t)).toBe(byTokens(t));
    }
    // Every character \s takes for a space separates words, and no other.
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\uac00-\ud7af]/u.test(ch) || (code >= 0xd800 && code <= 0xdfff)) continue;
      expect(countWords(`a${ch}b`), `U+${code.toString(16)}`).toBe(byTokens(`a${ch}b`));
    }
  });

  it('falls back to two characters a word where the runtime has no Intl.Segmenter', async () => {
    vi.resetModules();
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    try {
      const fresh = await import('../../src/core/text');
      expect(fresh.countWords('協力が重要だ')).toBe(3);
      expect(fresh.countWords(korean)).toBe(13);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('readingMinutes', () => {
  it('rounds up, and is never zero', () => {
    expect([0, 1, 230, 231, 460, 461].map(readingMinutes)).toEqual([1, 1, 1, 2, 2, 3]);
  });
});

describe('wordSet', () => {
  it('holds each word, and both forms of a "word?" (the plural is optional)', () => {
    expect([...wordSet('search tags? live-tv')].sort()).toEqual(['live-tv', 'search', 'tag', 'tags']);
    expect(wordSet('videos?').has('videos?')).toBe(false);
  });
});
