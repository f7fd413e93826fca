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
    ];
    for (const html of cases) {
      const e = el(html);
      for (const max of [120, 200]) expect(textPrefix(e, max)).toBe(normalizeSpace(e.textContent ?? '').slice(0, max));
    }
  });
});
