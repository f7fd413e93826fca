/** Related rails, inline "Also read" links, and elements named like page furniture. */
import { findRelatedBlocks } from '../related';
import { ruleFired, ruleOn, type RuleSwitches } from '../rules';
import { namesOf, textOf } from '../text';
import type { RemovalKind } from '../types';
import { hasTextBeside, remove, textAfter, textIn, type Pass, type PrecisionResult } from './pass';

/** Related rails and "Also read" links that survived Readability's cleaning. */
export function removeRelated(root: Element, out: PrecisionResult, rules?: RuleSwitches): void {
  for (const block of findRelatedBlocks(root, rules)) {
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
 * "author" as a whole word of a class or id ("entry-author", "single-content-author__about",
 * "about_author"): the writer's box. Readability's cleaning often leaves only the outer name of an
 * author box ("entry-author" around what was "author-bio"), which FURNITURE_NAME's compounds miss.
 * Only in the closing part of the body, where author boxes stand (the tail may hold a few of them):
 * at the top, a paper's author list ("corresponding-author") is part of what the page is. Never
 * inside a quotation: there the name is whom a pull quote is from ("Quote_author"). On articles only: on
 * a forum thread or a listing the name under an item is that item's poster.
 */
const AUTHOR_WORD = /(^|[\s_-])author([\s_-]|$)/i;
const AUTHOR_TAIL = { chars: 600, share: 0.15 };

/**
 * Sign-up boxes: named so, they may hold their own heading ("Join the club"), as a call to action does.
 * On articles only: a quickstart's "signup" section is the docs page's first step.
 */
const PITCH_NAME = /(^|[\s_-])(newsletter|signup|sign-up|subscribe)([\s_-]|$)/i;

/**
 * Removes elements named like page furniture. Guarded for recall: an element holding a large share
 * of the text is the body whatever its class says (sites do name the article wrapper "promo-story").
 */
export function removeFurniture(pass: Pass, named: Element[]): void {
  let total = 0;
  // The boxes that are furniture in an article and the content of a service or product page.
  const onArticle = (rule: string): boolean => pass.article && ruleOn(pass.rules, rule);
  for (const el of named) {
    const names = namesOf(el);
    const cta = CTA_NAME.test(names) && onArticle('cta-box');
    const furniture = FURNITURE_NAME.test(names);
    const author = !furniture && AUTHOR_WORD.test(names) && onArticle('author-class');
    if (!(cta || furniture || author) || !pass.root.contains(el) || hasTextBeside(pass, el)) continue;
    const text = textIn(pass, el);
    // The article's length as it was before this step took anything, read once and only when needed.
    total ||= textIn(pass, pass.root).length || 1;
    const pitch = cta || (PITCH_NAME.test(names) && onArticle('pitch-heading'));
    if (text.length > 600 || text.length / total > 0.2 || el.querySelector(pitch ? 'p p, h1' : 'p p, h1, h2')) continue;
    if (pitch && !cta && el.querySelector('h2')) ruleFired(pass.rules, 'pitch-heading');
    if (cta) {
      ruleFired(pass.rules, 'cta-box');
      remove(pass, el, { kind: 'promo', reason: `call to action (class "${names.trim().slice(0, 60)}")`, text });
      continue;
    }
    if (author) {
      const tail = Math.max(AUTHOR_TAIL.chars, AUTHOR_TAIL.share * total);
      if (el.closest('blockquote, figure') || textAfter(el, pass.root, tail) >= tail) continue;
      ruleFired(pass.rules, 'author-class');
    }
    const kind = FURNITURE_KIND.find(([re]) => re.test(names))?.[1] ?? 'boilerplate';
    if (kind === 'credit' && !pass.news) continue;
    remove(pass, el, { kind, reason: `page furniture (class "${names.trim().slice(0, 60)}")`, text });
  }
}

/**
 * A <nav> left inside the body: a site menu, a footer's links, a "jump to" table of contents. The
 * element says what it is whatever its class; guarded like the furniture above, so a page that wraps
 * its whole text in one (a docs sidebar taken for the body) keeps it.
 */
export function removeNavigation(pass: Pass): void {
  if (!ruleOn(pass.rules, 'nav-element')) return;
  const total = textIn(pass, pass.root).length || 1;
  for (const el of [...pass.root.getElementsByTagName('nav')]) {
    if (!pass.root.contains(el)) continue;
    const text = textIn(pass, el);
    // Empty (a table of contents already taken from it): nothing a reader would see, nothing to log.
    if (!text || text.length / total > 0.2) continue;
    ruleFired(pass.rules, 'nav-element');
    remove(pass, el, { kind: 'boilerplate', reason: 'navigation (<nav>)', text });
  }
}
