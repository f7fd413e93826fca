/**
 * React's streamed server rendering (Next.js app router and others) sends the parts of a page that
 * finished late as `<div hidden id="S:0">…</div>` at the end of the body, with a script that moves
 * each into its placeholder (`<template id="B:0">`) and shows it. A saved page, or a page read before
 * that script ran, still has the article in a hidden segment, and Readability skips hidden elements:
 * it then takes a footer for the article. Moving the segments where the script would put them gives
 * Readability the page a reader sees.
 */

/** Segment ids React writes: "S:" and a hexadecimal counter. */
const SEGMENT_ID = /^S:[0-9a-f]+$/i;
/** At most this many segments are moved: a real page has a few dozen. */
const MAX_SEGMENTS = 200;

/**
 * Shows the hidden streamed segments of `doc` (our clone: it is changed in place), each in its
 * placeholder's place when the placeholder is found, else where it stands. Returns how many moved.
 */
export function revealStreamedSegments(doc: Document): number {
  // linkedom's `body` getter throws on a document without a root element.
  const body = doc.documentElement ? doc.body : null;
  if (!body) return 0;
  let moved = 0;
  // Segments are children of <body> (React appends them there); walking only those keeps it cheap.
  const segments: Element[] = [];
  for (let c = body.firstElementChild; c && segments.length < MAX_SEGMENTS; c = c.nextElementSibling) {
    if (c.hasAttribute('hidden') && SEGMENT_ID.test(c.getAttribute('id') ?? '')) segments.push(c);
  }
  for (const segment of segments) {
    segment.removeAttribute('hidden');
    const placeholder = doc.getElementById(`B:${(segment.getAttribute('id') ?? '').slice(2)}`);
    if (placeholder?.parentNode) placeholder.parentNode.replaceChild(segment, placeholder);
    moved++;
  }
  return moved;
}
