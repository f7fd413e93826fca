import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { finishReading } from '../../src/core/finish';
import { portableReading, readPage } from '../../src/core/read';
import type { RuleSwitches } from '../../src/core/rules';
import { extractWideWeb } from './fixture-files';

/** Hand-written pages where plain Readability misses the article (test/fixtures/wide-web/). */
const page = (name: string): Document =>
  parseHTML(readFileSync(join(__dirname, '../fixtures/wide-web', name), 'utf8')).document as unknown as Document;
const run = (name: string, off: string[] = []) => extractWideWeb(name, 'https://example.org/posts/a-long-enough-slug-for-a-post', off);

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

describe('sibling sections (split-sections.html: one container per heading, Readability keeps the longest)', () => {
  it('takes back the sections above the one Readability picked, in the order of the page', () => {
    const { text, fired } = run('split-sections.html');
    expect(text).toContain('Inline assembly now works for the common cases');
    expect(text).toContain('The backend turns the compiler');
    expect(text).toContain('State of the backend');
    expect(text.indexOf('The backend turns')).toBeLessThan(text.indexOf('State of the backend'));
    expect(text.indexOf('State of the backend')).toBeLessThan(text.indexOf('Inline assembly'));
    expect(text).not.toContain('Progress report #12');
    expect(fired.has('recall-intro')).toBe(true);
  });

  it('leaves the sections below the pick alone: that side read as prose too often when it was not', () => {
    expect(run('split-sections.html').text).not.toContain('If you want to help, pick one of the issues');
  });

  it('without the rule, Readability keeps one section (the failure the rule fixes)', () => {
    const { text } = run('split-sections.html', ['recall-intro']);
    expect(text).toContain('Inline assembly now works for the common cases');
    expect(text).not.toContain('The backend turns the compiler');
  });
});

describe('sections of one kind (kin-sections.html: the section above the pick is a list of links)', () => {
  it("takes back a section of the pick's own tag and class though it is mostly links, and stops at a box of another kind", () => {
    const { text, fired } = run('kin-sections.html');
    expect(text).toContain('accept trailing commas in argument lists');
    expect(text.indexOf('Patches sent upstream')).toBeLessThan(text.indexOf('Cross compilation now works'));
    expect(text).not.toContain('Older releases');
    expect(fired.has('recall-kin')).toBe(true);
  });

  it('without the rule, the list of links ends the search (the failure the rule fixes)', () => {
    const { text } = run('kin-sections.html', ['recall-kin']);
    expect(text).toContain('Cross compilation now works');
    expect(text).not.toContain('accept trailing commas in argument lists');
  });
});

describe('lead box (lead-box.html: a "key points" box above the body, a sign-up box and an author card below)', () => {
  it('takes back the key points, looking past the date line between them and the body', () => {
    const { text, fired } = run('lead-box.html');
    expect(text).toContain('An old house loses heat through its walls and windows');
    expect(text).toContain('Radiators can stay if the water runs warm enough');
    expect(text.indexOf('An old house loses heat')).toBeLessThan(text.indexOf('Most people who ask about heat pumps'));
    expect(fired.has('recall-intro')).toBe(true);
  });

  it('leaves the boxes around the body out: the sign-up form, the author card, the date, a hidden summary', () => {
    const { text, fired } = run('lead-box.html');
    expect(text).not.toContain('Get our newsletter');
    expect(text).not.toContain('Written by Sam Lee');
    expect(text).not.toContain('Updated March 3, 2025');
    expect(text).not.toContain('independent site');
    expect(text).not.toContain('On small screens this summary');
    expect(fired.has('recall-intro')).toBe(true);
  });

  it('without the rule, the key points are lost (the failure the rule fixes)', () => {
    expect(run('lead-box.html', ['recall-intro']).text).not.toContain('An old house loses heat');
  });
});

describe('recall on the extension path (the page reads, the popup finishes from the portable copy)', () => {
  it('the popup shows what the page took back, as extract does', () => {
    const url = 'https://example.org/posts/a-long-enough-slug-for-a-post';
    const read = readPage(page('split-sections.html'), url);
    const finished = finishReading(JSON.parse(JSON.stringify(portableReading(read))), page('split-sections.html'));
    expect(finished.text).toContain('Inline assembly now works for the common cases');
    expect(finished.text).toBe(extract(page('split-sections.html'), url).text);
  });
});

describe('readability retry beside a long legal footer (legal-footer.html: a short article, three long footer paragraphs)', () => {
  it("holds Readability's pick against the prose outside footers, asides and navs, so the footer is never picked", () => {
    const { text, fired } = run('legal-footer.html');
    expect(text).toContain('starts at the counter');
    expect(text).toContain('a busy Saturday is handled the same way');
    expect(text).not.toContain('not intended to replace the advice');
    expect(fired.has('readability-retry')).toBe(false);
    expect(fired.has('retry-beside')).toBe(true);
  });

  it('without the rule, the footer doubles the bar and Readability picks it (the failure the rule fixes)', () => {
    expect(run('legal-footer.html', ['retry-beside']).text).toContain('not intended to replace the advice');
  });

  it('keeps the whole bar on a page that is not an article, whose copy a shop keeps in such boxes', () => {
    const d = page('legal-footer.html');
    d.head.insertAdjacentHTML('beforeend', '<meta property="og:type" content="product">');
    const rules: RuleSwitches = { fired: new Set() };
    const { reading } = readPage(d, 'https://example.org/products/a-pair-of-shoes', { rules });
    expect(reading.detection.isArticle).toBe(false);
    expect(rules.fired!.has('retry-beside')).toBe(false);
  });
});

describe('readability retry beside a banner hidden by its class (hidden-banner.html)', () => {
  it('counts no prose in a box classed "hide", so the saved, hidden promo bar is never picked', () => {
    const { text, fired } = run('hidden-banner.html');
    expect(text).toContain('Receive ten percent off your purchase');
    expect(text).toContain('must contain unique items');
    expect(text).not.toContain('free shipping');
    expect(fired.has('readability-retry')).toBe(false);
  });
});

describe('a drop cap set apart from its paragraph (drop-cap.html: the first letter in its own block)', () => {
  it('puts the letter back at the start of the first paragraph, and nowhere else', () => {
    const { text, fired } = run('drop-cap.html');
    expect(text.startsWith('Stale bread is not dry bread.')).toBe(true);
    expect(text).not.toMatch(/^S$/m);
    expect(fired.has('recall-drop-cap')).toBe(true);
  });

  it('without the rule, the article opens mid-word (the failure the rule fixes)', () => {
    expect(run('drop-cap.html', ['recall-drop-cap']).text.startsWith('tale bread')).toBe(true);
  });
});

describe('a letter heading above lower-case terms (an index) is no drop cap', () => {
  it('leaves the terms as they are', () => {
    const terms = ['abacus: a frame of beads for counting, used by merchants long before written numerals', 'abbey: a house of monks or nuns under an abbot or an abbess, often with its farms', 'ablative: the case of a noun that says where from, with what or by what means'];
    const html = `<!doctype html><html lang="en"><head><title>Glossary</title></head><body><main><div><h2>A</h2><div class="terms">${terms.map((t) => `<p>${t}. ${t}.</p>`).join('')}</div></div></main></body></html>`;
    const { document } = parseHTML(html);
    const rules: RuleSwitches = { fired: new Set() };
    const a = extract(document as unknown as Document, 'https://example.org/glossary/a', rules);
    expect(a.text).not.toContain('Aabacus');
    expect(rules.fired!.has('recall-drop-cap')).toBe(false);
  });
});
