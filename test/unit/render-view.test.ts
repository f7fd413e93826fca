import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../src/core/types';
import { translator, viewStrings } from '../../src/render/strings';
import { articleView } from '../../src/render/view';
import en from '../../src/_locales/en/messages.json';
import ja from '../../src/_locales/ja/messages.json';
import ko from '../../src/_locales/ko/messages.json';

const strings = viewStrings(translator(en), 'en');

function quote(text: string, speaker: string | null, score = 1): Quote {
  return { text, speaker, speakerMention: speaker, paragraph: 0, start: score, end: score + 1, score };
}

function article(over: Partial<Article> = {}): Article {
  const paragraphs = over.paragraphs ?? ['First paragraph.'];
  return {
    url: 'https://news.example/world/story-1', detection: { isArticle: true, isNews: true, score: 5, signals: [] },
    title: 'A headline', byline: null, siteName: 'Example News', publishedTime: '2026-01-13', updatedTime: null, lang: 'en', excerpt: null,
    paragraphs, text: paragraphs.join('\n\n'), notes: [], wordCount: 4, readingMinutes: 3, truncated: false,
    quotes: [], keyQuotes: [], related: { count: 0, blocks: [] }, removed: [], timings: { parse: 0, detect: 0, extract: 0, quotes: 0 },
    ...over,
  };
}

describe('articleView', () => {
  it('shows exactly the core’s key quotes, in its order: no view fills up from the other quotes', () => {
    const keyQuotes = [quote('one', 'Lee', 1), quote('two', 'Lee', 2)];
    const quotes = [...keyQuotes, quote('three', 'Lee', 9), quote('four', null, 8)];
    expect(articleView(article({ quotes, keyQuotes }), strings).quotes).toEqual([{ text: 'one', speaker: 'Lee' }, { text: 'two', speaker: 'Lee' }]);
  });

  it('leaves out what is missing from the source line, and says "Updated" for a page that gives only that', () => {
    expect(articleView(article(), strings).sourceLine).toBe('Example News · January 13, 2026 · 3 min read');
    expect(articleView(article({ siteName: ' ', publishedTime: null }), strings).sourceLine).toBe('3 min read');
    const updated = articleView(article({ publishedTime: null, updatedTime: '2026-01-14T08:00:00Z' }), strings);
    expect(updated.sourceLine).toBe('Example News · Updated January 14, 2026 · 3 min read');
    expect(updated.date).toEqual({ text: 'Updated January 14, 2026', iso: '2026-01-14T08:00:00Z' });
    expect(articleView(article({ updatedTime: '2026-01-14' }), strings).date?.text).toBe('January 13, 2026');
    // The core dates a page that states only its update by that update, in both fields: still "Updated".
    expect(articleView(article({ publishedTime: '2026-01-14', updatedTime: '2026-01-14' }), strings).date?.text).toBe('Updated January 14, 2026');
  });

  it('says "Updated" in every locale the extension ships', () => {
    const line = (catalog: typeof en, locale: string) => articleView(article({ publishedTime: null, updatedTime: '2026-01-14' }), viewStrings(translator(catalog), locale)).date?.text;
    expect(line(ko, 'ko')).toBe('2026년 1월 14일 업데이트');
    expect(line(ja, 'ja')).toBe('2026年1月14日 更新');
  });

  it('orders the notes: the page’s own, then "cut short", then "not an article"', () => {
    const view = articleView(article({ notes: ['Disclaimer.'], truncated: true, detection: { isArticle: false, isNews: false, score: 0, signals: [] } }), strings);
    expect(view.notes.map((n) => n.kind)).toEqual(['page', 'truncated', 'not-article']);
    expect(view.notes[1]!.text).toBe(translator(en)('truncatedNotice'));
  });

  it('gives the reason there is no text once, as the reason, not as a note too', () => {
    const note = 'Page too large to declutter: 260 levels of nesting (the limit is 200).';
    const view = articleView(article({ paragraphs: [], notes: [note], truncated: true, tooLarge: { limit: 'depth', found: 260, max: 200 } }), strings);
    expect(view.noText).toBe('This page is too large to declutter: its elements are nested more than 200 levels deep.');
    expect(view.notes).toEqual([]);
    expect(articleView(article({ paragraphs: [], notes: ['Disclaimer.'] }), strings).noText).toBe('No article text was found on this page.');
    expect(articleView(article(), strings).noText).toBeNull();
  });

  it('links only web URLs, resolved against the page', () => {
    const view = articleView(article({ url: 'javascript:alert(1)', related: { count: 2, blocks: [{ heading: null, items: [{ title: 'A', url: '/a' }, { title: 'B', url: 'javascript:x' }] }] } }), strings);
    expect(view.url).toBeNull();
    expect(view.related[0]!.items.map((i) => i.url)).toEqual([null, null]);
    const based = articleView(article({ related: { count: 1, blocks: [{ heading: 'More', items: [{ title: 'A', url: '/a' }] }] } }), strings);
    expect(based.related[0]!.items[0]!.url).toBe('https://news.example/a');
  });
});
