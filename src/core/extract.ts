import { Readability } from '@mozilla/readability';
import { TRUNCATION } from './boilerplate-rules';
import { detect } from './detect';
import { readMetadata } from './metadata';
import { collectParagraphs } from './paragraphs';
import { precisionPass } from './precision';
import { checkLimits, tooLargeNote, type PageTooLarge } from './limits';
import { findQuotes } from './quotes';
import { findRelatedBlocks, toRelatedBlocks } from './related';
import { scanPage, type PageScan } from './scan';
import { countWords } from './text';
import type { Article, Detection, Removal } from './types';

/** Words per minute for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;
/** An article page whose body is shorter than this is probably a teaser or a paywalled stub. */
const SHORT_BODY_WORDS = 80;

function isTruncated(scan: PageScan, paragraphs: string[], wordCount: number, detection: Detection): boolean {
  const tail = paragraphs.slice(-3).join(' ');
  if (TRUNCATION.test(tail)) return true;
  // A paywall element next to a full-length body is usually an unused widget; next to a short one, a gate.
  if (scan.paywall && wordCount < 400) return true;
  return detection.isArticle && wordCount < SHORT_BODY_WORDS;
}

type Parsed = ReturnType<Readability<Node>['parse']>;

/**
 * Readability on our clone; null when there is nothing to parse (an empty document has no root) or
 * when it throws on hostile markup: extraction must never take the page down with it.
 */
function parseReadable(clone: Document): Parsed {
  if (!clone.documentElement) return null;
  try {
    // keepClasses: the precision pass reads class names (author boxes, share bars, credits).
    // No maxElemsToParse: checkLimits has just counted the same page (the clone is taken in the same
    // synchronous call, so nothing can grow in between), and Readability's own count is another full walk.
    return new Readability(clone, { serializer: (node: Node) => node, keepClasses: true }).parse();
  } catch {
    return null;
  }
}

/**
 * Drops the headline or the page URL left in the body, which a reader would read twice. Repeated
 * paragraphs are kept: some articles do repeat a line, and recall comes first.
 */
function dropHeadline(paragraphs: string[], headers: (string | null | undefined)[], removed: Removal[]): string[] {
  const heads = new Set(headers.filter((h): h is string => !!h).map((h) => h.toLowerCase()));
  return paragraphs.filter((p) => {
    if (!heads.has(p.toLowerCase())) return true;
    removed.push({ kind: 'boilerplate', reason: 'headline or URL repeated in the body', text: p });
    return false;
  });
}

/**
 * The Article of a page past a limit (see limits.ts): what the publisher declared (title, byline, site),
 * no text, and a note saying why, which every view shows; the related rails aren't searched either.
 * An Article rather than a thrown error, so the CLI, the popup and the reader need no second path and
 * the contract's shape holds for every page.
 */
function tooLarge(doc: Document, url: string | null, scan: PageScan, detection: Detection, over: PageTooLarge, timings: Article['timings']): Article {
  return {
    url,
    detection,
    ...readMetadata(doc, scan, null),
    paragraphs: [],
    text: '',
    notes: [tooLargeNote(over)],
    wordCount: 0,
    readingMinutes: 1,
    truncated: true,
    quotes: [],
    keyQuotes: [],
    related: { count: 0, blocks: [] },
    removed: [],
    timings,
  };
}

/**
 * Extracts the article from `doc`: Readability on a clone (the input is never touched), then the
 * precision pass over its output, metadata from what the publisher declared, and the related-story
 * rails from the original page (Readability drops them, so they are counted before it runs), then the
 * direct quotes with their speakers from the clean paragraphs. `timings.parse` is the caller's to fill.
 */
export function extract(doc: Document, url: string | null): Article {
  const t0 = performance.now();
  const scan = scanPage(doc);
  const detection = detect(doc, url, scan);
  const t1 = performance.now();
  const over = checkLimits(doc);
  if (over) return tooLarge(doc, url, scan, detection, over, { parse: 0, detect: t1 - t0, extract: performance.now() - t1, quotes: 0 });

  const related = toRelatedBlocks(findRelatedBlocks(doc), url);
  const clone = doc.cloneNode(true) as Document;
  const parsed = parseReadable(clone);
  const root = (parsed?.content ?? null) as unknown as Element | null;
  const pass = root ? precisionPass(root) : { removed: [], notes: [] };
  const meta = readMetadata(doc, scan, parsed);
  const paragraphs = dropHeadline(root ? collectParagraphs(root) : [], [meta.title, parsed?.title, url], pass.removed);
  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  const t2 = performance.now();
  const { quotes, keyQuotes } = findQuotes({ paragraphs, title: meta.title, lang: meta.lang });
  const t3 = performance.now();
  return {
    url,
    detection,
    ...meta,
    paragraphs,
    text,
    notes: pass.notes,
    wordCount,
    readingMinutes: Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE)),
    truncated: isTruncated(scan, paragraphs, wordCount, detection),
    quotes,
    keyQuotes,
    related,
    removed: pass.removed,
    timings: { parse: 0, detect: t1 - t0, extract: t2 - t1, quotes: t3 - t2 },
  };
}
