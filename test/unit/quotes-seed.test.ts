import { describe, expect, it } from 'vitest';
import { runFixture } from './quotes-helpers';

describe('findQuotes on the seed article (Lee Jae Myung in Nara)', () => {
  const result = runFixture('seed.txt');

  it('finds exactly the three quotations, all by Lee Jae Myung', () => {
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Lee Jae Myung', 'Lee Jae Myung', 'Lee Jae Myung']);
    expect(result.quotes.map((q) => q.speakerMention)).toEqual(['Lee', 'he', 'he']);
    expect(result.quotes[0]!.text).toMatch(/^Amid a complex and dizzying international order.*more important than ever$/);
    expect(result.quotes[1]!.text).toMatch(/^Geopolitical uncertainty is growing/);
    expect(result.quotes[2]!.text).toMatch(/^To address the pressing challenges/);
  });

  it('does not take the term "shuttle diplomacy" for a quote', () => {
    expect(result.quotes.some((q) => q.text.includes('shuttle diplomacy'))).toBe(false);
  });

  it('locates each quote by offsets into the joined text, marks included', () => {
    for (const q of result.quotes) {
      const slice = result.text.slice(q.start, q.end);
      expect(slice.startsWith('"')).toBe(true);
      expect(slice.endsWith('"')).toBe(true);
      expect(slice).toContain(q.text);
      expect(result.paragraphs[q.paragraph]).toContain(q.text);
    }
    expect(result.quotes.map((q) => q.paragraph)).toEqual([2, 7, 8]);
  });

  it('ranks the lede quote, which shares the headline words, first', () => {
    expect(result.keyQuotes[0]!.text).toMatch(/^Amid a complex/);
  });

  it('keeps all three as key quotes: the per-speaker cap only yields to other speakers', () => {
    expect(result.keyQuotes.map((q) => q.paragraph).sort()).toEqual([2, 7, 8]);
    expect(result.keyQuotes.every((q) => q.speaker === 'Lee Jae Myung')).toBe(true);
  });
});
