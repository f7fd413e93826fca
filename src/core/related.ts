/**
 * Finding related-stories rails on a page: from a label ("Related stories", "Also read:"), or from a
 * container named like one. related-items.ts reads the links that make a rail; toRelatedBlocks gives
 * the serialisable form the Article carries.
 */
import { INLINE_LINK_LABEL, MAX_LABEL_LENGTH, RELATED_NAME, isReferenceLabel, isRelatedLabel } from './related-labels';
import { isRail, itemsIn, listsStories, looseText, Memo, type RelatedItemElement } from './related-items';
import { ruleFired, ruleOn, type RuleSwitches } from './rules';
import { attr, linkDensity, normalizeSpace, ownsText, textOf } from './text';
import { nextPast, nextUnder } from './tree-step';
import type { RelatedBlock } from './types';

export type { RelatedItemElement };

/**
 * A related-stories rail found in a document: the elements to hide (usually one container; a heading
 * and the list that follows it when they share a parent with the body), the heading, and the items.
 */
export interface RelatedBlockElement {
  elements: Element[];
  heading: Element | null;
  headingText: string | null;
  items: RelatedItemElement[];
  /** Why it was taken: 'label', 'inline-label' ("Also read: …" inside the body) or 'class-name'. */
  reason: 'label' | 'inline-label' | 'class-name';
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'strong', 'b', 'span', 'p', 'div', 'legend', 'summary', 'em', 'label', 'a', 'dt']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/** Climbs from a label to the smallest ancestor that holds the rail's links; null when none fits. */
function blockFromHeading(heading: Element, stop: Element, memo: Memo): RelatedBlockElement | null {
  const headingText = memo.text(heading);
  let node: Element = heading;
  for (let depth = 0; depth < 6 && node.parentElement && node !== stop; depth++) {
    const parent = node.parentElement;
    const items = itemsIn([parent], heading, memo);
    if (items.length >= 2) {
      if (isRail(parent, heading, items.length, memo)) return { elements: [parent], heading, headingText, items, reason: 'label' };
      break;
    }
    node = parent;
  }
  // The heading shares its parent with the body: take it and the link-dense siblings that follow.
  const elements: Element[] = [node];
  for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
    const its = itemsIn([sib], null, memo);
    if (its.length === 0 || !isRail(sib, null, its.length, memo)) break;
    elements.push(sib);
  }
  const items = itemsIn(elements.slice(1), null, memo);
  return items.length >= 1 ? { elements, heading: node, headingText, items, reason: 'label' } : null;
}

const INLINE_HOLDERS = ['p', 'li', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'aside'].join(',');

/** "Also read: <a>headline</a>" standing as its own paragraph inside the body. */
function inlineAlsoRead(el: Element, memo: Memo): RelatedBlockElement | null {
  const text = memo.text(el);
  const label = INLINE_LINK_LABEL.exec(text.slice(0, 40));
  if (!label || text.length > 400) return null;
  const items = itemsIn([el], null, memo);
  // Only the label and the links themselves: a real paragraph that merely opens with "Related:" stays.
  if (items.length === 0 || items.length > 3 || looseText(el, null, memo) > label[0].length + 25) return null;
  return { elements: [el], heading: null, headingText: normalizeSpace(label[0].replace(/[:：|>»\-–—]\s*$/, '')), items, reason: 'inline-label' };
}

/** The largest short element around a label's text node: the rail's heading. */
function labelElement(textNode: Node): Element | null {
  let el = textNode.parentElement;
  if (!el || !HEADING_TAGS.has(el.localName)) return null;
  for (let up = el.parentElement; up && HEADING_TAGS.has(up.localName) && up.childElementCount <= 4; up = up.parentElement) {
    if (textOf(up).length > MAX_LABEL_LENGTH) break;
    el = up;
  }
  return el;
}

function isLabelCandidate(el: Element): boolean {
  if (!HEADING_TAGS.has(el.localName) || el.childElementCount > 4) return false;
  const text = textOf(el);
  return text.length > 0 && text.length <= MAX_LABEL_LENGTH && isRelatedLabel(text);
}

/** A block started by a short text node: an inline "Also read:" or a rail's heading. */
function blockFromText(node: Node, top: Element, memo: Memo, rules?: RuleSwitches): RelatedBlockElement | null {
  const raw = node.nodeValue ?? '';
  // Most text nodes are inter-tag whitespace or body text: reject both before any regex runs.
  if (raw.length > 200 || raw.length < 2 || !/\S\S/.test(raw)) return null;
  const text = normalizeSpace(raw);
  if (text.length < 2 || text.length > MAX_LABEL_LENGTH) return null;
  if (INLINE_LINK_LABEL.test(text)) {
    const holder = node.parentElement?.closest(INLINE_HOLDERS);
    const block = holder && holder !== top ? inlineAlsoRead(holder, memo) : null;
    if (block) return block;
  }
  // Only an element of a heading's kind can hold a rail's label (labelElement): its tag is cheaper to read than the words.
  if (!node.parentElement || !HEADING_TAGS.has(node.parentElement.localName) || !isRelatedLabel(text)) return null;
  // A link to a part of the same page ("6 See also" in a table of contents) is navigation, not a rail's heading.
  if (node.parentElement?.closest('a[href^="#"]')) return null;
  const heading = labelElement(node);
  const label = heading && heading !== top ? memo.text(heading) : '';
  if (!label || !isRelatedLabel(label)) return null;
  // A label with words running beside it is a piece of a sentence ("is by far the <a>most popular
  // breath-based meditation</a> with…"), never a rail's heading.
  if (ruleOn(rules, 'label-in-sentence') && heading!.parentNode && ownsText(heading!.parentNode)) return ruleFired(rules, 'label-in-sentence'), null;
  const block = blockFromHeading(heading!, top, memo);
  // "See also" over a list of topics is an encyclopedia's or a manual's cross-references, not a rail.
  return block && isReferenceLabel(label) && !listsStories(block.elements, block.heading, memo) ? null : block;
}

/** A container named like a related widget (class/id), with its heading when it has one. */
function blockFromName(el: Element, memo: Memo): RelatedBlockElement | null {
  // Most elements have neither a class nor an id: no string to build, no pattern to run.
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  if (!(cls && RELATED_NAME.test(cls)) && !(id && RELATED_NAME.test(id))) return null;
  if (linkDensity(el) < 0.5) return null;
  const items = itemsIn([el], null, memo);
  if (items.length < 2 || !isRail(el, null, items.length, memo)) return null;
  const heading = [...el.querySelectorAll('h2, h3, h4, h5, h6, header, [class*="title"], [class*="heading"]')]
    .find((h) => isLabelCandidate(h) || (/^h\d$/.test(h.localName) && !h.querySelector('a'))) ?? null;
  return { elements: [el], heading, headingText: heading ? memo.text(heading) : null, items: heading ? itemsIn([el], heading, memo) : items, reason: 'class-name' };
}

/**
 * Finds related / recommended / trending rails and "Also read" links. Pure DOM reading (no mutation),
 * so it serves both the live page (a content script hides `elements` and can restore them) and the
 * extraction (which counts and lists the items). Blocks never nest: an outer rail wins.
 * One walk; labels are matched on short text nodes, so long text is never re-read per ancestor.
 */
export function findRelatedBlocks(root: Document | Element, rules?: RuleSwitches): RelatedBlockElement[] {
  const top = 'documentElement' in root ? root.documentElement : root;
  const blocks: RelatedBlockElement[] = [];
  if (!top) return blocks;
  const memo = new Memo();
  const taken = (el: Element): boolean => blocks.some((b) => b.elements.some((e) => e.contains(el) || el.contains(e)));
  // Forward, pre-order, without a stack: on DOM shims previousSibling is the costly direction.
  let node: Node | null = top;
  while (node) {
    let enter = false;
    if (node.nodeType === 3) {
      const block = blockFromText(node, top, memo, rules);
      if (block && !taken(block.elements[0]!)) {
        blocks.push(block);
        // A block found from a label holds the node just read (an ancestor of it, or that ancestor and
        // the siblings after it): nothing left inside it can start a block of its own, so the walk goes
        // on after its last element.
        node = nextPast(block.elements[block.elements.length - 1]!, top);
        continue;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (!SKIP_TAGS.has(el.localName)) {
        // A block found by name is never entered.
        const block = el === top ? null : blockFromName(el, memo);
        if (block) blocks.push(block);
        else enter = true;
      }
    }
    node = enter ? nextUnder(node, top) : nextPast(node, top);
  }
  return dropRepeated(blocks, rules);
}

/**
 * A label over this many blocks of one page is the article's structure, not a rail: a buyer's guide
 * puts "Top Expert Recommendations:" over the list of each of its sections; a page has a rail or two.
 */
const REPEATED_LABEL = 3;

/** `blocks` less those whose label heads REPEATED_LABEL of them or more ("Also read:" lines repeat by nature: they stay). */
function dropRepeated(blocks: RelatedBlockElement[], rules?: RuleSwitches): RelatedBlockElement[] {
  if (!ruleOn(rules, 'repeated-label')) return blocks;
  const label = (b: RelatedBlockElement): string | null => (b.reason === 'label' ? b.headingText : null);
  const count = new Map<string | null, number>();
  for (const b of blocks) count.set(label(b), (count.get(label(b)) ?? 0) + 1);
  const kept = blocks.filter((b) => label(b) === null || count.get(label(b))! < REPEATED_LABEL);
  if (kept.length < blocks.length) ruleFired(rules, 'repeated-label');
  return kept;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}

/** The serialisable form of found blocks, as `Article.related` carries them; links made absolute against `baseUrl`. */
export function toRelatedBlocks(found: RelatedBlockElement[], baseUrl: string | null = null): { count: number; blocks: RelatedBlock[] } {
  const blocks = found
    .filter((b) => b.reason !== 'inline-label')
    .map((b) => ({ heading: b.headingText, items: b.items.map((i) => ({ title: i.title, url: absolute(i.url, baseUrl) })) }));
  return { count: blocks.reduce((n, b) => n + b.items.length, 0), blocks };
}
