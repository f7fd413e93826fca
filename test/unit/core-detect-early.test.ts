import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureFiles } from './fixture-files';
import { detect, isArticleEarly } from '../../src/core/detect';

// auto.js asks isArticleEarly, the popup and the CLI ask detect: the toolbar badge must never say
// otherwise than the popup does, on any page, at any address.
const ADDRESSES = [
  'https://news.example.com/',
  'https://news.example.com/world/',
  'https://news.example.com/world/2026/01/13/talks-resume-after-a-long-pause',
  'https://blog.example.org/posts/notes',
  'https://shop.example.com/products/a-kettle/',
  null,
];
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const para = 'The committee met for three hours on Wednesday and agreed, after a long debate, to send the proposal back to the drafting group. '.repeat(3);

describe('isArticleEarly gives detect\'s answer', () => {
  it.each(fixtureFiles().map((f) => [f.slice(FIXTURES.length + 1), f]))('%s, at every kind of address', (_name, file) => {
    const d = doc(readFileSync(file, 'utf8'));
    for (const url of ADDRESSES) expect([url, isArticleEarly(d, url)]).toEqual([url, detect(d, url).isArticle]);
  });

  it('at the edges of what the body can still change', () => {
    // Head and address alone: 2 (og:type) + 1.5 (published) + 1.5 (a slug) = 5, the body can take 1 at most.
    const head = '<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-13">';
    const slug = 'https://news.example.com/world/talks-resume-after-a-long-pause';
    expect(isArticleEarly(doc(`<html><head>${head}</head><body><p>Short.</p></body></html>`), slug)).toBe(true);
    expect(detect(doc(`<html><head>${head}</head><body><p>Short.</p></body></html>`), slug).isArticle).toBe(true);
    // A section front (−2.5) with og:type website (−1): the dateline and long prose still lift it.
    const front = `<html><head><meta property="og:type" content="website"></head><body>${`<p>WASHINGTON (Reuters) - ${para}</p>`.repeat(8)}</body></html>`;
    expect(isArticleEarly(doc(front), 'https://news.example.com/world/')).toBe(detect(doc(front), 'https://news.example.com/world/').isArticle);
    // og:type website (−1) at an address that says nothing: only the body (a dateline, an agency
    // byline, readable prose: +5) makes it an article, so the early answer has to wait for it.
    const wire = `<html><head><meta property="og:type" content="website"><meta name="author" content="Reuters"></head><body>${`<p>WASHINGTON (Reuters) - ${para}</p>`.repeat(3)}</body></html>`;
    expect(detect(doc(wire), 'https://example.org/p/8841').isArticle).toBe(true);
    expect(isArticleEarly(doc(wire), 'https://example.org/p/8841')).toBe(true);
    // A home page with og:type website: −5, past any help from the body.
    const home = `<html><head><meta property="og:type" content="website"></head><body>${`<p>WASHINGTON (Reuters) - ${para}</p>`.repeat(8)}</body></html>`;
    expect(isArticleEarly(doc(home), 'https://news.example.com/')).toBe(false);
    expect(detect(doc(home), 'https://news.example.com/').isArticle).toBe(false);
  });
});
