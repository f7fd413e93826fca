import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { readLd } from '../../src/core/jsonld-fields';

/** A small news page whose JSON-LD `author` is `author` (raw JSON text). */
function page(author: string): string {
  const body = '<p>The harbour council approved two pilot boats on Tuesday after a long debate about dredging and wages.</p>'.repeat(4);
  return `<!doctype html><html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council buys pilot boats","author":${author}}</script></head>` +
    `<body><article><h1>Council buys pilot boats</h1>${body}</article></body></html>`;
}
const run = (author: string) => extract(parseHTML(page(author)).document as unknown as Document, 'https://news.example.com/2026/01/13/boats');

describe('JSON-LD author of any shape: a clean name or nothing, never a throw', () => {
  it('arrays nested 20,000 deep (40 KB)', () => {
    const deep = '['.repeat(20_000) + '"Jane Roe"' + ']'.repeat(20_000);
    const a = run(deep);
    expect(a.byline === null || a.byline === 'Jane Roe').toBe(true);
  });

  it('objects nested 20,000 deep', () => {
    const deep = '{"name":'.repeat(20_000) + '"Jane Roe"' + '}'.repeat(20_000);
    expect(() => run(deep)).not.toThrow();
  });

  it('a megabyte string gives no byline', () => {
    expect(run(`"${'x'.repeat(1 << 20)}"`).byline).toBeNull();
  });

  it('a Person object, an array of Persons, an Organization', () => {
    expect(run('{"@type":"Person","name":"Jane Roe"}').byline).toBe('Jane Roe');
    expect(run('[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"Sam Poe"}]').byline).toBe('Jane Roe and Sam Poe');
    // An Organization is the credit only when no person is named, and never when it is the site itself.
    expect(run('{"@type":"Organization","name":"News Example"}').byline).toBeNull();
    expect(run('{"@type":"Organization","name":"Reuters"}').byline).toBe('Reuters');
    expect(run('[{"name":null},7,true,{"@type":"Person","name":{"x":1}}]').byline).toBeNull();
  });

  it('parseJsonLd reads authors as a list of person names', () => {
    const node = readLd(['{"@type":"Article","author":[{"@type":"Person","name":"A B"},"C D",{"@type":"Organization","name":"Org"}]}']).article;
    expect(node?.authors).toEqual(['A B', 'C D']);
  });

  it('reads a script wrapped in an HTML comment or CDATA, or broken by raw control characters', () => {
    const ld = '{"@type":"NewsArticle","headline":"Council buys pilot boats","datePublished":"2026-01-13"}';
    for (const raw of [`  ${ld}\n`, `<!--\n${ld}\n-->`, `//<![CDATA[\n${ld}\n//]]>`, `<![CDATA[${ld}]]>`, ld.replace('pilot boats', 'pilot\nboats\t')]) {
      expect(readLd([raw]).article?.datePublished, raw).toBe('2026-01-13');
    }
    expect(readLd(['<!-- not json -->']).article).toBeNull();
  });
});
