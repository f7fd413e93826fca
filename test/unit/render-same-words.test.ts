/**
 * One Article, every view: the popup (its real markup), the reader, Copy as Markdown, the CLI's text
 * and Markdown. Each is read back into the same shape, and all must say the same words: title, source
 * line (date included), paragraphs, key quotes and speakers in order, notes.
 */
import { readFileSync } from 'node:fs';
import { Parser } from 'commonmark';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { formatMarkdown } from '../../src/cli/format-markdown';
import { formatText } from '../../src/cli/format-text';
import type { Article, Quote } from '../../src/core/types';
import { renderArticle, type ReaderStrings } from '../../src/reader/render';
import { translator, viewStrings } from '../../src/render/strings';
import en from '../../src/_locales/en/messages.json';
import { byTestId } from '../e2e/support/test-id';

const t = translator(en);
vi.mock('../../src/lib/browser', () => ({ browser: { i18n: { getMessage: (key: string, subs?: string | string[]) => t(key, subs), getUILanguage: () => 'en' } } }));
vi.mock('../../src/lib/sanitize', () => ({ insertSanitized: (container: Element, fragment: Node) => container.replaceChildren(fragment) }));
vi.mock('../../src/popup/page', () => ({ askPage: vi.fn() }));
const ARTICLE = article();
vi.mock('../../src/lib/article', () => ({ articleFromReading: () => ARTICLE }));
const { showArticle } = await import('../../src/popup/view');

function quote(text: string, speaker: string | null): Quote {
  return { text, speaker, speakerMention: speaker, paragraph: 0, start: 0, end: 1, score: 1 };
}

function article(): Article {
  const paragraphs = ['Nara, Jan 13 The two leaders met on Tuesday.', 'Talks “went well”, officials said — and more.'];
  return {
    url: 'https://news.example/world/story-1', detection: { isArticle: false, isNews: true, score: 2, signals: [] },
    title: 'Leaders meet in Nara', byline: 'Jane Roe', siteName: 'Example News', publishedTime: '2026-01-13T23:50:00+09:00', updatedTime: null,
    lang: 'en', excerpt: null, paragraphs, text: paragraphs.join('\n\n'), notes: ['Disclaimer: agency feed.'], wordCount: 300,
    readingMinutes: 2, truncated: true, quotes: [],
    // Three quotes by one speaker, as the core chose them: every view shows these, no more, no fewer.
    keyQuotes: [quote('Cooperation is more important than ever', 'Lee Jae Myung'), quote('We will meet again', 'Lee Jae Myung'), quote('A new chapter', 'Sanae Takaichi')],
    related: { count: 0, blocks: [] }, removed: [], timings: { parse: 0, detect: 0, extract: 0, quotes: 0 },
  };
}

interface Said {
  title: string;
  source: string;
  paragraphs: string[];
  quotes: string[];
  notes: string[];
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function fromDom(root: ParentNode): Said {
  const all = (selector: string) => [...root.querySelectorAll(selector)].map((n) => clean(n.textContent));
  return {
    title: all('[data-testid="title"]')[0]!,
    source: all('.meta')[0]!,
    paragraphs: all('[data-testid="article-text"] p, .text p'),
    quotes: [...root.querySelectorAll('.quote-item')].map((li) => `${clean(li.querySelector('.quote-text')?.textContent)} ${clean(li.querySelector('.quote-by')?.textContent)}`),
    notes: [...all('.notice'), ...all('.notes p')],
  };
}

function fromMarkdown(md: string): Said {
  const blocks: { type: string; text: string }[] = [];
  for (let block = new Parser().parse(md).firstChild; block; block = block.next) {
    let text = '';
    const walker = block.walker();
    for (let step = walker.next(); step; step = walker.next()) {
      if (step.entering && step.node.type === 'text') text += step.node.literal;
      if (step.entering && step.node.type === 'linebreak') text += '\n';
    }
    blocks.push({ type: block.type, text });
  }
  const quotesAt = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Key quotes');
  return {
    title: blocks[0]!.text,
    source: blocks[1]!.text.split('\n')[0]!,
    paragraphs: blocks.slice(2, quotesAt).map((b) => b.text),
    quotes: blocks.filter((b) => b.type === 'block_quote').map((b) => b.text.replace(/^“(.*)”/, '$1')),
    notes: blocks.slice(quotesAt + 1).filter((b) => b.type === 'paragraph').map((b) => b.text),
  };
}

function fromText(text: string): Said {
  const lines = text.split('\n');
  const quotesAt = lines.indexOf('Key quotes');
  return {
    title: lines[0]!,
    source: lines[1]!,
    paragraphs: lines.slice(3, quotesAt).filter(Boolean),
    quotes: lines.filter((l) => l.startsWith('— “')).map((l) => l.replace(/^— “(.*)”/, '$1')),
    notes: lines.filter((l) => l.startsWith('Note: ')).map((l) => l.slice('Note: '.length)),
  };
}

describe('the same Article in every view', () => {
  it('says the same words in the popup, the reader, Copy as Markdown and the CLI', async () => {
    const { document: popup, window } = parseHTML(readFileSync('src/popup/popup.html', 'utf8'));
    let copied = '';
    Object.assign(globalThis, { document: popup, location: window.location });
    Object.defineProperty(globalThis, 'navigator', { value: { clipboard: { writeText: async (s: string) => void (copied = s) } }, configurable: true });
    showArticle(1, { state: 'article', reading: {}, relatedHidden: true, relatedItems: 0 } as never);
    await (popup.querySelector(byTestId('copy-markdown')) as unknown as { onclick: () => Promise<void> }).onclick();

    const { document: page } = parseHTML('<!doctype html><html><body></body></html>');
    const readerStrings = { view: viewStrings(t, 'en') } as ReaderStrings;
    const reader = renderArticle(page as unknown as Document, ARTICLE, readerStrings);

    const views: Record<string, Said> = {
      popup: fromDom(popup as unknown as Document),
      reader: fromDom(reader),
      copyAsMarkdown: fromMarkdown(copied),
      cliMarkdown: fromMarkdown(formatMarkdown(ARTICLE, { showRelated: false })),
      cliText: fromText(formatText(ARTICLE, { showRelated: false })),
    };
    const expected: Said = {
      title: 'Leaders meet in Nara',
      // The page's own calendar day (the 13th in Seoul, the 13th 14:50 UTC), in the reader's locale.
      source: 'Example News · Jane Roe · January 13, 2026 · 2 min read',
      paragraphs: ARTICLE.paragraphs,
      quotes: ['Cooperation is more important than ever — Lee Jae Myung', 'We will meet again — Lee Jae Myung', 'A new chapter — Sanae Takaichi'],
      notes: [t('truncatedNotice'), t('statusNotArticle'), 'Disclaimer: agency feed.'],
    };
    for (const [name, said] of Object.entries(views)) {
      // The DOM views put "cut short" and "not an article" above the text; the formats list notes at the end.
      expect({ ...said, notes: [...said.notes].sort() }, name).toEqual({ ...expected, notes: [...expected.notes].sort() });
    }
  });
});
