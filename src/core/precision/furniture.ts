/** Related rails, inline "Also read" links, and elements named like page furniture. */
import { findRelatedBlocks } from '../related';
import { ruleFired, ruleOn } from '../rules';
import { namesOf, textOf } from '../text';
import type { RemovalKind } from '../types';
import { hasTextBeside, remove, textIn, type Pass, type PrecisionResult } from './pass';

/** Related rails and "Also read" links that survived Readability's cleaning. */
export function removeRelated(root: Element, out: PrecisionResult): void {
  for (const block of findRelatedBlocks(root)) {
    const text = block.elements.map((e) => textOf(e)).join(' ');
    const kind = block.reason === 'inline-label' ? 'also-read' : 'related';
    const reason = block.reason === 'class-name' ? 'related widget (class name)' : `${kind === 'also-read' ? 'inline link' : 'rail'} labelled "${block.headingText ?? ''}"`;
    out.removed.push({ kind, reason, text });
    for (const el of block.elements) el.remove();
  }
}

/**
 * Class names of page furniture that Readability sometimes keeps inside the body: author boxes,
 * share bars, newsletter sign-ups, credits, ad slots, screen-reader-only text. Captions stay: they
 * describe the story, and how-to sites put whole steps in them.
 */
const FURNITURE_NAME = /(^|[\s_-])(author-?(bio|box|info|card|details|profile|footer)|about-?(the-?)?author|bio-?box|share-?(bar|buttons|tools|links|this)|social-?(share|links|buttons|icons)|sharing|newsletter|signup|sign-up|subscribe|promo|advert|advertisement|ad-?(slot|unit|container|wrapper)|credits?|sr-only|visually-?hidden|screen-?reader|skip-?link|breadcrumbs?|print-?only|tags|post-?tags|byline|dateline|timestamp)([\s_-]|$)/i;
const FURNITURE_KIND: [RegExp, RemovalKind][] = [
  [/share|social|sharing/i, 'share'],
  [/newsletter|signup|sign-up|subscribe|promo/i, 'promo'],
  [/credit/i, 'credit'],
];

/**
 * A call-to-action box: "cta" as a whole word of a class or id ("post-cta", "join-cta__title",
 * "paywall-cta", "ctas"). Blogs of companies close or break a post with one ("Want to win more jobs?
 * Book a demo"), and it may carry its own heading, which the furniture guard below would keep.
 */
const CTA_NAME = /(^|[\s_-])ctas?([\s_-]|$)/;

/**
 * Removes elements named like page furniture. Guarded for recall: an element holding a large share
 * of the text is the body whatever its class says (sites do name the article wrapper "promo-story").
 */
export function removeFurniture(pass: Pass, named: Element[]): void {
  let total = 0;
  for (const el of named) {
    const names = namesOf(el);
    const cta = pass.article && CTA_NAME.test(names) && ruleOn(pass.rules, 'cta-box');
    if (!(cta || FURNITURE_NAME.test(names)) || !pass.root.contains(el) || hasTextBeside(pass, el)) continue;
    const text = textIn(pass, el);
    // The article's length as it was before this step took anything, read once and only when needed.
    total ||= textIn(pass, pass.root).length || 1;
    if (text.length > 600 || text.length / total > 0.2 || el.querySelector(cta ? 'p p, h1' : 'p p, h1, h2')) continue;
    if (cta) {
      ruleFired(pass.rules, 'cta-box');
      remove(pass, el, { kind: 'promo', reason: `call to action (class "${names.trim().slice(0, 60)}")`, text });
      continue;
    }
    const kind = FURNITURE_KIND.find(([re]) => re.test(names))?.[1] ?? 'boilerplate';
    if (kind === 'credit' && !pass.news) continue;
    remove(pass, el, { kind, reason: `page furniture (class "${names.trim().slice(0, 60)}")`, text });
  }
}

