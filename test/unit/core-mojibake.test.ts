import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { repairMojibake } from '../../src/core/mojibake';

/** What a page saved twice shows for `s`: its UTF-8 bytes read as Latin-1. */
const twice = (s: string): string => String.fromCharCode(...new TextEncoder().encode(s));

describe('repairMojibake: UTF-8 read twice', () => {
  it('reads the Latin-1 reading of UTF-8 back as the text it was', () => {
    expect(twice('Investor’s “guide” — café')).not.toBe('Investor’s “guide” — café');
    expect(repairMojibake(twice('Investor’s “guide” — café, 東京 🚆'))).toBe('Investor’s “guide” — café, 東京 🚆');
  });

  it('reads the Windows-1252 reading back too ("â€™" for "’"), its unassigned bytes and all', () => {
    // Node's TextDecoder reads 'windows-1252' as Latin-1, so the bytes 0x80–0x9F are spelled out here.
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const cp1252 = (s: string): string => Array.from(new TextEncoder().encode(s), (b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80]! : String.fromCharCode(b))).join('');
    expect(cp1252('Investor’s “guide”')).toBe('Investorâ€™s â€œguideâ€\u009d');
    expect(repairMojibake(cp1252('Investor’s “guide” — café… 東京 🚆'))).toBe('Investor’s “guide” — café… 東京 🚆');
    // The letters of a line without a mark are real text; with one, they are read back with the rest.
    expect(repairMojibake(cp1252('crème brûlée'))).toBe(cp1252('crème brûlée'));
    expect(repairMojibake(cp1252('crème brûlée – à la carte'))).toBe('crème brûlée – à la carte');
  });

  it('reads a no-break space read twice ("Â" and a space) as the space, and leaves every real Â', () => {
    expect(repairMojibake('“They are hard to electrify,” saysÂ Carrie Song. Book online.Â')).toBe('“They are hard to electrify,” says Carrie Song. Book online.');
    expect(repairMojibake('$32.21Â for cats –Â giving')).toBe('$32.21 for cats – giving');
    for (const s of ['ROMÂNIA Â LA MODE', 'Â est une lettre', 'CÂU Â']) expect(repairMojibake(s)).toBe(s);
  });

  it('leaves text with neither mark as it is, Latin-1 letters and all', () => {
    for (const s of ['Ã la carte', 'São Paulo · Ñandú', 'Â£5 or €5 · Ã©tÃ© without a dash is left', 'â € and ™ apart']) expect(repairMojibake(s)).toBe(s);
  });

  it('leaves a run that is no valid UTF-8, and repairs the rest of the string', () => {
    const broken = `é\u0085 and ${twice('’')}`;
    expect(repairMojibake(broken)).toBe('é\u0085 and ’');
  });
});

describe('the Article from a page saved twice', () => {
  it('shows the headline and the text as the writer wrote them', () => {
    const title = twice('A DIY Investor’s Guide to Retirement Calculators');
    const body = twice('“Retirement isn’t one number,” the planner said. Most people can’t know when they’ll stop, so they plan for a range of years and revisit it every spring.');
    const html = `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${`<p>${body}</p>`.repeat(4)}</article></body></html>`;
    const a = extract(parseHTML(html).document as unknown as Document, 'https://money.example.com/retire');
    expect(a.title).toBe('A DIY Investor’s Guide to Retirement Calculators');
    expect(a.text).toContain('“Retirement isn’t one number,” the planner said.');
    expect(a.quotes[0]?.text).toContain('Retirement isn’t one number');
  });

  it('shows the related stories\' titles as written too', () => {
    const body = '<p>Most people can’t know when they will stop working, so they plan for a range of years and revisit the plan every spring with fresh numbers.</p>'.repeat(4);
    const rail = `<aside class="related"><h2>Related stories</h2><ul>${['What’s a safe withdrawal rate?', 'Roth or traditional: who’s right?', 'Annuities, explained'].map((t, i) => `<li><a href="/money/${i}">${twice(t)}</a></li>`).join('')}</ul></aside>`;
    const html = `<!doctype html><html lang="en"><head><title>Retire</title></head><body><article><h1>When can you retire?</h1>${body}</article>${rail}</body></html>`;
    const a = extract(parseHTML(html).document as unknown as Document, 'https://money.example.com/retire');
    expect(a.related.blocks.flatMap((b) => b.items.map((i) => i.title))).toContain('What’s a safe withdrawal rate?');
  });
});
