import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { runFixture, said } from './quotes-helpers';

describe('findQuotes on English news writing', () => {
  const r = runFixture('english.txt');
  const byStart = (words: string) => r.quotes.find((q) => q.text.startsWith(words));

  it('finds every quotation in reading order with its speaker', () => {
    expect(said(r.quotes)).toEqual([
      ['cannot afford to stand', 'Ellen Marsh'],
      ['We have waited twenty', 'Ellen Marsh'],
      ['The ferries are the', 'Ellen Marsh'],
      ["The numbers in this", 'Tom Okafor'],
      ['Nobody has told us', 'Tom Okafor'],
      ['I expect the hall', 'Tom Okafor'],
      ['People want answers, and', 'Tom Okafor'],
      ['Ridership is the strongest', 'Priya Nair'],
      ["It's rock 'n' roll", 'James Whitfield'],
      ['The old ferries are', 'Sarah Lind'],
      ['If the mayor can', 'Tom Okafor'],
      ['I have spoken to', 'Ellen Marsh'],
    ]);
  });

  it('strips titles and expands a surname to the full earlier name', () => {
    expect(byStart('We have waited')).toMatchObject({ speaker: 'Ellen Marsh', speakerMention: 'Marsh' });
    expect(byStart('The numbers')).toMatchObject({ speaker: 'Tom Okafor', speakerMention: 'Okafor' }); // "Dr. Tom Okafor"
  });

  it('gives both halves of a split quote the same speaker', () => {
    expect(byStart('The ferries are')?.speaker).toBe(byStart('We have waited')?.speaker);
  });

  it('resolves pronouns to the last speaker and lets a quote-only paragraph inherit', () => {
    expect(byStart('I expect the hall')).toMatchObject({ speaker: 'Tom Okafor', speakerMention: 'he' });
    expect(byStart('People want answers')).toMatchObject({ speaker: 'Tom Okafor', speakerMention: 'he' });
  });

  it('handles apposition, "according to", dash and colon attribution', () => {
    expect(byStart("It's rock")).toMatchObject({ speaker: 'James Whitfield' }); // said X, a spokesman for …
    expect(byStart('Ridership')).toMatchObject({ speaker: 'Priya Nair' });
    expect(byStart('The old ferries')).toMatchObject({ speaker: 'Sarah Lind' });
    expect(byStart('If the mayor')).toMatchObject({ speaker: 'Tom Okafor', speakerMention: 'Okafor' });
  });

  it('keeps a quote running over two paragraphs as one quote', () => {
    const q = byStart('I have spoken')!;
    expect(q.text).toContain('the crossing cannot wait. We will bring the full budget');
    expect(q.text.endsWith('every question they have.')).toBe(true);
    expect(r.text.slice(q.start, q.end)).toContain('\n\n"We will bring');
  });

  it('drops scare quotes, names after "dubbed", and apostrophes', () => {
    const texts = r.quotes.map((q) => q.text);
    expect(texts).not.toContain('Blue Line Now');
    expect(texts).not.toContain('patchy');
    expect(texts.some((t) => t === 'n' || t.startsWith("n'"))).toBe(false);
  });

  it('sinks "declined to comment", caps key quotes at five, two per speaker, named speakers first', () => {
    expect(r.keyQuotes.length).toBe(5);
    const counts = new Map<string | null, number>();
    for (const q of r.keyQuotes) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    // Named speakers first: no attributed quote after an unattributed one.
    const firstNone = r.keyQuotes.findIndex((q) => q.speaker === null);
    if (firstNone >= 0) expect(r.keyQuotes.slice(firstNone).every((q) => q.speaker === null)).toBe(true);
    const { quotes } = findQuotes({
      paragraphs: ['"We have no comment on the matter at this time," a company spokesman said.', '"The plant will reopen in May and every worker will be rehired," the mayor said.'],
    });
    expect(quotes[0]!.score).toBeLessThan(quotes[1]!.score);
  });

  it('does not let "she" take a speaker introduced as Mr.', () => {
    const { quotes } = findQuotes({
      paragraphs: [
        'Mr. Paul Grant, the harbour master, spoke first. "The water is too shallow for the new boats," Grant said.',
        '"We will dredge it before summer," she said.',
      ],
    });
    expect(quotes[0]!.speaker).toBe('Paul Grant');
    expect(quotes[1]!.speaker).toBeNull();
  });

  it('attributes "X said: Q", "X said, Q" and "said X" forms with titles stripped', () => {
    const { quotes } = findQuotes({
      paragraphs: [
        'Prime Minister Ana Ruiz said: "Our budget will be balanced by the end of next year."',
        'Sen. Mark Bell said, "That promise has been made three times before and never kept."',
        '"We will hold the government to every word of it," said Gov. Lisa Tan, a member of the opposition.',
      ],
    });
    expect(said(quotes)).toEqual([
      ['Our budget will be', 'Ana Ruiz'],
      ['That promise has been', 'Mark Bell'],
      ['We will hold the', 'Lisa Tan'],
    ]);
  });

  it('normalises no-break spaces without shifting offsets', () => {
    const p = 'The minister said:\u00a0"We\u00a0will\u00a0act now on housing," and left.';
    const { quotes } = findQuotes({ paragraphs: [p] });
    expect(quotes[0]!.text).toBe('We will act now on housing');
    expect(p.slice(quotes[0]!.start, quotes[0]!.end)).toBe('"We\u00a0will\u00a0act now on housing,"');
  });

  it('returns nothing for text without quotations', () => {
    expect(findQuotes({ paragraphs: ["It's the city's oldest ferry, and it's sinking."] })).toEqual({ quotes: [], keyQuotes: [] });
    expect(findQuotes({ paragraphs: [] })).toEqual({ quotes: [], keyQuotes: [] });
  });
});

describe('findQuotes: what is not a quotation, and who "he" is', () => {
  it('drops unattributed titles of works written in title case', () => {
    const { quotes } = findQuotes({
      paragraphs: ['She later starred in "Tough Choices at the Harbour" and wrote a memoir, "A Ferry Called Hope."'],
    });
    expect(quotes).toEqual([]);
  });

  it('keeps a title-case quotation when someone is said to say it', () => {
    const { quotes } = findQuotes({ paragraphs: ['"Make The Harbour Great Again," Marsh told supporters.'] });
    expect(quotes.map((q) => q.speaker)).toEqual(['Marsh']);
  });

  it('reads "he" as the person the paragraph just named, not an earlier speaker', () => {
    const { quotes } = findQuotes({
      paragraphs: [
        '"The ferry is late again," said Anna Berg, a commuter.',
        'Harbour master Paul Grant blamed the weather. "The wind was too strong to sail safely," he said.',
      ],
    });
    expect(quotes.map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Anna Berg', 'Anna Berg'],
      ['Paul Grant', 'he'],
    ]);
  });

  it('does not give "he" to a group speaker', () => {
    const { quotes } = findQuotes({
      paragraphs: ['"The timetable will change in June," officials said.', '"We are sorry for the delays," he said.'],
    });
    expect(quotes.map((q) => q.speaker)).toEqual(['officials', null]);
  });
});

describe('findQuotes: attribution from the sentence before', () => {
  it('gives a quote to the speaker whose sentence just before it ends with a colon or "said"', () => {
    const { quotes } = findQuotes({
      paragraphs: [
        'Harbour master Paul Grant told the council on Tuesday:',
        '"The new pier will be finished before the summer season begins."',
        'Mayor Ellen Marsh said she was pleased. "This is the best news the harbour has had in years."',
      ],
    });
    expect(quotes.map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Paul Grant', 'Paul Grant'],
      ['Ellen Marsh', 'Mayor Ellen Marsh'],
    ]);
  });
});

describe('findQuotes: names that look like titles', () => {
  it('keeps King as the surname in "Rep. Peter King" and "Mr. King"', () => {
    const { quotes } = findQuotes({
      paragraphs: [
        'Rep. Peter King of New York endorsed the plan on Monday.',
        '"This is the right answer for the harbour," Mr. King said. "Nobody else has offered one."',
      ],
    });
    expect(quotes.map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Peter King', 'Mr. King'],
      ['Peter King', 'Mr. King'],
    ]);
  });
});
