/**
 * The page half of body recall (recall.ts has the why): finds where Readability's pick came from on
 * the original page, and copies the elements above it into the article, each in a wrapper. The finish (recall.ts) keeps the ones that read as prose and drops the
 * rest. Judging happens there, not here, because this half is in the script injected into the page,
 * whose bytes every page pays; here only what needs the page is done.
 */
import { normalizeSpace } from './text';

/**
 * Wrapper of the elements that stood before the pick, in the order of the page. Only that side: below
 * the pick the same reading took back sections on 16 WCXB pages but made 10 worse (author boxes, service
 * pitches, product blurbs written as prose), so it was left out.
 */
export const BEFORE = 'recall-before';
/**
 * The mark on a wrapper whose element has the tag and the class of the pick's own container at that
 * level: a sibling section of the same kind ("div.sect1" beside "div.sect1"), which recall.ts reads as
 * the article's next part even where it is mostly links (a changelog's list of patches).
 */
export const KIN = 'kin';
/** How many containers up from the pick's parts their neighbours are looked for: past that they are the page's chrome. */
const LEVELS = 5;
/**
 * Neighbours copied per level, a short one (under 120 characters: a label, a card, a date)
 * counting a fifth: an article has a few sections, a page has many more parts, and a lead box may
 * stand past a row of product cards.
 */
const SIBLINGS = 8;
/** Characters copied at most: a long article's sections fit, a site's sidebars and mega-menus need not be copied. */
const ROOM = 20_000;

/** A paragraph's first 120 characters, whitespace normalised (only the start is read: pages have long ones). */
const key = (text: string): string => normalizeSpace(text.slice(0, 400)).slice(0, 120);

/**
 * Wraps a copy of what stands above Readability's pick (`root`) on `doc` (never changed) into `root`:
 * up to LEVELS containers up, SIBLINGS elements with some text per level, hidden ones left
 * out. The pick's place is the nearest element holding every page paragraph whose text (its first 120
 * characters, 40 at least: a short line such as "Share this" is everywhere) is a paragraph of the pick.
 */
export function gatherNeighbours(doc: Document, root: Element, paragraphs?: [Element, string][]): void {
  const keys = new Set<string>();
  for (const p of root.getElementsByTagName('p')) keys.add(key(p.textContent ?? ''));
  let at: Element | null = null, first: Element | null = null, last: Element | null = null;
  // `paragraphs`: the page's, each with its textContent, when a walk of the page has read them already (page-walk.ts).
  for (const [p, text] of paragraphs ?? [...doc.getElementsByTagName('p')].map((p): [Element, string] => [p, p.textContent ?? ''])) {
    const k = key(text);
    if (k.length < 40 || !keys.has(k)) continue;
    while (at && !at.contains(p)) at = at.parentElement;
    at ??= p;
    first ??= p;
    last = p;
  }
  // Readability's pick is its top candidate and the siblings it added: children of `at` from `first`'s
  // to `last`'s. Around them, first, lie the siblings it left out.
  while (first && first !== at && first.parentElement !== at) first = first.parentElement;
  while (last && last !== at && last.parentElement !== at) last = last.parentElement;
  const page = root.firstElementChild ?? root;
  const wrap = (el: Element, mark: boolean): Element => {
    const w = page.ownerDocument.createElement(BEFORE);
    if (mark) w.setAttribute(KIN, '');
    w.appendChild(el.cloneNode(true));
    return w;
  };
  // The length of what a neighbour would bring: 0 when hidden (Readability leaves those out too) or
  // empty (an ad slot, a spacer: nothing to take).
  const length = (el: Element): number =>
    el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display:\s*none/i.test(el.getAttribute('style') ?? '') ? 0 : (el.textContent ?? '').trim().length;
  // Same tag, same class, and a class at all: a bare <div> beside a bare <div> says nothing.
  const kin = (s: Element, f: Element): boolean => !!f.getAttribute('class') && s.localName === f.localName && s.getAttribute('class') === f.getAttribute('class');
  // The page's chrome ends the search (the finish would stop there too), so the header and what lies
  // above it are never copied.
  const chrome = (el: Element): boolean => /^(header|footer|nav|aside|form|h1)$/.test(el.localName);
  let before = ROOM;
  for (let level = 0; first && last && level < LEVELS; level++) {
    const parent: Element | null = first.parentElement;
    // An <article> or <main> is the whole story: what stands beside it is another story or the site.
    if (!parent || /^(body|html)$/.test(parent.localName) || first === last && /^(article|main)$/.test(first.localName)) break;
    let n = 0, l = 0;
    // Nearest first, each put on top: the farthest ends up first, as on the page.
    for (let s = first.previousElementSibling; s && before > 0 && n < SIBLINGS; s = s.previousElementSibling) {
      if (!(l = length(s))) continue;
      if (chrome(s)) before = 0;
      else page.insertBefore(wrap(s, kin(s, first)), page.firstChild), n += l < 120 ? 0.2 : 1, before -= l;
    }
    first = last = parent;
  }
}
