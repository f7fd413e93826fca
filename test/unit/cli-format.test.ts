import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../src/core/types';
import { errorRecord, toRecord } from '../../src/cli/format-json';
import { formatMarkdown } from '../../src/cli/format-markdown';
import { formatText } from '../../src/cli/format-text';
import { CLI_STRINGS } from '../../src/cli/strings';
import { escapeMarkdown } from '../../src/render/markdown';
import { stripControls } from '../../src/render/text';
import { articleView } from '../../src/render/view';

const quote = (text: string, speaker: string | null): Quote => ({
  text, speaker, speakerMention: speaker, paragraph: 0, start: 0, end: text.length, score: 1,
});

function article(over: Partial<Article> = {}): Article {
  const paragraphs = over.paragraphs ?? ['First paragraph.', 'Second paragraph.'];
  return {
    url: 'https://news.example/world/story-1',
    detection: { isArticle: true, isNews: true, score: 5, signals: ['og:type=article'] },
    title: 'A headline',
    byline: 'Jane Roe',
    siteName: 'Example News',
    publishedTime: '2026-01-13T23:50:00+05:30',
    updatedTime: null,
    lang: 'en',
    excerpt: 'First paragraph.',
    paragraphs,
    text: paragraphs.join('\n\n'),
    notes: [],
    wordCount: 4,
    readingMinutes: 1,
    truncated: false,
    quotes: [],
    keyQuotes: [],
    related: { count: 0, blocks: [] },
    removed: [],
    timings: { parse: 1.23456, detect: 0.1, extract: 2, quotes: 0 },
    ...over,
  };
}

const withRelated = article({
  related: {
    count: 3,
    blocks: [{ heading: 'Related Stories', items: [
      { title: 'Relative link', url: '/world/story-2' },
      { title: 'Evil link', url: 'javascript:alert(1)' },
      { title: 'No link', url: null },
    ] }],
  },
});

describe('the source line', () => {
  it('joins site, byline, the publisher’s calendar date in English and reading time', () => {
    // 23:50 in India is still the 13th there, although it is the 13th 18:20 in UTC: no shift either way.
    const line = (over: Partial<Article>) => articleView(article(over), CLI_STRINGS).sourceLine;
    expect(line({})).toBe('Example News · Jane Roe · January 13, 2026 · 1 min read');
    expect(line({ siteName: null, byline: '  ', publishedTime: 'Jan 5, 2020' })).toBe('January 5, 2020 · 1 min read');
  });
});

describe('formatText', () => {
  it('prints title, source, paragraphs, key quotes, notes', () => {
    const out = formatText(article({ keyQuotes: [quote('We will act.', 'Lee Jae Myung'), quote('Anon.', null)], notes: ['Disclaimer: agency feed.'] }), { showRelated: false });
    expect(out).toBe([
      'A headline', 'Example News · Jane Roe · January 13, 2026 · 1 min read', '',
      'First paragraph.', '', 'Second paragraph.', '',
      'Key quotes', '— “We will act.” — Lee Jae Myung', '— “Anon.”', '',
      'Note: Disclaimer: agency feed.', '',
    ].join('\n'));
  });

  it('says when the page does not look like an article or looks cut short', () => {
    const out = formatText(article({ truncated: true, detection: { isArticle: false, isNews: false, score: 0, signals: [] } }), { showRelated: false });
    // The extension's words for both (src/_locales/en), in the order every view gives them.
    expect(out).toContain('\nNote: This looks like only part of the article: the page may be behind a paywall or a “continue reading” link.\n\nNote: This page doesn\'t look like an article.\n');
    expect(formatText(article(), { showRelated: false })).not.toContain('Note:');
  });

  it('lists related stories only when asked, with safe absolute links', () => {
    const quiet = formatText(withRelated, { showRelated: false });
    expect(quiet).not.toContain('Related');
    expect(quiet).toContain('\n3 related stories hidden (--show-related lists them)\n');
    const out = formatText(withRelated, { showRelated: true });
    expect(out).toContain('Related stories (3)\nRelated Stories\n');
    expect(out).toContain('  • Relative link — https://news.example/world/story-2');
    expect(out).toContain('  • Evil link\n');
    expect(out).not.toContain('javascript:');
  });

  it('strips terminal escape sequences from page text', () => {
    const out = formatText(article({ title: 'Hi\u001b]0;pwned\u0007\u001b[2J there' }), { showRelated: false });
    expect(out).not.toMatch(/[\u001b\u0007]/);
    expect(out.split('\n')[0]).toBe('Hi]0;pwned[2J there');
  });
});

describe('formatMarkdown', () => {
  it('renders the contract’s layout', () => {
    const out = formatMarkdown(article({ keyQuotes: [quote('We will act.', 'Lee')] }), { showRelated: false });
    expect(out).toBe([
      '# A headline', '', '*Example News · Jane Roe · January 13, 2026 · 1 min read*  ', '<https://news.example/world/story-1>', '',
      'First paragraph.', '', 'Second paragraph.', '',
      '## Key quotes', '', '> “We will act.” — Lee', '',
    ].join('\n'));
  });

  it('keeps hostile page text inert: no link, image, HTML or autolink survives', () => {
    const hostile = [
      '[click](javascript:alert(1))', '![x](https://evil.example/p.png)', '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>', '<https://evil.example>', '&lt;b&gt;', '# not a heading', '> not a quote',
      '- not a list', '1. not a list', '`code`', '*bold*', '| a | b |',
    ];
    const out = formatMarkdown(article({ title: '<b>T</b>', paragraphs: hostile, keyQuotes: [quote('[q](javascript:x)', '<i>S</i>')] }), { showRelated: false });
    const body = out.split('\n').filter((l) => l && !/^(# |\*|## |> “|<https:\/\/news\.example\/)/.test(l));
    // Every special character in page text is preceded by a backslash.
    for (const line of body) expect(line, line).not.toMatch(/(^|[^\\])[[\]<>`*|&]/);
    // The lines keep what would have been block syntax as plain text.
    expect(body).toContain('\\# not a heading');
    expect(body).toContain('\\> not a quote');
    expect(body).toContain('\\- not a list');
    expect(body).toContain('1\\. not a list');
    expect(out).toContain('# \\<b\\>T\\</b\\>');
    expect(out).toContain('> “\\[q\\]\\(javascript:x\\)” — \\<i\\>S\\</i\\>');
  });

  it('links related stories only to http(s), percent-encoding what would break the link', () => {
    const out = formatMarkdown(article({
      related: { count: 3, blocks: [{ heading: 'More [from] us', items: [
        { title: 'A (b) [c]', url: 'https://news.example/a (b)' },
        { title: 'Evil', url: 'javascript:alert(1)' },
        { title: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
      ] }] },
    }), { showRelated: true });
    expect(out).toContain('## Related stories (3)');
    expect(out).toContain('### More \\[from\\] us');
    expect(out).toContain('- [A \\(b\\) \\[c\\]](https://news.example/a%20%28b%29)');
    expect(out).toContain('- Evil\n');
    expect(out).toContain('- Data\n');
    expect(out).not.toMatch(/\]\((javascript|data):/);
  });

  it('escapeMarkdown collapses whitespace so text cannot start new blocks', () => {
    expect(escapeMarkdown('a\n# b\n\n<x>')).toBe('a \\# b \\<x\\>');
  });
});

describe('stripControls', () => {
  it('keeps newlines and tabs, drops other controls and bidi overrides', () => {
    expect(stripControls('a\tb\nc\u0000d\u202ee\u009bf')).toBe('a\tb\ncdef');
  });
});

describe('JSON records', () => {
  it('carry the contract’s keys and rounded timings', () => {
    const r = toRecord('page.html', article());
    expect(Object.keys(r)).toEqual(expect.arrayContaining([
      'file', 'url', 'detection', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'excerpt', 'text',
      'wordCount', 'readingMinutes', 'quotes', 'keyQuotes', 'related', 'removed', 'timings',
    ]));
    expect(r.file).toBe('page.html');
    expect(r.text).toBe('First paragraph.\n\nSecond paragraph.');
    expect(r.timings).toEqual({ parse: 1.235, detect: 0.1, extract: 2, quotes: 0 });
    expect(r).not.toHaveProperty('paragraphs');
    expect(errorRecord('x', 'no such file: x')).toEqual({ file: 'x', error: 'no such file: x' });
  });
});
