import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { isFragment, pickKeyQuotes, type Candidate } from '../../src/core/quotes/rank';
import type { Quote } from '../../src/core/types';

let at = 0;
function candidate(text: string, speaker: string | null, score: number, named = speaker !== null): Candidate {
  at += 100;
  const quote: Quote = { text, speaker, speakerMention: speaker, paragraph: 0, start: at, end: at + text.length, score };
  return { quote, named };
}
const texts = (qs: Quote[]) => qs.map((q) => q.text);

describe('pickKeyQuotes: one ranking for every view', () => {
  it('puts named speakers before groups and nobody, whatever the score', () => {
    const anon = candidate('The budget will not survive the winter session of the council.', null, 0.9);
    const group = candidate('Every line of the budget has been checked twice by our staff.', 'officials', 0.8, false);
    const named = candidate('I will not sign a budget that closes the ferry to the island.', 'Ellen Marsh', 0.3);
    expect(texts(pickKeyQuotes([anon, group, named]))).toEqual([named, group, anon].map((c) => c.quote.text));
  });

  it('puts substantive quotes before short fragments and partial quotes', () => {
    const fragment = candidate('a disaster', 'Ellen Marsh', 0.9);
    const partial = candidate('stepping up when the council would not', 'Tom Okafor', 0.8);
    const whole = candidate('The harbour has waited twenty years for a decision like this one.', 'Priya Nair', 0.2);
    expect(texts(pickKeyQuotes([fragment, partial, whole]))[0]).toBe(whole.quote.text);
    expect(isFragment('a disaster')).toBe(true);
    expect(isFragment('stepping up when the council would not')).toBe(true);
    expect(isFragment('We will rebuild the pier before the summer season begins.')).toBe(false);
  });

  it('drops a near-duplicate of a better quote (a headline quote repeated in the body)', () => {
    const body = candidate('Cooperation between our two countries is more important than ever.', 'Lee Jae Myung', 0.9);
    const head = candidate('cooperation between our countries is more important than ever', 'Lee Jae Myung', 0.5);
    const other = candidate('We will meet again in Seoul before the end of the year.', 'Lee Jae Myung', 0.4);
    expect(texts(pickKeyQuotes([body, head, other]))).toEqual([body.quote.text, other.quote.text]);
  });

  it('allows two quotes per speaker while others remain, then fills up to five', () => {
    const marsh = [
      candidate('The harbour budget passed because the whole town asked for it.', 'Ellen Marsh', 0.9),
      candidate('Dredging starts in May and finishes before the summer season.', 'Ellen Marsh', 0.8),
      candidate('Ferries will run every hour from June, every half hour in August.', 'Ellen Marsh', 0.7),
    ];
    const okafor = candidate('Nobody on the council has read the report from the engineers.', 'Tom Okafor', 0.1);
    const picked = pickKeyQuotes([...marsh, okafor]);
    expect(picked.map((q) => q.speaker)).toEqual(['Ellen Marsh', 'Ellen Marsh', 'Tom Okafor', 'Ellen Marsh']);
  });

  it('never returns more than five', () => {
    const lines = [
      'The pier is older than anyone who works on it today.',
      'Tourists arrive earlier every spring than the timetable allows.',
      'Fishing boats need the deeper channel before the autumn storms.',
      'Insurance costs have tripled since the breakwater was damaged.',
      'Schoolchildren cross twice daily and deserve safer ramps.',
      'Council engineers finished their survey months behind schedule.',
      'Shopkeepers along Quay Street depend entirely on ferry passengers.',
    ];
    const many = lines.map((t, i) => candidate(t, `Person ${i}`, i / 10));
    expect(pickKeyQuotes(many)).toHaveLength(5);
  });
});

describe('findQuotes: keyQuotes is the final list', () => {
  it('ranks a named speaker above an unattributed quote, and keeps a lone speaker\'s three quotes', () => {
    const { quotes, keyQuotes } = findQuotes({
      title: 'Harbour budget passes',
      paragraphs: [
        'The vote came late on Tuesday.',
        'A banner outside read "Nobody expected the vote to be this close on a winter night."',
        '"The harbour budget passes because the whole town asked for it," Mayor Ellen Marsh said.',
        '"We will start dredging in May and finish before the summer season," she added.',
        '"The ferry will run every hour from June, and every half hour in August," Marsh said.',
      ],
    });
    expect(quotes.map((q) => q.speaker)).toEqual([null, 'Ellen Marsh', 'Ellen Marsh', 'Ellen Marsh']);
    expect(keyQuotes.map((q) => q.speaker)).toEqual(['Ellen Marsh', 'Ellen Marsh', null, 'Ellen Marsh']);
  });
});
