/**
 * One walk of Readability's article gathers what every rule of the precision pass reads: the
 * paragraph-like leaves, the elements with a class or an id, the lists.
 */
import { attr } from '../text';

/** Elements a text rule may judge as a whole, when they hold no block of their own. */
const JUDGED = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'dd', 'dt', 'div', 'span', 'a', 'em', 'strong', 'small', 'cite']);
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'section', 'figure']);

/** What the pass looks at, gathered in one walk of the article (each querySelectorAll is a full walk on DOM shims). */
export interface ArticleWalk {
  /** Paragraph-like elements holding no block of their own; an element comes before the inline elements inside it. */
  leaves: Element[];
  /** Elements with a class or an id, in document order. */
  named: Element[];
  lists: Element[];
}

export function walkArticle(root: Element): ArticleWalk {
  const walk: ArticleWalk = { leaves: [], named: [], lists: [] };
  const slots: (Element | null)[] = [];
  const visit = (el: Element): boolean => {
    if (el !== root && (attr(el, 'class') || attr(el, 'id'))) walk.named.push(el);
    if (el.localName === 'ul' || el.localName === 'ol') walk.lists.push(el);
    // Reserve the element's place before its children, so a leaf precedes the inline leaves inside it.
    const slot = slots.push(null) - 1;
    let hasBlock = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (visit(c) || BLOCKS.has(c.localName)) hasBlock = true;
    }
    if (!hasBlock && JUDGED.has(el.localName)) slots[slot] = el;
    return hasBlock;
  };
  visit(root);
  walk.leaves = slots.filter((el): el is Element => el !== null);
  return walk;
}

