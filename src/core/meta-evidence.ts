/**
 * The page half of the source line: everything the headline, byline, date and site choice may use,
 * gathered from the page as plain strings (metadata.ts chooses among them where the article is shown).
 * Gathering stays small, because it runs in the page; choosing and cleaning are string work that can
 * run anywhere. Every list is capped: page markup is hostile input.
 */
import { MAX_CREDITS, MAX_DATED, MAX_H1, metaElements, type MetaElements } from './meta-elements';
import type { PageScan } from './scan';
import { textPrefix } from './shim-text';
import { attr, normalizeSpace, textOf } from './text';
import { nextElementUnder } from './tree-step';

/** Readability's metadata, as its `parse()` returns it. */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  excerpt?: string | null;
}

export interface MetaEvidence {
  url: string | null;
  /** The page's JSON-LD scripts as text, read where the choice is made (metadata.ts): their parse is
   * not needed for the badge, and its code would be bytes every page pays. Bounded in all. */
  ldScripts: string[];
  /** The page's meta tags by lower-cased key, the first MAX_META of them (the choice reads those it knows). */
  meta: Record<string, string>;
  /** `<title>`. */
  docTitle: string | null;
  /** The page's `h1` texts, in order. */
  headings: string[];
  /** Texts of credit elements (rel/itemprop author, byline- or author-named) and "By …" lines after the headline. */
  credits: string[];
  /** "By …" lines further on, past the headline block: an author box at the article's end. */
  lateCredits: string[];
  /** Published-date values: itemprop datePublished, then `<time datetime>` outside an "updated" element. */
  times: string[];
  /** Update-date values: itemprop dateModified, `<time>` inside an "updated" element. */
  updated: string[];
  /** Short visible texts of date-named elements (where visible dates live). */
  dateTexts: string[];
  /** Short texts around the first h1 that hold a date (a date line by the headline, whatever its class). */
  headDates: string[];
  /** Short date texts standing beside a credit (its element's or its parent's next or previous sibling). */
  creditDates: string[];
  lang: string | null;
  readability: ReadabilityMeta | null;
}

const UPDATED = /updat|modif|edited/i;
const MAX = 12;
const MAX_META = 150;
/** Elements read after the first h1 for a "By …" line: the headline block, not the page. */
const AFTER_HEADING = 80;
/** Elements read after the first h1 for an author box at the article's end ("Written by X" under the text). */
const AFTER_ARTICLE = 300;
const DATE_LIKE = /\b(?:19|20)\d\d\b/;
const BY_LINE = /^(?:(?:written|posted|published|reported)\s+)?(?:(?:by:?|par|von|por|di)\s+\S|by:\S)|^(?:author|contributor)s?:\s*\S/i;
/** A credit label standing alone, the name in the next element: <p>Written by</p><p>Ana Ruiz</p>. */
const BY_LABEL = /^(?:written |posted )?by:?$|^author:?$/i;

/** Pushes a short, new text. */
function add(list: string[], s: string | null | undefined, max = 300): void {
  const t = normalizeSpace(s ?? '');
  if (t && t.length <= max && list.length < MAX && !list.includes(t)) list.push(t);
}

/**
 * The text of an element a date or credit line is read from: none of one of more than 3 children, nor
 * of one of 200 characters or more (every line test rejects it). The walk down from the headline meets
 * each wrapper of the story, and on a shim (linkedom) reading and spacing out each one's whole text was
 * most of this file's time: textUpTo reads no further there.
 */
function lineText(el: Element): string {
  return moreChildrenThan(el, 3) ? '' : short(textUpTo(el, 200));
}

/** Counted no further than `n` (a shim's childElementCount lists every child of a wrapper first). */
function moreChildrenThan(el: Element, n: number): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (--n < 0) return true;
  return false;
}

/** A line of text, or '' when it runs to 200 characters (no line test takes one that long). */
const short = (t: string): string => (t.length < 200 ? t : '');

/** The start of an element's text, spaced out: on a shim, read no further (a credit or date element
 * may be a wrapper of the whole post, and only its first few hundred characters are ever kept). */
function textUpTo(el: Element, max: number): string {
  return typeof __NATIVE_DOM__ !== 'undefined' && __NATIVE_DOM__ ? textOf(el).slice(0, max) : textPrefix(el, max);
}

/**
 * A date standing on its own beside a credit: "<p>Written by <a>Ana Ruiz</a></p><p>April 8, 2024</p>".
 * An author line and its date are siblings in most blog templates, whatever their class names, and a
 * date that short and that close dates the post, not a comment or a related story.
 */
function besideCredit(credit: Element, out: string[]): void {
  for (let line: Element | null = credit, up = 0; line && up < 2; line = line.parentElement, up++) {
    for (const sibling of [line.nextElementSibling, line.previousElementSibling]) {
      const t = sibling ? lineText(sibling) : '';
      if (t.length <= 40 && DATE_LIKE.test(t)) add(out, t);
    }
  }
}

/** What of the page's JSON-LD crosses: whole scripts, in order, up to MAX_LD_CHARS in all (a page's own
 * megabyte of JSON-LD would otherwise be copied into every reading). */
const MAX_LD_CHARS = 256_000;
function boundScripts(scripts: readonly string[]): string[] {
  const out: string[] = [];
  let total = 0;
  for (const s of scripts) {
    if ((total += s.length) > MAX_LD_CHARS) break;
    out.push(s);
  }
  return out;
}

/**
 * A heading's text with each line break read as a space: "Top MBA Programs of 2025 (US)<br>Your Guide to the
 * Best Business Schools" is two lines on the page, and textContent would glue "(US)Your". Read on a
 * copy (the page is never changed), and only for a heading that has a break. Without its permalink mark.
 */
function headingText(h: Element): string {
  let copy = h;
  if (h.querySelector('br')) {
    copy = h.cloneNode(true) as Element;
    for (const br of copy.querySelectorAll('br')) br.replaceWith(' ');
  }
  // Documentation generators end each heading with a link to itself, shown as a pilcrow ("Quickstart¶").
  return textOf(copy).replace(/\s*¶$/, '');
}

/** Gathers the evidence from `doc` (never changing it); `found` is metaElements(doc) when the caller has it (page-walk.ts). */
export function gatherMeta(doc: Document, scan: PageScan, url: string | null, parsed: ReadabilityMeta | null, found: MetaElements = metaElements(doc)): MetaEvidence {
  // Every meta key, up to MAX_META of them: the choice reads the ones it knows (metadata.ts), and a list
  // of those here would be bytes every page pays. No prototype, so a key named "constructor" is a key.
  const meta: Record<string, string> = Object.create(null);
  let n = 0;
  for (const [keys, v] of scan.meta) {
    if (n++ >= MAX_META) break;
    // A property may name several keys at once ("dc:creator twitter:site_name").
    for (const k of keys.split(/\s+/)) if (!(k in meta) && v.length <= 2_000) meta[k] = v;
  }
  const ev: MetaEvidence = {
    url, ldScripts: boundScripts(scan.jsonLd), meta, docTitle: null, headings: [], credits: [], lateCredits: [], times: [], updated: [], dateTexts: [], headDates: [], creditDates: [],
    lang: normalizeSpace(doc.documentElement?.getAttribute('lang') ?? '') || null,
    // Only the metadata fields: `parsed` also holds Readability's article element, which must not cross.
    readability: parsed && { title: parsed.title, byline: parsed.byline, siteName: parsed.siteName, publishedTime: parsed.publishedTime, lang: parsed.lang, excerpt: parsed.excerpt },
  };
  // Scholarly pages name each author in a citation_author tag of its own (the tags Google Scholar reads).
  const [citations, h1s, credits, dated] = found;
  const names: string[] = [];
  for (let i = 0; i < citations.length; i++) add(names, attr(citations[i]!, 'content'), 120);
  if (names[1]) meta['citation_author'] = names.join('; ');
  add(ev.headings, doc.querySelector('title')?.textContent, 600);
  ev.docTitle = ev.headings.pop() ?? null;
  for (let i = 0; i < h1s.length && i < MAX_H1; i++) add(ev.headings, headingText(h1s[i]!), 600);
  for (let i = 0; i < credits.length && i < MAX_CREDITS && ev.credits.length < MAX; i++) {
    const el = credits[i]!;
    // A credit inside the comments names a commenter ("Lori Campbell says"), unless the comments hold the headline too.
    const c = el.closest('[class*=comment i],[id*=comment i]');
    if (c && !c.contains(h1s[0] ?? null)) continue;
    // A link or itemprop name inside a credit is the name itself; the credit's text may hold a bio too.
    // (One character past add's limit: a longer text is dropped, as it always was.)
    add(ev.credits, attr(el, 'content') || textUpTo(el.querySelector('[itemprop="name"]') ?? el, 301));
    besideCredit(el, ev.creditDates);
  }
  // A "By …" line near the headline, whatever its class name (a portal's <span class="by">By IANS</span>).
  // A date line next to the headline, whatever its class: a few elements before it, more after it.
  const h1 = h1s[0] ?? null;
  for (let n = 0, el = h1?.previousElementSibling ?? null; el && n < 4; n++, el = el.previousElementSibling) {
    const t = lineText(el);
    if (t.length <= 120 && DATE_LIKE.test(t)) add(ev.headDates, t);
  }
  let el: Element | null = h1;
  for (let n = 0; el && n < AFTER_ARTICLE; n++, el = nextElementUnder(el, null)) {
    const t = lineText(el);
    const to = n < AFTER_HEADING ? ev.credits : ev.lateCredits;
    if (t.length < 200 && BY_LINE.test(t)) add(to, t);
    if (BY_LABEL.test(t) && el.nextElementSibling) add(to, textUpTo(el.nextElementSibling, 121), 120);
    // Dates only close to it: further on, a short paragraph of the story may mention one.
    if (n < 30 && t.length <= 120 && DATE_LIKE.test(t)) add(ev.headDates, t);
  }
  for (let i = 0; i < dated.length && i < MAX_DATED; i++) {
    const d = dated[i]!;
    const value = attr(d, 'datetime') || attr(d, 'content');
    const upd = UPDATED.test(`${attr(d, 'itemprop')} ${attr(d, 'class')} ${attr(d.parentElement ?? d, 'class')}`);
    if (value) add(upd ? ev.updated : ev.times, value, 80);
    // Its opening words only: a date line often runs on into the post's tags or share links
    // ("Posted on April 13, 2023 Indexing Open access …"), and the date is at its start.
    if (!upd) add(ev.dateTexts, textUpTo(d, 120));
  }
  return ev;
}
