/**
 * The elements the source line's evidence is read from (meta-evidence.ts): citation_author tags, h1s,
 * credit elements and date elements, each in document order. A browser's selector engine finds them
 * natively; on a DOM shim (linkedom: the CLI, the bench) each querySelectorAll is a walk of the whole
 * page in script, testing every element against every selector of the list, and the four of them cost
 * a tenth of Readability's own time there, so one walk tests each element once instead.
 */
import { MAX_ELEMENTS, countsNatively } from './limits';
import { attr, type Names } from './text';

// Links to an author page (WordPress's /author/name/) credit the name even when nothing is named byline.
// Written tight (no spaces, quotes only where needed, ` i` for either case): every byte is the page's.
const CREDIT = '[rel~=author],a[href*="/author/"],a[href*="/authors/"],[itemprop~=author],[class*=byline i],[class*=author i],[id*=byline],[id*=author],[class~=by],[class*=writer],[class*=reporter]';
const DATED = 'time,[itemprop=datePublished],[itemprop=dateModified],[class*=date i],[class*=publish],[class*=posted],[class*=updated],[class*=timestamp]';
const CITATION = 'meta[name="citation_author"]';
/** gatherMeta reads no more than these of each (its loops stop there, and the walk keeps no more). */
export const MAX_H1 = 4;
export const MAX_CREDITS = 40;
export const MAX_DATED = 60;

/** A tuple rather than an object: its field names would be bytes in content.js, which has a budget. */
export type MetaElements = [citations: ArrayLike<Element>, h1s: ArrayLike<Element>, credits: ArrayLike<Element>, dated: ArrayLike<Element>];

/** The elements, by the native selector engine where there is one, else by one bounded walk (which
 * hands over to the queries on a page past MAX_ELEMENTS, where it would stop short). */
export function metaElements(doc: Document): MetaElements {
  // One expression, so the extension's minifier (__NATIVE_DOM__, build.mjs) drops the walk.
  return typeof __NATIVE_DOM__ !== 'undefined' && __NATIVE_DOM__ ? metaElementsByQuery(doc)
    : (!countsNatively(doc) && metaElementsByWalk(doc)) || metaElementsByQuery(doc);
}

export function metaElementsByQuery(doc: Document): MetaElements {
  return [doc.querySelectorAll(CITATION), doc.querySelectorAll('h1'), doc.querySelectorAll(CREDIT), doc.querySelectorAll(DATED)];
}

// The selectors above as tests, with the selector engine's case rules: values are case-sensitive except
// where ` i` says otherwise and in `rel`, which HTML matches without case (css-select does the same).
const TOKEN_AUTHOR = /(?:^|\s)author(?:$|\s)/;
const TOKEN_AUTHOR_I = /(?:^|\s)author(?:$|\s)/i;
const TOKEN_BY = /(?:^|\s)by(?:$|\s)/;
const BYLINE_OR_AUTHOR_I = /byline|author/i;
const DATE_I = /date/i;

function isCredit(tag: string, el: Element, cls: string, id: string): boolean {
  const href = tag === 'a' ? attr(el, 'href') : '';
  return TOKEN_AUTHOR_I.test(attr(el, 'rel')) || href.includes('/author/') || href.includes('/authors/')
    || TOKEN_AUTHOR.test(attr(el, 'itemprop')) || BYLINE_OR_AUTHOR_I.test(cls) || id.includes('byline') || id.includes('author')
    || TOKEN_BY.test(cls) || cls.includes('writer') || cls.includes('reporter');
}

function isDated(tag: string, el: Element, cls: string): boolean {
  const itemprop = tag === 'time' ? '' : attr(el, 'itemprop');
  return tag === 'time' || itemprop === 'datePublished' || itemprop === 'dateModified' || DATE_I.test(cls)
    || cls.includes('publish') || cls.includes('posted') || cls.includes('updated') || cls.includes('timestamp');
}

/**
 * The same elements as metaElementsByQuery, in the same order, from one pre-order walk (iterative,
 * bounded by MAX_ELEMENTS: null past it). As the shim's queries do, it never enters a <template>.
 */
export function metaElementsByWalk(doc: Document): MetaElements | null {
  const [found, visit] = metaVisitor();
  let el: Element | null = doc.firstElementChild;
  for (let seen = 0; el; seen++) {
    if (seen >= MAX_ELEMENTS) return null;
    visit(el);
    let next: Element | null = el.localName === 'template' ? null : el.firstElementChild;
    for (let n: Element | null = el; !next && n; n = n.parentElement) next = n.nextElementSibling;
    el = next;
  }
  return found;
}

/**
 * The walk's test of one element, in document order, and what it found so far: for metaElementsByWalk,
 * and for a walk that reads the page for more than this (page-walk.ts), which must not call it inside
 * a <template> either, and passes the element's class and id as it has read them.
 */
export function metaVisitor(): [found: MetaElements, visit: (el: Element, names?: Names) => void] {
  const citations: Element[] = [], h1s: Element[] = [], credits: Element[] = [], dated: Element[] = [];
  const visit = (el: Element, names?: Names): void => {
    const tag = el.localName.toLowerCase();
    if (tag === 'h1' && h1s.length < MAX_H1) h1s.push(el);
    // Without attributes only the tag can match: on a shim every attribute read is a search.
    if (!el.hasAttributes()) {
      if (tag === 'time' && dated.length < MAX_DATED) dated.push(el);
      return;
    }
    const cls = names ? names[0] : attr(el, 'class');
    if (tag === 'meta' && el.getAttribute('name') === 'citation_author') citations.push(el);
    if (credits.length < MAX_CREDITS && isCredit(tag, el, cls, names ? names[1] : attr(el, 'id'))) credits.push(el);
    if (dated.length < MAX_DATED && isDated(tag, el, cls)) dated.push(el);
  };
  return [[citations, h1s, credits, dated], visit];
}
