import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hideElements, HIDDEN_ATTR, markRelated, RelatedSwitch } from '../../src/content/related-hide';

function page() {
  const { document } = parseHTML(`<!doctype html><html><body>
    <section id="styled" style="color: rgb(200, 0, 0);  margin-top:4px">a</section>
    <section id="bare">b</section>
    <section id="empty" style="">c</section>
    <section id="marked" ${HIDDEN_ATTR}="something-else">d</section>
  </body></html>`);
  const els = ['styled', 'bare', 'empty', 'marked'].map((id) => document.getElementById(id)!);
  return { document, els };
}

const styles = (els: Element[]) => els.map((el) => el.getAttribute('style'));
const markers = (els: Element[]) => els.map((el) => el.getAttribute(HIDDEN_ATTR));

describe('hideElements', () => {
  it('hides with an inline style and restores every style attribute exactly, absent ones stay absent', () => {
    const { els } = page();
    const before = styles(els);
    expect(before).toEqual(['color: rgb(200, 0, 0);  margin-top:4px', null, '', null]);
    const controller = new AbortController();
    hideElements(els, controller.signal);
    for (const el of els) expect(el.getAttribute('style')).toMatch(/display:\s*none/);
    controller.abort();
    expect(styles(els)).toEqual(before);
  });

  it('does nothing under an already aborted signal', () => {
    const { els } = page();
    const before = styles(els);
    hideElements(els, AbortSignal.abort());
    expect(styles(els)).toEqual(before);
  });
});

describe('markRelated', () => {
  it('marks with data-declutter-hidden="related" and puts back what was there before', () => {
    const { els } = page();
    const controller = new AbortController();
    markRelated(els, controller.signal);
    expect(markers(els)).toEqual(['related', 'related', 'related', 'related']);
    controller.abort();
    expect(markers(els)).toEqual([null, null, null, 'something-else']);
  });
});

describe('RelatedSwitch', () => {
  it('starts shown, hides and shows on demand, keeps the marker while shown, and the session end undoes all', () => {
    const { els } = page();
    const before = styles(els);
    const session = new AbortController();
    const related = new RelatedSwitch(els, 10, session.signal);
    expect(related.hidden).toBe(false);
    expect(related.items).toBe(10);
    expect(related.set(true)).toBe(true);
    expect(related.set(true)).toBe(true); // idempotent: a second hide must not stack a second restore
    expect(styles(els).every((s) => /display:\s*none/.test(s ?? ''))).toBe(true);
    expect(related.set(false)).toBe(false);
    expect(styles(els)).toEqual(before);
    expect(markers(els).slice(0, 3)).toEqual(['related', 'related', 'related']);
    related.set(true);
    session.abort();
    expect(styles(els)).toEqual(before);
    expect(markers(els)).toEqual([null, null, null, 'something-else']);
    expect(related.set(true)).toBe(false); // a finished session hides nothing any more
  });
});
