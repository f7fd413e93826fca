/** Small DOM helpers for the popup: elements by data-testid, and text-only element creation. */

/** The element with `data-testid="id"`; throws if the popup's markup lost it (a bug, not a state). */
export function byTestId<T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`popup markup has no [data-testid="${id}"]`);
  return el;
}

/** The element with this id; throws if the popup's markup lost it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id) as T | null;
  if (!el) throw new Error(`popup markup has no #${id}`);
  return el;
}

/** A new element holding `text` as text (never parsed as HTML). */
export function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.textContent = text;
  if (className) el.className = className;
  return el;
}
