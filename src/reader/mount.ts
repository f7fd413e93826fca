/**
 * Mounts the in-page reader: a host element (#declutter-reader, a DESIGN.md contract) with a closed
 * shadow root, so neither the page's CSS nor its scripts can reach inside. Everything it changes on
 * the page (the host, the page's scroll lock, the focus) is undone when its signal fires; the close
 * button and Esc fire it.
 */
import type { Article } from '../core/types';
import { renderArticle, type ReaderStrings } from './render';
import { READER_CSS } from './styles';

import { READER_ID } from './id';

function adoptStyles(root: ShadowRoot, css: string): void {
  // A constructed sheet isn't subject to the page's CSP (style-src); a <style> element would be.
  // Firefox's content-script sandbox may refuse a sheet built in another compartment, hence the fallback.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/** Lock the page's own scrolling while the reader is up; put its style attribute back exactly after. */
function lockPageScroll(doc: Document, signal: AbortSignal): void {
  const html = doc.documentElement;
  const previous = html.getAttribute('style');
  html.style.setProperty('overflow', 'hidden', 'important');
  signal.addEventListener('abort', () => {
    if (previous === null) html.removeAttribute('style');
    else html.setAttribute('style', previous);
  }, { once: true });
}

/**
 * Show `article` in the reader over the page until `signal` fires or the reader is closed (which
 * calls `onClose`, so the owner can abort and forget it). Restores the page's scroll position.
 */
export function mountReader(doc: Document, article: Article, strings: ReaderStrings, signal: AbortSignal, onClose: () => void): HTMLElement {
  const view = doc.defaultView!;
  const scroll = { x: view.scrollX, y: view.scrollY };
  const focused = doc.activeElement as HTMLElement | null;
  const host = doc.createElement('div');
  host.id = READER_ID;
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, READER_CSS);
  const backdrop = doc.createElement('div');
  backdrop.className = 'backdrop';
  backdrop.setAttribute('role', 'dialog');
  backdrop.setAttribute('aria-modal', 'true');
  backdrop.setAttribute('aria-label', article.title ?? strings.close);
  if (article.lang) backdrop.lang = article.lang;
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = strings.close;
  close.addEventListener('click', onClose, { signal });
  backdrop.append(close, renderArticle(doc, article, strings));
  root.append(backdrop);

  lockPageScroll(doc, signal);
  doc.documentElement.append(host);
  // Capture phase on window: the page can't swallow Esc before we see it.
  view.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  }, { capture: true, signal });
  close.focus({ preventScroll: true });

  signal.addEventListener('abort', () => {
    host.remove();
    view.scrollTo(scroll.x, scroll.y);
    focused?.focus?.({ preventScroll: true });
  }, { once: true });
  return host;
}
