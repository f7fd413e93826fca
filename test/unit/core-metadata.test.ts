import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { monthDate, toIsoDate, urlDate } from '../../src/core/dates';
import { extract } from '../../src/core/extract';
import { chooseHeadline, cleanSiteName, stripSiteSuffix } from '../../src/core/headline';

const BODY = '<p>The harbour council approved two pilot boats on Tuesday after a long debate about dredging, wages and the sea wall.</p>'.repeat(4);
function page(head: string, top = '', url = 'https://news.example.com/local/boats'): ReturnType<typeof extract> {
  const html = `<!doctype html><html lang="en"><head>${head}</head><body><article>${top}${BODY}</article></body></html>`;
  return extract(parseHTML(html).document as unknown as Document, url);
}

describe('publish date', () => {
  it('keeps a date-only value date-only', () => {
    expect(page('<meta property="article:published_time" content="2026-01-13">').publishedTime).toBe('2026-01-13');
    expect(toIsoDate('2026-01-13')).toBe('2026-01-13');
  });

  it('prefers JSON-LD datePublished over the modified date, and reports the update apart', () => {
    const a = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-10T08:00:00Z","dateModified":"2026-01-12T09:00:00Z"}</script>');
    expect(a.publishedTime).toBe('2026-01-10T08:00:00Z');
    expect(a.updatedTime).toBe('2026-01-12T09:00:00Z');
  });

  it('reads a publish date from a meta tag of another name ("published", "w-published-date"), never from a modified one', () => {
    expect(page('<meta name="published" content="July 17, 2025">').publishedTime?.slice(0, 10)).toBe('2025-07-17');
    expect(page('<meta name="w-published-date" content="2025-05-27T06:03:43Z">').publishedTime).toBe('2025-05-27T06:03:43Z');
    expect(page('<meta name="auto-publish" content="2025-05-27"><meta name="last-modified" content="2025-05-28">').publishedTime).not.toBe('2025-05-27');
  });

  it('an update date alone dates the page, and stays marked as an update (updatedTime the same)', () => {
    const a = page('<meta property="article:modified_time" content="2026-02-01T10:00:00+01:00">');
    expect(a.publishedTime).toBe('2026-02-01T10:00:00+01:00');
    expect(a.updatedTime).toBe('2026-02-01T10:00:00+01:00');
  });

  it('reads a visible date by the byline, skipping one labelled as an update', () => {
    const a = page('', '<h1>Council buys two pilot boats for the harbour</h1><p class="date">Updated: March 9, 2026</p><span class="post-date">March 4, 2026</span>');
    expect(a.publishedTime).toBe('2026-03-04');
  });

  it('falls back to a date in the URL path', () => {
    expect(page('', '', 'https://news.example.com/2026/01/13/boats/').publishedTime).toBe('2026-01-13');
    expect(urlDate('https://x.example/news/20260113-boats')).toBe('2026-01-13');
    expect(urlDate('https://x.example/2026/13/45/boats')).toBeNull();
    expect(urlDate('https://x.example/blog/2023/october/03/wine/')).toBe('2023-10-03');
    expect(urlDate('https://x.example/2023/march/wine/')).toBeNull();
    expect(toIsoDate('Tue, 13 Jan 2026 10:00:00 GMT')).toBe('2026-01-13T10:00:00+00:00');
    expect(toIsoDate('20260113')).toBe('2026-01-13');
  });

  it('reads a year-first date with a month name, as citation_publication_date writes it', () => {
    expect(toIsoDate('2023 Jan 7')).toBe('2023-01-07');
    expect(toIsoDate('2024 June 30')).toBe('2024-06-30');
    expect(page('<meta name="citation_publication_date" content="2023 Jan 7">').publishedTime).toBe('2023-01-07');
    expect(toIsoDate('2024 Marketing 30')).toBeNull();
  });

  it('reads a month named in Spanish, Portuguese, French, German, Italian or Dutch between a day and a year', () => {
    expect(toIsoDate('Publicado el 4 de agosto de 2021')).toBe('2021-08-04');
    expect(toIsoDate('por FlowGuard on 04-ago-2021 5:11:10')).toBe('2021-08-04T05:11:10');
    expect(toIsoDate('Publié le 1er janvier 2026 à 10h')).toBe('2026-01-01');
    expect(toIsoDate('Aktualisiert am 12. März 2024')).toBe('2024-03-12');
    expect(toIsoDate('3. April 2024')).toBe('2024-04-03');
    expect(toIsoDate('14 dez. 2023')).toBe('2023-12-14');
    expect(toIsoDate('3 marzo 2025')).toBe('2025-03-03');
    expect(toIsoDate('5 mei 2022')).toBe('2022-05-05');
    // A number and a year around some other word is no date; the date after it still is.
    expect(toIsoDate('10 tips 2024')).toBeNull();
    expect(toIsoDate('Top 10 Marketing 2025 Trends')).toBeNull();
    expect(toIsoDate('The 5 General 2024 Rules')).toBeNull();
    expect(toIsoDate('3 ways 2025, then 9 juillet 2024')).toBe('2024-07-09');
    expect(page('', '<p class="date">Publicado el 4 de agosto de 2021</p>').publishedTime).toBe('2021-08-04');
  });

  it('dates a piece the page dates to a month only by that month, and only when nothing else dates it', () => {
    expect(monthDate('November 2015')).toBe('2015-11');
    expect(monthDate('Date: Sept. 2024')).toBe('2024-09');
    expect(monthDate('Best of 2025')).toBeNull();
    expect(monthDate('November 5, 2015')).toBeNull();
    expect(page('', '<h1>Council buys two pilot boats for the harbour</h1><p>November 2015</p>').publishedTime).toBe('2015-11');
    expect(page('', '<h1>Council buys two pilot boats for the harbour</h1><p>Updated November 2025</p>').publishedTime).toBeNull();
    expect(page('<meta property="article:published_time" content="2015-11-05">', '<h1>Council buys two pilot boats for the harbour</h1><p>November 2015</p>').publishedTime).toBe('2015-11-05');
  });
});

describe('headline', () => {
  it('uses the visible h1 when it agrees with the metadata, trimmed of the site', () => {
    const a = page('<title>Council buys two pilot boats | Coastal Courier</title><meta property="og:site_name" content="Coastal Courier">', '<h1>Council buys two pilot boats</h1>');
    expect(a.title).toBe('Council buys two pilot boats');
  });

  it('prefers a headline-like h1 to an SEO title, and skips a logo h1', () => {
    expect(chooseHeadline(['Coastal Courier', 'Council buys two pilot boats'], ['Pilot boats 2026: price, dates and more'], 'Coastal Courier', 'coastalcourier.com')).toBe('Council buys two pilot boats');
  });

  it('uses og:title or <title> only without a heading', () => {
    expect(page('<meta property="og:title" content="Council buys two pilot boats - Coastal Courier"><meta property="og:site_name" content="Coastal Courier">').title).toBe('Council buys two pilot boats');
  });

  it('trims a site after a bar, a guillemet, a full-width bar or space, or a CJK dash', () => {
    expect(stripSiteSuffix('Council buys two pilot boats » Coastal Courier', 'Coastal Courier')).toBe('Council buys two pilot boats');
    expect(stripSiteSuffix('부산 해안에 새 해상공원 조성｜한빛일보', '한빛일보')).toBe('부산 해안에 새 해상공원 조성');
    expect(stripSiteSuffix('港に新しい水上公園　みなと新聞', 'みなと新聞')).toBe('港に新しい水上公園');
    expect(stripSiteSuffix('港に新しい水上公園 ― みなと新聞', 'みなと新聞')).toBe('港に新しい水上公園');
    // A dash without the site's name is the headline's own second half.
    expect(stripSiteSuffix('How councils pay for boats – costs, loans and grants', null)).toBe('How councils pay for boats – costs, loans and grants');
    expect(stripSiteSuffix('Story about the harbour boats - Coastal Courier', null, 'www.coastalcourier.com')).toBe('Story about the harbour boats');
    expect(stripSiteSuffix('Story about the harbour boats – My Website', null)).toBe('Story about the harbour boats');
  });
});

describe('site name', () => {
  it('is never a URL or a slogan', () => {
    expect(cleanSiteName('https://coastalcourier.com')).toBeNull();
    expect(cleanSiteName('coastalcourier.com')).toBeNull();
    expect(cleanSiteName('Coastal Courier | News you can trust')).toBe('Coastal Courier');
    expect(cleanSiteName('The best local news and views from all over the coast, every single day')).toBeNull();
  });

  it('comes from JSON-LD publisher when og:site_name is missing', () => {
    expect(page('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Coastal Courier"}}</script>').siteName).toBe('Coastal Courier');
  });
});

describe('byline sources', () => {
  it('several JSON-LD authors are joined with "and"', () => {
    expect(page('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Hale"}]}</script>').byline).toBe('Ana Ruiz and Tom Hale');
  });

  it('a visible "By …" line after the headline, whatever its class', () => {
    expect(page('', '<h1>Council buys two pilot boats</h1><div class="x1"><span class="by">By IANS</span></div>').byline).toBe('IANS');
  });

  it('not the site name when a person is named', () => {
    const a = page('<meta name="author" content="Coastal Courier"><meta property="og:site_name" content="Coastal Courier">', '<h1>Council buys two pilot boats</h1><p class="byline">By Ines Duarte</p>');
    expect(a.byline).toBe('Ines Duarte');
  });

  it('a Korean credit line at the top of the body becomes the byline and leaves the text', () => {
    const html = '<!doctype html><html lang="ko"><head><meta property="og:type" content="article"></head><body><article><h1>부산 해안에 새 해상공원 조성</h1><p>김민수 기자</p>' +
      '<p>부산시는 5일 해안을 따라 새 해상공원을 조성한다고 밝혔다. 공원은 2028년 개장을 목표로 하며 시민들이 바다를 가까이에서 즐길 수 있도록 산책로와 전망대를 갖춘다.</p>'.repeat(3) + '</article></body></html>';
    const a = extract(parseHTML(html).document as unknown as Document, 'https://news.example.kr/article/1');
    expect(a.byline).toBe('김민수');
    expect(a.text).not.toContain('김민수 기자');
    expect(a.removed).toContainEqual(expect.objectContaining({ kind: 'credit', text: '김민수 기자' }));
  });
});
