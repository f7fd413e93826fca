/**
 * MathJax 3 gives each typeset formula's container the class of its context menu ("MathJax
 * CtxtMenu_Attached_0"), and Readability's unlikely-candidate pattern reads that as a menu: every
 * equation of a page, inline or displayed, left the article, and the sentences around them read
 * "When , there are two solutions to and they are". The class tells a reader nothing, so the clone's
 * containers lose it; Readability then keeps the formula's MathML, which MathJax leaves beside its
 * drawing for screen readers (the drawing itself is aria-hidden, and Readability drops it as unseen).
 */

/** Takes the class off the MathJax 3 formulas of `doc` (our clone: changed in place). Returns how many. */
export function keepMathJax(doc: Document): number {
  const formulas = doc.querySelectorAll('mjx-container[class]');
  for (const el of formulas) el.removeAttribute('class');
  return formulas.length;
}
