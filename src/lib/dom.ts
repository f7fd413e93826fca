/** Small DOM helpers for the extension's own pages (the popup, the options page): elements by data-testid or id. */

/** The element with `data-testid="id"`; throws if the page's markup lost it (a bug, not a state). */
export function byTestId<T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`the page's markup has no [data-testid="${id}"]`);
  return el;
}

/** The element with this id; throws if the page's markup lost it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id) as T | null;
  if (!el) throw new Error(`the page's markup has no #${id}`);
  return el;
}
