/**
 * A MathML formula as one line of plain text, for the views that show text (the popup, the reader's
 * paragraphs, Markdown, read aloud). Its text content alone runs the parts together: ½ read "12" and
 * "Hₙ = 1 + ½ + ⋯ + 1/n" read "Hn=1+12+⋯+1n". Here a fraction reads a/b, a power a^b, a subscript
 * a_b, a root √(…), and a part of more than one piece is bracketed, so the line means what the formula
 * does. Annotations (the TeX source that KaTeX and MathJax keep beside the formula) and phantoms (space
 * kept for alignment) are left out.
 */
import { normalizeSpace } from './text';

/** Formulas nest deeper than this only on hostile pages; past it, the rest is read as plain text. */
const MAX_DEPTH = 32;
/** Invisible operators (function application, invisible times, separator and plus): no text of their own. */
const INVISIBLE = /[\u2061-\u2064]/g;
/** One character that is not a letter or a digit: what an accent over or under a base is. */
const ACCENT = /^[^\p{L}\p{N}]$/u;
const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
const SKIPPED = new Set(['annotation', 'annotation-xml', 'mphantom', 'mprescripts', 'none']);
/** Script layouts: the base, then what follows each later child (msubsup's sub then sup). */
const SCRIPTS: Record<string, string[]> = {
  msub: ['_'], munder: ['_'], msup: ['^'], mover: ['^'], msubsup: ['_', '^'], munderover: ['_', '^'],
};

/** `el` (a <math> element or any part of one) as a line of text. */
export function mathText(el: Element): string {
  return read(el, 0).replace(/([([{]) /g, '$1').replace(/ ([)\]},;])/g, '$1').trim();
}

function read(el: Element, depth: number): string {
  const tag = el.localName;
  if (TOKENS.has(tag) || depth >= MAX_DEPTH) return normalizeSpace((el.textContent ?? '').replace(INVISIBLE, ' '));
  const parts = [...el.children].filter((c) => !SKIPPED.has(c.localName));
  // semantics: the formula, then its annotations (already left out).
  const part = (i: number): string => (parts[i] ? grouped(parts[i]!, depth + 1) : '');
  if (tag === 'mfrac') return `${part(0)}/${part(1)}`;
  if (tag === 'msqrt') return `√${wrap(row(parts, depth + 1))}`;
  if (tag === 'mroot') return `${part(1)}√${part(0)}`;
  const marks = SCRIPTS[tag];
  // An accent (a dot, an arrow, a bar over the base) is one mark, not a power: "x˙", "B→".
  // Each script is read once: read twice, a tower of superscripts would cost twice as much per level.
  if (marks) {
    return part(0) + marks.map((mark, i) => {
      const script = part(i + 1);
      return (ACCENT.test(script) ? '' : mark) + script;
    }).join('');
  }
  if (tag === 'mfenced') return `(${parts.map((p) => read(p, depth + 1)).join(', ')})`;
  // A table's rows (aligned equations, a matrix's lines) are separated; its cells run on as a row does.
  if (tag === 'mtable') return parts.map((r) => read(r, depth + 1)).join('; ');
  return row(parts, depth + 1);
}

/** A row of parts, a space between each: "4 a c" reads aloud as the formula means it, "4ac" may not. */
function row(parts: Element[], depth: number): string {
  return parts.map((p) => read(p, depth)).filter(Boolean).join(' ');
}

/** A part, bracketed when it is more than one piece (so "a+1/b" is not read for "(a+1)/b"). */
function grouped(el: Element, depth: number): string {
  return wrap(read(el, depth));
}

function wrap(text: string): string {
  return text.includes(' ') && !bracketed(text) ? `(${text})` : text;
}

/** The whole text is one bracketed group already: "(1 − q)", not "(a) (b)". */
function bracketed(text: string): boolean {
  if (!text.startsWith('(')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i === text.length - 1;
  }
  return false;
}
