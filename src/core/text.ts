/** Small text and DOM-reading helpers shared by the core. Pure: nothing here mutates a node. */

/**
 * Collapses every run of whitespace (incl. NBSP and zero-width breaks) to one space and trims. What
 * is replaced: a run of two or more such characters, or one that isn't a plain space (`\s` covers
 * NBSP and the BOM). A lone plain space, by far the most common, matches nothing and stays where it
 * is, so most of a text is copied in one piece instead of rebuilt space by space. The pattern is
 * written out here, not in a constant: auto.js, which every page of an automatic site runs, has a
 * byte budget (≤ 10 KB).
 */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u200b-\u200d]{2,}|[^\S ]|[\u200b-\u200d]/g, ' ').trim();
}

/** The element's text with whitespace normalised. */
export function textOf(node: Node | null | undefined): string {
  return node ? normalizeSpace(node.textContent ?? '') : '';
}

/**
 * Counts words; CJK scripts are not space-separated, so each CJK character counts as a word
 * (what reading-time estimates for those languages do too).
 */
export function countWords(s: string): number {
  const cjk = s.match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const rest = s.replace(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g, ' ');
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words + Math.ceil(cjk / 2);
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  // A link is all link: getElementsByTagName below finds only the links inside it.
  if (el.localName === 'a') return 1;
  let linked = 0;
  // getElementsByTagName, not querySelectorAll: no selector to compile, about 3× faster on linkedom.
  for (const a of el.getElementsByTagName('a')) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/**
 * An attribute's raw value. Read through the attribute node because linkedom's
 * `getAttribute('class')` builds a DOMTokenList on every call, which dominated whole-page walks.
 */
export function attr(el: Element, name: string): string {
  return el.getAttributeNode(name)?.value ?? '';
}

/** Lower-cased class and id of an element, for pattern matching on names. */
export function namesOf(el: Element): string {
  return `${attr(el, 'class')} ${attr(el, 'id')}`.toLowerCase();
}

/** True when `s` ends the way a cut-off teaser does ("…", "...", "[…]"). */
export function endsWithEllipsis(s: string): boolean {
  return /(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/.test(s);
}
