/**
 * Body recall: the parts of the article Readability leaves beside its pick. It picks one container and
 * adds only the siblings that score well on its own terms, so two classes of pages lose text: an
 * article split over several sibling sections (one container per heading, as page builders and
 * AsciiDoc write them) keeps one section, and a lead or summary box set just above the body (a
 * standfirst, a "key points" box, an intro in its own container) is left out. The page half
 * (neighbours.ts) copies what stood above the pick into the article, wrapped; here it is read from the
 * pick upwards, the prose is kept and the first piece of chrome ends the search. What is kept then goes
 * through the precision pass like the rest of the body. Below the pick, see neighbours.ts's BEFORE.
 */
import { ruleFired, ruleOn, type RuleSwitches } from './rules';
import { BEFORE, KIN } from './neighbours';
import { attr, normalizeSpace } from './text';
import { nextElementUnder } from './tree-step';

/** Text an element must hold to count as a neighbour at all: less is a label, an icon, an empty ad slot. */
const MIN_TEXT = 25;
/** A neighbour whose text is this much links is navigation or a list of teasers, not prose. */
const MAX_LINK_DENSITY = 0.3;
/** A neighbour shorter than this that is not prose (a byline, a date, a share bar) is looked past; a longer one ends the article. */
const SHORT = 120;
/** Names of what is never the article: Readability's own "unlikely candidates", and the boxes around a body. */
const NOT_PROSE = /comment|related|share|social|newsletter|subscri|sidebar|footer|nav|menu|breadcrumb|author|byline|promo|banner|cookie|consent|popup|modal|advert|sponsor|recommend|trending|popular|tags|cta|(^|[\s_-])toc([\s_-]|$)|table-of-contents|pagination|pager|rail/i;
/** Elements that are the page's chrome or a widget: where they stand, the article has ended (h1: it starts below the title). */
const CHROME = new Set(['form', 'input', 'button', 'select', 'nav', 'aside', 'header', 'footer', 'iframe', 'h1']);
/** Elements that hold no text of their own: skipped, never a reason to stop looking. */
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'img', 'picture', 'figure', 'br', 'hr', 'link', 'meta', 'video', 'audio']);
/** Elements whose text is the page's prose, when long enough: paragraphs, list items, quotes. */
const PARAGRAPH = new Set(['p', 'li', 'blockquote', 'dd']);
/** A paragraph shorter than this is a label or a menu entry. */
const PARAGRAPH_CHARS = 40;
/** Share of a neighbour's text that must sit in paragraphs: a title block, a byline or a card has little. */
const PARAGRAPH_SHARE = 0.6;
/** How the boxes around a body open, prose as they are: an author's bio, an affiliate disclosure, a sign-up pitch. */
const PITCH = /^(written by|about the author|.{0,80}\b(affiliate|commission)|.{0,150}\b(sign up|subscribe|newsletter|get in touch|book a demo))/i;

/** Hidden by a class (the page half left out those hidden by attribute or style). */
const hidden = (el: Element): boolean => /(^|\s)hidden(\s|$)/.test(attr(el, 'class'));

type Verdict = 'skip' | 'heading' | 'prose' | 'kin' | 'stop';

/**
 * What a neighbour is: 'skip' (nothing to read, or a short line such as a byline: look past it),
 * 'heading' (a section heading: kept with the prose it belongs to), 'prose' (take it), 'kin' (take it
 * too: not prose, but a section of the pick's own kind) or 'stop' (chrome, a widget, a box named like
 * furniture: the article ends here).
 */
function judge(el: Element, taken: string, kin: boolean): Verdict {
  const tag = el.localName;
  if (NO_TEXT.has(tag) || hidden(el)) return 'skip';
  const text = normalizeSpace(el.textContent ?? '');
  if (/^h[2-6]$/.test(tag)) return text && text.length < SHORT ? 'heading' : 'skip';
  let inParagraphs = 0, linked = 0, code = 0, chrome = false;
  // One walk of the neighbour: its links, its paragraphs, its scripts, and any element that makes it chrome.
  for (let d: Element | null = el; d; d = nextElementUnder(d, el)) {
    const t = d.localName;
    if (CHROME.has(t) || NOT_PROSE.test(`${attr(d, 'class')} ${attr(d, 'id')}`)) {
      chrome = true;
      break;
    }
    const n = t === 'a' || PARAGRAPH.has(t) || NO_TEXT.has(t) ? normalizeSpace(d.textContent ?? '').length : 0;
    if (t === 'a') linked += n;
    else if (NO_TEXT.has(t)) code += n;
    else if (n >= PARAGRAPH_CHARS) inParagraphs += n;
  }
  const length = text.length - code;
  if (length < MIN_TEXT) return 'skip';
  // Already in the pick (Readability took a sibling the text keys missed): neither taken again nor an end.
  if (taken.includes(text.slice(0, 80))) return 'skip';
  if (!chrome && !PITCH.test(text)) {
    if (inParagraphs >= PARAGRAPH_SHARE * length && linked < MAX_LINK_DENSITY * length) return 'prose';
    if (kin) return 'kin';
  }
  return length < SHORT && !chrome ? 'skip' : 'stop';
}

/**
 * A drop cap set apart from its paragraph: a capital letter alone in its own element just above the
 * pick (a Webflow "first letter" block), while the pick opens in lower case ("uring the pandemic, …").
 * The letter goes back to the start of the pick's first words. True when it did.
 */
function joinDropCap(w: Element, root: Element): boolean {
  const letter = normalizeSpace(w.textContent ?? '');
  // Not a heading: an index's letter ("B") stands above terms that may open in lower case.
  if (!/^\p{Lu}$/u.test(letter) || /^h[1-6]$/.test(w.firstElementChild?.localName ?? '')) return false;
  // Text nodes only (4: NodeFilter.SHOW_TEXT), the first with words, outside the wrappers above the pick.
  const texts = root.ownerDocument.createTreeWalker(root, 4);
  for (let t = texts.nextNode(); t; t = texts.nextNode()) {
    const data = t.nodeValue ?? '';
    if (!data.trim() || t.parentElement?.closest(BEFORE)) continue;
    // The words a paragraph opens with, in lower case: a list or a table cell is no paragraph of prose.
    if (t.parentElement?.localName !== 'p' || !/^\s*\p{Ll}/u.test(data)) return false;
    t.nodeValue = data.replace(/^\s*/, letter);
    return true;
  }
  return false;
}

/** Keeps `w`'s content in its place. */
function unwrap(w: Element): void {
  w.replaceWith(...Array.from(w.childNodes));
}

/**
 * Resolves the wrappers neighbours.ts put into `root` ('recall-intro'): from the pick upwards, prose
 * is kept, short lines and empty slots are looked past, and the first piece of chrome ends the side.
 * Headings above the pick go with what follows them (taken already), but never alone. Every wrapper
 * is gone afterwards.
 */
export function recallNeighbours(root: Element, rules?: RuleSwitches): void {
  const before = Array.from(root.getElementsByTagName(BEFORE)).reverse();
  if (!before.length) return;
  // The nearest neighbour first: a drop cap stands right above its paragraph (and is then no line of its own).
  if (ruleOn(rules, 'recall-drop-cap') && joinDropCap(before[0]!, root)) ruleFired(rules, 'recall-drop-cap');
  let taken = '';
  for (const el of (root.firstElementChild ?? root).children) if (el.localName !== BEFORE) taken += normalizeSpace(el.textContent ?? '') + ' ';
  const keep: Element[] = [];
  let go = ruleOn(rules, 'recall-intro');
  for (const w of before) {
    // A section of the pick's own kind (neighbours.ts's KIN) is the article's, mostly links or not.
    const j = go && w.firstElementChild ? judge(w.firstElementChild, taken, w.hasAttribute(KIN) && ruleOn(rules, 'recall-kin')) : 'stop';
    if (j === 'stop') go = false;
    if (j === 'kin') ruleFired(rules, 'recall-kin');
    if (j === 'prose' || j === 'kin' || j === 'heading') keep.push(w);
  }
  // Headings alone are no recall: they go in only beside prose.
  if (!keep.some((w) => !/^h[2-6]$/.test(w.firstElementChild!.localName))) keep.length = 0;
  if (keep.length) ruleFired(rules, 'recall-intro');
  for (const w of before) keep.includes(w) ? unwrap(w) : w.remove();
}
