/**
 * Every walk over page-controlled structure, fed structures far deeper than any call stack: each must
 * be iterative or depth-bounded (a page must never be able to switch the extension off for itself).
 * The trees are built with the DOM API, not parsed, so the walk under test meets them whole, whatever
 * gate (limits.ts) would stop such a page before extraction elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { locateText } from '../../src/content/find-text';
import { detect } from '../../src/core/detect';
import { extract } from '../../src/core/extract';
import { collectParagraphs } from '../../src/core/paragraphs';
import { fromPortable, toPortable } from '../../src/core/portable';
import { findRelatedBlocks } from '../../src/core/related';

// Building and walking 60,000-deep trees takes a second or two, much more on a loaded machine: time
// enough for that, never a timing assertion.
vi.setConfig({ testTimeout: 120_000 });

/** Deeper than V8's default stack holds for any recursive walk (about 10,000 frames). */
const DEPTH = 60_000;

function page(): Document {
  return (parseHTML('<!doctype html><html><head><title>t</title></head><body></body></html>') as unknown as { document: Document }).document;
}

/** `DEPTH` elements of `tag`, each inside the last, under `parent`; returns the innermost. */
function nest(doc: Document, parent: Element, tag: string, attrs: Record<string, string> = {}): Element {
  let el = parent;
  for (let i = 0; i < DEPTH; i++) {
    const child = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) child.setAttribute(k, v);
    el.appendChild(child);
    el = child;
  }
  return el;
}

describe('walks over deeply nested page structure', () => {
  it('toPortable and fromPortable: nested elements', () => {
    const doc = page();
    const inner = nest(doc, doc.body, 'div');
    inner.textContent = 'the bottom';
    const portable = toPortable(doc.body);
    let depth = 0;
    for (let n: unknown = portable; Array.isArray(n); n = n[2]) depth++;
    expect(depth).toBe(DEPTH + 1);
    const back = fromPortable(portable, page());
    expect(back.textContent).toBe('the bottom');
  });

  it('collectParagraphs: nested blocks and inline elements', () => {
    const doc = page();
    nest(doc, nest(doc, doc.body, 'div'), 'span').textContent = 'deep words';
    expect(collectParagraphs(doc.body)).toEqual(['deep words']);
  });

  it('findRelatedBlocks: a headline link wrapped in nested elements, under a "Related" label', () => {
    const doc = page();
    const rail = doc.createElement('section');
    rail.className = 'related-stories';
    rail.innerHTML = '<h2>Related Stories</h2><ul><li><a href="/news/2026/01/02/a">First story of the day here</a></li><li><a href="/news/2026/01/02/b">Second story of the day here</a></li><li><a id="deep" href="/news/2026/01/02/c"></a></li></ul>';
    doc.body.appendChild(rail);
    nest(doc, rail.querySelector('#deep')!, 'span').textContent = 'Third story of the day here';
    expect(() => findRelatedBlocks(doc)).not.toThrow();
  });

  it('detect and extract: nested microdata scopes and elements refuse the page, never throw', () => {
    const doc = page();
    nest(doc, doc.body, 'div', { itemscope: '', itemtype: 'https://schema.org/NewsArticle', itemprop: 'author' }).textContent = 'x';
    expect(() => detect(doc, 'https://news.example/2026/01/02/a')).not.toThrow();
    const article = extract(doc, 'https://news.example/2026/01/02/a');
    expect(article.paragraphs).toEqual([]);
    expect(article.truncated).toBe(true);
  });

  it('locateText: text nested deep inside the page', () => {
    const doc = page();
    nest(doc, doc.body, 'b').textContent = 'found at the bottom';
    expect(locateText(doc.body, 'found at the bottom')).not.toBeNull();
  });
});

describe('the deep hostile pages (test/fixtures/hostile-deep)', () => {
  const dir = join(__dirname, '../fixtures/hostile-deep');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    it(`${file}: detection, the live-page rail search and extraction answer without throwing`, () => {
      const raw = readFileSync(join(dir, file), 'utf8');
      const open = /data-deep-open='([^']*)'/.exec(raw)![1]!;
      const close = /data-deep-close='([^']*)'/.exec(raw)![1]!;
      const html = raw.replace('{{DEEP}}', open.repeat(15_000) + 'Deep words.' + close.repeat(15_000));
      const doc = (parseHTML(html) as unknown as { document: Document }).document;
      expect(typeof detect(doc, 'https://news.example/2026/03/04/a').isArticle).toBe('boolean');
      expect(() => findRelatedBlocks(doc)).not.toThrow();
      expect(() => collectParagraphs(doc.body)).not.toThrow();
      expect(extract(doc, 'https://news.example/2026/03/04/a').truncated).toBe(true);
    });
  }
});
