/** The Article of a plain-text input (`--input text`): no DOM, the paragraphs are the text. */

import { findQuotes } from '../core/quotes';
import { countWords, readingMinutes } from '../core/text';
import type { Article } from '../core/types';

/**
 * Splits plain text into paragraphs: blank-line separated blocks when there are blank lines (lines
 * inside a block are a hard-wrapped paragraph and are joined), otherwise one paragraph per line.
 */
export function splitParagraphs(source: string): string[] {
  const text = source.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t\u00a0]*\n/.test(text) ? text.split(/\n(?:[ \t\u00a0]*\n)+/) : text.split('\n');
  return blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b !== '');
}

/**
 * Builds an Article from plain paragraphs. Nothing is removed or detected: the user has said this is
 * the article, so `detection` records that rather than guessing. Quotes are found in the same
 * paragraphs, so their offsets point into the returned `text`.
 */
export function articleFromText(source: string, url: string | null): Article {
  const t0 = performance.now();
  const paragraphs = splitParagraphs(source);
  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  const t1 = performance.now();
  const { quotes, keyQuotes } = findQuotes({ paragraphs, title: null });
  const t2 = performance.now();
  return {
    url,
    detection: { isArticle: true, isNews: false, score: 0, signals: ['input:text'] },
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    updatedTime: null,
    lang: null,
    excerpt: paragraphs[0] ?? null,
    paragraphs,
    text,
    notes: [],
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    truncated: false,
    quotes,
    keyQuotes,
    related: { count: 0, blocks: [] },
    removed: [],
    timings: { parse: 0, detect: 0, extract: t1 - t0, quotes: t2 - t1 },
  };
}
