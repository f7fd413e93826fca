import { MAX_ELEMENTS, countsNatively } from './limits';
import { paywallByQuery, scanByQuery } from './scan-query';
import { BYLINE_NAME, MAX_LEADS, MAX_PARAGRAPHS_READ, PAYWALL_NAME, emptyScan, type PageScan } from './scan-rules';
import { textPrefix } from './shim-text';
import { attr, normalizeSpace, type Names } from './text';
import { nextElementPast, nextElementUnder } from './tree-step';

export type { PageScan } from './scan-rules';

/**
 * Reads what `detect` and the reading use from the page, the paywall included. Never mutates. In a
 * browser the selector engine does it natively (scan-query.ts); on a DOM shim, or on a page past
 * MAX_ELEMENTS (where the walk's bound decides what is read), one script walk does.
 */
export function scanPage(doc: Document): PageScan {
  // The extension's bundles are built with __NATIVE_DOM__ (build.mjs), which drops the walk from the
  // bytes every page pays; there a giant page is queried too, natively, which costs milliseconds.
  // One expression, so the minifier drops the unchosen side before it shakes the tree.
  return typeof __NATIVE_DOM__ !== 'undefined' && __NATIVE_DOM__ ? withPaywall(doc, scanByQuery(doc))
    : countsNatively(doc) && doc.getElementsByTagName('*').length <= MAX_ELEMENTS ? withPaywall(doc, scanByQuery(doc)) : scanByWalk(doc);
}

/**
 * What detection alone reads (auto.js, on every page): scanPage without the paywall, whose dozen
 * case-blind class and id queries were most of the detector's cost in Chromium, and without the lead
 * paragraphs and the byline when `body` is false (detect.ts's isArticleEarly, where the head may
 * settle the call). The walk reads all of it anyway, at no extra cost.
 */
export const detectionScan: (doc: Document, body?: boolean) => PageScan = typeof __NATIVE_DOM__ !== 'undefined' && __NATIVE_DOM__
  // The query itself, not a call of it: auto.js, where this runs, counts its bytes.
  ? scanByQuery
  : (doc, body = true) => countsNatively(doc) && doc.getElementsByTagName('*').length <= MAX_ELEMENTS ? scanByQuery(doc, body) : scanByWalk(doc);

function withPaywall(doc: Document, scan: PageScan): PageScan {
  scan.paywall = paywallByQuery(doc);
  return scan;
}

/** Walks the document once, depth-first, reading only what `detect` uses. */
export function scanByWalk(doc: Document): PageScan {
  const scan = emptyScan();
  const root = doc.documentElement;
  if (!root) return scan;
  const visit = scanVisitor(scan);
  // Forward, pre-order, without a stack: on DOM shims the backward sibling links are the costly ones.
  // Bounded like extract (limits.ts): past MAX_ELEMENTS the page is too large to extract anyway, and
  // detection runs on every load of an automatic site, so it must not cost a giant page's whole walk.
  let el: Element | null = root;
  for (let seen = 0; el && seen < MAX_ELEMENTS; seen++) {
    el = visit(el) ? nextElementUnder(el, root) : nextElementPast(el, root);
  }
  return scan;
}

/**
 * The walk's reading of one element into `scan`, in document order: false when the walk must not
 * enter it. A walk that reads the page for more than the scan (page-walk.ts) calls it too, passing a
 * paragraph's textContent when it has read it already, and the element's class and id.
 */
export function scanVisitor(scan: PageScan): (el: Element, text?: string, names?: Names) => boolean {
  let paragraphsRead = 0;
  return (el, text, names) => {
    const tag = el.localName;
    if (tag === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase();
      const content = attr(el, 'content');
      if (key && content && !scan.meta.has(key)) scan.meta.set(key, normalizeSpace(content));
      return false;
    }
    if (tag === 'script') {
      if (attr(el, 'type').trim().toLowerCase() === 'application/ld+json') scan.jsonLd.push(el.textContent ?? '');
      return false;
    }
    if (tag === 'style' || tag === 'noscript' || tag === 'svg' || tag === 'template') return false;
    // An element without attributes has no name to read: on a shim every attribute read is a search.
    const bare = !el.hasAttributes();
    const itemtype = bare ? '' : attr(el, 'itemtype');
    if (itemtype) scan.itemtypes.push(itemtype);
    if (tag === 'article') {
      if (scan.articleCount++ === 0) scan.articleHasHeadline = !!el.querySelector('h1, h2, [itemprop="headline"]');
    } else if (tag === 'p' && scan.leads.length < MAX_LEADS && paragraphsRead < MAX_PARAGRAPHS_READ) {
      paragraphsRead++;
      const lead = normalizeSpace(text ?? el.textContent ?? '');
      if (lead.length >= 60) scan.leads.push(lead);
      return false;
    }
    if (bare) return true;
    const cls = names ? names[0] : attr(el, 'class');
    if (!scan.paywall && cls && PAYWALL_NAME.test(`${cls} ${names ? names[1] : attr(el, 'id')}`)) scan.paywall = true;
    if (!scan.byline && (BYLINE_NAME.test(cls) || attr(el, 'rel') === 'author' || attr(el, 'itemprop') === 'author')) {
      // A shim's walk (page-walk.ts) meets byline-named wrappers of the whole story: it reads their start
      // only. One expression, so the extension's minifier (__NATIVE_DOM__, build.mjs) drops that way.
      scan.byline = typeof __NATIVE_DOM__ !== 'undefined' && __NATIVE_DOM__ ? normalizeSpace(el.textContent ?? '').slice(0, 120) : textPrefix(el, 120);
    }
    return true;
  };
}
