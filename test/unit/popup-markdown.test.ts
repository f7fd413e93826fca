import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../src/core/types';
import { articleToMarkdown, escapeMarkdown, type MarkdownStrings } from '../../src/popup/markdown';

const strings: MarkdownStrings = {
  keyQuotes: 'Key quotes',
  unattributed: 'Unattributed',
  readingTime: (m) => `${m} min read`,
  date: (v) => v.slice(0, 10),
};

const quote = (text: string, speaker: string | null): Quote => ({ text, speaker, speakerMention: speaker, paragraph: 0, start: 0, end: 1, score: 1 });

function article(over: Partial<Article> = {}): Article {
  const paragraphs = over.paragraphs ?? ['First paragraph.', 'Second paragraph.'];
  return {
    url: 'https://news.example/world/story-1', detection: { isArticle: true, isNews: true, score: 5, signals: [] },
    title: 'A headline', byline: 'Jane Roe', siteName: 'Example News', publishedTime: '2026-01-13T16:20:00+05:30', updatedTime: null,
    lang: 'en', excerpt: null, paragraphs, text: paragraphs.join('\n\n'), notes: [], wordCount: 4, readingMinutes: 1,
    truncated: false, quotes: [], keyQuotes: [], related: { count: 0, blocks: [] }, removed: [],
    timings: { parse: 0, detect: 0, extract: 0, quotes: 0 }, ...over,
  };
}

describe('escapeMarkdown', () => {
  it('escapes inline specials anywhere', () => {
    expect(escapeMarkdown('*Breaking* [update](x) <b> a_b `c` |d| ~e~ \\')).toBe('\\*Breaking\\* \\[update\\](x) \\<b\\> a\\_b \\`c\\` \\|d\\| \\~e\\~ \\\\');
  });
  it('escapes block markers only where a line starts', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('2026. A year')).toBe('2026\\. A year');
    expect(escapeMarkdown('Seoul-Tokyo ties, 60 years. #1')).toBe('Seoul-Tokyo ties, 60 years. #1');
  });
});

describe('articleToMarkdown', () => {
  it('writes title, source line with link, paragraphs, notes and key quotes with speakers', () => {
    const md = articleToMarkdown(article({
      notes: ['Disclaimer: auto-published'],
      keyQuotes: [quote('more important than ever', 'Lee Jae Myung'), quote('a quote\n\nin two paragraphs', null)],
    }), strings);
    expect(md).toBe([
      '# A headline',
      '*Example News · Jane Roe · 2026-01-13 · 1 min read*  \n<https://news.example/world/story-1>',
      'First paragraph.',
      'Second paragraph.',
      '*Disclaimer: auto-published*',
      '## Key quotes',
      '> “more important than ever”  \n> — Lee Jae Myung',
      '> “a quote in two paragraphs”  \n> — Unattributed',
    ].join('\n\n') + '\n');
  });

  it('keeps page text from turning into formatting or links', () => {
    const md = articleToMarkdown(article({ title: '*Hot* [take]', paragraphs: ['# 1 story', '[click](javascript:alert(1))'] }), strings);
    expect(md).toContain('# \\*Hot\\* \\[take\\]');
    expect(md).toContain('\n\n\\# 1 story\n\n');
    expect(md).toContain('\\[click\\](javascript:alert(1))');
  });

  it('leaves out what is missing, and a URL that is not a web link', () => {
    const md = articleToMarkdown(article({ byline: null, siteName: null, publishedTime: null, url: 'javascript:alert(1)' }), strings);
    expect(md.split('\n\n')[1]).toBe('*1 min read*');
    expect(md).not.toContain('javascript:');
  });
});
