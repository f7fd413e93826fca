/**
 * Links Readability kept that are page furniture: runs of menu links at the body's edges, and
 * unlabelled lists of headline links after the body.
 */
import { linkDensity, textOf } from '../text';
import { inData, remove, textAfter, textBefore, textIn, type Pass } from './pass';

/** Less text than this after a link list means the list trails the article. */
export const TRAILING_TEXT = 200;

/**
 * A short paragraph made only of links: menus and footers that Readability kept. Menu items are words;
 * a bare address ("http://…") is a link the author wrote out.
 */
function isLinkLine(el: Element, text: string): boolean {
  return text.length <= 40 && text.split(' ').length <= 5 && !/[.!?]$/.test(text) && !/^(https?:\/\/|www\.)/i.test(text) && linkDensity(el) >= 0.95;
}

/**
 * Navigation: three or more link-only short lines in a row, where menus sit: before the body or after
 * it. A single one may be a body link ("Read the report"), and links between paragraphs are the
 * author's, so runs at the edges only; list items never count (see inData).
 */
export function removeLinkRuns(pass: Pass, leaves: Element[]): void {
  let run: Element[] = [];
  const flush = (): void => {
    const atEdge = run.length >= 3 && (textBefore(run[0]!, pass.root, TRAILING_TEXT) < TRAILING_TEXT || textAfter(run[run.length - 1]!, pass.root, TRAILING_TEXT) < TRAILING_TEXT);
    if (atEdge) for (const el of run) remove(pass, el, { kind: 'boilerplate', reason: 'navigation links', text: textIn(pass, el) });
    run = [];
  };
  let line: Element | null = null;
  for (const el of leaves) {
    if (!pass.root.contains(el)) continue;
    // Only whole lines count: the link inside a list item or a paragraph is part of that line.
    if (line?.contains(el)) continue;
    line = el;
    const text = textIn(pass, el);
    if (!text) continue;
    // A list of short links is a list (downloads, sources, an app's credits): lists are data, so their items never make a run.
    if (isLinkLine(el, text) && !inData(el)) run.push(el);
    else flush();
  }
  flush();
}

/**
 * Unlabelled lists of headline links after the body: recirculation, not content. Only at the end:
 * a list of links in the middle of an article (sources, changelog entries) is part of it.
 */
export function removeLinkLists(pass: Pass, lists: Element[]): void {
  const { root } = pass;
  for (const list of lists) {
    if (!root.contains(list) || textAfter(list, root, TRAILING_TEXT) >= TRAILING_TEXT) continue;
    const items = [...list.children].filter((li) => li.localName === 'li');
    if (items.length < 3 || linkDensity(list) < 0.9) continue;
    const headlines = items.filter((li) => {
      const a = li.querySelector('a');
      const t = textOf(a);
      return a && t.split(' ').length >= 5 && linkDensity(li) >= 0.9;
    });
    if (headlines.length === items.length) remove(pass, list, { kind: 'related', reason: 'list of headline links', text: textOf(list) });
  }
}
