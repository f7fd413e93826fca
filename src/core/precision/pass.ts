/**
 * What every step of the precision pass shares: the article root, the log, each element's text read
 * once, and the tests of where an element sits (in a sentence, in data, at the body's edge).
 */
import { ownsText, textOf } from '../text';
import type { Removal } from '../types';
import type { RuleSwitches } from '../rules';

/** What the precision pass did to Readability's output. */
export interface PrecisionResult {
  removed: Removal[];
  notes: string[];
}

/** What every step of the pass shares: the article root, the log, and each element's text read once. */
export interface Pass {
  root: Element;
  out: PrecisionResult;
  texts: Map<Element, string>;
  /** Whether a node holds running text in text nodes of its own (see hasTextBeside), read once per node. */
  runningText: Map<Node, boolean>;
  /** The page is news (see PrecisionOptions.news): the rules that read news-portal conventions apply. */
  news: boolean;
  /** The page is an article (see PrecisionOptions.article): calls to action are furniture in it. */
  article: boolean;
  /** Which rules are switched off (the bench's ablation) and which changed something. */
  rules: RuleSwitches;
}

/** An element's normalised text, read once per pass (textContent walks the subtree each time). */
export function textIn(pass: Pass, el: Element): string {
  let text = pass.texts.get(el);
  if (text === undefined) pass.texts.set(el, (text = textOf(el)));
  return text;
}

export function remove(pass: Pass, el: Element, removal: Removal): void {
  pass.out.removed.push(removal);
  // The ancestors' text just changed; forget what was read for them.
  for (let up = el.parentElement; up; up = up.parentElement) pass.texts.delete(up);
  el.remove();
}

/** Inline elements: a piece of a sentence when text runs beside them. */
export const INLINE = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'u', 'small', 'cite', 'time', 'abbr', 'mark', 'font', 'sup', 'sub', 'code']);

/**
 * True when `el` is inline and words sit beside it in the same block ("<span class=dateline>CAIRO —</span>
 * Gunmen opened fire…", "Por <span class=byline>Ana Ruiz</span>", "email <a>desk@…</a> for more"). Such an
 * element is part of a sentence: taking it out would leave the sentence broken, so no rule may.
 */
export function hasTextBeside(pass: Pass, el: Element): boolean {
  for (let node: Element | null = el; node && INLINE.has(node.localName); node = node.parentElement) {
    const parent = node.parentNode;
    if (parent && ownsRunningText(pass, parent)) return true;
  }
  return false;
}

/** True when one of `parent`'s own text nodes holds a letter or a digit; the same for every child, so read once per parent. */
export function ownsRunningText(pass: Pass, parent: Node): boolean {
  let owns = pass.runningText.get(parent);
  if (owns === undefined) pass.runningText.set(parent, (owns = ownsText(parent)));
  return owns;
}

/**
 * Tables and lists hold data: a date there is a timeline entry, "Blob / File" an API list, not chrome
 * or a credit. Rules that judge a line by its shape alone don't fire inside them.
 */
export function inData(el: Element): boolean {
  return !!closestTag(el, DATA_TAGS);
}
const DATA_TAGS = new Set(['table', 'ul', 'ol', 'dl', 'pre']);

/**
 * `el` or its nearest ancestor whose tag is in `tags`: what el.closest('table, ul') answers for a list of
 * tag names. A loop rather than closest(), which on a DOM shim (linkedom, in the CLI) parses and compiles
 * its selector on every call, and the pass asks it for leaf after leaf.
 */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (tags.has(node.localName.toLowerCase())) return node;
  return null;
}

/** Characters of text after `el` inside `root`, counted up to `limit`. */
export function textAfter(el: Element, root: Element, limit: number): number {
  let n = 0;
  for (let node: Element | null = el; node && node !== root && n < limit; node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib && n < limit; sib = sib.nextElementSibling) n += textOf(sib).length;
  }
  return n;
}

/** Characters of text before `el` inside `root`, counted up to `limit`. */
export function textBefore(el: Element, root: Element, limit: number): number {
  let n = 0;
  for (let node: Element | null = el; node && node !== root && n < limit; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib && n < limit; sib = sib.previousElementSibling) n += textOf(sib).length;
  }
  return n;
}

