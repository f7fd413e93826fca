/**
 * Pairs quote marks into quotation spans, across paragraphs when the writer used the
 * continuation convention (a paragraph ends with the quote still open, the next opens again).
 */
import { CLOSERS, SINGLE_MARKS, STRONG_OPENERS, sameFamily, type MarkToken } from './marks';

/** Where the paragraphs sit in the joined text. */
export interface Layout {
  text: string;
  starts: number[];
  ends: number[];
}

/** A quotation before attribution: offsets include its marks; `inner` is its words. */
export interface Span {
  start: number;
  end: number;
  paragraph: number;
  lastParagraph: number;
  inner: string;
  /** Offsets of the words inside the marks (of the last part, for a paragraph-spanning quote). */
  innerStart: number;
  innerEnd: number;
}

/** Builds the layout of `paragraphs.join("\n\n")`. */
export function layoutOf(paragraphs: readonly string[], text: string): Layout {
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    ends.push(at + p.length);
    at += p.length + 2;
  }
  return { text, starts, ends };
}

/** Index of the paragraph holding offset `pos` (binary search: articles can be long). */
export function paragraphAt(layout: Layout, pos: number): number {
  let lo = 0;
  let hi = layout.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((layout.starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Pairs `tokens` into spans, in reading order. Unpaired marks are dropped. */
export function pairMarks(layout: Layout, tokens: readonly MarkToken[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const open = tokens[i]!;
    const closers = CLOSERS[open.mark];
    if (!open.canOpen || !closers) {
      i++;
      continue;
    }
    const found = findClose(layout, tokens, i, closers);
    if (found) {
      spans.push(found.span);
      i = found.next;
    } else {
      i++;
    }
  }
  return spans;
}

interface Found {
  span: Span;
  next: number;
}

function findClose(layout: Layout, tokens: readonly MarkToken[], i: number, closers: readonly string[]): Found | null {
  const open = tokens[i]!;
  const single = SINGLE_MARKS.has(open.mark);
  const first = paragraphAt(layout, open.pos);
  let para = first;
  let partStart = open.pos + open.len;
  const parts: string[] = [];
  for (let j = i + 1; ; j++) {
    const t = tokens[j];
    const tPara = t ? paragraphAt(layout, t.pos) : -1;
    if (!t || tPara !== para) {
      // The paragraph ended with the quote open: a continuation if the next one reopens it.
      const paraEnd = layout.ends[para]!;
      const nextStart = layout.starts[para + 1];
      if (t && tPara === para + 1 && t.pos === nextStart && t.canOpen && sameFamily(t.mark, open.mark) && !single) {
        parts.push(layout.text.slice(partStart, paraEnd));
        para++;
        partStart = t.pos + t.len;
        continue;
      }
      // Left open: a typo after an unambiguous opener (end the quote with its paragraph), but
      // after " or ' more likely a mark we misread.
      if (!STRONG_OPENERS.has(open.mark) && para === first) return null;
      return { span: makeSpan(layout, open.pos, paraEnd, first, para, parts, partStart, paraEnd), next: j };
    }
    if (closers.includes(t.mark) && t.canClose && t.pos > open.pos) {
      const span = makeSpan(layout, open.pos, t.pos + t.len, first, para, parts, partStart, t.pos);
      return { span, next: j + 1 };
    }
    // Inside a double quote, single marks are nested quotes or apostrophes: ignored. A second
    // strong opener of the same kind before any closer means the first one was never closed.
    if (t.mark === open.mark && t.canOpen && !t.canClose && !single && para === first) {
      return null;
    }
  }
}

function makeSpan(
  layout: Layout,
  start: number,
  end: number,
  paragraph: number,
  lastParagraph: number,
  parts: string[],
  innerStart: number,
  innerEnd: number,
): Span {
  const all = [...parts, layout.text.slice(innerStart, innerEnd)];
  const inner = all.map((p) => p.trim()).join(' ').replace(/\s+/g, ' ').replace(/[,;:]+$/, '');
  return { start, end, paragraph, lastParagraph, inner, innerStart, innerEnd };
}
