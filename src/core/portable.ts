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

/** What the precision pass and the paragraphs read of an element (names, links, link titles, whether
 * a formula stands on its own line). */
const KEPT_ATTRIBUTES = new Set(['class', 'id', 'href', 'title', 'role', 'lang', 'itemprop', 'display']);

/** The element alone, without its children. */
function shell(el: Element): PortableElement {
  let attributes: Record<string, string> | null = null;
  for (const a of Array.from(el.attributes)) {
    if (KEPT_ATTRIBUTES.has(a.name)) (attributes ??= {})[a.name] = a.value;
  }
  return [el.localName, attributes];
}

/** `root` and everything in it, as plain data. An explicit stack, not recursion: the page decides how
 * deep the tree goes, and a recursive walk would let it overflow the call stack. */
export function toPortable(root: Element): PortableElement {
  const top = shell(root);
  const stack: [Element, PortableElement][] = [[root, top]];
  while (stack.length) {
    const [el, out] = stack.pop()!;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const child = shell(c as Element);
        out.push(child);
        stack.push([c as Element, child]);
      }
      // Text and CDATA; comments and processing instructions carry no article text.
      else if (c.nodeType === 3 || c.nodeType === 4) out.push((c as Text).data);
    }
  }
  return top;
}

/** A name createElement accepts: the rest (a page's own oddities) becomes a plain span. */
const ELEMENT_NAME = /^[a-z][a-z0-9._-]*$/i;

function element(node: PortableElement, doc: Document): Element {
  const [name, attributes] = node;
  const el = doc.createElement(typeof name === 'string' && ELEMENT_NAME.test(name) ? name : 'span');
  if (attributes) for (const [k, v] of Object.entries(attributes)) if (KEPT_ATTRIBUTES.has(k)) el.setAttribute(k, String(v));
  return el;
}

/** The element again, built in `doc` (an inert document: nothing in it loads or runs). Iterative, as
 * `toPortable` is. */
export function fromPortable(node: PortableElement, doc: Document): Element {
  const top = element(node, doc);
  const stack: [PortableElement, Element][] = [[node, top]];
  while (stack.length) {
    const [data, el] = stack.pop()!;
    for (let i = 2; i < data.length; i++) {
      const child = data[i];
      if (typeof child === 'string') el.appendChild(doc.createTextNode(child));
      else if (Array.isArray(child)) {
        const built = element(child, doc);
        el.appendChild(built);
        stack.push([child, built]);
      }
    }
  }
  return top;
}
