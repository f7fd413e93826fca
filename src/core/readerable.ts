/**
 * A cheap "is there a readable body here?" vote, on the same idea as Readability's
 * `isProbablyReaderable`: sum, over visible text blocks long enough to be prose, the square root of
 * how far each runs past a minimum length. Written here rather than imported so the script that runs
 * on every page of an automatic site doesn't carry Readability (35 KB) just for this check.
 */
import { MAX_ELEMENTS, countsNatively } from './limits';

const MIN_BLOCK_LENGTH = 140;
const MIN_SCORE = 20;
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

function visible(el: Element): boolean {
  if (el.hasAttribute('hidden')) return false;
  const style = el.getAttribute('style') ?? '';
  if (/display\s*:\s*none/i.test(style)) return false;
  const ariaHidden = el.getAttribute('aria-hidden');
  return ariaHidden !== 'true' || (el.getAttribute('class') ?? '').includes('fallback-image');
}

/**
 * The blocks that may hold prose, in one walk of the page (each querySelectorAll is a full walk on DOM
 * shims): every p, pre and article, and every div that holds a <br> directly (text split by breaks is a
 * paragraph too). A p inside a list item is left out: lists of teasers are not prose. The sum below
 * doesn't depend on order, so document order is as good as any.
 */
// As in scan.ts: the extension's bundles (__NATIVE_DOM__) ask the browser's selector engine, which
// hands over only the matches; DOM shims, where each query is a walk in script, keep the one walk.
// One expression, so the minifier drops the unchosen side.
const proseBlocks: (doc: Document) => Element[] = typeof __NATIVE_DOM__ !== 'undefined' && __NATIVE_DOM__ ? proseBlocksByQuery
  : (doc) => countsNatively(doc) && doc.getElementsByTagName('*').length <= MAX_ELEMENTS ? proseBlocksByQuery(doc) : proseBlocksByWalk(doc);

/** proseBlocks by native queries: the same elements as the walk, in document order. */
export function proseBlocksByQuery(doc: Document): Element[] {
  const out: Element[] = [];
  for (const el of doc.querySelectorAll('p,pre,article')) if (el.localName !== 'p' || !el.closest('li')) out.push(el);
  const divs = new Set<Element>();
  for (const br of doc.querySelectorAll('div>br')) divs.add(br.parentElement!);
  return [...out, ...divs];
}

/** proseBlocks by one bounded walk. */
export function proseBlocksByWalk(doc: Document): Element[] {
  const out: Element[] = [];
  const root = doc.documentElement;
  // Iterative, never recursive: a page nested thousands deep must not overflow the stack.
  const stack: [Element, boolean][] = root ? [[root, false]] : [];
  // Bounded like scanPage: the prose that decides this is near the top, and a whole walk of a
  // 200,000-element page cost seconds of main thread in Chromium (bench/pathological.mjs).
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_ELEMENTS) {
    const [el, inItem] = stack.pop()!;
    const tag = el.localName;
    if (tag === 'p' ? !inItem : tag === 'pre' || tag === 'article') out.push(el);
    const item = inItem || tag === 'li';
    let brSeen = tag !== 'div';
    // The bound holds for the stack too: a list of 100,000 items must not be pushed whole.
    for (let c = el.firstElementChild; c && visited + stack.length < MAX_ELEMENTS; c = c.nextElementSibling) {
      if (!brSeen && c.localName === 'br') {
        out.push(el);
        brSeen = true;
      }
      stack.push([c, item]);
    }
  }
  return out;
}

/** True when the page has enough visible prose to be worth extracting. Reads, never mutates. */
export function looksReaderable(doc: Document): boolean {
  return proseScore(doc, MIN_SCORE) > MIN_SCORE;
}

/**
 * Where paragraphs are never the article: landmarks (a footer's disclaimers, a sidebar's blurbs, a
 * menu's) and boxes hidden by a class ("promo-bar hide": a shop's rotating banner, saved hidden).
 */
export const BESIDE = 'footer,aside,nav,.hide,.hidden';

/**
 * Characters of prose in the page's paragraphs (of 80 or more, outside list items: lists of teasers
 * are not the article), hidden by an attribute or a style or not: all of them, and those outside
 * BESIDE. The yardsticks read.ts holds Readability's pick against.
 */
export function proseChars(doc: Document): [all: number, outside: number] {
  let all = 0, outside = 0;
  for (const el of proseBlocks(doc)) {
    const length = el.localName === 'p' ? (el.textContent ?? '').trim().length : 0;
    if (length < 80) continue;
    all += length;
    if (!el.closest(BESIDE)) outside += length;
  }
  return [all, outside];
}

/** The score looksReaderable compares with MIN_SCORE, counted until it passes `cap`. */
export const READERABLE_SCORE = MIN_SCORE;

/**
 * The prose score: the sum over visible prose blocks of the square root of how far each runs past
 * MIN_BLOCK_LENGTH, counted until it passes `cap` (the rest of the page is not read).
 */
export function proseScore(doc: Document, cap: number): number {
  let score = 0;
  for (const el of proseBlocks(doc)) {
    if (!visible(el)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (UNLIKELY.test(names) && !MAYBE.test(names)) continue;
    const length = (el.textContent ?? '').trim().length;
    if (length < MIN_BLOCK_LENGTH) continue;
    score += Math.sqrt(length - MIN_BLOCK_LENGTH);
    if (score > cap) return score;
  }
  return score;
}
