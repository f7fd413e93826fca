/**
 * Scrolls the page to a quote and highlights it for a moment. The highlight is a set of overlay boxes
 * over the text's client rects rather than a <mark> around it: the page's own nodes are never split
 * or rewrapped, so nothing about the page has to be stitched back together afterwards.
 */
import { findTextRange } from './find-text';

const HIGHLIGHT_MS = 2500;
const HIGHLIGHT_ATTR = 'data-declutter-highlight';

function overlay(range: Range, signal: AbortSignal): void {
  const doc = range.startContainer.ownerDocument!;
  const view = doc.defaultView!;
  for (const rect of range.getClientRects()) {
    if (rect.width < 1 || rect.height < 1) continue;
    const box = doc.createElement('div');
    box.setAttribute(HIGHLIGHT_ATTR, '');
    // Document coordinates, so a smooth scroll under way doesn't move the box off the text.
    box.style.cssText = [
      'position:absolute',
      `left:${rect.left + view.scrollX - 2}px`,
      `top:${rect.top + view.scrollY - 1}px`,
      `width:${rect.width + 4}px`,
      `height:${rect.height + 2}px`,
      'background:rgba(255,213,79,.45)',
      'border-radius:3px',
      'pointer-events:none',
      'z-index:2147483646',
      'mix-blend-mode:multiply',
      'transition:opacity .4s',
    ].join(';');
    doc.documentElement.append(box);
    signal.addEventListener('abort', () => box.remove(), { once: true });
  }
}

/**
 * Find `text` on the page (outside `skip`, e.g. our own reader), scroll it into view and highlight it
 * until a few seconds pass or `signal` fires. Returns false when the text isn't on the page.
 */
export function revealQuote(doc: Document, text: string, signal: AbortSignal, skip: Element | null = null): boolean {
  const range = findTextRange(doc.body ?? doc.documentElement, text, skip);
  if (!range) return false;
  const local = new AbortController();
  const stop = () => local.abort();
  signal.addEventListener('abort', stop, { once: true });
  const timer = setTimeout(stop, HIGHLIGHT_MS);
  local.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  });
  const anchor = range.startContainer.parentElement;
  const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  anchor?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  overlay(range, local.signal);
  return true;
}
