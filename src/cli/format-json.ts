/** The JSON record of the CLI contract (docs/ARCHITECTURE.md, "Contracts"), one per input. */

import type { Article } from '../core/types';

/** A successful input: the contract's keys in the contract's order, plus `notes` and `truncated`. */
export function toRecord(file: string, a: Article): Record<string, unknown> {
  return {
    file,
    url: a.url,
    detection: a.detection,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    publishedTime: a.publishedTime,
    updatedTime: a.updatedTime,
    lang: a.lang,
    excerpt: a.excerpt,
    text: a.text,
    notes: a.notes,
    truncated: a.truncated,
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
    quotes: a.quotes,
    keyQuotes: a.keyQuotes,
    related: a.related,
    removed: a.removed,
    timings: roundTimings(a.timings),
  };
}

/** A failed input in a batch. */
export function errorRecord(file: string, error: string): Record<string, unknown> {
  return { file, error };
}

// Microsecond digits are noise in a report; three decimals of a millisecond are plenty.
function roundTimings(t: Article['timings']): Article['timings'] {
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { parse: r(t.parse), detect: r(t.detect), extract: r(t.extract), quotes: r(t.quotes) };
}
