/**
 * A pre-order walk of a subtree taken one node at a time, with no stack and no list: the page decides
 * how deep it goes, and a DOM shim's tree walker lists the whole subtree before it returns a node.
 */

/** The node after `n` and all inside it, in a pre-order walk of `root`'s subtree; null past its end. */
export function nextPast(n: Node, root: Node): Node | null {
  for (let up: Node | null = n; up && up !== root; up = up.parentNode) if (up.nextSibling) return up.nextSibling;
  return null;
}

/** The node after `n` in a pre-order walk of `root`'s subtree (its first child, if any); null past its end. */
export function nextUnder(n: Node, root: Node): Node | null {
  return n.firstChild ?? nextPast(n, root);
}

/** nextPast over elements only; with a null `root`, the walk runs to the end of the document. */
export function nextElementPast(el: Element, root: Element | null): Element | null {
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) if (up.nextElementSibling) return up.nextElementSibling;
  return null;
}

/** nextUnder over elements only; with a null `root`, the walk runs to the end of the document. */
export function nextElementUnder(el: Element, root: Element | null): Element | null {
  return el.firstElementChild ?? nextElementPast(el, root);
}
