/**
 * scanPage by the browser's own selector engine. In a real DOM a script walk costs a call per element
 * and property (3–10 ms cold for a 1,300-element page in Chromium, paid on every page load once the
 * badge runs everywhere), while a selector query runs natively and hands the script only the few
 * elements that match. On a DOM shim every query is a whole walk in script, so scan.ts keeps its one
 * walk there and calls this only where queries are native.
 *
 * It returns what the walk returns, element for element: the walk skips the inside of meta, script,
 * style, noscript, svg and template, and the inside of each paragraph it reads for a lead, so every
 * candidate here is checked against the same skipped regions (a unit test compares both on every
 * fixture).
 */
import { attr, normalizeSpace } from './text';
import { BYLINE_NAME, MAX_LEADS, MAX_PARAGRAPHS_READ, PAYWALL_NAME, emptyScan, type PageScan } from './scan-rules';

// Selectors are written without spaces after commas: every byte of this file is paid on every page.
const SKIPPED_INSIDE = 'noscript,svg,template';
const SKIPPED = `meta,script,style,${SKIPPED_INSIDE}`;
// Candidates only: every match is confirmed below with the walk's own test.
const BYLINE_QUERY = '[class*="byline" i],[class*="author" i],[rel="author"],[itemprop="author"]';
// Built where it is used: a call at module level would stay in auto.js, which never searches for it.
const PAYWALL_WORDS = ['paywall', 'piano-', 'subscriber-only', 'premium-content', 'regwall', 'meter'];

/** Scans `doc` with native queries; see the module comment for why and when. Never mutates. The
 * paywall is searched apart (paywallByQuery), and the leads and byline only with `body` (scan.ts). */
export function scanByQuery(doc: Document, body = true): PageScan {
  const scan = emptyScan();
  if (!doc.documentElement) return scan;
  const read = body ? readLeads(doc, scan) : new Set<Element>();
  const reached = (el: Element): boolean => !hidden(el) && !inRead(el, read);
  for (const el of doc.querySelectorAll('meta')) {
    if (!reached(el)) continue;
    const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase();
    const content = attr(el, 'content');
    if (key && content && !scan.meta.has(key)) scan.meta.set(key, normalizeSpace(content));
  }
  for (const el of doc.querySelectorAll('script[type]')) {
    if (reached(el) && attr(el, 'type').trim().toLowerCase() === 'application/ld+json') scan.jsonLd.push(el.textContent ?? '');
  }
  const visited = (el: Element): boolean => !el.matches(SKIPPED) && reached(el);
  for (const el of doc.querySelectorAll('[itemtype]')) if (visited(el)) scan.itemtypes.push(attr(el, 'itemtype'));
  const articles = [...doc.getElementsByTagName('article')].filter(visited);
  scan.articleCount = articles.length;
  if (articles[0]) scan.articleHasHeadline = !!articles[0].querySelector('h1,h2,[itemprop="headline"]');
  // A paragraph read for a lead is not looked at for names: the walk returns from it first.
  const named = (el: Element): boolean => visited(el) && !read.has(el);
  if (body) for (const el of doc.querySelectorAll(BYLINE_QUERY)) {
    if (!named(el)) continue;
    if (BYLINE_NAME.test(attr(el, 'class')) || attr(el, 'rel') === 'author' || attr(el, 'itemprop') === 'author') {
      // An empty credit (a row of portraits) doesn't end the search, as it doesn't end the walk's.
      scan.byline = normalizeSpace(el.textContent ?? '').slice(0, 120);
      if (scan.byline) break;
    }
  }
  return scan;
}

/** True when an element the walk would look at is named like a paywall or subscriber gate. */
export function paywallByQuery(doc: Document): boolean {
  const read = readLeads(doc, emptyScan());
  for (const el of doc.querySelectorAll(PAYWALL_WORDS.map((w) => `[class*="${w}" i],[class][id*="${w}" i]`).join())) {
    if (!el.matches(SKIPPED) && !hidden(el) && !inRead(el, read) && !read.has(el) && PAYWALL_NAME.test(`${attr(el, 'class')} ${attr(el, 'id')}`)) return true;
  }
  return false;
}

/** Inside a region the walk never enters (its ancestors, not the element itself). meta is void and
 * script and style hold only text, so the three regions that can hold elements are enough. */
function hidden(el: Element): boolean {
  return !!el.parentElement?.closest(SKIPPED_INSIDE);
}

/** Inside (not equal to) one of the paragraphs the walk read whole. */
function inRead(el: Element, read: Set<Element>): boolean {
  if (read.size === 0) return false;
  const p = el.parentElement?.closest('p');
  return !!p && read.has(p);
}

/** The walk's leads: paragraphs in document order, until six leads or forty paragraphs are read. */
function readLeads(doc: Document, scan: PageScan): Set<Element> {
  const read = new Set<Element>();
  for (const p of doc.getElementsByTagName('p')) {
    if (scan.leads.length >= MAX_LEADS || read.size >= MAX_PARAGRAPHS_READ) break;
    if (hidden(p) || inRead(p, read)) continue;
    read.add(p);
    const text = normalizeSpace(p.textContent ?? '');
    if (text.length >= 60) scan.leads.push(text);
  }
  return read;
}
