import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/cli/format-markdown';
import { extract } from '../../src/core/extract';
import { articleViolations } from '../support/article-shape';
import { expandHostile, hostilePages } from './hostile-pages';

const SENTINEL = 'http://127.0.0.1:9/sentinel';
const URL_ = 'https://news.example.com/local/2026/03/04/pilot-boats/';
const pages = hostilePages();

/** What a markdown renderer could turn live: a raw tag, an image, a link or reference to a non-web URL. */
function liveMarkdown(md: string): string[] {
  const found: string[] = [];
  // An autolink to a web URL (the popup's source line) is a link, not HTML.
  for (const m of md.matchAll(/(^|[^\\])(<[a-z!/?][^>]*)/gi)) if (!/^<https?:\/\/[^\s<>]*$/.test(m[2]!)) found.push(`raw html ${m[2]}`);
  for (const m of md.matchAll(/(^|[^\\])!\[/g)) found.push(`image ${m[0]}`);
  for (const m of md.matchAll(/(^|[^\\])\]\(([^)]*)\)/g)) if (!/^https?:\/\//.test(m[2]!)) found.push(`link ${m[2]}`);
  if (/^\s{0,3}\[[^\]]+\]:\s/m.test(md)) found.push('reference definition');
  return found;
}

describe('the hostile corpus through the core (linkedom)', () => {
  it('has at least 50 pages, each aiming a payload at the sentinel', () => {
    expect(pages.length).toBeGreaterThanOrEqual(50);
    for (const p of pages) expect([p.name, p.raw.includes('{{SENTINEL}}')]).toEqual([p.name, true]);
  });

  for (const page of pages) {
    it(`${page.name}: the story is found, the contract holds, the Markdown stays inert`, () => {
      const { document } = parseHTML(expandHostile(page, SENTINEL));
      const article = extract(document as unknown as Document, URL_);
      expect(articleViolations(article)).toEqual([]);
      expect(article.wordCount).toBeGreaterThan(70);
      expect(liveMarkdown(formatMarkdown(article, { showRelated: true }))).toEqual([]);
    });
  }

  it('escaped markup stays text wherever it was: body, title, byline, quote', () => {
    const get = (prefix: string) => {
      const page = pages.find((p) => p.name.startsWith(prefix))!;
      return extract(parseHTML(expandHostile(page, SENTINEL)).document as unknown as Document, URL_);
    };
    expect(get('06-').text).toContain(`<img src=x onerror="fetch('${SENTINEL}?id=06')">`);
    expect(get('07-').title).toContain(`<img src=x onerror="fetch('${SENTINEL}?id=07')">`);
    expect(get('09-').byline).toContain('<img src=x onerror=');
    expect(get('10-').quotes.map((q) => q.text).join(' ')).toContain('<img src=x onerror=');
  });

  it('hostile JSON-LD pollutes no prototype and leaves the headline a string', () => {
    for (const prefix of ['37-', '38-', '40-']) {
      const page = pages.find((p) => p.name.startsWith(prefix))!;
      const article = extract(parseHTML(expandHostile(page, SENTINEL)).document as unknown as Document, URL_);
      expect(typeof article.title).toBe('string');
      expect(article.title).not.toBe('POLLUTED');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isArticle).toBeUndefined();
  });

  it('a JSON-LD author nested 20,000 arrays deep, a megabyte long or of every wrong shape gives a clean name or nothing', () => {
    const byline = (prefix: string) => extract(parseHTML(expandHostile(pages.find((p) => p.name.startsWith(prefix))!, SENTINEL)).document as unknown as Document, URL_).byline;
    // The visible credit ("By Ines Duarte") stands in when the declared author is unreadable.
    expect(byline('61-')).toBe('Ines Duarte');
    expect(byline('62-')).toBe('Ines Duarte');
    expect(byline('63-')).toBe('Ines Duarte');
  });
});
