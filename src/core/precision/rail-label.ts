/**
 * The heading of a recirculation rail left standing in the body ("You might also like", "Other Posts You
 * May Enjoy", "What others are reading"). Readability drops the rail's cards (images, short link
 * lists) but often keeps its heading, which then reads as a line of the article with nothing under it;
 * when it keeps the cards too, they are a run of link-only lines right under the heading, and go with it.
 * related.ts finds rails by their items, so a heading whose items are gone is this step's to take.
 */
import { ruleFired, ruleOn } from '../rules';
import { linkDensity } from '../text';
import { hasTextBeside, inData, remove, textIn, type Pass } from './pass';

/** Longest heading taken: a rail's heading is a few words. */
const MAX_LABEL = 60;
/** Longest line taken as one of the rail's cards (a headline, maybe with its date). */
const MAX_CARD = 200;

/**
 * Rail headings, matched as the whole line from its start. The shared labels (related-labels.ts) match
 * a label anywhere in a short heading, which on the live page is what finds rails; inside the body that
 * would take the author's own headings ("Top Expert Recommendations", "4. Ask for Recommendations"),
 * so here a heading must be the rail's words and nothing else.
 */
const RAIL_LABEL = /^((can )?also read|related( (articles|posts|stories|reading|content|links|resources|guides|reports))?|more (from|by|on) .{1,30}|(other|more|similar|popular|recent|latest) (posts|articles|stories|reads|guides|recipes)( you('ll| will| may| might) (also )?(like|enjoy|love))?|(posts|articles|stories|guides|recipes) you('ll| will| may| might)? (also )?(like|enjoy|love)|you (may|might) (also )?(like|enjoy|love)|you (may|might) (also )?be interested in\b.{0,40}|what others are reading|(good |more )?articles to read( together| next)?|more .{1,30} posts|recommended (for you|reading|content|articles|stories|posts)|read (next|more)|up next|keep (exploring|reading)|trending( now)?|don'?t miss)\W*$/i;

/** True when `text` is the heading of a recirculation rail. */
export function isRailLabel(text: string): boolean {
  return text.length <= MAX_LABEL && RAIL_LABEL.test(text);
}

/** Removes orphaned rail headings, and the link-only lines right under one. */
export function removeRailLabels(pass: Pass, leaves: Element[]): void {
  if (!ruleOn(pass.rules, 'rail-label')) return;
  for (const el of leaves) {
    if (!pass.root.contains(el) || inData(el) || hasTextBeside(pass, el)) continue;
    const text = textIn(pass, el);
    if (!text || !isRailLabel(text)) continue;
    // The cards: the next siblings while each is a short line made of links.
    const cards: Element[] = [];
    for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const t = textIn(pass, sib);
      if (!t || t.length > MAX_CARD || linkDensity(sib) < 0.9) break;
      cards.push(sib);
    }
    remove(pass, el, { kind: 'related', reason: 'rail heading left without its rail', text });
    for (const card of cards) remove(pass, card, { kind: 'related', reason: 'rail heading left without its rail', text: textIn(pass, card) });
    ruleFired(pass.rules, 'rail-label');
  }
}
