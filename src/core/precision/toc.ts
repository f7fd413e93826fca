/**
 * A table of contents: a list of links to places on the same page ("#what-is-it", "#how-much-it-costs").
 * It repeats the headings that follow, so a reader reads every heading twice, and it is the page's
 * navigation, not the author's text. A list of links to other pages (sources, downloads) stays.
 */
import { ruleFired, ruleOn } from '../rules';
import { textOf } from '../text';
import { remove, type Pass } from './pass';

/** A list needs this many items to be a table of contents; two anchors may be the author's. */
const MIN_ITEMS = 3;

/** True when `href` points into the page itself: "#id", or this page's address followed by "#id". */
function isInPage(href: string, pageUrl: string | null): boolean {
  if (href.startsWith('#')) return href.length > 1;
  const hash = href.indexOf('#');
  if (hash < 0 || !pageUrl) return false;
  return href.slice(0, hash).replace(/\/$/, '') === pageUrl.split('#')[0]!.replace(/\/$/, '');
}

/** True when every item of `list` is (mostly) one link into the page; nested lists are sub-sections. */
function isTableOfContents(list: Element, pageUrl: string | null): boolean {
  const items = [...list.children].filter((li) => li.localName === 'li');
  if (items.length < MIN_ITEMS) return false;
  return items.every((li) => {
    const link = li.querySelector('a');
    if (!link || !isInPage(link.getAttribute('href') ?? '', pageUrl)) return false;
    // The item's own words beside the link and its sub-list must be few: a list item that explains is content.
    const own = textOf(li).length - [...li.querySelectorAll('ul, ol')].reduce((n, sub) => n + textOf(sub).length, 0);
    return textOf(link).length >= own * 0.8;
  });
}

/** Removes tables of contents; nested lists go with their outermost list. */
export function removeTablesOfContents(pass: Pass, lists: Element[], pageUrl: string | null): void {
  if (!ruleOn(pass.rules, 'toc')) return;
  for (const list of lists) {
    if (!pass.root.contains(list) || list.parentElement?.closest('ul, ol')) continue;
    if (!isTableOfContents(list, pageUrl)) continue;
    remove(pass, list, { kind: 'boilerplate', reason: 'table of contents', text: textOf(list) });
    ruleFired(pass.rules, 'toc');
  }
}
