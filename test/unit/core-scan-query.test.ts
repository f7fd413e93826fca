import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureFiles } from './fixture-files';
import { scanByWalk } from '../../src/core/scan';
import { paywallByQuery, scanByQuery } from '../../src/core/scan-query';
import { proseBlocksByQuery, proseBlocksByWalk } from '../../src/core/readerable';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;
const plain = (scan: ReturnType<typeof scanByWalk>) => ({ ...scan, meta: [...scan.meta] });
/** What scanPage answers in a browser: the queries, and the paywall searched apart. */
const byQuery = (d: Document) => ({ ...scanByQuery(d), paywall: paywallByQuery(d) });

describe('scanByQuery reads what the walk reads', () => {
  it.each(fixtureFiles().map((f) => [f.slice(FIXTURES.length + 1), f]))('%s', (_name, file) => {
    const d = doc(readFileSync(file, 'utf8'));
    expect(plain(byQuery(d))).toEqual(plain(scanByWalk(d)));
  });

  it('skips what the walk skips: metas, svg, template, noscript, and the inside of a lead paragraph', () => {
    const lead = 'A paragraph long enough to be read as a lead by the scan of the page, sixty characters at least.';
    const d = doc(`<html><head><meta itemprop="author" content="Meta Person"><meta name="description" content="x"></head><body>
      <svg><g class="byline">Inside svg</g></svg>
      <template><div class="author">Inside template</div></template>
      <p class="byline">${lead} <span class="author">Inside a lead</span></p>
      <article itemscope itemtype="https://schema.org/NewsArticle"><h1>Head</h1>
        <div class="PayWall-gate"></div><div class="Byline-images"><img alt=""></div><span rel="author">Jane Roe</span></article></body></html>`);
    const scan = byQuery(d);
    expect(scan.byline).toBe('Jane Roe');
    expect(scan.paywall).toBe(true);
    expect(scan.itemtypes).toEqual(['https://schema.org/NewsArticle']);
    expect(scan.leads).toEqual([lead + ' Inside a lead']);
    expect(plain(scan)).toEqual(plain(scanByWalk(d)));
  });

  it('searches the paywall apart, and the body only when asked', () => {
    const lead = 'A paragraph long enough to be read as a lead by the scan of the page, sixty characters at least.';
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><article><h1>Head</h1>
      <p>${lead}</p><div class="byline">By Jane Roe</div><div class="paywall-gate"></div></article></body></html>`);
    expect(paywallByQuery(d)).toBe(true);
    const forDetection = scanByQuery(d);
    expect(forDetection).toMatchObject({ paywall: false, byline: 'By Jane Roe', leads: [lead] });
    expect(plain({ ...forDetection, paywall: true })).toEqual(plain(scanByWalk(d)));
    const head = scanByQuery(d, false);
    expect(head).toMatchObject({ paywall: false, byline: '', leads: [], articleCount: 1, articleHasHeadline: true });
    expect(head.meta.get('og:type')).toBe('article');
  });
});

describe('the prose blocks by query are the walk\'s', () => {
  it.each(fixtureFiles().map((f) => [f.slice(FIXTURES.length + 1), f]))('%s', (_name, file) => {
    const d = doc(readFileSync(file, 'utf8'));
    // Compared by position in the document: the walk's order is its stack's, and order doesn't count.
    const all = [...d.querySelectorAll('*')];
    const positions = (els: Element[]) => els.map((el) => all.indexOf(el)).sort((a, b) => a - b);
    // linkedom's walk reaches into <template> content, which a browser's tree doesn't hold (nor queries).
    const inTree = (els: Element[]) => positions(els).filter((i) => i >= 0);
    expect(positions(proseBlocksByQuery(d))).toEqual(inTree(proseBlocksByWalk(d)));
  });

  it('takes p, pre, article and divs split by <br>, and leaves out paragraphs inside list items', () => {
    const d = doc('<html><body><p id="a">x</p><ul><li><p id="b">y</p><article id="c"></article></li></ul><div id="d">one<br>two<br>three</div><pre id="e">z</pre></body></html>');
    const ids = proseBlocksByQuery(d).map((el) => el.id).sort();
    expect(ids).toEqual(['a', 'c', 'd', 'e']);
    expect(proseBlocksByWalk(d).map((el) => el.id).sort()).toEqual(ids);
  });
});
