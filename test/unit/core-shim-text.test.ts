import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textPrefix } from '../../src/core/shim-text';
import { normalizeSpace } from '../../src/core/text';

const el = (html: string): Element => parseHTML(`<!doctype html><html><body><div id="x">${html}</div></body></html>`).document.getElementById('x') as unknown as Element;

describe('textPrefix: the start of a text spaced out, read no further than needed', () => {
  it('is the start of textContent spaced out, for short, long and whitespace-heavy texts', () => {
    const cases = [
      '<span>By</span> <a>Ana Ruiz</a>',
      `<p>${'word '.repeat(2000)}</p><p>end</p>`,
      `<p>${' '.repeat(5000)}Ana${'\n'.repeat(3000)}Ruiz</p>`,
      `<p>${'a'.repeat(119)}</p> <p>b</p>`,
      `<p>${'a'.repeat(200)} </p><p> b</p>`,
      '<p>\u200b Ana\u200b\u200bRuiz <!-- a comment --></p><ul><li><b> nested <i>deep </i></b></li></ul> tail',
      '',
      '<p> </p>',
    ];
    for (const html of cases) {
      const e = el(html);
      for (const max of [120, 200]) expect(textPrefix(e, max)).toBe(normalizeSpace(e.textContent ?? '').slice(0, max));
    }
  });

  it('agrees with textContent spaced out on generated trees of words, spaces and nesting', () => {
    let seed = 7;
    const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    // Long runs too: a text node is spaced out from a cut of its start, and the cut must not show.
    const bits = ['word', ' ', '\n\t', '\u200b', '<b>', '</b>', '<span> x </span>', 'Ana Ruiz', '  ', 'a b '.repeat(90), ' \n'.repeat(150), `x${' '.repeat(40)}y`];
    for (let c = 0; c < 200; c++) {
      const html = Array.from({ length: 1 + rand(80) }, () => bits[rand(bits.length)]).join('');
      const e = el(html);
      for (const max of [5, 40, 200]) expect(textPrefix(e, max)).toBe(normalizeSpace(e.textContent ?? '').slice(0, max));
    }
  });
});
