/**
 * What the page behind the reader must not do while it is up: scroll, take focus or clicks, or be read
 * out by a screen reader. Every attribute touched is put back exactly as it was (present or absent),
 * and the scroll position with it, when the signal fires.
 */

function restoreAttribute(element: Element, name: string, previous: string | null): void {
  if (previous === null) element.removeAttribute(name);
  else element.setAttribute(name, previous);
}

/** Lock the page's scrolling and make <body> inert until `signal` fires. */
export function lockPage(doc: Document, signal: AbortSignal): void {
  const view = doc.defaultView!;
  const scroll = { left: view.scrollX, top: view.scrollY };
  const html = doc.documentElement;
  const body = doc.body;
  const htmlStyle = html.getAttribute('style');
  const bodyInert = body?.getAttribute('inert') ?? null;
  // Inline !important outranks the page's stylesheets, even their !important rules.
  html.style.setProperty('overflow', 'hidden', 'important');
  // The reader's host is a sibling of <body>, so inert on <body> keeps Tab inside the reader.
  body?.setAttribute('inert', '');

  signal.addEventListener('abort', () => {
    restoreAttribute(html, 'style', htmlStyle);
    if (body) restoreAttribute(body, 'inert', bodyInert);
    // 'instant': a page with `scroll-behavior: smooth` would otherwise animate there, and anything
    // reading scrollY right after (the page itself, a test) would see a position in between.
    view.scrollTo({ ...scroll, behavior: 'instant' });
  }, { once: true });
}
