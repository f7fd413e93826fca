import { TEXT_RULES } from './boilerplate-rules';
import { findRelatedBlocks } from './related';
import { endsWithEllipsis, linkDensity, normalizeSpace, textOf } from './text';
import type { Removal } from './types';

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
    if (!rule) continue;
    // A paragraph that is mostly a link and names an app or newsletter is promo; one sentence of body is not.
    if (rule.kind === 'disclaimer') out.notes.push(text);
    remove(el, { kind: rule.kind, reason: rule.reason, text }, out);
  }
}

/**
 * The cut-off teaser a portal shows above the body ("Nara, Jan 13 South Korean President … that ...")
 * repeats the lede: it ends with an ellipsis and is a prefix of a later paragraph.
 */
function removeTeasers(root: Element, leaves: Element[], out: PrecisionResult): void {
  const paras = leaves.filter((el) => root.contains(el));
  const texts = paras.map((p) => textOf(p));
  for (let i = 0; i < paras.length; i++) {
    const text = texts[i]!;
    if (text.length < 30 || !endsWithEllipsis(text)) continue;
    const stem = normalizeSpace(text.replace(/(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/, ''));
    const repeated = texts.slice(i + 1).some((t) => t.startsWith(stem));
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

/** Unlabelled lists of headline links at the edges of the body: recirculation, not content. */
function removeLinkLists(root: Element, out: PrecisionResult): void {
  for (const list of root.querySelectorAll('ul, ol')) {
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
  removeLinkLists(root, out);
  const leaves = leafBlocks(root);
  removeByText(root, leaves, out);
  removeTeasers(root, leaves, out);
  return out;
}
