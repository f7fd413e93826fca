import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types';
import { displayQuotes } from '../../src/reader/display-quotes';

let offset = 0;
const q = (speaker: string | null, score: number): Quote => {
  offset += 10;
  return { text: `${speaker} ${score}`, speaker, speakerMention: speaker, paragraph: 0, start: offset, end: offset + 5, score };
};

describe('displayQuotes', () => {
  it('fills the slots the per-speaker cap left empty when one person is quoted three times', () => {
    const [a, b, c] = [q('Lee', 0.9), q('Lee', 0.5), q('Lee', 0.7)];
    expect(displayQuotes({ quotes: [a!, b!, c!], keyQuotes: [a!, c!] })).toEqual([a, c, b]);
  });

  it('keeps the key quotes first and in their order, and shows at most five', () => {
    const quotes = [q('A', 0.1), q('A', 0.2), q('A', 0.3), q('B', 0.4), q('C', 0.5), q('D', 0.6), q('E', 0.7)];
    const keyQuotes = [quotes[6]!, quotes[5]!, quotes[4]!, quotes[3]!, quotes[2]!];
    expect(displayQuotes({ quotes, keyQuotes })).toEqual(keyQuotes);
  });

  it('shows nothing when there are no quotes', () => {
    expect(displayQuotes({ quotes: [], keyQuotes: [] })).toEqual([]);
  });
});
