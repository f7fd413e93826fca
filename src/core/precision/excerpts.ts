/** Excerpt cards of other posts after the body: each a cut-off paragraph under a picture or a title. */
import { ruleFired, ruleOn } from '../rules';
import { endsWithEllipsis } from '../text';
import { remove, textBefore, textIn, type Pass } from './pass';

/** Fewest cards in a row: two cut-off paragraphs side by side can be a story's own quotes. */
const MIN_CARDS = 3;
/** Shortest excerpt: "Read more…" alone is a link label, not an excerpt. */
const MIN_EXCERPT = 60;
/** Shortest card, title and excerpt: a guide's list of one-line summaries ("Harvard: 10 courses on…") is its content. */
const MIN_CARD = 120;
/** How far up from its excerpt a card may begin. */
const CARD_DEPTH = 4;
/** The least story before the cards: Readability's own bar for an article (charThreshold). */
const STORY = 500;

/**
 * Other posts shown as excerpt cards (a blog's "You may also like…" grid of <article>s, each a picture,
 * share links and the post's opening cut off with an ellipsis) are not the story, and no link marks
 * them as a rail. A card is the child of a parent holding three or more such children, each ending in
 * a cut-off paragraph. A story's own paragraphs never end cut off three times in a row in sibling boxes.
 */
export function removeExcerptCards(pass: Pass, leaves: Element[]): void {
  if (!ruleOn(pass.rules, 'excerpt-cards')) return;
  // Each grid (a parent) and the cards in it whose excerpt is cut off.
  const grids = new Map<Element, Set<Element>>();
  for (const leaf of leaves) {
    const text = textIn(pass, leaf);
    if (text.length < MIN_EXCERPT || !endsWithEllipsis(text)) continue;
    // The card is the box around the excerpt (never the excerpt alone) that stands in a row of three or more.
    let card: Element = leaf;
    for (let d = 0; d < CARD_DEPTH && card.parentElement && card.parentElement !== pass.root; d++) {
      const parent = card.parentElement;
      if (parent.childElementCount >= MIN_CARDS && card !== leaf) break;
      card = parent;
    }
    const parent = card.parentElement;
    // The excerpt closes its card: a cut-off line with more below it is a quote or a teaser inside a story.
    if (!parent || card === leaf || textIn(pass, card).length < MIN_CARD || !card.lastElementChild?.contains(leaf)) continue;
    const cards = grids.get(parent) ?? new Set<Element>();
    grids.set(parent, cards.add(card));
  }
  for (const [parent, cards] of grids) {
    if (cards.size < MIN_CARDS) continue;
    // The grid's other boxes of the same kind are cards too: a short post shown whole ends uncut.
    const tag = cards.values().next().value!.localName;
    const boxes = [...parent.children].filter((c) => c.localName === tag);
    // Cards follow a story; a page that is all cards is a listing, and a few cut-off lines in a long list are its items.
    if (textBefore(parent, pass.root, STORY) < STORY || cards.size * 2 < boxes.length) continue;
    for (const card of boxes) {
      remove(pass, card, { kind: 'related', reason: 'excerpt card of another post', text: textIn(pass, card) });
    }
    ruleFired(pass.rules, 'excerpt-cards');
  }
}
