import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureFiles } from './fixture-files';
import { metaElements, metaElementsByQuery, metaElementsByWalk, type MetaElements } from '../../src/core/meta-elements';
import { MAX_ELEMENTS } from '../../src/core/limits';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;
/** The elements gatherMeta reads of each list (its loops stop at these counts). */
const CAPS = [Infinity, 4, 40, 60];
const read = (found: MetaElements) => {
  const [citations, h1s, credits, dated] = found.map((els, i) => Array.from(els).slice(0, CAPS[i]));
  return { citations, h1s, credits, dated };
};
const names = (els: Element[]) => els.map((e) => e.textContent);

describe('metaElementsByWalk finds what the selector queries find', () => {
  it.each(fixtureFiles().map((f) => [f.slice(FIXTURES.length + 1), f]))('%s', (_name, file) => {
    const d = doc(readFileSync(file, 'utf8'));
    expect(read(metaElementsByWalk(d)!)).toEqual(read(metaElementsByQuery(d)));
  });

  it('keeps the selectors\' case rules, token matches and the template skip', () => {
    const d = doc(`<html><head><meta name="citation_author" content="A"><meta name="Citation_author" content="B"></head><body>
      <a rel="AUTHOR">rel any case</a><a rel="authors">rel not a token</a><span itemprop="Author">itemprop case</span>
      <span itemprop="name author">itemprop token</span><a href="/authors/x">authors link</a><b href="/author/x">not a link</b>
      <div class="BYLINE">byline any case</div><div class="Writer">writer case</div><div class="by-line">not by</div><div class="x by">by token</div>
      <div id="Author">id case</div><div id="the-byline">id byline</div>
      <time>t</time><p itemprop="datepublished">itemprop case</p><p class="UpDated">date any case</p><p class="Published">publish case</p>
      <template><div class="byline">in template</div><time>in template</time></template>
      <h1>1</h1><h1>2</h1><h1>3</h1><h1>4</h1><h1>5</h1></body></html>`);
    const walk = read(metaElementsByWalk(d)!);
    expect(walk).toEqual(read(metaElementsByQuery(d)));
    expect(names(walk.credits!)).toEqual(['rel any case', 'itemprop token', 'authors link', 'byline any case', 'by token', 'id byline']);
    expect(names(walk.dated!)).toEqual(['t', 'date any case']);
    expect(walk.citations!.length).toBe(1);
    expect(names(walk.h1s!)).toEqual(['1', '2', '3', '4']);
  });

  it('hands over to the queries past MAX_ELEMENTS, where the walk would stop short', () => {
    const d = doc(`<html><body>${'<i></i>'.repeat(MAX_ELEMENTS)}<div class="byline">late</div></body></html>`);
    expect(metaElementsByWalk(d)).toBeNull();
    expect(names(Array.from(metaElements(d)[2]))).toEqual(['late']);
  });
});
