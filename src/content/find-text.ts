/**
 * Finds a piece of text on the live page as a DOM Range. Text on a page is split across nodes and
 * laid out with arbitrary whitespace, so the search runs over the concatenated text nodes with runs
 * of whitespace collapsed, and keeps a map from each collapsed character back to its node and offset.
 * Folding can change a character's length ("İ" lower-cases to "i̇", two code units; an astral letter is
 * two units in, two out): every unit of the folded text maps back to the whole source character, so
 * offsets never drift after one.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Quote marks differ between the page and the clean text (curly vs straight): compare them as one. */
function fold(ch: string): string {
  if (/[“”„‟"«»「」『』]/.test(ch)) return '"';
  if (/[‘’‚‛'‹›]/.test(ch)) return "'";
  return ch.toLowerCase();
}

interface Flat {
  text: string;
  nodes: Text[];
  /** Where the source character of each folded unit starts in its node… */
  offsets: number[];
  /** …and ends (exclusive). */
  ends: number[];
}

function flatten(root: Node, skip: Element | null): Flat {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // Checked here rather than in a NodeFilter: not every DOM (linkedom, in tests) honours the filter.
  const skipped = (node: Text): boolean => {
    const parent = node.parentElement;
    return !parent || SKIP.has(parent.tagName.toUpperCase()) || (!!skip && skip.contains(parent));
  };
  const flat: Flat = { text: '', nodes: [], offsets: [], ends: [] };
  let lastSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (skipped(node)) continue;
    const data = node.data;
    // By code point, as `normalise` folds the needle: a surrogate pair is folded whole.
    for (let i = 0; i < data.length; ) {
      const ch = String.fromCodePoint(data.codePointAt(i)!);
      const next = i + ch.length;
      const space = /\s/.test(ch);
      if (!(space && lastSpace)) {
        const folded = space ? ' ' : fold(ch);
        flat.text += folded;
        for (let k = 0; k < folded.length; k++) {
          flat.nodes.push(node);
          flat.offsets.push(i);
          flat.ends.push(next);
        }
        lastSpace = space;
      }
      i = next;
    }
  }
  return flat;
}

function normalise(text: string): string {
  return [...text.replace(/\s+/g, ' ').trim()].map(fold).join('');
}

/** Where a piece of text starts and ends on the page, in text-node terms (end offset exclusive). */
export interface TextPosition {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/**
 * Where `needle` sits under `root` (outside `skip`), or null. Long quotes may be laid out differently
 * on the page (split over paragraphs, a link in the middle), so when the whole text isn't found, its
 * opening words are tried.
 */
export function locateText(root: Node, needle: string, skip: Element | null = null): TextPosition | null {
  const target = normalise(needle);
  if (!target) return null;
  const flat = flatten(root, skip);
  let start = flat.text.indexOf(target);
  let length = target.length;
  if (start < 0 && target.length > 60) {
    const head = target.slice(0, 60);
    start = flat.text.indexOf(head);
    length = head.length;
  }
  if (start < 0) return null;
  const end = start + length - 1;
  return { startNode: flat.nodes[start]!, startOffset: flat.offsets[start]!, endNode: flat.nodes[end]!, endOffset: flat.ends[end]! };
}

/** The Range covering `needle` under `root` (outside `skip`), or null when it isn't there. */
export function findTextRange(root: Node, needle: string, skip: Element | null = null): Range | null {
  const at = locateText(root, needle, skip);
  if (!at) return null;
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(at.startNode, at.startOffset);
  range.setEnd(at.endNode, at.endOffset);
  return range;
}
