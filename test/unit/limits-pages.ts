/**
 * Generators for the pathological pages of issue 7: built in memory by the tests and the bench, never
 * committed (they are megabytes). Each wraps a short real article, so "gave up" and "found the story"
 * are both checkable.
 */

const STORY = [
  'The river authority opened the new flood gates on Tuesday after three years of building work, ending a long dispute over the cost of the project.',
  '"The town will sleep better this winter," the authority\'s chief engineer, Marta Velasquez, said at the opening ceremony.',
  'Residents had complained for years about the flooding of the lower streets, which were under water twice last spring.',
];

function page(body: string, title = 'Flood gates open on the river after three years'): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<meta property="og:type" content="article"><meta property="og:title" content="${title}"></head><body>` + body + '</body></html>';
}

function article(): string {
  return `<article><h1>Flood gates open on the river after three years</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`;
}

/** About `megabytes` MB of HTML: one long article of ordinary paragraphs. */
export function bigPage(megabytes = 10): string {
  const para = `<p>${STORY[0]} ${STORY[2]} ${STORY[0]}</p>\n`;
  const count = Math.ceil((megabytes * 1024 * 1024) / para.length);
  return page(`<article><h1>Flood gates open on the river after three years</h1>${para.repeat(count)}</article>`);
}

/** `count` elements: the article, then a grid of empty cells (a tracking-heavy or table-heavy page). */
export function manyNodesPage(count = 200_000): string {
  const cells = '<div class="cell"><span></span></div>'.repeat(Math.ceil(count / 2));
  return page(article() + `<div class="grid">${cells}</div>`);
}

/** `depth` nested divs with the article at the bottom: a recursive walk would overflow the JS stack. */
export function deepPage(depth = 10_000): string {
  return page('<div>'.repeat(depth) + article() + '</div>'.repeat(depth));
}

/** `count` links in one list after the article (a sitemap-like footer). */
export function manyLinksPage(count = 100_000): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) items.push(`<li><a href="/story/${i}">Story number ${i} about the river</a></li>`);
  return page(article() + `<ul class="sitemap">${items.join('')}</ul>`);
}

export const PATHOLOGICAL: Record<string, () => string> = {
  '10 MB of HTML': () => bigPage(10),
  '200,000 nodes': () => manyNodesPage(200_000),
  'nesting 10,000 deep': () => deepPage(10_000),
  '100,000 links': () => manyLinksPage(100_000),
};
