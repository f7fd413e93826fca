/**
 * The author box under an article ("Kelia Reinoso is a content writer at Tastewise with five years of
 * experience…", "About the Author"), which Readability keeps when the theme puts it inside the post's
 * container. It is about the writer, not the story. Only at the end of the body: the same sentence
 * shape in the middle ("Dr Lee is a cardiologist at…") introduces a source, and is the article.
 */
import { ruleFired, ruleOn } from '../rules';
import { remove, textAfter, textIn, type Pass } from './pass';

/** Longest paragraph taken as a bio: author boxes are a few lines. */
const MAX_BIO = 450;
/** Less text than this after the paragraph: it closes the body. */
const TAIL = 400;

/** "Name Surname is a/an/the … writer|editor|…": a person's name, then their trade, in one sentence. */
const BIO = /^(about the author\s*:?\s*)?[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3},?\s+(is|was|has been|has|writes|covers)\s+(a|an|the|our|one of)\b[^.!?]{0,140}\b(writer|editor|journalist|author|contributor|reporter|researcher|columnist|blogger|freelancer|copywriter|content (creator|strategist|marketer|manager|specialist)|marketer|strategist|founder|co-founder|ceo|consultant|coach|nutritionist|dietitian|therapist|photographer|expert|specialist)s?\b/u;
/** The box's heading. */
const HEADING = /^(about (the )?(author|writer|contributor)s?|meet the (author|writer)|written by|author bio)\W*$/i;

/** Removes author bios and their heading from the end of the body. */
export function removeAuthorBios(pass: Pass, leaves: Element[]): void {
  if (!ruleOn(pass.rules, 'author-bio')) return;
  for (const el of leaves) {
    if (!pass.root.contains(el)) continue;
    const text = textIn(pass, el);
    if (!text || text.length > MAX_BIO) continue;
    const heading = HEADING.test(text);
    if (!heading && !BIO.test(text)) continue;
    if (textAfter(el, pass.root, TAIL) >= TAIL) continue;
    remove(pass, el, { kind: 'boilerplate', reason: heading ? 'author box heading' : 'author bio', text });
    ruleFired(pass.rules, 'author-bio');
  }
}
