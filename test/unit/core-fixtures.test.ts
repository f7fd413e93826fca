import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';

const SEED_URL = 'https://www.lokmattimes.com/international/cooperation-between-seoul-tokyo-more-important-than-ever/';

function load(name: string): Document {
  return parseHTML(readFileSync(join(__dirname, '../fixtures', name), 'utf8')).document as unknown as Document;
}

/** The 11 body paragraphs of the seed page, read from the seed text itself (lines 8–18 after the header). */
function seedBody(): string[] {
  const seed = readFileSync(join(__dirname, '../fixtures/news-seed.html'), 'utf8');
  const body = /<div class="article-body"[^>]*>([\s\S]*?)<p class="disclaimer">/.exec(seed)?.[1] ?? '';
  return [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
}

describe('extract on the seed page (news-seed.html)', () => {
  const doc = load('news-seed.html');
  const before = doc.documentElement.outerHTML;
  const article = extract(doc, SEED_URL);

  it('keeps exactly the 11 body paragraphs and nothing else', () => {
    const body = seedBody();
    expect(body).toHaveLength(11);
    expect(article.paragraphs).toEqual(body);
    expect(article.text).toBe(body.join('\n\n'));
    expect(article.paragraphs[0]).toMatch(/^Nara, Jan 13 South Korean President/);
    expect(article.paragraphs[10]).toMatch(/Group of 20 leaders' gathering in South Africa in November\.$/);
    for (const chrome of ['Open in App', 'Epaper', 'Disclaimer', 'Related Stories', 'Realted', 'Privacy Policy']) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it('reads the metadata the portal declares', () => {
    expect(article.title).toBe('Cooperation between Seoul, Tokyo more important than ever, South Korean President tells Japan PM');
    expect(article.byline).toBe('IANS');
    expect(article.siteName).toBe('Lokmat Times');
    expect(article.publishedTime).toMatch(/^2026-01-13/);
    expect(article.lang).toBe('en');
    expect(article.wordCount).toBeGreaterThan(300);
    expect(article.readingMinutes).toBe(Math.ceil(article.wordCount / 230));
    expect(article.truncated).toBe(false);
  });

  it('counts 10 related stories in two blocks, titles without their category label', () => {
    expect(article.related.count).toBe(10);
    expect(article.related.blocks.map((b) => b.heading)).toEqual(['Related Stories', 'International Realted Stories']);
    expect(article.related.blocks.map((b) => b.items.length)).toEqual([5, 5]);
    const titles = article.related.blocks.flatMap((b) => b.items.map((i) => i.title));
    expect(titles).toContain("World Bank estimates India's growth in FY25-26 at 7.2 per cent");
    expect(titles).toContain('Afghan forces torch 3 clandestine heroin labs');
    expect(titles.some((t) => /^(National|International|Technology|Business|Other Sports)[A-Z"]/.test(t))).toBe(false);
    expect(article.related.blocks[0]!.items[0]!.url).toBe('https://www.lokmattimes.com/national/centre-waives-mizorams-liabilities-for-vacated-assam-rifles-buildings-in-aizawl/');
  });

  it('turns the agency disclaimer into a note, logged as removed', () => {
    expect(article.notes).toHaveLength(1);
    expect(article.notes[0]).toMatch(/^Disclaimer: This post has been auto-published from an agency feed/);
    expect(article.removed.filter((r) => r.kind === 'disclaimer')).toHaveLength(1);
  });

  it('detects a news article', () => {
    expect(article.detection.isArticle).toBe(true);
    expect(article.detection.isNews).toBe(true);
    expect(article.detection.signals).toEqual(expect.arrayContaining(['schema-news-article', 'og-article', 'dateline', 'agency-byline']));
  });

  it('finds the three quotes, all by Lee Jae Myung, at offsets into the text', () => {
    expect(article.quotes.map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Lee Jae Myung', 'Lee'],
      ['Lee Jae Myung', 'he'],
      ['Lee Jae Myung', 'he'],
    ]);
    for (const q of article.quotes) expect(article.text.slice(q.start, q.end)).toContain(q.text.slice(0, 40));
    expect(article.quotes.some((q) => /shuttle diplomacy/.test(q.text))).toBe(false);
    expect(article.keyQuotes.length).toBeGreaterThan(0);
    expect(article.keyQuotes.length).toBeLessThanOrEqual(3);
  });

  it('never touches the input document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extract on the other fixtures', () => {
  it('a section front is not an article', () => {
    const a = extract(load('section-front.html'), 'https://www.lokmattimes.com/international/');
    expect(a.detection.isArticle).toBe(false);
    expect(a.detection.isNews).toBe(false);
  });

  it('a blog post is an article but not news', () => {
    const a = extract(load('blog-post.html'), 'https://crumbnotes.example/2025/11/ten-years-of-sourdough-what-my-starter-taught-me/');
    expect(a.detection.isArticle).toBe(true);
    expect(a.detection.isNews).toBe(false);
    expect(a.byline).toBe('Mira Patel');
    expect(a.paragraphs).toHaveLength(6);
    expect(a.text).not.toMatch(/Twitter|comments/);
  });

  it('removes "Also read" links between paragraphs and keeps all the body', () => {
    const a = extract(load('also-read.html'), 'https://valleyherald.example/news/2026/02/03/city-council-approves-new-cycle-lanes/');
    expect(a.paragraphs).toHaveLength(6);
    expect(a.text).not.toMatch(/also read|Bus fares|Riverside market/i);
    expect(a.paragraphs[0]).toMatch(/^The city council on Monday approved/);
    expect(a.paragraphs[5]).toBe('Work is expected to begin in the spring and to take about eighteen months, the council said.');
    const alsoRead = a.removed.filter((r) => r.kind === 'also-read');
    expect(alsoRead).toHaveLength(2);
    expect(a.byline).toBe('Tom Ellis');
  });

  it('a Korean article: body kept, 관련 기사 rail counted', () => {
    const a = extract(load('korean-news.html'), 'https://hanbit.example/society/2026/03/05/busan-marine-park/');
    expect(a.detection.isNews).toBe(true);
    expect(a.paragraphs).toHaveLength(5);
    expect(a.text).not.toContain('관련 기사');
    expect(a.related.blocks).toEqual([expect.objectContaining({ heading: '관련 기사' })]);
    expect(a.related.count).toBe(3);
    expect(a.publishedTime).toBe('2026-03-05T14:30:00+09:00');
    expect(a.lang).toBe('ko');
  });

  it('a Japanese article: body kept, 関連記事 rail counted', () => {
    const a = extract(load('japanese-news.html'), 'https://yamato.example/news/20260716/nara-deer-count/');
    expect(a.paragraphs).toHaveLength(4);
    expect(a.text).not.toContain('関連記事');
    expect(a.related.count).toBe(3);
    expect(a.related.blocks[0]!.heading).toBe('関連記事');
  });
});
