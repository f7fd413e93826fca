/**
 * Text read on a DOM shim (linkedom: the CLI, the bench), where `textContent` is script that copies every
 * text node of the subtree, and the wrappers of a story are read for a line of a few words. A browser
 * reads it natively; the extension's bundles keep to `textContent`.
 */
import { normalizeSpace } from './text';

/**
 * The first `max` characters of `el`'s text spaced out (normalizeSpace), reading its text nodes
 * (SHOW_TEXT | SHOW_CDATA_SECTION, what textContent joins) no further than it takes to know them: the
 * spaced-out start of a text begins the spaced-out whole.
 */
export function textPrefix(el: Element, max: number): string {
  const texts = el.ownerDocument.createTreeWalker(el, 12);
  let s = '', check = max * 8;
  for (let t = texts.nextNode(); t; t = texts.nextNode()) {
    s += (t as CharacterData).data;
    if (s.length >= check) {
      const spaced = normalizeSpace(s);
      if (spaced.length > max) return spaced.slice(0, max);
      check = s.length * 2;
    }
  }
  return normalizeSpace(s).slice(0, max);
}
