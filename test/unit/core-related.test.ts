import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedBlocks, toRelatedBlocks } from '../../src/core/related';
import { isRelatedLabel } from '../../src/core/related-labels';

function page(body: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;
}
const BODY = '<div class="story"><p>The minister said on Tuesday that the new rules would take effect next month, after a consultation that drew thousands of responses.</p><p>Critics said the plan did not go far enough and promised to keep campaigning for stricter limits.</p></div>';
const rail = (heading: string, n = 3) =>
  `<div class="box"><h3>${heading}</h3><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/news/story-${i}-about-something-longer/">Story number ${i} about something that happened today</a></li>`).join('')}</ul></div>`;

describe('isRelatedLabel', () => {
  it.each(['Related Stories', 'International Realted Stories', 'RELATED', 'Releated News', 'You may also like', 'More from Business',
    '관련 기사', '관련기사', '関連記事', '関連ニュース一覧', 'संबंधित खबरें', 'À lire aussi', 'Lesen Sie auch', 'Leer más', 'Leia também', 'Trending Now', 'You may also like…', 'Related...'])(
    'knows %s', (label) => expect(isRelatedLabel(label)).toBe(true));
  it.each(['Unrelated matters', 'Politics', 'The court related the facts of the case', 'The court related the facts.', 'Comments', 'Read the full report on the budget and what it means for you and your family'])(
    'ignores %s', (text) => expect(isRelatedLabel(text)).toBe(false));
});

describe('findRelatedBlocks', () => {
  it('finds labelled rails in several languages and ignores the body', () => {
    const doc = page(BODY + rail('Related Stories') + rail('International Realted Stories', 5) + rail('संबंधित खबरें', 2) + rail('À lire aussi', 4));
    const blocks = findRelatedBlocks(doc);
    expect(blocks.map((b) => b.headingText)).toEqual(['Related Stories', 'International Realted Stories', 'संबंधित खबरें', 'À lire aussi']);
    expect(blocks.map((b) => b.items.length)).toEqual([3, 5, 2, 4]);
    for (const b of blocks) {
      expect(b.elements).toHaveLength(1);
      expect(b.elements[0]!.className).toBe('box');
    }
    expect(toRelatedBlocks(blocks, 'https://x.example/a/b').count).toBe(14);
    expect(toRelatedBlocks(blocks, 'https://x.example/a/b').blocks[0]!.items[0]!.url).toBe('https://x.example/news/story-0-about-something-longer/');
  });

  it('does not mutate the document', () => {
    const doc = page(BODY + rail('Related Stories'));
    const before = doc.documentElement.outerHTML;
    findRelatedBlocks(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('takes a heading and the list after it when they share the body container', () => {
    const doc = page(`<div class="story">${BODY}<h3>Read more</h3><ul><li><a href="/a-long-story-slug">A first story headline that is long enough</a></li><li><a href="/b-long-story-slug">A second story headline that is long enough</a></li></ul><p>Closing paragraph of the body that must stay where it is, untouched by anything.</p></div>`);
    const [block] = findRelatedBlocks(doc);
    expect(block?.elements.map((e) => e.localName)).toEqual(['h3', 'ul']);
    expect(block?.items).toHaveLength(2);
  });

  it('finds widgets by class name, with their heading', () => {
    const doc = page(BODY + `<aside class="recommended-stories"><div class="widget-title">Editors' choice</div>${rail('x').replace('<h3>x</h3>', '')}</aside>`);
    const [block] = findRelatedBlocks(doc);
    expect(block?.reason).toBe('class-name');
    expect(block?.items).toHaveLength(3);
  });

  it('finds inline "Also read:" links but not body paragraphs that mention "related"', () => {
    const doc = page(`<div>${BODY}<p><b>Also read:</b> <a href="/x-y-z-story">Council approves cycle lanes on the riverside road</a></p><p>Related: the minister also said that the rules were related to last year's report on road safety and cycling.</p></div>`);
    const blocks = findRelatedBlocks(doc);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.reason).toBe('inline-label');
    expect(blocks[0]!.elements[0]!.localName).toBe('p');
    expect(toRelatedBlocks(blocks).count).toBe(0);
  });

  it('reads no rail label in a link that is a piece of a sentence, and keeps that paragraph in the text', () => {
    const links = Array.from({ length: 3 }, (_, i) => `<p><a href="/guide/breathing-technique-${i}/">Breathing technique number ${i} explained for beginners</a></p>`).join('');
    const sentence = '<p>Breath meditation is by far the <a href="/blog/sky/">most popular breath-based meditation</a> with millions of practitioners worldwide.</p>';
    const doc = page(`<div>${BODY}<div>${sentence}${links}</div></div>`);
    expect(findRelatedBlocks(doc)).toEqual([]);
    const rules = { off: new Set(['label-in-sentence']) };
    expect(findRelatedBlocks(doc, rules).map((b) => b.headingText)).toEqual(['most popular breath-based meditation']);
  });

  it('leaves a navigation menu of short links alone', () => {
    const doc = page(`<nav><h3>More from us</h3><ul><li><a href="/world/">World</a></li><li><a href="/sport/">Sport</a></li><li><a href="/tech/">Tech</a></li></ul></nav>${BODY}`);
    expect(findRelatedBlocks(doc)).toEqual([]);
  });

  it('works on an element root', () => {
    const doc = page(`<main id="m">${BODY}${rail('Recommended')}</main>${rail('Trending')}`);
    expect(findRelatedBlocks(doc.getElementById('m')!).map((b) => b.headingText)).toEqual(['Recommended']);
  });
});
