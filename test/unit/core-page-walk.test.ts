import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureFiles } from './fixture-files';
import { POSTS } from '../../src/core/embeds';
import { measurePage } from '../../src/core/limits';
import { metaElementsByWalk } from '../../src/core/meta-elements';
import { walkPage } from '../../src/core/page-walk';
import { proseChars } from '../../src/core/readerable';
import { scanByWalk } from '../../src/core/scan';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;
const plain = (scan: ReturnType<typeof scanByWalk>) => ({ ...scan, meta: [...scan.meta] });

/** What each of the separate walks answers for `d`, in the walk's shape. */
function separately(d: Document) {
  return {
    elements: measurePage(d).elements,
    scan: plain(scanByWalk(d)),
    meta: metaElementsByWalk(d),
    paragraphs: [...d.getElementsByTagName('p')].map((p) => [p, p.textContent]),
    prose: proseChars(d.cloneNode(true) as Document),
    streamed: d.querySelectorAll('body > [hidden][id^="S:"]').length > 0,
    mathjax: d.querySelectorAll('mjx-container[class]').length > 0,
    embeds: d.querySelectorAll(POSTS).length > 0,
  };
}

function together(d: Document) {
  const walk = walkPage(d)!;
  expect(walk).not.toBeNull();
  return { ...walk, over: undefined, scan: plain(walk.scan), streamed: walk.streamed && d.querySelectorAll('body > [hidden][id^="S:"]').length > 0,
    mathjax: walk.mathjax && d.querySelectorAll('mjx-container[class]').length > 0, embeds: walk.embeds && d.querySelectorAll(POSTS).length > 0 };
}

describe('walkPage reads what the separate walks read', () => {
  it.each(fixtureFiles().filter((f) => !f.includes('too-large')).map((f) => [f.slice(FIXTURES.length + 1), f]))('%s', (_name, file) => {
    const d = doc(readFileSync(file, 'utf8'));
    if (measurePage(d).over) return expect(walkPage(d)).toBeNull();
    expect(together(d)).toEqual({ ...separately(d), over: undefined });
  });

  it('skips for each reader what that reader skips: the scan a lead and a template, the credits a template, the prose a list item', () => {
    const lead = 'A paragraph long enough to be read as a lead by the scan of the page, sixty characters at least, and as prose too.';
    const d = doc(`<html><head><meta name="citation_author" content="A"></head><body>
      <template><div class="author">In template</div><p>${lead}</p></template>
      <p class="byline">${lead} <span class="author">Inside a lead</span></p>
      <ul><li><div><p>${lead}</p></div></li></ul><h1>Head</h1><time datetime="2024-01-02">Jan 2</time>
      <div hidden id="S:0"><p>Late</p></div></body></html>`);
    const walk = walkPage(d)!;
    // Credits: not the template's; the byline paragraph and the name inside it.
    expect(Array.from(walk.meta[2], (e) => e.textContent)).toEqual([`${lead} Inside a lead`, 'Inside a lead']);
    // Leads: not the template's; the list item's paragraph is one.
    expect(walk.scan.leads).toEqual([`${lead} Inside a lead`, lead]);
    // Prose: the template's paragraph counts (proseChars enters it), the list item's does not.
    expect(walk.prose).toEqual([2 * lead.length + ' Inside a lead'.length, 2 * lead.length + ' Inside a lead'.length]);
    expect(walk.streamed).toBe(true);
    expect(together(d)).toEqual({ ...separately(d), over: undefined });
  });

  it('counts prose inside a footer, an aside, a nav or a box hidden by its class apart, as proseChars does', () => {
    const lead = 'A paragraph long enough to be counted as prose by the yardstick of the retry, eighty characters and more.';
    const d = doc(`<html><body><article><p>${lead}</p></article><aside><p>${lead}</p></aside>
      <nav><div><p>${lead}</p></div></nav><footer><section><p>${lead}</p></section></footer><p>${lead}</p>
      <div class="promo-bar hide"><p>${lead}</p></div><div class="hidden"><div><p>${lead}</p></div></div>
      <p class="hidden">${lead}</p></body></html>`);
    expect(walkPage(d)!.prose).toEqual([8 * lead.length, 2 * lead.length]);
    expect(together(d)).toEqual({ ...separately(d), over: undefined });
  });

  it('leaves a document of several top-level elements to the separate walks, which read them differently', () => {
    const d = doc('<!DOCTYPE html><head><title>T</title></head><body><h1>Head</h1></body>');
    expect(walkPage(d)).toBeNull();
    expect(metaElementsByWalk(d)![1]).toHaveLength(1);
  });

  it('leaves a page past a limit to the separate walks, which give the reason', () => {
    let deep = '';
    for (let i = 0; i < 250; i++) deep += '<div>';
    expect(walkPage(doc(`<html><body>${deep}x</body></html>`))).toBeNull();
    // Text in <head> is not counted by measurePage, but it bounds the count: past the limit, the walk
    // leaves the decision to measurePage.
    const long = doc(`<html><head><title>${'x'.repeat(1_500_001)}</title></head><body><p>Short</p></body></html>`);
    expect(walkPage(long)).toBeNull();
    expect(measurePage(long).over).toBeNull();
  });
});
