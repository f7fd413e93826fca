import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/detect';
import { parseJsonLd } from '../../src/core/jsonld';
import { readLd } from '../../src/core/jsonld-fields';
import { urlShape } from '../../src/core/url-shape';
import { hasDateline, isAgencyByline } from '../../src/core/dateline';

const doc = (head: string, body = '') => parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const para = 'The committee met for three hours on Wednesday and agreed, after a long debate, to send the proposal back to the drafting group. '.repeat(3);

describe('urlShape', () => {
  it.each([
    ['https://news.example.com/', 'home'],
    ['https://news.example.com/index.html', 'home'],
    ['https://news.example.com/news/', 'listing'],
    ['https://news.example.com/world/asia/', 'listing'],
    ['https://news.example.com/search?q=budget', 'listing'],
    ['https://news.example.com/tag/elections/', 'listing'],
    ['https://news.example.com/author/jane-doe/', 'listing'],
    ['https://news.example.com/category/politics/', 'listing'],
    ['https://news.example.com/international/cooperation-between-seoul-tokyo-more-important-than-ever/', 'article'],
    ['https://news.example.com/2026/01/13/budget/', 'article'],
    ['https://news.example.com/world-asia-48395241', 'article'],
    ['https://news.example.com/video/some-clip-of-the-day-here', 'media'],
  ])('%s is %s', (url, shape) => expect(urlShape(url).shape).toBe(shape));
  it('copes with no URL and garbage', () => {
    expect(urlShape(null).shape).toBe('unknown');
    expect(urlShape('not a url').shape).toBe('unknown');
    expect(urlShape('https://x.example/%E0%A4%A').shape).not.toBe('article');
  });
});

describe('JSON-LD', () => {
  it('reads @graph, arrays, IRIs and never throws on hostile JSON', () => {
    const nodes = parseJsonLd([
      '{ not json',
      '<!-- {"@type":"WebSite"} -->',
      '[{"@type":["WebPage"]},{"@graph":[{"@type":"http://schema.org/ReportageNewsArticle","headline":"H","author":[{"name":"A B"}]}]}]',
      '{"@type":"Article","headline":"Line\u0001break"}',
      'null', '42', '"str"', '{"@type":123}', '{"@graph":{"@graph":{"@type":"BlogPosting"}}}',
    ]);
    expect(nodes.map((n) => n.types[0])).toEqual(['website', 'webpage', 'reportagenewsarticle', 'article', undefined, 'blogposting']);
    const art = readLd(['[{"@type":["WebPage"]},{"@graph":[{"@type":"http://schema.org/ReportageNewsArticle","headline":"H","author":[{"name":"A B"}]}]}]']).article;
    expect(art?.headline).toBe('H');
    expect(art?.authors).toEqual(['A B']);
  });
});

describe('datelines and agency bylines', () => {
  it.each(['Nara, Jan 13 South Korean President Lee', 'WASHINGTON (Reuters) - The U.S. Senate', 'NEW DELHI, March 3 (PTI) The government', 'LONDON — Britain said'])('dateline: %s', (s) => expect(hasDateline(s)).toBe(true));
  it.each(['The president said on Tuesday', 'In a statement, the ministry said'])('no dateline: %s', (s) => expect(hasDateline(s)).toBe(false));
  it('agency bylines', () => {
    expect(isAgencyByline('By IANS | Updated: January 13, 2026')).toBe(true);
    expect(isAgencyByline('Associated Press')).toBe(true);
    expect(isAgencyByline('By Jane Doe')).toBe(false);
  });
});

describe('detect', () => {
  it('calls a news page news and says why', () => {
    const d = detect(doc('<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script>', `<article><h1>Headline</h1><p>${para}</p></article>`), 'https://n.example/world/2026/01/13/a-long-story-slug-here');
    expect(d).toMatchObject({ isArticle: true, isNews: true });
    expect(d.signals).toEqual(expect.arrayContaining(['schema-news-article', 'og-article', 'article-headline']));
  });
  it('a home page full of teasers is not an article', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<article><h2><a href="/s${i}">Story ${i}</a></h2><p>Teaser ${i}</p></article>`).join('');
    const d = detect(doc('<meta property="og:type" content="website">', teasers), 'https://n.example/');
    expect(d.isArticle).toBe(false);
    expect(d.signals).toEqual(expect.arrayContaining(['url-home', 'many-articles']));
  });
  it('a blog post is an article, not news', () => {
    const d = detect(doc('<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"BlogPosting"}</script>', `<article><h1>My trip</h1><p>${para}</p><p>${para}</p></article>`), 'https://me.example/2025/05/my-trip-to-the-mountains/');
    expect(d).toMatchObject({ isArticle: true, isNews: false });
  });
  it('survives an empty document', () => {
    const empty = parseHTML('').document as unknown as Document;
    expect(() => detect(empty, null)).not.toThrow();
    expect(detect(empty, null).isArticle).toBe(false);
  });
});
