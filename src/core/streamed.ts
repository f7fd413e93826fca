/**
 * React's streamed server rendering (Next.js app router and others) sends the parts of a page that
 * finished late as `<div hidden id="S:0">…</div>` at the end of the body, with a script that moves
 * each into its placeholder (`<template id="B:0">`) and shows it. A saved page, or a page read before
 * that script ran, still has the article in a hidden segment, and Readability skips hidden elements:
 * it then takes a footer for the article. Moving the segments where the script would put them gives
 * Readability the page a reader sees.
 */

/**
 * Shows the hidden streamed segments of `doc` (our clone: it is changed in place), each in its
 * placeholder's place when the placeholder is found, else where it stands. Returns how many moved.
 * React appends the segments to <body>, so only its children are looked at.
 */
export function revealStreamedSegments(doc: Document): number {
  // linkedom's `body` getter throws on a document without a root element.
  const segments = doc.documentElement ? doc.querySelectorAll('body > [hidden][id^="S:"]') : [];
  for (const segment of segments) {
    segment.removeAttribute('hidden');
    doc.getElementById(`B:${segment.id.slice(2)}`)?.replaceWith(segment);
  }
  return segments.length;
}
