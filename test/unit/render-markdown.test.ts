import { Parser, type Node as MdNode } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../src/core/types';
import { escapeMarkdown, toMarkdown } from '../../src/render/markdown';
import { translator, viewStrings } from '../../src/render/strings';
import { stripControls } from '../../src/render/text';
import { articleView } from '../../src/render/view';
import en from '../../src/_locales/en/messages.json';

const parser = new Parser();
const strings = viewStrings(translator(en), 'en');

/** What a page's text should read as once it is Markdown: one line, controls gone, spaces collapsed. */
const asText = (s: string) => stripControls(s).replace(/\s+/g, ' ').trim();

/** The literal text under a node, and every node type met on the way. */
function walk(node: MdNode): { text: string; types: Set<string> } {
  const types = new Set<string>();
  let text = '';
  const walker = node.walker();
  for (let step = walker.next(); step; step = walker.next()) {
    if (!step.entering) continue;
    types.add(step.node.type);
    if (step.node.type === 'text') text += step.node.literal ?? '';
    if (step.node.type === 'softbreak' || step.node.type === 'linebreak') text += '\n';
  }
  return { text, types };
}

/** Page-like text that leans on everything Markdown gives meaning to, and on any code point at all. */
const special = fc.constantFrom(...'\\`*_{}[]()<>#!|~&-+=.:;"\'/ \n\t\r1'.split(''), '1.', '2)', '***', '---', '```', '    ', '&amp;', '&#42;', '<b>', '</p>', '<!--', '[x]: /u', '](', '![', 'http://a.b', '<http://a.b>', '\u00a0', '\u0000', '\u001b', '\u202e', '# ', '> ', '- ', '* ', '_x_', '**y**', 'Lee', '“', '”');
const pageText = fc.oneof(
  fc.array(fc.oneof(special, fc.string({ maxLength: 3 })), { maxLength: 24 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('escapeMarkdown', () => {
  it('any page text parses back as exactly that text, in one paragraph, with no markup', () => {
    fc.assert(fc.property(pageText, (s) => {
      const doc = parser.parse(escapeMarkdown(s));
      const { text, types } = walk(doc);
      const expected = asText(s);
      expect(text).toBe(expected);
      expect([...types].sort()).toEqual(expected === '' ? ['document'] : ['document', 'paragraph', 'text']);
    }), { numRuns: 3000 });
  });

  it('catches what a narrower escaping lets through', () => {
    // The popup's old escaper left "&" and "(" alone: an entity became its character.
    expect(walk(parser.parse('&amp;')).text).toBe('&');
    expect(walk(parser.parse(escapeMarkdown('&amp;'))).text).toBe('&amp;');
  });
});

const quote = (text: string, speaker: string | null): Quote => ({ text, speaker, speakerMention: speaker, paragraph: 0, start: 0, end: 1, score: 1 });

function article(texts: { title: string; para: string; quote: string; speaker: string; note: string; site: string }): Article {
  return {
    url: 'https://news.example/world/story-1', detection: { isArticle: true, isNews: true, score: 5, signals: [] },
    title: texts.title, byline: null, siteName: texts.site, publishedTime: null, updatedTime: null, lang: 'en', excerpt: null,
    paragraphs: [texts.para], text: texts.para, notes: [texts.note], wordCount: 4, readingMinutes: 1, truncated: false,
    quotes: [], keyQuotes: [quote(texts.quote, texts.speaker)], related: { count: 0, blocks: [] }, removed: [],
    timings: { parse: 0, detect: 0, extract: 0, quotes: 0 },
  };
}

describe('toMarkdown', () => {
  it('lays any page text out in its place, as text: heading, source, paragraph, quote, note', () => {
    const nonBlank = pageText.filter((s) => asText(s) !== '');
    fc.assert(fc.property(fc.record({ title: nonBlank, para: nonBlank, quote: nonBlank, speaker: nonBlank, note: nonBlank, site: nonBlank }), (texts) => {
      const view = articleView(article(texts), strings);
      const doc = parser.parse(toMarkdown(view, strings, { showRelated: false }));
      const blocks: { type: string; text: string; types: string[] }[] = [];
      for (let block = doc.firstChild; block; block = block.next) {
        const { text, types } = walk(block);
        blocks.push({ type: block.type, text, types: [...types].sort() });
      }
      expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'block_quote', 'paragraph']);
      expect(blocks[0]!.text).toBe(asText(texts.title));
      expect(blocks[1]!.text).toBe(`${asText(view.sourceLine)}\nhttps://news.example/world/story-1`);
      expect(blocks[2]!.text).toBe(asText(texts.para));
      expect(blocks[3]!.text).toBe('Key quotes');
      expect(blocks[4]!.text).toBe(`“${asText(texts.quote)}” — ${asText(texts.speaker)}`);
      expect(blocks[5]!.text).toBe(asText(texts.note));
      // Nothing but the layout's own markup: no link but the page's own, no HTML, no code, no image.
      const markup = new Set(blocks.flatMap((b) => b.types));
      for (const type of markup) expect(['heading', 'paragraph', 'text', 'emph', 'linebreak', 'link', 'block_quote']).toContain(type);
      expect(blocks.filter((b) => b.types.includes('link')).length).toBe(1);
    }), { numRuns: 500 });
  });
});
