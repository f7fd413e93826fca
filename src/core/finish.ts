/**
 * The half of extraction that needs only Readability's article: the precision pass, the paragraphs,
 * the truncation check and the quotes. Pure work on a detached element and strings, so it runs
 * wherever the article is shown (the popup, the reader) instead of in every page's script.
 */
import { TRUNCATION } from './boilerplate-rules';
import { tooLargeNote } from './limits';
import { takeBodyByline } from './body-byline';
import { chooseMetadata, type Metadata } from './metadata';
import { repairMojibake } from './mojibake';
import { collectParagraphs } from './paragraphs';
import { precisionPass } from './precision';
import { recallNeighbours } from './recall';
import { findQuotes } from './quotes';
import { fromPortable } from './portable';
import type { PageReading } from './read';
import type { RuleSwitches } from './rules';
import { countWords, readingMinutes } from './text';
import type { Article, Related, Removal } from './types';

/** An article page whose body is shorter than this is probably a teaser or a paywalled stub. */
const SHORT_BODY_WORDS = 80;

function isTruncated(reading: PageReading, paragraphs: string[], wordCount: number): boolean {
  const tail = paragraphs.slice(-3).join(' ');
  if (TRUNCATION.test(tail)) return true;
  // A paywall element next to a full-length body is usually an unused widget; next to a short one, a gate.
  if (reading.paywall && wordCount < 400) return true;
  return reading.detection.isArticle && wordCount < SHORT_BODY_WORDS;
}

/**
 * Drops the headline or the page URL left in the body, which a reader would read twice. Repeated
 * paragraphs are kept: some articles do repeat a line, and recall comes first.
 */
function dropHeadline(paragraphs: string[], headers: string[], removed: Removal[]): string[] {
  const heads = new Set(headers.map((h) => h.toLowerCase()));
  return paragraphs.filter((p) => {
    if (!heads.has(p.toLowerCase())) return true;
    removed.push({ kind: 'boilerplate', reason: 'headline or URL repeated in the body', text: p });
    return false;
  });
}

/** The source line's words with UTF-8 read twice repaired, as the body's are (mojibake.ts). */
function repairedMeta(meta: Metadata): Metadata {
  const fix = (s: string | null): string | null => s && repairMojibake(s);
  return { ...meta, title: fix(meta.title), byline: fix(meta.byline), siteName: fix(meta.siteName), excerpt: fix(meta.excerpt) };
}

/** The related stories' headings and titles, repaired as the body is (they are shown beside it). */
function repairedRelated(related: Related): Related {
  return { ...related, blocks: related.blocks.map((b) => ({ heading: b.heading && repairMojibake(b.heading), items: b.items.map((i) => ({ ...i, title: repairMojibake(i.title) })) })) };
}

/**
 * The Article from a page's reading and Readability's article element (`root`, which the precision
 * pass edits: pass a copy you still need). A page past a limit gets what the publisher declared, no
 * text, and the reason as its note: an Article rather than an error, so every view has one path.
 */
export function finishArticle(reading: PageReading, root: Element | null, rules?: RuleSwitches): Article {
  const t0 = performance.now();
  // Recall before precision: what is taken back from beside the pick is cleaned like the rest.
  if (root) recallNeighbours(root, rules);
  // The news-portal rules (credits, an unlabelled headline list after the body) stand down off news pages.
  const pass = root && !reading.tooLarge ? precisionPass(root, { news: reading.detection.isNews, article: reading.detection.isArticle, url: reading.url, pageRails: reading.rails, rules }) : { removed: [], notes: [] };
  const meta = repairedMeta(chooseMetadata(reading.meta));
  const body = takeBodyByline(dropHeadline(root && !reading.tooLarge ? collectParagraphs(root).map(repairMojibake) : [], [meta.title ?? '', ...reading.headers], pass.removed), pass.removed);
  const paragraphs = body.paragraphs;
  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  const t1 = performance.now();
  const { quotes, keyQuotes } = findQuotes({ paragraphs, title: meta.title, lang: meta.lang });
  const t2 = performance.now();
  return {
    url: reading.url,
    detection: reading.detection,
    ...meta,
    byline: meta.byline ?? body.byline,
    paragraphs,
    text,
    notes: reading.tooLarge ? [tooLargeNote(reading.tooLarge)] : pass.notes.map(repairMojibake),
    ...(reading.tooLarge ? { tooLarge: reading.tooLarge } : {}),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    truncated: reading.tooLarge ? true : isTruncated(reading, paragraphs, wordCount),
    quotes,
    keyQuotes,
    related: repairedRelated(reading.related),
    removed: pass.removed,
    timings: { parse: 0, detect: reading.timings.detect, extract: reading.timings.read + (t1 - t0), quotes: t2 - t1 },
  };
}

/** The Article from a reading that crossed from the page: its article rebuilt in `doc`, an inert
 * document (`document.implementation.createHTMLDocument('')`), then finished. */
export function finishReading(reading: PageReading, doc: Document): Article {
  return finishArticle(reading, reading.article ? fromPortable(reading.article, doc) : null);
}
