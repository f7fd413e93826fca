import { mathText } from './math-text';
import { normalizeSpace } from './text';

/** Elements that start a new paragraph; anything else is inline and joins the running text. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'blockquote', 'pre', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'address', 'details', 'summary', 'form', 'fieldset',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'input', 'iframe', 'object']);

/**
 * Splits a subtree into paragraphs the way a reader sees them: every block element and every double
 * line break ends one, inline elements join the text around them. Unlike selecting `p, li, …`, no text
 * that sits loose in a `div` is lost, and nested blocks are never counted twice.
 */
export function collectParagraphs(root: Element): string[] {
  const out: string[] = [];
  let buf = '';
  let lastWasBr = false;
  const flush = (): void => {
    const s = normalizeSpace(buf);
    if (s) out.push(s);
    buf = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      buf += node.nodeValue ?? '';
      if (/\S/.test(node.nodeValue ?? '')) lastWasBr = false;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIP.has(tag)) return;
    // A formula reads as one line (math-text.ts), not as its parts run together; a displayed one is a
    // paragraph of its own, as it stands on a line of its own on the page.
    if (tag === 'math') {
      const display = el.getAttribute('display') === 'block';
      if (display) flush();
      buf += ` ${mathText(el)}`;
      if (display) flush();
      lastWasBr = false;
      return;
    }
    if (tag === 'br') {
      // One <br> is a line break inside a paragraph; two in a row separate paragraphs.
      if (lastWasBr) flush();
      else buf += ' ';
      lastWasBr = true;
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    // Children go on the stack in reverse so they pop in document order; a block's closing flush is a
    // marker under them. An explicit stack, not recursion: the page decides how deep this goes.
    if (block) stack.push(FLUSH);
    const children: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  const FLUSH = null;
  const stack: (Node | typeof FLUSH)[] = [root];
  while (stack.length) {
    const next = stack.pop()!;
    if (next === FLUSH) flush();
    else visit(next);
  }
  flush();
  return out;
}
