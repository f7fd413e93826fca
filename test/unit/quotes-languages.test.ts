import { describe, expect, it } from 'vitest';
import { runFixture, said } from './quotes-helpers';

// Invented short articles, one per quoting convention. Each checks the words and the speaker.
describe('findQuotes across quote conventions', () => {
  it('French « » with no-break spaces, "a-t-il ajouté" and "selon"', () => {
    const r = runFixture('french.txt');
    expect(said(r.quotes)).toEqual([
      ['Nous allons doubler le', 'Julien Morel'],
      ['Les habitants attendent des', 'Julien Morel'],
      ['Le financement est déjà', 'Claire Dubois'],
    ]);
    expect(r.quotes[1]!.speakerMention).toBe('il');
    expect(r.quotes.some((q) => q.text.includes('pharaonique'))).toBe(false);
  });

  it('German „ “ and » «, "so X", role nouns stripped', () => {
    const r = runFixture('german.txt');
    expect(said(r.quotes)).toEqual([
      ['Wir werden in den', 'Anna Schulte'],
      ['Die Stadt muss endlich', 'Anna Schulte'],
      ['Das Konzept ist ehrgeizig,', 'Markus Brandt'],
    ]);
    expect(r.quotes.some((q) => q.text.includes('Prestigeprojekt'))).toBe(false);
  });

  it('Swiss «» without spaces, with ‹ › nested inside', () => {
    const r = runFixture('swiss.txt');
    expect(said(r.quotes)).toEqual([
      ['Die Seilbahn wird den', 'Carmen Walder'],
      ['Das ist ein mutiger', 'Urs Keller'],
    ]);
    expect(r.quotes[1]!.text).toContain('‹Träumer›');
  });

  it('Polish „ ” and "według"', () => {
    const r = runFixture('polish.txt');
    expect(said(r.quotes)).toEqual([
      ['Do końca dekady mieszkańcy', 'Marek Nowicki'],
      ['budżet na ten cel', 'Ewy Zielińskiej'],
    ]);
    expect(r.quotes.some((q) => q.text.includes('kampanią'))).toBe(false);
  });

  it('Swedish ” ” and "sa hon"', () => {
    const r = runFixture('swedish.txt');
    expect(said(r.quotes)).toEqual([
      ['Vi kommer att bygga', 'Lena Holm'],
      ['Det här är den', 'Lena Holm'],
    ]);
    expect(r.quotes[1]!.speakerMention).toBe('hon');
  });

  it('Japanese 「」 and 『』 with と述べた, 山田 expanded; a name given with と名付けた is not a quote', () => {
    const r = runFixture('japanese.txt');
    expect(r.quotes.map((q) => [q.text.slice(0, 8), q.speaker])).toEqual([
      ['市民の命を守るた', '山田太郎'],
      ['現実的で、他の都', '佐藤花子'],
    ]);
  });

  it('Korean "…"라고 말했다 with the topic as speaker', () => {
    const r = runFixture('korean.txt');
    expect(r.quotes.map((q) => [q.text.slice(0, 7), q.speaker])).toEqual([
      ['해운대와 광안', '김민준'],
      ['시민들의 의견', '박서연'],
    ]);
  });

  it('Chinese X说：“…”', () => {
    const r = runFixture('chinese.txt');
    expect(r.quotes.map((q) => [q.text.slice(0, 6), q.speaker])).toEqual([
      ['到二〇三〇年', '王建国'],
      ['新线路的资金', '李明'],
    ]);
  });
});
