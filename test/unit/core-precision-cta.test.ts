import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectParagraphs } from '../../src/core/paragraphs';
import { precisionPass } from '../../src/core/precision';
import type { RuleSwitches } from '../../src/core/rules';

const PROSE = 'Pricing a plumbing job starts with the hours it takes, the parts it needs and the travel between calls. ';
/** A company blog's post, broken by a call-to-action box with its own heading, beside body text that merely contains "cta". */
const POST = `<article>
  <p>${PROSE.repeat(3)}</p>
  <div class="post-cta"><h2>Want to win more jobs with less effort?</h2><p>Our app quotes, books and bills for you.</p><a class="button" href="/demo">Book a demo</a></div>
  <p>${PROSE.repeat(2)}</p>
  <div class="dictation-notes"><p>Write down each quote as you give it, so the next one is faster.</p></div>
  <p>${PROSE.repeat(2)}</p>
</article>`;

function run(html: string, opts: { article?: boolean; off?: string[] } = {}) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const root = document.querySelector('article') as unknown as Element;
  const rules: RuleSwitches = { off: new Set(opts.off ?? []), fired: new Set() };
  const out = precisionPass(root, { news: false, article: opts.article ?? true, rules });
  return { paragraphs: collectParagraphs(root), removed: out.removed, fired: rules.fired! };
}

describe('call-to-action boxes (cta-box)', () => {
  it('takes a box named "cta" out of an article, heading and all, and logs it as a promo', () => {
    const { paragraphs, removed, fired } = run(POST);
    expect(paragraphs.join(' ')).not.toMatch(/win more jobs|Our app quotes|Book a demo/);
    expect(removed).toContainEqual(expect.objectContaining({ kind: 'promo', reason: 'call to action (class "post-cta")' }));
    expect(fired.has('cta-box')).toBe(true);
  });

  it('keeps text whose class only contains the letters ("dictation-notes")', () => {
    expect(run(POST).paragraphs).toContain('Write down each quote as you give it, so the next one is faster.');
  });

  it('leaves calls to action on a page that is not an article: on a service page they are the content', () => {
    const { paragraphs, fired } = run(POST, { article: false });
    expect(paragraphs).toContain('Want to win more jobs with less effort?');
    expect(fired.has('cta-box')).toBe(false);
  });

  it('keeps a "cta"-named wrapper that holds the body itself', () => {
    const { paragraphs } = run(`<article><div class="cta-layout"><p>${PROSE.repeat(4)}</p><p>${PROSE.repeat(3)}</p></div></article>`);
    expect(paragraphs).toHaveLength(2);
  });

  it('can be switched off for the bench, and then the box stays', () => {
    expect(run(POST, { off: ['cta-box'] }).paragraphs).toContain('Our app quotes, books and bills for you.');
  });
});
