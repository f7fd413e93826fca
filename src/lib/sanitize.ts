/**
 * DOMPurify in front of everything the popup inserts. The popup builds its nodes with textContent,
 * so this is the second wall: if a later change ever lets page HTML or a hostile link through, the
 * allow-list below still keeps scripts, handlers, styles and non-web URLs out.
 * Extension pages only: DOMPurify is too large for the injected content script, which renders
 * text nodes alone.
 */
import DOMPurify from 'dompurify';

const CONFIG = {
  ALLOWED_TAGS: ['h1', 'p', 'span', 'a', 'ul', 'li', 'h2', 'h3', 'button', 'time', 'q', 'div', 'em', 'strong'],
  ALLOWED_ATTR: ['href', 'class', 'title', 'datetime', 'lang', 'dir', 'type', 'rel', 'target', 'aria-label', 'id', 'role', 'hidden'],
  ALLOW_DATA_ATTR: true,
  ALLOWED_URI_REGEXP: /^https?:/i,
  // DOMPurify holds every attribute it doesn't know to be URI-safe to ALLOWED_URI_REGEXP: without these,
  // <time datetime="2026-01-13"> and <button type="button"> lose their values as if they were links.
  ADD_URI_SAFE_ATTR: ['datetime', 'type', 'lang', 'dir', 'target', 'rel'],
};

// target=_blank links get rel=noopener explicitly, whatever the builder forgot.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.getAttribute('target') === '_blank') node.setAttribute('rel', 'noopener noreferrer');
});

/** A sanitized copy of `node`'s content, as a fragment ready to insert. */
export function sanitizeNode(node: Node): DocumentFragment {
  return DOMPurify.sanitize(node, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Replace `container`'s children with the sanitized content of `fragment`. */
export function insertSanitized(container: Element, fragment: DocumentFragment | Element): void {
  const holder = document.createElement('div');
  holder.append(fragment);
  // Given a node, DOMPurify returns it (the holder) inside the fragment: insert what it holds, or a
  // list would get a <div> between its <ul> and its <li>s.
  const clean = sanitizeNode(holder);
  const only = clean.childNodes.length === 1 ? clean.firstElementChild : null;
  container.replaceChildren(...(only?.localName === 'div' ? only.childNodes : clean.childNodes));
}
