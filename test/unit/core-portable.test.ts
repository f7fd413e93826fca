/**
 * In the browser the two halves of extraction run apart: the page reads (core/read.ts) and hands the
 * popup or the reader Readability's article as plain data (core/portable.ts), which they rebuild and
 * finish (core/finish.ts). Whatever crosses that boundary must give the article the CLI gets from one
 * process, and nothing the page wrote may become live on the way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { finishArticle, finishReading } from '../../src/core/finish';
import { fromPortable, toPortable } from '../../src/core/portable';
import { portableReading, readPage } from '../../src/core/read';
import type { Article } from '../../src/core/types';
import { emptyDocument } from '../support/empty-document';

const FIXTURES = join(__dirname, '../fixtures');
const URL_ = 'https://news.example.com/world/2026/01/13/cooperation-between-seoul-tokyo';

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** What a person sees of an article (timings differ run to run). */
function shown(article: Article): Omit<Article, 'timings'> {
  const { timings: _, ...rest } = article;
  return rest;
}

const pages = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, f)),
  ...readdirSync(join(FIXTURES, 'hostile')).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, 'hostile', f)),
];

describe('an article finished from the portable reading equals the one extracted in one process', () => {
  it.each(pages.map((p) => [p.slice(FIXTURES.length + 1), p]))('%s', (_, path) => {
    const html = readFileSync(path, 'utf8');
    const direct = extract(parse(html), URL_);
    // structuredClone: what runtime messaging does to it.
    const reading = structuredClone(portableReading(readPage(parse(html), URL_)));
    expect(shown(finishReading(reading, emptyDocument()))).toEqual(shown(direct));
  });

  it('a page past the limits crosses with no article and finishes with its reason as the note', () => {
    const big = `<html><body>${'<div><span>x</span></div>'.repeat(9000)}</body></html>`;
    const reading = portableReading(readPage(parse(big), URL_));
    expect(reading.article).toBeNull();
    expect(reading.tooLarge).toMatchObject({ limit: expect.stringMatching(/elements|depth|text/) });
    const article = finishArticle(reading, null);
    expect(article.paragraphs).toEqual([]);
    expect(article.notes[0]).toMatch(/too large/i);
    expect(article.tooLarge).toEqual(reading.tooLarge);
  });
});

describe('the portable article', () => {
  const page = parse(`<!DOCTYPE html><html><body><div id="a" class="story" onclick="steal()" style="color:red">
    <p title="t" onmouseover="x()">One <a href="/next" ping="https://evil.example/">link</a> &lt;img src=x onerror=alert(1)&gt;</p>
    <svg><style>&lt;img src=x onerror=alert(2)&gt;</style></svg><!-- a comment --></div></body></html>`);
  const tree = toPortable(page.getElementById('a')!);

  it('keeps only the attributes the finish reads: no handler, style or ping crosses', () => {
    const json = JSON.stringify(tree);
    expect(json).not.toMatch(/onclick|onmouseover|"style":|ping|a comment/);
    expect(tree[1]).toEqual({ id: 'a', class: 'story' });
  });

  it('rebuilds without parsing: markup-like text stays text, even where a re-parse would turn it live', () => {
    const rebuilt = fromPortable(tree, emptyDocument());
    expect(rebuilt.getElementsByTagName('img')).toHaveLength(0);
    expect(rebuilt.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(rebuilt.textContent).toContain('onerror=alert(2)');
    expect(rebuilt.querySelector('a')?.getAttribute('href')).toBe('/next');
  });

  it('refuses forged input: odd names become spans, attributes outside the list and non-nodes are dropped', () => {
    const forged = ['div', { onclick: 'x()', class: 'ok' }, ['img src=x onerror=y', null, 'text'], 42, { not: 'a node' }] as never;
    const rebuilt = fromPortable(forged, emptyDocument());
    expect(rebuilt.outerHTML).toBe('<div class="ok"><span>text</span></div>');
  });
});
