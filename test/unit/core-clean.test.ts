import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseVisibleDate } from '../../src/core/dates';
import { cleanByline } from '../../src/core/byline';
import { stripSiteSuffix } from '../../src/core/headline';
import { collectParagraphs } from '../../src/core/paragraphs';
import { precisionPass } from '../../src/core/precision';
import { countWords } from '../../src/core/text';

const root = (html: string): Element => {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div id="r">${html}</div></body></html>`);
  return document.getElementById('r') as unknown as Element;
};
const P1 = 'Nara, Jan 13 South Korean President Lee Jae Myung on Tuesday told Japanese Prime Minister Sanae Takaichi that cooperation is more important than ever.';
const P2 = 'Lee made the remarks at the start of summit talks with Takaichi, calling for the two nations to take steps toward a better future.';

describe('precisionPass', () => {
  it('removes the teaser that repeats the lede, promos, share prompts and lone credits, logging each', () => {
    const r = root(`<p>Nara, Jan 13 South Korean President Lee Jae Myung on Tuesday told ...</p><a href="/app">Open in App</a>
      <figure><img src="x.jpg"><figcaption>Photo: Reuters/File</figcaption></figure>
      <p>${P1}</p><p>Share this article</p><p>${P2}</p><p>Subscribe to our newsletter for the morning briefing</p><p>Follow us on Twitter and Facebook</p>`);
    const out = precisionPass(r);
    expect(collectParagraphs(r)).toEqual([P1, P2]);
    expect(out.removed.map((x) => x.kind).sort()).toEqual(['credit', 'promo', 'promo', 'share', 'share', 'teaser']);
    expect(out.removed.find((x) => x.kind === 'teaser')?.text).toMatch(/told \.\.\.$/);
  });

  it('keeps body sentences that merely mention apps, newsletters or photos', () => {
    const body = [
      'Open in app stores since March, the game has sold two million copies, its maker said on Tuesday in a statement to investors.',
      'The company said readers who subscribe to our newsletter rule changes would be told in advance — a promise critics doubted.',
      'Photo: the agency published a picture of the damaged bridge, which it said showed the extent of the flood damage downstream.',
      'He said the last quarter was hard...',
    ];
    const r = root(body.map((p) => `<p>${p}</p>`).join(''));
    const out = precisionPass(r);
    expect(collectParagraphs(r)).toEqual(body);
    expect(out.removed).toEqual([]);
  });

  it('moves an agency disclaimer into notes', () => {
    const r = root(`<p>${P1}</p><p><em>Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor</em></p>`);
    const out = precisionPass(r);
    expect(collectParagraphs(r)).toEqual([P1]);
    expect(out.notes[0]).toMatch(/^Disclaimer:/);
    expect(out.removed[0]?.kind).toBe('disclaimer');
  });

  it('removes a related rail left inside the body', () => {
    const items = ['Centre waives Mizoram liabilities for vacated buildings', 'Four semifinalists for the tournament confirmed', 'World Bank estimates growth at 7.2 per cent'];
    const r = root(`<p>${P1}</p><div><h2>Related Stories</h2><ul>${items.map((t, i) => `<li><a href="/n/${i}-story-slug-here"><span>National</span><span>${t}</span></a></li>`).join('')}</ul></div><p>${P2}</p>`);
    const out = precisionPass(r);
    expect(collectParagraphs(r)).toEqual([P1, P2]);
    expect(out.removed).toEqual([expect.objectContaining({ kind: 'related' })]);
  });
});

describe('collectParagraphs', () => {
  it('keeps loose text, splits on blocks and double breaks, never counts nested text twice', () => {
    const r = root('Loose text in a div. <b>Bold</b> too.<p>A <a href="#">link</a> here.</p><ul><li><p>Nested</p></li></ul>one<br>line<br><br>two');
    expect(collectParagraphs(r)).toEqual(['Loose text in a div. Bold too.', 'A link here.', 'Nested', 'one line', 'two']);
  });
});

describe('metadata cleaning', () => {
  it('cleans bylines', () => {
    expect(cleanByline('By IANS | Updated: January 13, 2026 16:20 IST')).toBe('IANS');
    expect(cleanByline('By Jane Doe and John Roe')).toBe('Jane Doe and John Roe');
    expect(cleanByline('Written by: Ana Ruiz, Jan 3, 2026')).toBe('Ana Ruiz');
    expect(cleanByline('   ')).toBeNull();
  });
  it('strips site suffixes from titles', () => {
    expect(stripSiteSuffix('Cooperation between Seoul, Tokyo more important than ever | Lokmat Times', 'Lokmat Times')).toBe('Cooperation between Seoul, Tokyo more important than ever');
    expect(stripSiteSuffix('Budget passes after long night - Valley Herald', 'Valley Herald')).toBe('Budget passes after long night');
  });
  it('drops the site name before or after a title whatever its case or its characters, and only as a wrapper', () => {
    expect(stripSiteSuffix('VALLEY HERALD: Budget passes after long night', 'Valley Herald')).toBe('Budget passes after long night');
    expect(stripSiteSuffix('Budget passes after long night » valley herald ', 'Valley Herald')).toBe('Budget passes after long night');
    expect(stripSiteSuffix('Budget passes after long night | C++ (Weekly)', 'C++ (Weekly)')).toBe('Budget passes after long night');
    expect(stripSiteSuffix('İstanbul Haber: Belediye bütçeyi onayladı', 'İstanbul Haber')).toBe('Belediye bütçeyi onayladı');
    expect(stripSiteSuffix('港に新しい水上公園　みなと新聞', 'みなと新聞')).toBe('港に新しい水上公園');
    // Not a wrapper: the name ends a word of the title, or opens it with no separator.
    expect(stripSiteSuffix('What the Valley Herald got wrong about the budget', 'Valley Herald')).toBe('What the Valley Herald got wrong about the budget');
    expect(stripSiteSuffix('Budget passes after long night in the Valley Herald', 'Valley Herald')).toBe('Budget passes after long night in the Valley Herald');
  });
  it("drops the site's address set off by a space alone, never a word that only starts like it", () => {
    expect(stripSiteSuffix('quietdesk.net Writing letters again', null, 'www.quietdesk.net')).toBe('Writing letters again');
    expect(stripSiteSuffix('Writing letters again quietdesk.net', null, 'quietdesk.net')).toBe('Writing letters again');
    expect(stripSiteSuffix('quietdesk.network outage explained', null, 'quietdesk.net')).toBe('quietdesk.network outage explained');
  });
  it('parses visible dates to ISO', () => {
    expect(parseVisibleDate('Updated: January 13, 2026 16:20 IST')).toBe('2026-01-13T16:20:00+05:30');
    expect(parseVisibleDate('13 Jan 2026, 04:20 PM')).toBe('2026-01-13T16:20:00');
    expect(parseVisibleDate('입력 2026년 3월 5일 14:30')).toBe('2026-03-05T14:30:00');
    expect(parseVisibleDate('Last week')).toBeNull();
  });
});

describe('countWords', () => {
  it('counts spaced words, and CJK by characters', () => {
    expect(countWords('one two, three')).toBe(3);
    expect(countWords('奈良公園の鹿')).toBe(3);
  });
});
