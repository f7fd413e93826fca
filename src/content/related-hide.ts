/**
 * Marks and hides the page's related-story rails, and puts everything back exactly as it was.
 * Two separate changes, each undone by its own signal: the marker (`data-declutter-hidden`) lives as
 * long as this page's session, the hiding only until the switch is turned off. Hiding uses an
 * inline style rather than an injected stylesheet, because a page's CSP can block <style> elements
 * but not CSSOM writes.
 */

/** The attribute that marks every element we hide as related (a contract: docs/ARCHITECTURE.md). */
export const HIDDEN_ATTR = 'data-declutter-hidden';
export const RELATED = 'related';

/** Put an attribute back as it was: absent stays absent, a value comes back byte for byte. */
function restoreAttribute(el: Element, name: string, previous: string | null): void {
  if (previous === null) el.removeAttribute(name);
  else el.setAttribute(name, previous);
}

/** Mark `elements` as related rails until `signal` fires. */
export function markRelated(elements: readonly Element[], signal: AbortSignal): void {
  if (signal.aborted) return;
  for (const el of elements) {
    const previous = el.getAttribute(HIDDEN_ATTR);
    el.setAttribute(HIDDEN_ATTR, RELATED);
    signal.addEventListener('abort', () => restoreAttribute(el, HIDDEN_ATTR, previous), { once: true });
  }
}

/** Hide `elements` until `signal` fires; their `style` attribute is then restored exactly. */
export function hideElements(elements: readonly Element[], signal: AbortSignal): void {
  if (signal.aborted) return;
  for (const el of elements) {
    const previous = el.getAttribute('style');
    (el as HTMLElement).style.setProperty('display', 'none', 'important');
    signal.addEventListener('abort', () => restoreAttribute(el, 'style', previous), { once: true });
  }
}

/**
 * The page side of the popup's switch: the rails found once, hidden or shown on demand. Turning it
 * off aborts the hiding (restoring each element's own style); the whole thing ends with `session`.
 */
export class RelatedSwitch {
  private hiding: AbortController | null = null;
  /**
   * @param elements the rails to hide and show
   * @param items how many stories they list (what the popup's "N related stories hidden" counts)
   */
  constructor(readonly elements: readonly Element[], readonly items: number, private readonly session: AbortSignal) {
    markRelated(elements, session);
    session.addEventListener('abort', () => this.set(false), { once: true });
  }

  get hidden(): boolean {
    return this.hiding !== null;
  }

  /** Hide (true) or show (false) the rails; idempotent. Returns whether they are now hidden. */
  set(hidden: boolean): boolean {
    if (hidden && !this.hiding && !this.session.aborted) {
      this.hiding = new AbortController();
      hideElements(this.elements, this.hiding.signal);
    } else if (!hidden && this.hiding) {
      this.hiding.abort();
      this.hiding = null;
    }
    return this.hidden;
  }
}
