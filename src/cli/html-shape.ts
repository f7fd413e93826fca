/**
 * Gives a linkedom document the shape a browser's HTML parser gives every page: `<html>` holding one
 * `<head>` and one `<body>`, in that order.
 *
 * linkedom keeps the tags where the markup put them. A `<div>` between `</head>` and `<body>`, a
 * `<script>` after `</body>`, a second `<body>` or a `<meta>` before `<head>` all stay children of
 * `<html>`; and linkedom's `document.body` then answers with a new, empty body it inserts after the
 * head. Readability restores `document.body` before each retry, so on such a page every retry read
 * nothing, and the page came out as its first, shortest pick (a pop-up's one line). About one page in
 * 25 of the wide web is written this way; the extension never sees one, since the browser mends them.
 *
 * What goes where follows the HTML parser's insertion modes: the elements that belong in a head and
 * come before any body content join the head; everything else joins the body in document order; a
 * later `<body>` tag only adds the attributes the body lacks. Only whitespace between them is dropped.
 */

/** Elements the parser puts in the head when they come before the body's content. */
const HEAD_CONTENT = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);
/** Nested `<html>` elements unwrapped at most this deep; past it, one is body content like any other. */
const MAX_NESTED_HTML = 8;

const isElement = (node: Node, name: string): node is Element => node.nodeType === 1 && (node as Element).localName === name;

/** True when `html` is already one head followed by one body (text and comments between don't matter). */
function wellShaped(html: Element): boolean {
  const first = html.firstElementChild;
  return first?.localName === 'head' && first.nextElementSibling?.localName === 'body' && !first.nextElementSibling.nextElementSibling;
}

/** Adds to `body` each attribute of `extra` it doesn't have, as the parser does for a second `<body>` tag. */
function mergeAttributes(body: Element, extra: Element): void {
  for (const attr of Array.from(extra.attributes)) if (!body.hasAttribute(attr.name)) body.setAttribute(attr.name, attr.value);
}

/** Reshapes `doc` in place when it needs it; returns it. */
export function shapeDocument(doc: Document): Document {
  const html = doc.documentElement;
  if (!html || html.localName !== 'html' || wellShaped(html)) return doc;
  const head = Array.from(html.children).find((e) => e.localName === 'head') ?? doc.createElement('head');
  const body = Array.from(html.children).find((e) => e.localName === 'body') ?? doc.createElement('body');
  // The body's content gathers here, in document order; nodes are moved one at a time (a page may put
  // 100,000 of them at the top level, too many to pass as arguments).
  const content = doc.createDocumentFragment();
  let inBody = false;
  const take = (parent: Node, depth: number): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node === head) continue;
      if (isElement(node, 'head')) {
        for (const n of Array.from(node.childNodes)) head.appendChild(n);
      } else if (isElement(node, 'body')) {
        if (node !== body) mergeAttributes(body, node);
        for (const n of Array.from(node.childNodes)) content.appendChild(n);
        inBody = true;
      } else if (isElement(node, 'html') && depth < MAX_NESTED_HTML) {
        // Depth-bounded: past MAX_NESTED_HTML a nested <html> is body content like any other.
        mergeAttributes(html, node);
        take(node, depth + 1);
      } else if (node.nodeType === 3 && !(node.nodeValue ?? '').trim()) {
        continue;
      } else if (!inBody && (node.nodeType === 8 || (node.nodeType === 1 && HEAD_CONTENT.has((node as Element).localName)))) {
        head.appendChild(node);
      } else if (node.nodeType === 1 || node.nodeType === 3 || node.nodeType === 8) {
        content.appendChild(node);
        inBody = true;
      }
    }
  };
  take(html, 0);
  body.appendChild(content);
  html.replaceChildren(head, body);
  return doc;
}
