/**
 * Quote marks: which characters can open a quotation, which can close it, and how to tell a
 * quote mark from an apostrophe by looking at its neighbours (the "flanking" idea CommonMark
 * uses for emphasis works well for quotes too).
 */

/** A candidate quote mark in the text. `mark` is the mark as written ('' for two apostrophes). */
export interface MarkToken {
  pos: number;
  len: number;
  mark: string;
  canOpen: boolean;
  canClose: boolean;
}

/**
 * For each opening mark, the marks that may close it. Several conventions share characters:
 * “ ” (English), „ “ and „ ” (German, Polish), ” ” (Swedish, Finnish), « » (French, Swiss),
 * » « (German, Danish), the wire-service habit of '' '' for double quotes, and CJK brackets.
 * A straight quote may be closed by a curly one because pasted text mixes them.
 */
export const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '“': ['”', '“', '"'],
  '"': ['"', '”'],
  "''": ["''", '”', '"'],
  '``': ["''", '"'],
  '„': ['“', '”', '"'],
  '”': ['”'],
  '«': ['»'],
  '»': ['«'],
  '「': ['」'],
  '『': ['』'],
  '‘': ['’', '‘'],
  "'": ["'", '’'],
  '‚': ['‘', '’'],
  '‹': ['›'],
  '›': ['‹'],
  '’': ['’'],
};

/** Single quotes are also apostrophes, so an unclosed one is never trusted. */
export const SINGLE_MARKS: ReadonlySet<string> = new Set(['‘', "'", '‚', '’', '‹', '›']);

/** Openers unambiguous enough that a quote left open at the end of its paragraph still counts. */
export const STRONG_OPENERS: ReadonlySet<string> = new Set(['“', '„', '«', '「', '『', "''", '``']);

const MARK_RE = /''+|``|["“”„«»「」『』‘’'‚‹›]/g;
const SPACE_RE = /\s/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
// What may stand right before an opening mark: a space, an opening bracket, a dash, a colon,
// another mark (nested openers), or CJK text, which has no spaces between words.
const OPEN_PREV_RE = /[\s([{<—–―\-/:;,：，、（"“”„«»‘’'‚‹›\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// What may stand right after a closing mark.
const CLOSE_NEXT_RE = /[\s.,;:!?)\]}>—–―\-/…。，、！？）："“”„«»‘’'‚‹›\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Replaces no-break, narrow no-break and figure spaces with plain spaces. One character for one,
 * so every offset into the result is an offset into the input.
 */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2007\u2009]/g, ' ');
}

/** Finds every candidate quote mark in `text` (spaces already normalised), in order. */
export function scanMarks(text: string): MarkToken[] {
  const tokens: MarkToken[] = [];
  for (const m of text.matchAll(MARK_RE)) {
    const pos = m.index;
    const run = m[0];
    if (run[0] === "'" && run.length >= 2) {
      pushApostropheRun(text, pos, run.length, tokens);
      continue;
    }
    const token = classify(text, pos, run.length, run);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** A run of apostrophes: '' opens at the start of a run and closes at its end ('''  = ' + ''). */
function pushApostropheRun(text: string, pos: number, n: number, out: MarkToken[]): void {
  const prev = text[pos - 1] ?? '\n';
  const next = text[pos + n] ?? '\n';
  if (OPEN_PREV_RE.test(prev) && !SPACE_RE.test(next)) {
    out.push({ pos, len: 2, mark: "''", canOpen: true, canClose: false });
    if (n > 2) out.push({ pos: pos + 2, len: n - 2, mark: "'", canOpen: true, canClose: false });
  } else if (!SPACE_RE.test(prev) && CLOSE_NEXT_RE.test(next)) {
    if (n > 2) out.push({ pos, len: n - 2, mark: "'", canOpen: false, canClose: true });
    out.push({ pos: pos + n - 2, len: 2, mark: "''", canOpen: false, canClose: true });
  }
}

function classify(text: string, pos: number, len: number, mark: string): MarkToken | null {
  const prev = text[pos - 1] ?? '\n';
  const next = text[pos + len] ?? '\n';
  if (mark === '「' || mark === '『') return { pos, len, mark, canOpen: true, canClose: false };
  if (mark === '」' || mark === '』') return { pos, len, mark, canOpen: false, canClose: true };
  const letterBefore = LETTER_OR_DIGIT_RE.test(prev);
  const letterAfter = LETTER_OR_DIGIT_RE.test(next);
  if ((mark === "'" || mark === '’') && letterBefore && letterAfter) return null; // don't, Takaichi's
  // '90s, 'til: an elision, not an opening quote.
  if ((mark === "'" || mark === '’') && /\d/.test(next)) return null;
  // French puts a space inside « »; so « may be followed by one and » preceded by one, but not
  // the other way round (» and « the other way round are German/Danish, which uses no spaces).
  const spaceAfterOk = mark === '«' || mark === '‹';
  const spaceBeforeOk = mark === '»' || mark === '›';
  const canOpen = OPEN_PREV_RE.test(prev) && (spaceAfterOk || !SPACE_RE.test(next)) && next !== '\n';
  // "… 'above the president,' "": a space may part a closing double mark from a closing single one.
  const spacedNested = (mark === '"' || mark === '”') && prev === ' ' && /['’]/u.test(text[pos - 2] ?? '');
  const canClose = (spaceBeforeOk || spacedNested || !SPACE_RE.test(prev)) && prev !== '\n' && CLOSE_NEXT_RE.test(next);
  if (!canOpen && !canClose) return null;
  return { pos, len, mark, canOpen, canClose };
}

/** True when `a` reopens a quote that `b` opened (the continuation mark of a new paragraph). */
export function sameFamily(a: string, b: string): boolean {
  return SINGLE_MARKS.has(a) === SINGLE_MARKS.has(b);
}
