import { TEXT_RULES } from './boilerplate-rules';
import { findRelatedBlocks } from './related';
import { attr, endsWithEllipsis, linkDensity, namesOf, normalizeSpace, textOf } from './text';
import type { Removal, RemovalKind } from './types';

/** What the precision pass did to Readability's output. */
export interface PrecisionResult {
  removed: Removal[];
  notes: string[];
}

/** Elements a text rule may judge as a whole, when they hold no block of their own. */
const JUDGED = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'dd', 'dt', 'div', 'span', 'a', 'em', 'strong', 'small', 'cite']);
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'section', 'figure']);

/** What every step of the pass shares: the article root, the log, and each element's text read once. */
interface Pass {
  root: Element;
  out: PrecisionResult;
  texts: Map<Element, string>;
  /** Whether a node holds running text in text nodes of its own (see hasTextBeside), read once per node. */
  runningText: Map<Node, boolean>;
  /** The page is news (see PrecisionOptions.news): the rules that read news-portal conventions apply. */
  news: boolean;
}

/** What the caller knows about the page, which decides how much evidence a removal needs. */
export interface PrecisionOptions {
  /**
   * Whether detection called the page news (`Detection.isNews`); true when not given. Some rules read
   * news-portal conventions: a line shaped like a photo credit, an unlabelled list of headline links
   * after the body. On a portal those are furniture; on an encyclopedia, a how-to site, a blog or a
   * manual the same shapes are often the page's own content (a picture's source, a reading list), and
   * recall comes first, so on pages that are not news those rules stand down. Rules that hold on any
   * site (promos, share prompts, page chrome, related rails with their label, the teaser) still apply.
   */
  news?: boolean;
}

/** An element's normalised text, read once per pass (textContent walks the subtree each time). */
function textIn(pass: Pass, el: Element): string {
  let text = pass.texts.get(el);
  if (text === undefined) pass.texts.set(el, (text = textOf(el)));
  return text;
}

function remove(pass: Pass, el: Element, removal: Removal): void {
  pass.out.removed.push(removal);
  // The ancestors' text just changed; forget what was read for them.
  for (let up = el.parentElement; up; up = up.parentElement) pass.texts.delete(up);
  el.remove();
}

/** Inline elements: a piece of a sentence when text runs beside them. */
const INLINE = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'u', 'small', 'cite', 'time', 'abbr', 'mark', 'font', 'sup', 'sub', 'code']);

/**
 * True when `el` is inline and words sit beside it in the same block ("<span class=dateline>CAIRO —</span>
 * Gunmen opened fire…", "Por <span class=byline>Ana Ruiz</span>", "email <a>desk@…</a> for more"). Such an
 * element is part of a sentence: taking it out would leave the sentence broken, so no rule may.
 */
function hasTextBeside(pass: Pass, el: Element): boolean {
  for (let node: Element | null = el; node && INLINE.has(node.localName); node = node.parentElement) {
    const parent = node.parentNode;
    if (parent && ownsRunningText(pass, parent)) return true;
  }
  return false;
}

/** True when one of `parent`'s own text nodes holds a letter or a digit; the same for every child, so read once per parent. */
function ownsRunningText(pass: Pass, parent: Node): boolean {
  let owns = pass.runningText.get(parent);
  if (owns === undefined) {
    owns = false;
    for (let c = parent.firstChild; c && !owns; c = c.nextSibling) owns = c.nodeType === 3 && RUNNING_TEXT.test(c.nodeValue ?? '');
    pass.runningText.set(parent, owns);
  }
  return owns;
}
const RUNNING_TEXT = /[\p{L}\p{N}]/u;

/** What the pass looks at, gathered in one walk of the article (each querySelectorAll is a full walk on DOM shims). */
interface ArticleWalk {
  /** Paragraph-like elements holding no block of their own; an element comes before the inline elements inside it. */
  leaves: Element[];
  /** Elements with a class or an id, in document order. */
  named: Element[];
  lists: Element[];
}

function walkArticle(root: Element): ArticleWalk {
  const walk: ArticleWalk = { leaves: [], named: [], lists: [] };
  const slots: (Element | null)[] = [];
  const visit = (el: Element): boolean => {
    if (el !== root && (attr(el, 'class') || attr(el, 'id'))) walk.named.push(el);
    if (el.localName === 'ul' || el.localName === 'ol') walk.lists.push(el);
    // Reserve the element's place before its children, so a leaf precedes the inline leaves inside it.
    const slot = slots.push(null) - 1;
    let hasBlock = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (visit(c) || BLOCKS.has(c.localName)) hasBlock = true;
    }
    if (!hasBlock && JUDGED.has(el.localName)) slots[slot] = el;
    return hasBlock;
  };
  visit(root);
  walk.leaves = slots.filter((el): el is Element => el !== null);
  return walk;
}

/** Longest text any rule may take: longer leaves are body, and are never tested. */
const LONGEST_RULE = Math.max(...TEXT_RULES.map((r) => r.maxLength));

function removeByText(pass: Pass, leaves: Element[]): void {
  for (const el of leaves) {
    if (!pass.root.contains(el)) continue;
    // Before reading the text: most inline leaves are pieces of a sentence, and their text is never needed.
    if (INLINE.has(el.localName) && hasTextBeside(pass, el)) continue;
    const text = textIn(pass, el);
    if (!text || text.length > LONGEST_RULE) continue;
    const rule = TEXT_RULES.find((r) => text.length <= r.maxLength && r.pattern.test(text));
    if (!rule) {
      // A lone date ("September 15, 2014", "02 Ago 2017") is page chrome, not a sentence.
      if (text.length <= 48 && DATE_LINE.test(text) && !inData(el)) remove(pass, el, { kind: 'boilerplate', reason: 'date line', text });
      continue;
    }
    if (rule.kind === 'credit' && !pass.news) continue;
    if (rule.reason === 'photo credit' && rule.maxLength === 80 && (!CREDIT_WORD.test(text) || inData(el))) continue;
    // "By Ana Ruiz" inside a list or a table is that item's author (a list of stories, a bibliography), not the page's byline.
    if (rule.reason === 'byline or timestamp line' && inData(el)) continue;
    // One word of chrome ("Comment", "Next") heading a table column is the table's data.
    if (rule.reason === 'page chrome' && el.closest('table')) continue;
    if (rule.kind === 'disclaimer') pass.out.notes.push(text);
    remove(pass, el, { kind: rule.kind, reason: rule.reason, text });
  }
}

/**
 * Tables and lists hold data: a date there is a timeline entry, "Blob / File" an API list, not chrome
 * or a credit. Rules that judge a line by its shape alone don't fire inside them.
 */
function inData(el: Element): boolean {
  return !!el.closest('table, ul, ol, dl, pre');
}

/**
 * Credits must name an agency or say "photo"/"images": "Alex Wong | Getty Images", not "Paris / London".
 * "File" counts only as a segment of its own ("Reuters/File"): "user/group/world file permissions" is prose.
 */
const CREDIT_WORD = /getty|images?|photo|reuters|\bap\b|afp|bloomberg|shutterstock|epa|(^|[|/]\s*)file\s*($|[|/])|pti|ians|xinhua|alamy|courtesy/i;

/** A line that is only a date, optionally with a time: "September 15, 2014", "02 Ago 2017, 10:15 am". */
const DATE_LINE = /^((published|updated|posted)\s*:?\s*)?((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)[a-z]*\.?,?\s+)?(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d|[\p{L}]{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+[\p{L}]{3,9}\.?,?\s+\d{4})(,?\s*(at\s+)?\d{1,2}[:.]\d\d(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4})?)?\s*:?$/iu;

/**
 * A short paragraph made only of links: menus and footers that Readability kept. Menu items are words;
 * a bare address ("http://…") is a link the author wrote out.
 */
function isLinkLine(el: Element, text: string): boolean {
  return text.length <= 40 && text.split(' ').length <= 5 && !/[.!?]$/.test(text) && !/^(https?:\/\/|www\.)/i.test(text) && linkDensity(el) >= 0.95;
}

/**
 * Navigation: three or more link-only short lines in a row, where menus sit: before the body or after
 * it. A single one may be a body link ("Read the report"), and links between paragraphs are the
 * author's, so runs at the edges only; list items never count (see inData).
 */
function removeLinkRuns(pass: Pass, leaves: Element[]): void {
  let run: Element[] = [];
  const flush = (): void => {
    const atEdge = run.length >= 3 && (textBefore(run[0]!, pass.root, TRAILING_TEXT) < TRAILING_TEXT || textAfter(run[run.length - 1]!, pass.root, TRAILING_TEXT) < TRAILING_TEXT);
    if (atEdge) for (const el of run) remove(pass, el, { kind: 'boilerplate', reason: 'navigation links', text: textIn(pass, el) });
    run = [];
  };
  let line: Element | null = null;
  for (const el of leaves) {
    if (!pass.root.contains(el)) continue;
    // Only whole lines count: the link inside a list item or a paragraph is part of that line.
    if (line?.contains(el)) continue;
    line = el;
    const text = textIn(pass, el);
    if (!text) continue;
    // A list of short links is a list (downloads, sources, an app's credits): lists are data, so their items never make a run.
    if (isLinkLine(el, text) && !inData(el)) run.push(el);
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
function removeTeasers(pass: Pass, leaves: Element[]): void {
  const paras = leaves.filter((el) => pass.root.contains(el));
  // Teasers sit above the body, so only the first few paragraphs are candidates.
  for (let i = 0; i < Math.min(paras.length, TEASER_WINDOW); i++) {
    const text = textIn(pass, paras[i]!);
    if (text.length < 30 || !endsWithEllipsis(text)) continue;
    const stem = normalizeSpace(text.replace(/(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/, ''));
    // The full paragraph must go on well past the teaser; an author's own "…" repeated is not a teaser.
    // The later texts are read only now, for the rare candidate.
    const repeated = paras.slice(i + 1).some((p) => {
      const t = textIn(pass, p);
      return t.length >= stem.length + 20 && t.startsWith(stem);
    });
    if (repeated) remove(pass, paras[i]!, { kind: 'teaser', reason: 'truncated teaser repeating a later paragraph', text });
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
function removeFurniture(pass: Pass, named: Element[]): void {
  let total = 0;
  for (const el of named) {
    const names = namesOf(el);
    if (!FURNITURE_NAME.test(names) || !pass.root.contains(el) || hasTextBeside(pass, el)) continue;
    const text = textIn(pass, el);
    // The article's length as it was before this step took anything, read once and only when needed.
    total ||= textIn(pass, pass.root).length || 1;
    if (text.length > 600 || text.length / total > 0.2 || el.querySelector('p p, h1, h2')) continue;
    const kind = FURNITURE_KIND.find(([re]) => re.test(names))?.[1] ?? 'boilerplate';
    if (kind === 'credit' && !pass.news) continue;
    remove(pass, el, { kind, reason: `page furniture (class "${names.trim().slice(0, 60)}")`, text });
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

/** Characters of text before `el` inside `root`, counted up to `limit`. */
function textBefore(el: Element, root: Element, limit: number): number {
  let n = 0;
  for (let node: Element | null = el; node && node !== root && n < limit; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib && n < limit; sib = sib.previousElementSibling) n += textOf(sib).length;
  }
  return n;
}

/**
 * Unlabelled lists of headline links after the body: recirculation, not content. Only at the end:
 * a list of links in the middle of an article (sources, changelog entries) is part of it.
 */
function removeLinkLists(pass: Pass, lists: Element[]): void {
  const { root } = pass;
  for (const list of lists) {
    if (!root.contains(list) || textAfter(list, root, TRAILING_TEXT) >= TRAILING_TEXT) continue;
    const items = [...list.children].filter((li) => li.localName === 'li');
    if (items.length < 3 || linkDensity(list) < 0.9) continue;
    const headlines = items.filter((li) => {
      const a = li.querySelector('a');
      const t = textOf(a);
      return a && t.split(' ').length >= 5 && linkDensity(li) >= 0.9;
    });
    if (headlines.length === items.length) remove(pass, list, { kind: 'related', reason: 'list of headline links', text: textOf(list) });
  }
}

/**
 * Cleans Readability's output in place (it is our clone): related rails, inline "Also read" links,
 * promos, share and follow prompts, lone photo credits, the teaser; disclaimers become notes.
 * Every removal is logged. Cheap: one walk of the (small) article subtree gathers what every step reads.
 * `options.news` false makes the pass gentler on pages that are not news (see PrecisionOptions).
 */
export function precisionPass(root: Element, options: PrecisionOptions = {}): PrecisionResult {
  const out: PrecisionResult = { removed: [], notes: [] };
  removeRelated(root, out);
  const pass: Pass = { root, out, texts: new Map(), runningText: new Map(), news: options.news ?? true };
  const walk = walkArticle(root);
  removeFurniture(pass, walk.named);
  if (pass.news) removeLinkLists(pass, walk.lists);
  removeByText(pass, walk.leaves);
  removeLinkRuns(pass, walk.leaves);
  removeTeasers(pass, walk.leaves);
  return out;
}
