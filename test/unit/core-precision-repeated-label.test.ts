// A rail label that heads a block in every section of one article is the article's structure
// (related.ts, repeated-label), while a single rail with the same kind of label still goes.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectParagraphs } from '../../src/core/paragraphs';
import { precisionPass } from '../../src/core/precision';
import type { RuleSwitches } from '../../src/core/rules';

const PROSE = 'A good multimeter is the first tool an electrician reaches for, and the one that is used the most on a job. ';
const section = (n: number) => `<h2>Tool ${n}</h2><p>${PROSE.repeat(5)}</p>
  <h4>Top Expert Recommendations:</h4>
  <ul><li><a href="https://shop.example/m${n}a">Meter ${n} Pro digital multimeter for electricians</a></li><li><a href="https://shop.example/m${n}b">Meter ${n} Lite digital multimeter for electricians</a></li><li><a href="https://shop.example/m${n}c">Meter ${n} Max digital multimeter for electricians</a></li></ul>`;

function run(html: string, off: string[] = []) {
  const { document } = parseHTML(`<!doctype html><html><body><article>${html}</article></body></html>`);
  const root = document.querySelector('article') as unknown as Element;
  const rules: RuleSwitches = { off: new Set(off), fired: new Set() };
  const out = precisionPass(root, { news: false, rules });
  return { text: collectParagraphs(root).join('\n'), removed: out.removed, fired: rules.fired! };
}

describe('a rail label repeated in every section (repeated-label)', () => {
  const guide = [1, 2, 3, 4].map(section).join('');
  it("keeps each section's recommendations", () => {
    const { text, fired } = run(guide);
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Meter ${n} Pro`);
    expect(fired.has('repeated-label')).toBe(true);
  });
  it('takes them as rails with the rule off (the failure it mends)', () => {
    expect(run(guide, ['repeated-label']).text).not.toContain('Meter 1 Pro');
  });
  it('still takes a rail that comes once', () => {
    const { text } = run(section(1) + `<p>${PROSE.repeat(3)}</p>`);
    expect(text).not.toContain('Meter 1 Pro');
    expect(text).toContain('first tool an electrician reaches for');
  });
});
