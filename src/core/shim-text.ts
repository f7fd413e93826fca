/**
 * Text read on a DOM shim (linkedom: the CLI, the bench), where `textContent` is script that copies every
 * text node of the subtree, and the wrappers of a story are read for a line of a few words, or for
 * whether they hold any text at all. A browser reads it natively; the extension's bundles keep to `textContent`.
 */
import { nextUnder } from './tree-step';

/** A run of what normalizeSpace (text.ts) turns into one space. */
const SPACES = /[\s\u200b]+/g;

/**
 * The first `max` characters of `el`'s text spaced out as normalizeSpace spaces it, reading its text
 * and CDATA nodes (what textContent joins) no further than it takes to know them. It steps from node
 * to node itself: a shim's tree walker lists every node of the subtree before it returns the first.
 */
export function textPrefix(el: Element, max: number): string {
  let out = '';
  let n: Node | null = el.firstChild;
  while (n) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      const piece = spacedPrefix((n as CharacterData).data, max + 3 - out.length);
      // One space between two pieces, none at the start.
      out += piece[0] === ' ' && (!out || out.endsWith(' ')) ? piece.slice(1) : piece;
      // Past max even with a trailing space trimmed: the rest cannot change the first max characters.
      if (out.length > max + 1) return out.slice(0, max);
    }
    n = nextUnder(n, el);
  }
  return out.trimEnd().slice(0, max);
}

/**
 * The start of `data` spaced out, at least `need` characters of it when it has them: a paragraph's one
 * text node can run to thousands of characters, and only the first few are kept. Spacing out a cut of
 * the text gives the start of the whole spaced out (a run of spaces cut short is still one space).
 */
function spacedPrefix(data: string, need: number): string {
  for (let len = Math.max(need, 16); ; len *= 2) {
    const piece = data.slice(0, len).replace(SPACES, ' ');
    if (piece.length >= need || len >= data.length) return piece;
  }
}

/** Whether some text under `el` is more than whitespace (`textContent.trim()` is not empty), read
 * no further than the first such text. */
export function holdsText(el: Element): boolean {
  for (let n: Node | null = el.firstChild; n; n = nextUnder(n, el)) {
    if ((n.nodeType === 3 || n.nodeType === 4) && /\S/.test((n as CharacterData).data)) return true;
  }
  return false;
}
