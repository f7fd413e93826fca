/**
 * The half of extraction that needs the page itself: the scan, detection, the limits, the related rails
 * (counted on the original, since Readability drops them) and Readability on a clone. Its result is
 * plain data plus Readability's article element; `finishArticle` (finish.ts) turns both into the
 * Article. In the browser the two halves run in different places: this one in the page, where the DOM
 * is, and the finish in the popup or the reader, so the script injected into every page stays small.
 */
import { detect } from './detect';
import { measurePage, type PageTooLarge } from './limits';
import { gatherMeta, type MetaEvidence } from './meta-evidence';
import { findRelatedBlocks, toRelatedBlocks, type RelatedBlockElement } from './related';
import { toPortable, type PortableElement } from './portable';
import { proseChars } from './readerable';
import { gatherNeighbours } from './neighbours';
import { keepEmbeds } from './embeds';
import { keepMathJax } from './mathjax';
import { revealStreamedSegments } from './streamed';
import { runReadability, type Parsed } from './readability-run';
import { ruleFired, ruleOn, type RuleSwitches } from './rules';
import { scanPage, type PageScan } from './scan';
import { walkPage } from './page-walk';
import type { Detection, Related } from './types';

/** What the page half of extraction found: plain, serialisable data. */
export interface PageReading {
  url: string | null;
  detection: Detection;
  /** What the source line is chosen from (metadata.ts chooses, in the finish). */
  meta: MetaEvidence;
  /** Lines a body must not repeat as a paragraph besides the chosen title: Readability's title, the URL. */
  headers: string[];
  /** Some element is named like a paywall or subscriber gate. */
  paywall: boolean;
  related: Related;
  /** How many related blocks the page holds, inline "Also read" links included. With none on the page,
   * the article, a part of it, is not searched for them again (precision.ts). */
  rails: number;
  /** Set when the page is past a limit (limits.ts): which, and by how much (views say it in their language). */
  tooLarge: PageTooLarge | null;
  /** Readability's article as plain data (portable.ts), carried across a process boundary in place of
   * `root`: see `portableReading`, and `finishReading` in finish.ts. */
  article: PortableElement | null;
  timings: { detect: number; read: number };
}

/** A reading with Readability's article element, as the page half returns it in-process. */
export interface PageRead {
  reading: PageReading;
  root: Element | null;
}

/**
 * Pages past this many elements get one Readability attempt for any story of 100 characters or more.
 * Readability retries a story under 500 characters up to three more times, each time re-parsing the
 * whole page; on a page of 14,000 elements that took the tab's main thread from 0.6 s to 1.6–2 s in
 * Chromium (bench/pathological.mjs). About one page in a hundred of ../shared/corpus is this large.
 * The prose retry below still applies to them: a big page whose pick holds less than half its prose
 * has lost the article, and a few re-parses are the price of getting it back; a short story in a big
 * grid has little prose, so its threshold stays low.
 */
const BIG_PAGE_ELEMENTS = 3_000;
const BIG_PAGE_CHAR_THRESHOLD = 100;
/** Readability's own default charThreshold. */
const DEFAULT_CHAR_THRESHOLD = 500;
/** Share of the page's prose (readerable.ts) Readability's pick must hold before it stops trying. */
const PROSE_SHARE = 0.5;
/**
 * The retry's threshold never passes this: a pick this long is an article, and a page with more prose
 * around it has comments or a long sidebar, which Readability's longest attempt would take in with it
 * (a story of 22,000 characters became 50,000 with its kudos list and comments).
 */
const MAX_RETRY_THRESHOLD = 4_000;

/**
 * Readability on our clone; null when there is nothing to parse (an empty document has no root) or
 * when it throws on hostile markup: extraction must never take the page down with it.
 */
function parseReadable(clone: Document, again: () => Document, elements: number, article: boolean, rules: RuleSwitches | undefined, prose?: [number, number]): Parsed {
  if (!clone.documentElement) return null;
  try {
    // keepClasses: the precision pass reads class names (author boxes, share bars, credits).
    // No maxElemsToParse: measurePage has just counted the same page (the clone is taken in the same
    // synchronous call, so nothing can grow in between), and Readability's own count is another full walk.
    // Readability retries (with its filters loosened, keeping its longest attempt) when its pick is
    // shorter than charThreshold. Its default, 500 characters, lets a footer or a disclosure pass for
    // the article; asking for half the page's prose (readerable.ts) makes it retry exactly when it missed most of it.
    const [all, outside] = prose ?? proseChars(clone);
    let retry = ruleOn(rules, 'readability-retry') ? Math.min(MAX_RETRY_THRESHOLD, Math.round(all * PROSE_SHARE)) : 0;
    // On an article, a long legal footer or a sidebar's blurbs (readerable.ts's BESIDE) would double
    // the bar and send Readability off to pick them, so the prose outside them sets it, never under
    // Readability's default. Not on other pages: a shop keeps its product copy in such boxes.
    const beside = Math.max(DEFAULT_CHAR_THRESHOLD, Math.round(outside * PROSE_SHARE));
    if (article && retry > beside && ruleOn(rules, 'retry-beside')) {
      retry = beside;
      ruleFired(rules, 'retry-beside');
    }
    const charThreshold = elements > BIG_PAGE_ELEMENTS ? Math.max(BIG_PAGE_CHAR_THRESHOLD, retry) : Math.max(DEFAULT_CHAR_THRESHOLD, retry);
    const parsed = runReadability(clone, again, { serializer: (node: Node) => node, keepClasses: true, charThreshold });
    // Recorded whenever the bar was raised (the bench's ablation then re-runs those pages).
    if (retry > DEFAULT_CHAR_THRESHOLD) ruleFired(rules, 'readability-retry');
    return parsed;
  } catch {
    return null;
  }
}

/** What a caller may already know of the page (the content script's session does), so that no walk
 * of it is made twice: the scan, the detection from it, and the related rails. */
export interface KnownOfPage {
  scan?: PageScan;
  detection?: Detection;
  rails?: RelatedBlockElement[];
  /** Rule switches for the bench's ablation (rules.ts). */
  rules?: RuleSwitches;
}

/** Reads `doc` (never changing it), reusing what `known` already holds. */
export function readPage(doc: Document, url: string | null, known: KnownOfPage = {}): PageRead {
  const t0 = performance.now();
  // On a DOM shim, one walk reads what the steps below would each walk the page for (page-walk.ts).
  // One expression, so the extension's minifier (__NATIVE_DOM__, build.mjs) drops the walk.
  const walk = typeof __NATIVE_DOM__ !== 'undefined' && __NATIVE_DOM__ ? null : walkPage(doc);
  const scan = known.scan ?? walk?.scan ?? scanPage(doc);
  const detection = known.detection ?? detect(doc, url, scan, known.rules);
  const t1 = performance.now();
  const base = { url, detection, paywall: scan.paywall, article: null };
  const { over, elements } = walk ?? measurePage(doc);
  if (over) {
    // What the publisher declared is still shown; neither the body nor the rails are searched.
    const meta = gatherMeta(doc, scan, url, null);
    const reading = { ...base, meta, headers: [], related: { count: 0, blocks: [] }, rails: 0, tooLarge: over, timings: { detect: t1 - t0, read: performance.now() - t1 } };
    return { reading, root: null };
  }
  const rails = known.rails ?? findRelatedBlocks(doc, known.rules);
  const related = toRelatedBlocks(rails, url);
  let revealed = false;
  // Readability's input: a clone (the page is never touched) with what the page's scripts would show.
  const prepare = (): Document => {
    const clone = doc.cloneNode(true) as Document;
    // The walk knows when the clone holds no segment to reveal, and the page's prose while the clone is unchanged.
    revealed = ruleOn(known.rules, 'streamed-segments') && walk?.streamed !== false && revealStreamedSegments(clone) > 0;
    if (revealed) ruleFired(known.rules, 'streamed-segments');
    if (ruleOn(known.rules, 'mathjax') && walk?.mathjax !== false && keepMathJax(clone)) ruleFired(known.rules, 'mathjax');
    if (ruleOn(known.rules, 'embeds') && walk?.embeds !== false && keepEmbeds(clone)) ruleFired(known.rules, 'embeds');
    return clone;
  };
  const clone = prepare();
  const parsed = parseReadable(clone, prepare, elements, detection.isArticle, known.rules, revealed ? undefined : walk?.prose);
  const root = (parsed?.content ?? null) as unknown as Element | null;
  // What stood beside the pick, for the finish to judge (recall.ts).
  if (root) gatherNeighbours(doc, root, walk?.paragraphs);
  const meta = gatherMeta(doc, scan, url, parsed, walk?.meta);
  const headers = [parsed?.title, url].filter((h): h is string => !!h);
  const reading = { ...base, meta, headers, related, rails: rails.length, tooLarge: null, timings: { detect: t1 - t0, read: performance.now() - t1 } };
  return { reading, root };
}

/** The reading with its article as plain data, ready to cross to another process. */
export function portableReading({ reading, root }: PageRead): PageReading {
  return { ...reading, article: root ? toPortable(root) : null };
}
