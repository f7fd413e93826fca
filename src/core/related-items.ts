/**
 * Reading a related-stories rail's links: which read like story headlines, their titles without a
 * kicker glued in front, the items they make, and how much text sits outside them. related.ts finds
 * the rails; this is what it measures them with.
 */
import { namesOf, normalizeSpace, textOf } from './text';

/** One related-stories item as it sits in the DOM. */
export interface RelatedItemElement {
  link: Element;
  title: string;
  url: string | null;
}

const TITLE_CHILD = /title|headline|heading|story-?name/i;

/** Han, kana and hangul: scripts written without spaces between words (hangul with them, but words run long). */
const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** True when a link's text reads like a story headline rather than a label ("World", "More"). */
function isHeadline(title: string): boolean {
  if (CJK_TEXT.test(title)) return title.length >= 8;
  return title.split(' ').length >= 3 && title.length >= 15;
}

/**
 * True when a rail's links read like story headlines, which are sentences ("Tunisia sends most foreign
 * fighters to Islamic State"), not topic names ("Vector space", "The Book of Mozilla"): two thirds of
 * them run to five words or more (CJK: twelve characters). Every link with text counts, not only the
 * items, so a list of short topics with one long title among them stays a list of topics.
 */
export function listsStories(elements: Element[], heading: Element | null, memo: Memo): boolean {
  let links = 0;
  let stories = 0;
  const inHeading = heading ? memo.linksOf(heading) : null;
  for (const el of elements) {
    for (const a of el.localName === 'a' ? [el] : el.getElementsByTagName('a')) {
      if (inHeading?.has(a)) continue;
      const title = memo.text(a);
      if (!title) continue;
      links++;
      if (CJK_TEXT.test(title) ? title.length >= 12 : title.split(' ').length >= 5) stories++;
    }
  }
  return stories * 3 >= links * 2 && links > 0;
}

/** The first descendant of `el` (document order) that passes `test`: a walk, no selector to compile.
 * Iterative (next in document order, never leaving `el`): the page decides how deep it goes. */
function firstDescendant(el: Element, test: (c: Element) => boolean): Element | null {
  let c: Element | null = el.firstElementChild;
  while (c) {
    if (test(c)) return c;
    let next: Element | null = c.firstElementChild;
    while (!next && c && c !== el) {
      next = c.nextElementSibling;
      if (!next) c = c.parentElement;
    }
    if (!next) return null;
    c = next;
  }
  return null;
}

/**
 * What one findRelatedBlocks call reads more than once, read once: the page does not change during a
 * call, and climbing from a label re-reads the same links at every level (and labels repeat: a page
 * can have twenty "Read more" links).
 */
export class Memo {
  private texts = new Map<Node, string>();
  private titles = new Map<Element, string>();
  private headingLinks = new Map<Element, Set<Element>>();
  /** textOf, once per node. */
  text(node: Node): string {
    let t = this.texts.get(node);
    if (t === undefined) this.texts.set(node, (t = textOf(node)));
    return t;
  }
  /** The link's title when it reads like a headline (linkTitle, isHeadline), else ''; once per link. */
  headline(a: Element): string {
    let t = this.titles.get(a);
    if (t === undefined) {
      t = linkTitle(a, this);
      if (!isHeadline(t)) t = '';
      this.titles.set(a, t);
    }
    return t;
  }
  /** The links inside `heading` (itself included when it is one), as a set: `heading.contains(a)` walks a's ancestors on DOM shims. */
  linksOf(heading: Element): Set<Element> {
    let set = this.headingLinks.get(heading);
    if (!set) {
      set = new Set(heading.getElementsByTagName('a'));
      if (heading.localName === 'a') set.add(heading);
      this.headingLinks.set(heading, set);
    }
    return set;
  }
}

/** A link's headline without a category label glued in front ("InternationalWorld Bank…"). */
function linkTitle(a: Element, memo: Memo): string {
  const titled = firstDescendant(a, (c) => TITLE_CHILD.test(namesOf(c)) || /^h[1-6]$/.test(c.localName));
  if (titled && memo.text(titled)) return memo.text(titled);
  const first = a.firstElementChild;
  const whole = memo.text(a);
  if (first && a.childElementCount >= 2) {
    const label = memo.text(first);
    // A short leading element followed by longer text is a kicker/category, not part of the headline.
    if (label && label.split(' ').length <= 3 && label.length <= 30 && whole.length > label.length * 2) {
      return normalizeSpace(whole.slice(whole.indexOf(label) + label.length));
    }
  }
  return whole || normalizeSpace(a.getAttribute('title') ?? '');
}

/** The headline links of `elements` (outside `heading`), one item per story. */
export function itemsIn(elements: Element[], heading: Element | null, memo: Memo): RelatedItemElement[] {
  const byUrl = new Map<string, RelatedItemElement>();
  const items: RelatedItemElement[] = [];
  const inHeading = heading ? memo.linksOf(heading) : null;
  for (const el of elements) {
    const links = el.localName === 'a' ? [el] : el.getElementsByTagName('a');
    for (const a of links) {
      if (inHeading && heading !== el && inHeading.has(a)) continue;
      const title = memo.headline(a);
      if (!title) continue;
      const url = a.getAttribute('href');
      const key = url ?? title;
      const seen = byUrl.get(key);
      // Image link and text link to the same story count once; keep the fuller title.
      if (seen) {
        if (title.length > seen.title.length) seen.title = title;
        continue;
      }
      const item = { link: a, title, url };
      byUrl.set(key, item);
      items.push(item);
    }
  }
  return items;
}

/** Text of `el` outside its links and outside `heading`: rails have almost none. */
export function looseText(el: Element, heading: Element | null, memo: Memo): number {
  const all = memo.text(el).length - (heading && el.contains(heading) ? memo.text(heading).length : 0);
  const inHeading = heading ? memo.linksOf(heading) : null;
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) if (!inHeading || !inHeading.has(a)) linked += memo.text(a).length;
  return Math.max(0, all - linked);
}

/** Whether `el`, holding `items` headline links, is a rail: links with short teasers, no body, no page title. */
export function isRail(el: Element, heading: Element | null, items: number, memo: Memo): boolean {
  if (items === 0) return false;
  const loose = looseText(el, heading, memo);
  // Teasers under each headline are allowed, a body is not: at most ~120 chars of loose text per item.
  return loose <= 60 + items * 120 && el.getElementsByTagName('h1').length === 0;
}
