import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { renderArticle, type ReaderStrings } from '../../src/reader/render';
import { buildHeader, buildQuoteItems } from '../../src/render/dom';
import { translator, viewStrings } from '../../src/render/strings';
import { articleView } from '../../src/render/view';
import en from '../../src/_locales/en/messages.json';

const strings = viewStrings(translator(en), 'en');
const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

function article(over: Partial<Article> = {}): Article {
  return {
    url: null, detection: { isArticle: true, isNews: true, score: 5, signals: [] }, title: 'A headline', byline: 'Jane Roe',
    siteName: 'Example News', publishedTime: '2026-01-13', updatedTime: null, lang: 'en', excerpt: null, paragraphs: ['Text.'], text: 'Text.',
    notes: [], wordCount: 1, readingMinutes: 1, truncated: false, quotes: [],
    keyQuotes: [{ text: 'We will act', speaker: 'Lee', speakerMention: 'Lee', paragraph: 0, start: 0, end: 1, score: 1 }, { text: 'Anon', speaker: null, speakerMention: null, paragraph: 0, start: 2, end: 3, score: 1 }],
    related: { count: 0, blocks: [] }, removed: [], timings: { parse: 0, detect: 0, extract: 0, quotes: 0 }, ...over,
  };
}

describe('the DOM builders', () => {
  it('give the key quotes as list items only, for a ul to hold directly, in both the popup’s and the reader’s form', () => {
    const d = doc();
    for (const action of [undefined, { title: 'Show this quote on the page' }]) {
      const list = d.createElement('ul');
      list.append(buildQuoteItems(d, articleView(article(), strings).quotes, strings, action));
      expect([...list.children].map((c) => c.localName)).toEqual(['li', 'li']);
      expect([...list.querySelectorAll('[data-testid="quote-speaker"]')].map((s) => s.textContent)).toEqual(['Lee', 'Unattributed']);
    }
  });

  it('always give the one h1, hidden when there is no title, and the source line as its words', () => {
    const d = doc();
    const header = d.createElement('header');
    header.append(buildHeader(d, articleView(article({ title: null }), strings)));
    expect(header.querySelectorAll('h1')).toHaveLength(1);
    expect((header.querySelector('h1') as HTMLElement).hidden).toBe(true);
    expect(header.querySelector('.meta')?.textContent).toBe('Example News · Jane Roe · January 13, 2026 · 1 min read');
    expect(header.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-13');
  });

  it('build the reader with one h1 and the quotes as ul > li', () => {
    const page = renderArticle(doc(), article(), { view: strings } as ReaderStrings);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect([...page.querySelectorAll('.quote-list > *')].map((c) => c.localName)).toEqual(['li', 'li']);
  });
});
