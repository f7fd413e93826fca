/** Small text and DOM-reading helpers shared by the core. Pure: nothing here mutates a node. */

/**
 * Collapses every run of whitespace (incl. NBSP and the zero-width space) to one space and trims. What
 * is replaced: a run of two or more such characters, or one that isn't a plain space (`\s` covers
 * NBSP and the BOM). A lone plain space, by far the most common, matches nothing and stays where it
 * is, so most of a text is copied in one piece instead of rebuilt space by space. The zero-width
 * joiner and non-joiner are not space: they are inside words (Hindi conjuncts, Persian "می‌شود") and
 * emoji ("🏳️‍🌈"), which a space there would split. The pattern is written out here, not in a
 * constant: auto.js, which every page of an automatic site runs, has a byte budget (docs/ARCHITECTURE.md).
 */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u200b]{2,}|[^\S ]|\u200b/g, ' ').trim();
}

/** A set of the words of a space-separated list, where "tags?" stands for "tag" and "tags": a lookup
 * that, unlike a /^(a|b|…)$/ pattern, costs nothing to compile on first use (detection runs cold on
 * every page load). */
export function wordSet(list: string): Set<string> {
  return new Set(list.split(' ').flatMap((w) => (w.endsWith('?') ? [w.slice(0, -2), w.slice(0, -1)] : w)));
}

/** The element's text with whitespace normalised. */
export function textOf(node: Node | null | undefined): string {
  return node ? normalizeSpace(node.textContent ?? '') : '';
}

/** Words per minute for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;

/**
 * Chinese and Japanese script runs: written without spaces, so their words are found by a dictionary
 * (Intl.Segmenter) rather than by splitting. The prolonged sound mark ー is Common script.
 */
const UNSPACED_RUN_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+/gu;
/**
 * Hangul syllables. Korean separates its words (eojeol) with spaces, but an eojeol carries its particles
 * and endings, about two English words' worth: syllables are counted two to a word, so reading time and
 * the quote filter's "short quote" rule (quotes/filter.ts) stay on the scale they use for English.
 */
const HANGUL_G = /[\uac00-\ud7af]/gu;

let segmenter: Intl.Segmenter | null | undefined;

/** Words in a run of Chinese or Japanese: Intl.Segmenter's word-like segments where the runtime has it
 * (every supported browser and Node do), else two characters a word, the usual rough equivalence. */
function unspacedWords(run: string): number {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  if (!segmenter) return Math.ceil(run.length / 2);
  let words = 0;
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) words++;
  return words;
}

/** What `\s` matches (WhiteSpace and LineTerminator), by its code. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const FROM_CJK_RADICALS = /[\u2e80-\uffff]/;

/**
 * Tokens between spaces that hold a letter or a digit, read character by character: an article's
 * text split into tokens, each tested, was a tenth of the finish's time. Only a character outside
 * ASCII is tested by pattern, once per token at most (a surrogate pair is tested whole).
 */
function spacedWords(s: string): number {
  let words = 0, counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) counted = false;
    else if (!counted && (c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) : LETTER_OR_DIGIT.test(s.slice(i, i + 2)))) {
      words++;
      counted = true;
    }
  }
  return words;
}

/**
 * Counts words, the one count every view and the quote filter use: tokens between spaces that hold a
 * letter or digit (English and other spaced scripts), Hangul syllables two to a word, and the words of
 * every Chinese or Japanese run, which has no spaces to split on (see unspacedWords).
 */
export function countWords(s: string): number {
  // Every Han, kana and Hangul character is at U+2E80 or above (an astral one is a surrogate pair, higher
  // still): a text with none there has only spaced words, and the script patterns need not scan it.
  if (!FROM_CJK_RADICALS.test(s)) return spacedWords(s);
  let words = spacedWords(s.replace(UNSPACED_RUN_G, ' ').replace(HANGUL_G, ' '));
  for (const run of s.match(UNSPACED_RUN_G) ?? []) words += unspacedWords(run);
  return words + Math.ceil((s.match(HANGUL_G)?.length ?? 0) / 2);
}

/** Minutes to read `words`, rounded up (a 40-word brief is a minute, not zero), at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
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
 * An attribute's raw value. On a DOM shim, read through the attribute node: linkedom's
 * `getAttribute('class')` builds a DOMTokenList on every call, which dominated whole-page walks. In a
 * browser (__NATIVE_DOM__, build.mjs), getAttribute: the node way makes an Attr and its wrapper on
 * every first read, which was the every-page detector's largest DOM cost in Chromium (1.8 ms a page).
 */
export function attr(el: Element, name: string): string {
  return typeof __NATIVE_DOM__ !== 'undefined' && __NATIVE_DOM__ ? el.getAttribute(name) ?? '' : el.getAttributeNode(name)?.value ?? '';
}

/** An element's class and id attributes, read once by a walk that hands them to several tests. */
export type Names = [cls: string, id: string];

/** Lower-cased class and id of an element, for pattern matching on names. */
export function namesOf(el: Element): string {
  return `${attr(el, 'class')} ${attr(el, 'id')}`.toLowerCase();
}

/** True when `s` ends the way a cut-off teaser does ("…", "...", "[…]"). */
export function endsWithEllipsis(s: string): boolean {
  return /(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/.test(s);
}

const RUNNING_TEXT = /[\p{L}\p{N}]/u;

/** True when one of `parent`'s own text nodes (not its children's) holds a letter or a digit: words run there. */
export function ownsText(parent: Node): boolean {
  for (let c = parent.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && RUNNING_TEXT.test(c.nodeValue ?? '')) return true;
  return false;
}
