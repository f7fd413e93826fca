import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { precisionPass } from '../../src/core/precision';
import { extractWideWeb } from './fixture-files';

describe('excerpt cards of other posts after the story leave the text (wide-web/excerpt-cards.html)', () => {
  const run = (off: string[] = []) => extractWideWeb('excerpt-cards.html', 'https://quiethours.example/blog/slow-morning-walk', off);

  it('drops the grid of cut-off posts, the whole short one in it too, and keeps the story to its last line', () => {
    const { text, fired } = run();
    expect(text).toContain('you come home with an idea or two you did not have when you set out.');
    for (const card of ['The five-minute tea ritual', 'I could not remember why I had ever', 'Writing letters again', 'Ten minutes on the bench']) {
      expect(text).not.toContain(card);
    }
    expect(fired.has('excerpt-cards')).toBe(true);
  });

  it('without the rule, Readability keeps the cards in the story (the failure the rule fixes)', () => {
    const { text } = run(['excerpt-cards']);
    expect(text).toContain('The five-minute tea ritual');
  });
});

describe('what the excerpt-card rule leaves alone', () => {
  const card = (title: string) => `<article><h4>${title}</h4><p>${'A post that opens with a long first sentence about its subject and goes on a while. '.repeat(2)}and then it stops …</p></article>`;
  const cards = ['One', 'Two', 'Three', 'Four'].map(card).join('');
  const story = `<p>${'The story itself, told in plain sentences that run on for a while. '.repeat(10)}</p>`;
  const removed = (body: string) => {
    const { document } = parseHTML(`<html><body><div id="root">${body}</div></body></html>`);
    const root = document.getElementById('root') as unknown as Element;
    return precisionPass(root, { news: false }).removed.filter((r) => r.reason === 'excerpt card of another post').length;
  };

  it('takes cards that follow a story', () => {
    expect(removed(`${story}<section>${cards}</section>`)).toBe(4);
  });

  it('keeps a page that is all cards: a listing shows them as its content', () => {
    expect(removed(`<section>${cards}</section>`)).toBe(0);
  });

  it("keeps a guide's one-line summaries that trail off", () => {
    const items = ['Harvard', 'Stanford', 'Google', 'Semrush'].map((n) => `<div><h4>${n}</h4><p>Free courses with certificates on programming, data science…</p></div>`).join('');
    expect(removed(`${story}<section>${items}</section>`)).toBe(0);
  });

  it('keeps a long list where only a few items trail off', () => {
    const items = Array.from({ length: 8 }, (_, i) => (i < 3 ? card(`Card ${i}`) : `<article><h4>Item ${i}</h4><p>${'A whole entry of the list, with its own ending. '.repeat(3)}</p></article>`)).join('');
    expect(removed(`${story}<section>${items}</section>`)).toBe(0);
  });
});
