// The article is a part of the page: the precision pass searches it for related rails only when the
// page holds some (read.ts counts them; precision.ts, pageRails).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { collectParagraphs } from '../../src/core/paragraphs';
import { precisionPass } from '../../src/core/precision';

const PROSE = 'The harbor ferry made its first trip of the season on Monday, carrying commuters and cyclists across the bay. ';
const story = `<p>${PROSE.repeat(4)}</p><p>Also read: <a href="/news/bridge-repairs">Bridge repairs to start in May</a></p><p>${PROSE.repeat(3)}</p>`;
const page = `<!doctype html><html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>${story}</article></body></html>`;

function pass(pageRails?: number): string {
  const { document } = parseHTML(`<!doctype html><html><body><article>${story}</article></body></html>`);
  const root = document.querySelector('article') as unknown as Element;
  precisionPass(root, { pageRails });
  return collectParagraphs(root).join('\n');
}

describe('related rails in the article, searched when the page holds some', () => {
  it('takes an inline "Also read" link out of the text the reader shows', () => {
    const article = extract(parseHTML(page).document, 'https://news.example/ferry');
    expect(article.text).not.toContain('Bridge repairs');
    expect(article.text).toContain('first trip of the season');
    expect(article.removed.some((r) => r.kind === 'also-read')).toBe(true);
  });

  it('searches the article when the page count is unknown or above zero, and not when the page has none', () => {
    expect(pass()).not.toContain('Bridge repairs');
    expect(pass(1)).not.toContain('Bridge repairs');
    expect(pass(0)).toContain('Bridge repairs');
  });
});
