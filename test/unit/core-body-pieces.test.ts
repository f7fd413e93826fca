import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { collectParagraphs } from '../../src/core/paragraphs';
import { precisionPass } from '../../src/core/precision';
import { findRelatedBlocks } from '../../src/core/related';

/**
 * body-pieces.html: a body whose parts look like boilerplate when read alone — a dateline span opening
 * the lede, a byline span inside a credit sentence, an e-mail link inside a sentence, "Single / Return"
 * items, a "… file sharing" link, a table headed "Comment", a table of contents with "See also" — next
 * to real boilerplate (a standalone credit, a share bar). The precision pass must keep the first kind.
 * The table of contents goes (issue 13: it is the page's navigation, repeating the headings below), but
 * as a table of contents, never as a "See also" related rail.
 */
const load = (): Document => parseHTML(readFileSync(join(__dirname, '../fixtures/body-pieces.html'), 'utf8')).document as unknown as Document;

describe('precision pass keeps pieces of the body that look like boilerplate (body-pieces.html)', () => {
  const doc = load();
  const body = doc.querySelector('.story-body')!;
  const before = collectParagraphs(body);
  const out = precisionPass(body);
  const after = collectParagraphs(body);

  it('removes only the standalone credit, the share bar and the table of contents', () => {
    const toc = ['1 Timetable', '2 Fares', '3 See also'];
    expect(out.removed.map((r) => r.text).sort()).toEqual([toc.join(' '), 'Photo: Reuters/File', 'Share Facebook Twitter']);
    expect(out.removed.find((r) => r.text.startsWith('1 Timetable'))?.reason).toBe('table of contents');
    expect(after).toEqual(before.filter((p) => p !== 'Photo: Reuters/File' && p !== 'Share Facebook Twitter' && !toc.includes(p)));
  });

  it('never cuts a word out of a sentence', () => {
    expect(after[0]).toMatch(/^PORT ELLEN — The harbour ferry/);
    expect(after).toContain("Reporting by Ana Ruiz in Port Ellen; the board's figures were checked by the paper's data desk against last year's accounts.");
    expect(after.some((p) => p.includes('can email desk@example.org and the desk'))).toBe(true);
    expect(after.some((p) => p.includes('lack ship/shore/harbour file sharing, which'))).toBe(true);
  });

  it('keeps list items and table cells that are data', () => {
    expect(after).toContain('Single / Return');
    expect(after).toContain('Week pass / File pass for freight');
    expect(after).toContain('Comment');
  });

  it('does not take a table of contents for a related rail', () => {
    expect(findRelatedBlocks(load())).toEqual([]);
  });
});

describe('extract on body-pieces.html', () => {
  const article = extract(load(), 'https://courier.example/news/2026/03/09/harbour-ferry-night-service/');
  it('keeps the dateline, the byline sentence and the e-mail sentence whole', () => {
    expect(article.text).toMatch(/^PORT ELLEN — The harbour ferry will run/);
    expect(article.text).toContain('Reporting by Ana Ruiz in Port Ellen;');
    expect(article.text).toContain('can email desk@example.org and the desk will send it');
    expect(article.related.count).toBe(0);
  });
});

/**
 * edge-menus.html: a short list of document links between paragraphs (the author's) and a menu of short
 * links after the body (page chrome).
 */
describe('link runs (edge-menus.html)', () => {
  const doc = parseHTML(readFileSync(join(__dirname, '../fixtures/edge-menus.html'), 'utf8')).document as unknown as Document;
  const body = doc.querySelector('.story-body')!;
  const out = precisionPass(body);
  const after = collectParagraphs(body);

  it('keeps a list of links between paragraphs', () => {
    expect(after).toEqual(expect.arrayContaining(['Opening hours', 'Room booking rules', 'Floor map']));
  });

  it('removes the menu after the body, each line once', () => {
    expect(after.at(-1)).toBe('The library will return to its normal hours on the first of July.');
    expect(out.removed.filter((r) => r.reason === 'navigation links').map((r) => r.text)).toEqual(['About us', 'Contact', 'Advertise with us', 'Careers', 'Privacy notice']);
  });
});

describe('related labels in Russian', () => {
  it('reads "most popular" and "similar articles" rails as related', async () => {
    const { isRelatedLabel } = await import('../../src/core/related-labels');
    expect(isRelatedLabel('Самые популярные диеты')).toBe(true);
    expect(isRelatedLabel('Похожие статьи')).toBe(true);
    expect(isRelatedLabel('Популярность диеты растёт')).toBe(false);
  });
});
