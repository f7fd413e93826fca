import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { articleViolations } from '../support/article-shape';
import { detect } from '../../src/core/detect';
import { collectParagraphs } from '../../src/core/paragraphs';
import { fromPortable, toPortable } from '../../src/core/portable';
import { findRelatedBlocks } from '../../src/core/related';
import { deepPage, mutatedPage, randomPage } from '../support/html-arbitraries';

// A small sample runs with every `npm test`; `npm run fuzz` sets FUZZ_RUNS to 10,000 and more.
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** Each deep run parses up to a 6,000-deep page (about 0.1 s, 0.6 s at worst): fewer runs than the shallow properties. */
const DEEP_RUNS = Math.max(4, Math.round(RUNS / 10));
const fixtures = readdirSync(join(__dirname, '../fixtures'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(join(__dirname, '../fixtures', f), 'utf8'));

/** The property: any page yields an Article of the contract's shape, and never a throw. */
function holdsFor(html: string): void {
  const { document } = parseHTML(html);
  const article = extract(document as unknown as Document, 'https://news.example.com/world/2026/01/13/story-title');
  expect(articleViolations(article)).toEqual([]);
}

describe('the core on hostile and broken HTML', () => {
  it('keeps the contract on random pages', () => {
    fc.assert(fc.property(randomPage, holdsFor), { numRuns: RUNS });
  });

  it('keeps the contract on mutated fixture pages', () => {
    fc.assert(fc.property(mutatedPage(fixtures), holdsFor), { numRuns: RUNS });
  });

  it('keeps the contract, and detection answers, on deeply nested pages of every walked structure', () => {
    fc.assert(fc.property(deepPage, (html) => {
      holdsFor(html);
      const { document } = parseHTML(html);
      const doc = document as unknown as Document;
      expect(typeof detect(doc, 'https://news.example.com/world/2026/01/13/story-title').isArticle).toBe('boolean');
      // What runs on the live page whatever its size (the rails to hide), and the walks after extraction.
      expect(() => findRelatedBlocks(doc)).not.toThrow();
      expect(() => collectParagraphs(doc.body)).not.toThrow();
      expect(() => fromPortable(toPortable(doc.body), doc)).not.toThrow();
    }), { numRuns: DEEP_RUNS });
    // A guard against a hang, not a timing: `npm run fuzz`'s thousand runs need more than the default's few.
  }, Math.max(120_000, DEEP_RUNS * 1_000));

  it('the shape check itself catches a broken article', () => {
    const { document } = parseHTML(fixtures[0] ?? '<p>x</p>');
    const article = extract(document as unknown as Document, null);
    expect(articleViolations({ ...article, text: 42 })).not.toEqual([]);
    expect(articleViolations({ ...article, text: article.text + 'x' })).toContain('article.text is not its paragraphs joined by a blank line');
  });
});
