import { MAX_ELEMENTS } from './limits';
import { attr, normalizeSpace } from './text';

/** What detection needs from a page, gathered in one walk (each full query costs a tree walk on DOM shims). */
export interface PageScan {
  /** meta content by lower-cased property / name / itemprop; first occurrence wins. */
  meta: Map<string, string>;
  /** Raw text of each JSON-LD script. */
  jsonLd: string[];
  /** Every `itemtype` attribute value. */
  itemtypes: string[];
  articleCount: number;
  /** True when the first `<article>` holds a headline element. */
  articleHasHeadline: boolean;
  /** Texts of the first few paragraphs of 60+ characters (where datelines live). */
  leads: string[];
  /** Text of the first element that looks like a byline. */
  byline: string;
  /** True when some element is named like a paywall or subscriber gate. */
  paywall: boolean;
}

const MAX_LEADS = 6;
const MAX_PARAGRAPHS_READ = 40;
const BYLINE_NAME = /byline|author/i;
const PAYWALL_NAME = /paywall|piano-|subscriber-only|premium-content|regwall|meter-?wall/i;

/** The next element of a pre-order walk of `root`: the first child when entering, else the next sibling up the chain. */
function next(el: Element, enter: boolean, root: Element): Element | null {
  if (enter && el.firstElementChild) return el.firstElementChild;
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    if (n.nextElementSibling) return n.nextElementSibling;
  }
  return null;
}

/** Walks the document once, depth-first, reading only what `detect` uses. Never mutates. */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { meta: new Map(), jsonLd: [], itemtypes: [], articleCount: 0, articleHasHeadline: false, leads: [], byline: '', paywall: false };
  const root = doc.documentElement;
  if (!root) return scan;
  let paragraphsRead = 0;
  // Forward, pre-order, without a stack: on DOM shims the backward sibling links are the costly ones.
  // Bounded like extract (limits.ts): past MAX_ELEMENTS the page is too large to extract anyway, and
  // detection runs on every load of an automatic site, so it must not cost a giant page's whole walk.
  let el: Element | null = root;
  for (let seen = 0; el && seen < MAX_ELEMENTS; seen++) {
    el = next(el, visit(el), root);
  }
  function visit(el: Element): boolean {
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
    const itemtype = attr(el, 'itemtype');
    if (itemtype) scan.itemtypes.push(itemtype);
    if (tag === 'article') {
      if (scan.articleCount++ === 0) scan.articleHasHeadline = !!el.querySelector('h1, h2, [itemprop="headline"]');
    } else if (tag === 'p' && scan.leads.length < MAX_LEADS && paragraphsRead < MAX_PARAGRAPHS_READ) {
      paragraphsRead++;
      const text = normalizeSpace(el.textContent ?? '');
      if (text.length >= 60) scan.leads.push(text);
      return false;
    }
    const cls = attr(el, 'class');
    if (!scan.paywall && cls && PAYWALL_NAME.test(`${cls} ${attr(el, 'id')}`)) scan.paywall = true;
    if (!scan.byline && (BYLINE_NAME.test(cls) || attr(el, 'rel') === 'author' || attr(el, 'itemprop') === 'author')) {
      scan.byline = normalizeSpace(el.textContent ?? '').slice(0, 120);
    }
    return true;
  }
  return scan;
}
