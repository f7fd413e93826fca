/**
 * Readability's article as plain data, for the trip from the page to where it is finished (the popup,
 * the reader): elements as `[name, attributes, ...children]`, text as strings. Rebuilt with
 * createElement and setAttribute, never through an HTML parser, so nothing the page wrote can change
 * shape on the way (no serialise-and-reparse mutation) and no event handler is ever set: only the
 * attributes the finish reads cross.
 */

/** An element: its local name, the kept attributes (null when none), its children. */
export type PortableElement = [name: string, attributes: Record<string, string> | null, ...children: PortableNode[]];
export type PortableNode = string | PortableElement;

/** What the precision pass and the paragraphs read of an element (names, links, link titles). */
const KEPT_ATTRIBUTES = new Set(['class', 'id', 'href', 'title', 'role', 'lang', 'itemprop']);

export function toPortable(el: Element): PortableElement {
  let attributes: Record<string, string> | null = null;
  for (const a of Array.from(el.attributes)) {
    if (KEPT_ATTRIBUTES.has(a.name)) (attributes ??= {})[a.name] = a.value;
  }
  const out: PortableElement = [el.localName, attributes];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) out.push(toPortable(c as Element));
    // Text and CDATA; comments and processing instructions carry no article text.
    else if (c.nodeType === 3 || c.nodeType === 4) out.push((c as Text).data);
  }
  return out;
}

/** A name createElement accepts: the rest (a page's own oddities) becomes a plain span. */
const ELEMENT_NAME = /^[a-z][a-z0-9._-]*$/i;

/** The element again, built in `doc` (an inert document: nothing in it loads or runs). */
export function fromPortable(node: PortableElement, doc: Document): Element {
  const [name, attributes, ...children] = node;
  const el = doc.createElement(typeof name === 'string' && ELEMENT_NAME.test(name) ? name : 'span');
  if (attributes) for (const [k, v] of Object.entries(attributes)) if (KEPT_ATTRIBUTES.has(k)) el.setAttribute(k, String(v));
  for (const child of children) {
    if (typeof child === 'string') el.appendChild(doc.createTextNode(child));
    else if (Array.isArray(child)) el.appendChild(fromPortable(child, doc));
  }
  return el;
}
