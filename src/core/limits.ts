/**
 * Size limits checked before Readability runs. Readability's cost grows faster than the page: on
 * linkedom a page nested 1,000 deep took 45 s and 200,000 elements two minutes (bench/pathological.mjs),
 * and in a tab that is main-thread time the page can't get back. Past these limits the core gives up
 * with a sentence instead. Real news pages sit far below them: a few thousand elements, a few dozen
 * levels deep, tens of kilobytes of text.
 */

/**
 * Elements in the whole document. Real pages sit far below: the 386 pages of ../shared/corpus (saved
 * with JavaScript off; linkedom count) have a median of 875 elements, 99th percentile 4,287, the largest
 * 9,888 (a Wikipedia article). Extraction is not cheap below the cap, though: in Chromium the tab's
 * longest task for a page just inside it (14,000 elements, a short story in a grid) is 1.4–2.3 s, a
 * 4,000-element one about 1 s, and that Wikipedia page 1.3–1.6 s (bench/pathological.mjs --chromium
 * --sweep). So no cap that admits real articles bounds the freeze at one second: the time goes to
 * Readability (its retries on a short story: one attempt instead of four brings the 14,000-element page
 * to 0.6 s) and the related-rail search, and the bound has to come from there or from running the
 * extraction off the tab's main thread. The cap stays above every real page: it turns away only what
 * no real page is.
 */
export const MAX_ELEMENTS = 15_000;
/** Nesting depth below <html>. Readability walks ancestors per node, so depth costs quadratically. The
 * corpus's deepest page is 50 levels; Chromium's parser itself stops nesting at 512. */
export const MAX_DEPTH = 200;
/** Characters of text in the body (a 10,000-word long read is about 60,000). */
export const MAX_TEXT_CHARS = 1_500_000;

export interface PageTooLarge {
  /** Which limit the page passed. */
  limit: 'elements' | 'depth' | 'text';
  /** What was counted, up to the point where counting stopped (just past the limit), or the whole
   * count when `exact`. */
  found: number;
  max: number;
  exact?: boolean;
}

/**
 * Whether `doc` is past a limit, or null when it may be extracted. Elements are counted first by the
 * browser's own collection (getElementsByTagName('*').length: a native walk that hands no node to the
 * script, so no wrapper objects and no garbage; a few milliseconds for 200,000 elements in Chromium),
 * which turns a giant page away before any script walk. Then one walk for depth and text (and, where
 * the DOM has no such collection, for the count). The walk is iterative (an explicit cursor, never
 * recursion: a page 10,000 deep must not overflow the JS stack) and stops as soon as a limit is
 * passed, so it costs no more than the limit.
 */
export function checkLimits(doc: Document): PageTooLarge | null {
  return measurePage(doc).over;
}

/** Whether this DOM counts elements natively with '*' (browsers do; linkedom walks and answers 0). A
 * two-element probe, so a DOM without it doesn't pay a whole-page walk to say so. Also tells whether
 * selector queries are native: where they are not, each one is a whole walk in script. */
export function countsNatively(doc: Document): boolean {
  const probe = doc.createElement('i');
  probe.appendChild(doc.createElement('b'));
  return probe.getElementsByTagName('*').length === 1;
}

/** Characters in an element's own text children (a page's text is the sum of these, as textContent's
 * length is, without building the string). */
export function ownText(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 || c.nodeType === 4) n += (c as CharacterData).length;
  return n;
}

/** A place in a pre-order walk: an element and its depth below the walk's root. */
export interface WalkAt {
  el: Element;
  depth: number;
}

/**
 * Moves `at` to the next element of a pre-order walk of `root`, keeping its depth (measurePage's, and
 * page-walk.ts's which must count the same); false when the walk is over. Iterative: the page decides
 * how deep it goes.
 */
export function stepIn(at: WalkAt, root: Element): boolean {
  const child = at.el.firstElementChild;
  if (child) {
    at.el = child;
    at.depth++;
    return true;
  }
  let el = at.el, next: Element | null = null;
  while (el !== root && !(next = el.nextElementSibling)) {
    el = el.parentElement!;
    at.depth--;
  }
  if (next) at.el = next;
  return !!next;
}

/** The page's element count (exact when it is within the limits) and the limit it passes, if any. */
export function measurePage(doc: Document): { elements: number; over: PageTooLarge | null } {
  const root = doc.documentElement;
  if (!root) return { elements: 0, over: null };
  if (countsNatively(doc)) {
    const counted = doc.getElementsByTagName('*').length;
    if (counted > MAX_ELEMENTS) return { elements: counted, over: { limit: 'elements', found: counted, max: MAX_ELEMENTS, exact: true } };
  }
  // Text as body.textContent would count it, summed as the walk goes: <head> (title, scripts, styles) is
  // no reading matter.
  const head = doc.head;
  let elements = 1;
  let text = 0;
  const at: WalkAt = { el: root, depth: 0 };
  while (stepIn(at, root)) {
    const { el, depth } = at;
    if (el !== head && el.parentElement !== head) text += ownText(el);
    elements++;
    if (depth > MAX_DEPTH) return { elements, over: { limit: 'depth', found: depth, max: MAX_DEPTH } };
    if (elements > MAX_ELEMENTS) return { elements, over: { limit: 'elements', found: elements, max: MAX_ELEMENTS } };
    if (text > MAX_TEXT_CHARS) return { elements, over: { limit: 'text', found: text, max: MAX_TEXT_CHARS } };
  }
  return { elements, over: null };
}

const WHAT: Record<PageTooLarge['limit'], string> = {
  elements: 'elements',
  depth: 'levels of nesting',
  text: 'characters of text',
};

/** The sentence views show in place of the text: plain, with the figures, so a report can be read. */
export function tooLargeNote(over: PageTooLarge): string {
  const more = over.limit === 'text' || over.exact ? '' : ' or more';
  return `Page too large to declutter: ${over.found.toLocaleString('en-US')}${more} ${WHAT[over.limit]} (the limit is ${over.max.toLocaleString('en-US')}).`;
}
