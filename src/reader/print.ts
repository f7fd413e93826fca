/**
 * Printing the reader: its content only. While the reader is open, printing (its Print button, or the
 * browser's own Ctrl+P) hides the page behind it for the length of the print; the reader's print
 * stylesheet (styles.ts, @media print) drops the toolbar and prints black on white, at full length
 * rather than one screen of a scrolling overlay.
 */

/** Hide the page's <body> for each print while the reader is up; everything is put back after. */
export function printReaderOnly(doc: Document, signal: AbortSignal): void {
  const view = doc.defaultView!;
  let restore: (() => void) | null = null;
  const before = (): void => {
    const body = doc.body;
    if (!body || restore) return;
    const previous = body.getAttribute('style');
    // CSSOM, not a style attribute in markup: a page's CSP (style-src) doesn't govern it. Inline
    // !important outranks the page's own print rules.
    body.style.setProperty('display', 'none', 'important');
    restore = () => {
      if (previous === null) body.removeAttribute('style');
      else body.setAttribute('style', previous);
      restore = null;
    };
  };
  const after = (): void => restore?.();
  view.addEventListener('beforeprint', before, { signal });
  view.addEventListener('afterprint', after, { signal });
  signal.addEventListener('abort', after, { once: true });
}

/** The Print button: the browser's print dialog, which beforeprint above narrows to the reader. */
export function printReader(view: Window): void {
  view.print();
}
