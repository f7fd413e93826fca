/**
 * On a DOM shim (linkedom: the CLI, the bench) every walk of the page is script, a call per element
 * and property, and the page half of extraction used to make six of them over the same unchanged
 * page: the scan (scan.ts), the size check (limits.ts), the credit and date elements
 * (meta-elements.ts), the page's paragraphs (neighbours.ts, and readerable.ts's proseChars on the
 * clone), the streamed-segment query (streamed.ts), the MathJax one (mathjax.ts) and the embedded
 * posts one (embeds.ts). This walk reads all of it in one pass, each part exactly as its own walk
 * would, and read.ts uses it in their place. In a browser the selector engine answers those natively,
 * so the extension's bundles (__NATIVE_DOM__) never carry it.
 */
import { MAX_DEPTH, MAX_ELEMENTS, MAX_TEXT_CHARS, countsNatively, stepIn, type WalkAt } from './limits';
import { metaVisitor, type MetaElements } from './meta-elements';
import { BESIDE } from './readerable';
import { scanVisitor } from './scan';
import { emptyScan, type PageScan } from './scan-rules';
import { attr, type Names } from './text';

const NO_NAMES: Names = ['', ''];

/** readerable.ts's BESIDE selector read as its tags and its classes. */
const BESIDE_TAG = new Set(BESIDE.split(',').filter((s) => s[0] !== '.'));
// As a test of the class attribute's tokens: a shim's classList makes and keeps a set per element.
const BESIDE_CLASS = new RegExp(`(?:^|\\s)(?:${BESIDE.split(',').filter((s) => s[0] === '.').map((s) => s.slice(1)).join('|')})(?:\\s|$)`);

/** What the walk read: each field is what its own walk would have returned for the page. */
export interface PageWalk {
  /** measurePage's count; the walk answers only for a page within the limits. */
  elements: number;
  over: null;
  /** scanPage(doc). */
  scan: PageScan;
  /** metaElements(doc). */
  meta: MetaElements;
  /**
   * Some child of a <body> has an id starting "S:" in either case: without one, streamed.ts's query
   * (`body > [hidden][id^="S:"]`, a subset of these) finds nothing, and the clone need not be queried.
   */
  streamed: boolean;
  /** Some element is an <mjx-container>: without one, mathjax.ts's query finds nothing on the clone. */
  mathjax: boolean;
  /** Some element is a <blockquote>: without one, embeds.ts's query finds nothing on the clone. */
  embeds: boolean;
  /** doc.getElementsByTagName('p') with each paragraph's textContent, in document order. */
  paragraphs: [Element, string][];
  /** proseChars(doc): what proseChars returns for a clone of the page taken before any change. */
  prose: [all: number, outside: number];
}

/**
 * Walks `doc` once (pre-order, iterative, changing nothing measurePage would not). Null where the separate walks are to run
 * instead: on a DOM whose queries are native, on a page past a limit of limits.ts, where each of
 * them stops at its own bound and the size check gives its reason, and on a malformed document (below).
 */
export function walkPage(doc: Document): PageWalk | null {
  const root = doc.documentElement;
  // A document of several top-level elements (no <html>: a <head> then a <body>) is measured and scanned
  // in its first one only, while metaElementsByWalk reads on into the next: left to the separate walks.
  if (!root || root.nextElementSibling || countsNatively(doc)) return null;
  // measurePage reads doc.head, which on linkedom puts an empty <head> into a document that has none;
  // the count, the clone and Readability have always seen it, so the walk reads it too.
  // eslint-disable-next-line @typescript-eslint/no-unused-expressions
  doc.head;
  // measurePage sums the text outside <head> element by element, a dozen calls per element on a shim;
  // the length of all the page's text bounds that sum: a page within it is within the limit, a page
  // past it is left to measurePage. Summed over its text and CDATA nodes (SHOW_TEXT | SHOW_CDATA_SECTION,
  // what textContent joins) rather than read as textContent, which would copy the whole text.
  const texts = doc.createTreeWalker(root, 12);
  let text = 0;
  for (let t = texts.nextNode(); t; t = texts.nextNode()) if ((text += (t as CharacterData).length) > MAX_TEXT_CHARS) return null;
  const scan = emptyScan();
  const scanVisit = scanVisitor(scan);
  const [meta, metaVisit] = metaVisitor();
  const paragraphs: [Element, string][] = [];
  let streamed = false, mathjax = false, embeds = false;
  let prose = 0, outside = 0;
  // The depth of the element whose inside a reader skips (the scan's skipped elements, a <template>
  // for the credit and date elements, the outermost <li> and BESIDE element for the prose): Infinity outside one.
  let scanSkip = Infinity, metaSkip = Infinity, item = Infinity, beside = Infinity;
  let elements = 1;
  const at: WalkAt = { el: root, depth: 0 };
  for (;;) {
    const { el, depth } = at;
    const tag = el.localName;
    let content: string | undefined;
    if (depth <= item) item = Infinity;
    if (depth <= beside) beside = Infinity;
    // Read once for every test below: on a shim each attribute read is a search of the element's attributes.
    const names: Names = el.hasAttributes() ? [attr(el, 'class'), attr(el, 'id')] : NO_NAMES;
    if (beside === Infinity && (BESIDE_TAG.has(tag) || BESIDE_CLASS.test(names[0]))) beside = depth;
    if (tag === 'p') {
      content = el.textContent ?? '';
      paragraphs.push([el, content]);
      // proseChars: paragraphs of 80 characters or more outside list items, all of them and those not in BESIDE.
      const length = item < depth ? 0 : content.trim().length;
      if (length >= 80) {
        prose += length;
        if (beside > depth) outside += length;
      }
    } else if (tag === 'li' && item === Infinity) item = depth;
    if (depth <= scanSkip) scanSkip = scanVisit(el, content, names) ? Infinity : depth;
    if (depth <= metaSkip) {
      metaVisit(el, names);
      metaSkip = tag === 'template' ? depth : Infinity;
    }
    if (!streamed && /^s:/i.test(names[1])) streamed = el.parentElement?.localName.toLowerCase() === 'body';
    if (tag === 'mjx-container') mathjax = true;
    else if (tag === 'blockquote') embeds = true;
    // The next element, and measurePage's count and depth for it.
    if (!stepIn(at, root)) break;
    elements++;
    if (at.depth > MAX_DEPTH || elements > MAX_ELEMENTS) return null;
  }
  return { elements, over: null, scan, meta, streamed, mathjax, embeds, paragraphs, prose: [prose, outside] };
}
