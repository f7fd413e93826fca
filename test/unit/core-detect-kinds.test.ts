import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/detect';
import type { RuleSwitches } from '../../src/core/rules';
import { urlShape } from '../../src/core/url-shape';

/** Hand-written pages of the kinds issue 13 separates: blog posts and guides are articles; threads,
 * shop items, manuals and service pages are not. */
const doc = (head: string, body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const sentence = 'Cold slows the yeast almost to a stop, and the acid the bacteria make keeps other microbes out while the jar waits at the back of the fridge for a week or two. ';
/** `n` paragraphs of about 480 characters each. */
const prose = (n: number): string => `<p>${sentence.repeat(3)}</p>`.repeat(n);

describe('urlShape reads the kind of page from the address', () => {
  it.each([
    ['https://example.org/blog/catering-trends', 'article', 'url-post'],
    ['https://example.org/guides/choosing-a-heat-pump', 'article', 'url-post'],
    ['https://example.org/blog/best-seo-agency', 'article', 'url-post'],
    ['https://example.org/topics/camping-and-hiking/best-gps-watches-for-hiking', 'article', 'url-slug'],
    ['https://example.org/topic/history-of-coffee', 'listing', 'url-listing'],
    ['https://forum.example.org/t/starter-went-grey/1234', 'forum', 'url-forum'],
    ['https://example.org/threads/why-does-my-bread-collapse.99/', 'forum', 'url-forum'],
    ['https://www.reddit.com/r/Breadit/comments/abc123/first_loaf/', 'forum', 'url-forum'],
    ['https://shop.example.org/products/cast-iron-dutch-oven-5l', 'product', 'url-product'],
    ['https://docs.example.org/en/stable/quickstart.html', 'docs', 'url-docs'],
    ['https://example.org/docs/guides/auth', 'docs', 'url-docs'],
    ['https://example.org/services/data-analytics', 'service', 'url-service'],
    ['https://example.org/generative-ai-consulting-services/', 'service', 'url-service'],
    ['https://example.org/blog/', 'listing', 'url-section'],
    ['https://news.example.com/news/world-cup', 'listing', 'url-section'],
    // A section's name runs to 24 letters (counted as characters: "정치" is two), no further.
    ['https://example.org/internationalrelationsxx/', 'listing', 'url-section'],
    ['https://example.org/%EC%A0%95%EC%B9%98/', 'listing', 'url-section'],
    ['https://example.org/internationalrelationsxxx/', 'unknown', 'url-other'],
  ])('%s is %s (%s)', (url, shape, reason) => expect(urlShape(url)).toEqual({ shape, reason }));
});

describe('detect on the wide web', () => {
  const rules = (off: string[] = []): RuleSwitches => ({ off: new Set(off), fired: new Set() });

  it('a long blog post at a blog address is an article, even when the site says og:type=website', () => {
    const page = doc('<meta property="og:type" content="website">', `<h1>Keeping a starter alive</h1>${prose(12)}`);
    const r = rules();
    const d = detect(page, 'https://example.org/blog/sourdough-starter-holiday', undefined, r);
    expect(d.isArticle).toBe(true);
    expect(d.signals).toEqual(expect.arrayContaining(['url-post', 'readerable', 'long-prose']));
    expect(r.fired?.has('long-prose')).toBe(true);
    expect(detect(page, 'https://example.org/blog/sourdough-starter-holiday', undefined, rules(['long-prose'])).isArticle).toBe(false);
  });

  it('a long read of teasers in a grid of <article> cards is not', () => {
    const cards = `<article><h2>A story</h2><p>${sentence}</p></article>`.repeat(12);
    expect(detect(doc('', cards), 'https://example.org/features/best-of-the-year-so-far').signals).not.toContain('long-prose');
  });

  it('a product page with Product schema is not an article, however much it says', () => {
    const ld = '<script type="application/ld+json">{"@type":"Product","name":"Dutch oven","offers":{"@type":"Offer","price":"89"}}</script>';
    const page = doc(`<meta property="og:type" content="article">${ld}`, `<h1>Dutch oven</h1>${prose(6)}<form action="/cart/add"><button>Add to cart</button></form>`);
    const d = detect(page, 'https://example.org/cast-iron-dutch-oven-five-litres');
    expect(d.isArticle).toBe(false);
    expect(d.signals).toContain('schema-not-article');
  });

  it('a forum thread with long posts is not an article', () => {
    const d = detect(doc('', `<h1>Why does my bread collapse?</h1>${prose(10)}`), 'https://forum.example.org/t/why-does-my-bread-collapse/4411');
    expect(d.signals).toContain('url-forum');
    expect(d.isArticle).toBe(false);
  });

  const fixture = (name: string): Document =>
    parseHTML(readFileSync(join(__dirname, '../fixtures/wide-web', name), 'utf8')).document as unknown as Document;

  it('a buying guide at an address shaped like a section front is an article by the words of its address', () => {
    const page = fixture('guide-at-section-address.html');
    const url = 'https://wheelnotes.example/rain-jackets/best/';
    const r = rules();
    const d = detect(page, url, undefined, r);
    expect(d.signals).toEqual(expect.arrayContaining(['url-section', 'url-words', 'long-prose']));
    expect(d.isArticle).toBe(true);
    expect(r.fired?.has('url-words')).toBe(true);
    // Off, the section-front address wins, as before the rule.
    expect(detect(page, url, undefined, rules(['url-words'])).isArticle).toBe(false);
  });

  it.each([
    ['a thread whose title asks for the best', 'https://forum.example.org/threads/best-rain-jacket-for-commuting.4411/'],
    ['a manual page named as a guide', 'https://docs.example.org/en/stable/beginners-guide'],
    ['a home page on a host named with the words', 'https://best-rain-jackets.example/'],
    ['a listing whose query holds the words', 'https://example.org/search?q=best-rain-jackets'],
  ])('the words of a piece do not count for %s', (_, url) => {
    expect(detect(fixture('guide-at-section-address.html'), url).signals).not.toContain('url-words');
  });
});
