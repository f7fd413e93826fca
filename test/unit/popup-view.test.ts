/**
 * The popup's article view on the popup's real markup (linkedom), with the browser replaced: what it
 * says when there is no text, and what Copy as Markdown copies. DOMPurify's own part is checked in the
 * e2e tests, in a real browser; here it is a plain insert.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/types';
import { translator } from '../../src/render/strings';
import en from '../../src/_locales/en/messages.json';
import { byTestId } from '../e2e/support/test-id';

const t = translator(en);
let current: Article;
vi.mock('../../src/lib/browser', () => ({ browser: { i18n: { getMessage: (key: string, subs?: string | string[]) => t(key, subs), getUILanguage: () => 'en' } } }));
vi.mock('../../src/lib/article', () => ({ articleFromReading: () => current }));
vi.mock('../../src/lib/sanitize', () => ({ insertSanitized: (container: Element, fragment: Node) => container.replaceChildren(fragment) }));
vi.mock('../../src/popup/page', () => ({ askPage: vi.fn() }));
const { showArticle } = await import('../../src/popup/view');

const writeText = vi.fn(async (_text: string) => undefined);
const answer = { state: 'article', reading: {}, relatedHidden: true, relatedItems: 0 } as never;

function article(over: Partial<Article> = {}): Article {
  const paragraphs = over.paragraphs ?? ['First paragraph.', 'Second paragraph.'];
  return {
    url: 'https://news.example/world/story-1', detection: { isArticle: true, isNews: true, score: 5, signals: [] },
    title: 'A headline', byline: 'Jane Roe', siteName: 'Example News', publishedTime: '2026-01-13', updatedTime: null, lang: 'en', excerpt: null,
    paragraphs, text: paragraphs.join('\n\n'), notes: [], wordCount: 4, readingMinutes: 1, truncated: false,
    quotes: [], keyQuotes: [], related: { count: 0, blocks: [] }, removed: [], timings: { parse: 0, detect: 0, extract: 0, quotes: 0 },
    ...over,
  };
}

const testId = (id: string) => document.querySelector<HTMLElement>(byTestId(id))!;

beforeEach(() => {
  const { document: doc, window } = parseHTML(readFileSync('src/popup/popup.html', 'utf8'));
  Object.assign(globalThis, { document: doc, location: window.location });
  Object.defineProperty(globalThis, 'navigator', { value: { clipboard: { writeText } }, configurable: true });
  writeText.mockClear();
});

describe('the popup with no article text', () => {
  it('says there is no text, not the first of the article’s notes (a disclaimer is no reason)', () => {
    current = article({ paragraphs: [], notes: ['Disclaimer: this story is from a syndicated feed.'], truncated: true });
    showArticle(1, answer);
    expect(testId('status').textContent).toBe('No article text was found on this page.');
  });

  it('says which size limit a page passed, in the reader’s words, not the core’s English note', () => {
    const note = 'Page too large to declutter: 15,001 elements (the limit is 15,000).';
    current = article({ paragraphs: [], notes: [note], truncated: true, tooLarge: { limit: 'elements', found: 15_001, max: 15_000 } });
    showArticle(1, answer);
    expect(testId('status').textContent).toBe('This page is too large to declutter: it has more than 15,000 elements.');
  });
});

describe('Copy as Markdown', () => {
  it('carries the notes the text format prints: the page’s own, “cut short” and “not an article”', async () => {
    current = article({ truncated: true, notes: ['Disclaimer: agency feed.'], detection: { isArticle: false, isNews: false, score: 0, signals: [] } });
    showArticle(1, answer);
    await (testId('copy-markdown') as unknown as { onclick: () => Promise<void> }).onclick();
    const markdown = writeText.mock.calls[0]![0];
    expect(markdown).toContain('*Disclaimer: agency feed.*');
    expect(markdown).toContain(`*${t('truncatedNotice')}*`);
    expect(markdown).toContain(`*This page doesn't look like an article.*`);
  });
});
