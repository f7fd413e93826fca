import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import type { RuleSwitches } from '../../src/core/rules';

/** Hand-written pages where plain Readability misses the article (test/fixtures/wide-web/). */
const page = (name: string): Document =>
  parseHTML(readFileSync(join(__dirname, '../fixtures/wide-web', name), 'utf8')).document as unknown as Document;
const run = (name: string, off: string[] = []): { text: string; fired: Set<string> } => {
  const rules: RuleSwitches = { off: new Set(off), fired: new Set() };
  const text = extract(page(name), 'https://example.org/posts/a-long-enough-slug-for-a-post', rules).text;
  return { text, fired: rules.fired! };
};

describe('streamed segments (streamed.html: a React-streamed page read before its script ran)', () => {
  it('reads the article from the hidden segment, not the footer', () => {
    const { text, fired } = run('streamed.html');
    expect(text).toContain('A starter is a colony of yeast and bacteria');
    expect(text).toContain('It wakes up in three or four days of feeding, months later.');
    expect(text).not.toContain('independent baking blog');
    expect(fired.has('streamed-segments')).toBe(true);
  });

  it('without the rule, Readability takes the footer (the failure the rule fixes)', () => {
    expect(run('streamed.html', ['streamed-segments']).text).not.toContain('A starter is a colony');
  });
});

describe('readability retry (unlikely-wrapper.html: the article sits in a box named like a sidebar)', () => {
  it('asks Readability again when its pick holds a small share of the prose', () => {
    const { text, fired } = run('unlikely-wrapper.html');
    expect(text).toContain('A heat pump moves warmth from the outside air');
    expect(text).toContain('Insulation matters more than the pump itself.');
    expect(fired.has('readability-retry')).toBe(true);
  });

  it('without the rule, the legal note passes for the article', () => {
    expect(run('unlikely-wrapper.html', ['readability-retry']).text).not.toContain('A heat pump moves warmth');
  });
});
