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

/** Walks the document once, depth-first, reading only what `detect` uses. Never mutates. */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { meta: new Map(), jsonLd: [], itemtypes: [], articleCount: 0, articleHasHeadline: false, leads: [], byline: '', paywall: false };
  const root = doc.documentElement;
  if (!root) return scan;
  let paragraphsRead = 0;
  const stack: Element[] = [root];
  // Bounded: what detection reads sits in the head and the top of the body, and a page of 200,000
  // elements cost seconds of main thread to walk whole in Chromium (bench/pathological.mjs).
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_ELEMENTS) {
    const el = stack.pop()!;
    const tag = el.localName;
    if (tag === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase();
      const content = attr(el, 'content');
      if (key && content && !scan.meta.has(key)) scan.meta.set(key, normalizeSpace(content));
      continue;
    }
    if (tag === 'script') {
      if (attr(el, 'type').trim().toLowerCase() === 'application/ld+json') scan.jsonLd.push(el.textContent ?? '');
      continue;
    }
    if (tag === 'style' || tag === 'noscript' || tag === 'svg' || tag === 'template') continue;
    const itemtype = attr(el, 'itemtype');
    if (itemtype) scan.itemtypes.push(itemtype);
    if (tag === 'article') {
      if (scan.articleCount++ === 0) scan.articleHasHeadline = !!el.querySelector('h1, h2, [itemprop="headline"]');
    } else if (tag === 'p' && scan.leads.length < MAX_LEADS && paragraphsRead < MAX_PARAGRAPHS_READ) {
      paragraphsRead++;
      const text = normalizeSpace(el.textContent ?? '');
      if (text.length >= 60) scan.leads.push(text);
      continue;
    }
    const cls = attr(el, 'class');
    if (!scan.paywall && cls && PAYWALL_NAME.test(`${cls} ${attr(el, 'id')}`)) scan.paywall = true;
    if (!scan.byline && (attr(el, 'rel') === 'author' || attr(el, 'itemprop') === 'author' || BYLINE_NAME.test(cls))) {
      scan.byline = normalizeSpace(el.textContent ?? '').slice(0, 120);
    }
    // Push children in reverse so they are visited in document order.
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return scan;
}
