import { TEXT_RULES } from './boilerplate-rules';
import { findRelatedBlocks } from './related';
import { endsWithEllipsis, linkDensity, namesOf, normalizeSpace, textOf } from './text';
import type { Removal, RemovalKind } from './types';

/** What the precision pass did to Readability's output. */
export interface PrecisionResult {
  removed: Removal[];
  notes: string[];
}

/** Elements a text rule may judge as a whole, when they hold no block of their own. */
const JUDGED = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'dd', 'dt', 'div', 'span', 'a', 'em', 'strong', 'small', 'cite']);
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'section', 'figure']);

function remove(el: Element, removal: Removal, out: PrecisionResult): void {
  out.removed.push(removal);
  el.remove();
}

/**
 * Elements whose whole text a rule can judge: paragraph-like elements holding no block of their own,
 * in document order. One walk; an element is reported before the inline elements inside it.
 */
function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    let hasBlock = false;
    const mark = out.length;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (visit(c) || BLOCKS.has(c.localName)) hasBlock = true;
    }
    // Inline leaves come before their parent in `out` here; put the parent first.
    if (!hasBlock && JUDGED.has(el.localName)) out.splice(mark, 0, el);
    return hasBlock;
  };
  visit(root);
  return out;
}

function removeByText(root: Element, leaves: Element[], out: PrecisionResult): void {
  for (const el of leaves) {
    if (!root.contains(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    const rule = TEXT_RULES.find((r) => text.length <= r.maxLength && r.pattern.test(text));
    if (!rule) {
      // A lone date ("September 15, 2014", "02 Ago 2017") is page chrome, not a sentence.
      // Not in tables or lists, where a date is data (a timeline, a results table).
      if (text.length <= 48 && DATE_LINE.test(text) && !el.closest('table, ul, ol, dl, pre')) remove(el, { kind: 'boilerplate', reason: 'date line', text }, out);
      continue;
    }
    if (rule.reason === 'photo credit' && rule.maxLength === 80 && !CREDIT_WORD.test(text)) continue;
    // A paragraph that is mostly a link and names an app or newsletter is promo; one sentence of body is not.
    if (rule.kind === 'disclaimer') out.notes.push(text);
    remove(el, { kind: rule.kind, reason: rule.reason, text }, out);
  }
}

/** Credits must name an agency or say "photo"/"images": "Alex Wong | Getty Images", not "Paris / London". */
const CREDIT_WORD = /getty|images?|photo|reuters|\bap\b|afp|bloomberg|shutterstock|epa|file|pti|ians|xinhua|alamy|courtesy/i;

/** A line that is only a date, optionally with a time: "September 15, 2014", "02 Ago 2017, 10:15 am". */
const DATE_LINE = /^((published|updated|posted)\s*:?\s*)?((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)[a-z]*\.?,?\s+)?(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d|[\p{L}]{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+[\p{L}]{3,9}\.?,?\s+\d{4})(,?\s*(at\s+)?\d{1,2}[:.]\d\d(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4})?)?\s*:?$/iu;

/** A short paragraph made only of links: menus and footers that Readability kept. */
function isLinkLine(el: Element, text: string): boolean {
  return text.length <= 40 && text.split(' ').length <= 5 && !/[.!?]$/.test(text) && linkDensity(el) >= 0.95;
}

/**
 * Navigation: three or more link-only short lines in a row. A single one may be a body link
 * ("Read the report"), so runs only.
 */
function removeLinkRuns(root: Element, leaves: Element[], out: PrecisionResult): void {
  let run: Element[] = [];
  const flush = (): void => {
    if (run.length >= 3) for (const el of run) remove(el, { kind: 'boilerplate', reason: 'navigation links', text: textOf(el) }, out);
    run = [];
  };
  for (const el of leaves) {
    if (!root.contains(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    if (isLinkLine(el, text)) run.push(el);
    else flush();
  }
  flush();
}

const TEASER_WINDOW = 6;
/** Less text than this after a link list means the list trails the article. */
const TRAILING_TEXT = 200;

/**
 * The cut-off teaser a portal shows above the body ("Nara, Jan 13 South Korean President … that ...")
 * repeats the lede: it ends with an ellipsis and is a prefix of a later paragraph.
 */
function removeTeasers(root: Element, leaves: Element[], out: PrecisionResult): void {
  const paras = leaves.filter((el) => root.contains(el));
  const texts = paras.map((p) => textOf(p));
  // Teasers sit above the body, so only the first few paragraphs are candidates.
  for (let i = 0; i < Math.min(paras.length, TEASER_WINDOW); i++) {
    const text = texts[i]!;
    if (text.length < 30 || !endsWithEllipsis(text)) continue;
    const stem = normalizeSpace(text.replace(/(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/, ''));
    // The full paragraph must go on well past the teaser; an author's own "…" repeated is not a teaser.
    const repeated = texts.slice(i + 1).some((t) => t.length >= stem.length + 20 && t.startsWith(stem));
    if (repeated) remove(paras[i]!, { kind: 'teaser', reason: 'truncated teaser repeating a later paragraph', text }, out);
  }
}

/** Related rails and "Also read" links that survived Readability's cleaning. */
function removeRelated(root: Element, out: PrecisionResult): void {
  for (const block of findRelatedBlocks(root)) {
    const text = block.elements.map((e) => textOf(e)).join(' ');
    const kind = block.reason === 'inline-label' ? 'also-read' : 'related';
    const reason = block.reason === 'class-name' ? 'related widget (class name)' : `${kind === 'also-read' ? 'inline link' : 'rail'} labelled "${block.headingText ?? ''}"`;
    out.removed.push({ kind, reason, text });
    for (const el of block.elements) el.remove();
  }
}

/**
 * Class names of page furniture that Readability sometimes keeps inside the body: author boxes,
 * share bars, newsletter sign-ups, credits, ad slots, screen-reader-only text. Captions stay: they
 * describe the story, and how-to sites put whole steps in them.
 */
const FURNITURE_NAME = /(^|[\s_-])(author-?(bio|box|info|card|details|profile|footer)|about-?(the-?)?author|bio-?box|share-?(bar|buttons|tools|links|this)|social-?(share|links|buttons|icons)|sharing|newsletter|signup|sign-up|subscribe|promo|advert|advertisement|ad-?(slot|unit|container|wrapper)|credits?|sr-only|visually-?hidden|screen-?reader|skip-?link|breadcrumbs?|print-?only|tags|post-?tags|byline|dateline|timestamp)([\s_-]|$)/i;
const FURNITURE_KIND: [RegExp, RemovalKind][] = [
  [/share|social|sharing/i, 'share'],
  [/newsletter|signup|sign-up|subscribe|promo/i, 'promo'],
  [/credit/i, 'credit'],
];

/**
 * Removes elements named like page furniture. Guarded for recall: an element holding a large share
 * of the text is the body whatever its class says (sites do name the article wrapper "promo-story").
 */
function removeFurniture(root: Element, out: PrecisionResult): void {
  const total = textOf(root).length || 1;
  for (const el of root.querySelectorAll('[class], [id]')) {
    const names = namesOf(el);
    if (!FURNITURE_NAME.test(names) || !root.contains(el)) continue;
    const text = textOf(el);
    if (text.length > 600 || text.length / total > 0.2 || el.querySelector('p p, h1, h2')) continue;
    const kind = FURNITURE_KIND.find(([re]) => re.test(names))?.[1] ?? 'boilerplate';
    remove(el, { kind, reason: `page furniture (class "${names.trim().slice(0, 60)}")`, text }, out);
  }
}

/** Characters of text after `el` inside `root`, counted up to `limit`. */
function textAfter(el: Element, root: Element, limit: number): number {
  let n = 0;
  for (let node: Element | null = el; node && node !== root && n < limit; node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib && n < limit; sib = sib.nextElementSibling) n += textOf(sib).length;
  }
  return n;
}

/**
 * Unlabelled lists of headline links after the body: recirculation, not content. Only at the end:
 * a list of links in the middle of an article (sources, changelog entries) is part of it.
 */
function removeLinkLists(root: Element, out: PrecisionResult): void {
  for (const list of root.querySelectorAll('ul, ol')) {
    if (textAfter(list, root, TRAILING_TEXT) >= TRAILING_TEXT) continue;
    const items = [...list.children].filter((li) => li.localName === 'li');
    if (items.length < 3 || linkDensity(list) < 0.9) continue;
    const headlines = items.filter((li) => {
      const a = li.querySelector('a');
      const t = textOf(a);
      return a && t.split(' ').length >= 5 && linkDensity(li) >= 0.9;
    });
    if (headlines.length === items.length) remove(list, { kind: 'related', reason: 'list of headline links', text: textOf(list) }, out);
  }
}

/**
 * Cleans Readability's output in place (it is our clone): related rails, inline "Also read" links,
 * promos, share and follow prompts, lone photo credits, the teaser; disclaimers become notes.
 * Every removal is logged. Cheap: a handful of selector passes over the (small) article subtree.
 */
export function precisionPass(root: Element): PrecisionResult {
  const out: PrecisionResult = { removed: [], notes: [] };
  removeRelated(root, out);
  removeFurniture(root, out);
  removeLinkLists(root, out);
  const leaves = leafBlocks(root);
  removeByText(root, leaves, out);
  removeLinkRuns(root, leaves, out);
  removeTeasers(root, leaves, out);
  return out;
}
