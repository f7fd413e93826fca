// The wide web's closing furniture: author boxes named only "author", sign-up boxes with a heading,
// <nav> blocks, and the short paragraphs of appeals, prompts and notices (boilerplate-rules.ts).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectParagraphs } from '../../src/core/paragraphs';
import { precisionPass } from '../../src/core/precision';
import type { RuleSwitches } from '../../src/core/rules';

const PROSE = 'The ferry across the bay runs every forty minutes in summer and every hour once the schools reopen. ';
const body = (n: number) => `<p>${PROSE.repeat(n)}</p>`;

function run(html: string, opts: { news?: boolean; off?: string[] } = {}) {
  const { document } = parseHTML(`<!doctype html><html><body><article>${html}</article></body></html>`);
  const root = document.querySelector('article') as unknown as Element;
  const rules: RuleSwitches = { off: new Set(opts.off ?? []), fired: new Set() };
  const out = precisionPass(root, { news: opts.news ?? false, rules });
  return { text: collectParagraphs(root).join('\n'), removed: out.removed, fired: rules.fired! };
}

describe('an author box named only "author" (author-class)', () => {
  const BOX = '<div class="entry-author"><p>Ana Ruiz</p><p>Ana has walked the coast path twice and writes about ferries.</p></div>';
  it('is taken from the end of the body, and stays with the switch off', () => {
    const { text, fired } = run(body(4) + body(3) + BOX);
    expect(text).not.toMatch(/Ana has walked/);
    expect(fired.has('author-class')).toBe(true);
    expect(run(body(4) + body(3) + BOX, { off: ['author-class'] }).text).toMatch(/Ana has walked/);
  });
  it('stays at the top of the body (a paper lists its authors there) and inside a pull quote', () => {
    expect(run(`<div class="corresponding-author"><p>Ana Ruiz, Harbour University</p></div>${body(6)}${body(6)}`).text).toMatch(/Harbour University/);
    const quote = `<figure><blockquote><p>The crossing saved us an hour a day.</p></blockquote><figcaption class="quote-author">Ana Ruiz, commuter</figcaption></figure>`;
    expect(run(body(4) + quote).text).toMatch(/Ana Ruiz, commuter/);
  });
});

describe('a sign-up box with its own heading (pitch-heading)', () => {
  const BOX = '<div class="newsletter"><h2>Join the harbour club</h2><p>Tide tables and timetables in your inbox every Friday.</p></div>';
  it('goes, heading and all; with the switch off the heading keeps it', () => {
    expect(run(body(4) + BOX + body(2)).text).not.toMatch(/harbour club|Tide tables/);
    expect(run(body(4) + BOX + body(2), { off: ['pitch-heading'] }).text).toMatch(/harbour club/);
  });
});

describe('a <nav> inside the body (nav-element)', () => {
  it('goes when it is a small part of the text', () => {
    const { text, removed } = run(`<nav><ul><li><a href="/a">Our ferries</a></li><li><a href="/b">Our work</a></li></ul></nav>${body(5)}`);
    expect(text).not.toMatch(/Our ferries/);
    expect(removed).toContainEqual(expect.objectContaining({ reason: 'navigation (<nav>)' }));
  });
  it('stays when it holds most of the text (a page that wraps its content in one)', () => {
    expect(run(`<nav>${body(5)}</nav><p>Short note.</p>`).text).toMatch(/ferry across the bay/);
  });
});

describe('short paragraphs of appeals, prompts and notices', () => {
  const cases: [string, string, { news?: boolean }?][] = [
    ['reader-appeal', 'Harbour Notes is a production of Tide Press. If you liked this article, please consider sharing it with a friend.'],
    ['recipe-prompt', 'Did you make one of my recipes? Please take a moment to tell me how it went. Also, if you are on Pinterest, feel free to pin it there! Follow the blog on Facebook and YouTube for every new bake.'],
    ['follow-us', 'Catch up on our coverage of the coast, and follow us on Instagram and TikTok to stay up to date.'],
    ['subscribe-close', 'Want the timetable changes first? Our free weekly letter covers every route. Subscribe here.'],
    ['adviser-notice', 'Harbour Wealth, LLC is a Registered Investment Adviser. Advisory services are offered only where it is registered.'],
    ['disclosure', 'Editorial Note: Harbour Notes may contain affiliate links on some articles.'],
    ['subscription', 'Already have an account? Log in'],
    ['subscription', 'This article is exclusive to Harbour+ subscribers'],
    ['page chrome', 'Loading paragraph...'],
    ['credit', 'Image source: Getty Images.', { news: true }],
    ['copyright-year', 'The contents of this site are ©2024 Tide Press Ltd., a member of the Coastal Media Group.'],
    ['copyright-year', 'Evening ferry leaving the north pier | © 2019 Ana Ruiz'],
  ];
  for (const [what, line, opts] of cases) {
    it(`takes "${line.slice(0, 40)}…" (${what})`, () => {
      const { text } = run(body(3) + `<p>${line}</p>` + body(2), opts);
      expect(text).not.toContain(line.slice(0, 30));
      expect(text).toMatch(/ferry across the bay/);
    });
  }
  it('keeps body sentences that only share their words', () => {
    const kept = [
      'We followed the ferry on Instagram for a week, as its crew posted each crossing.',
      'If you liked the old timetable, the new one keeps the early boat.',
      'Did you know the first ferry ran in 1902?',
      'The adviser, who is registered with the port, checks each boat before it sails.',
      'The © sign on the old timetable dates from 1902, when the company first printed it.',
    ];
    const { text } = run(body(3) + kept.map((k) => `<p>${k}</p>`).join('') + body(2));
    for (const k of kept) expect(text).toContain(k);
  });
  for (const name of ['reader-appeal', 'recipe-prompt', 'follow-us', 'subscribe-close', 'adviser-notice', 'copyright-year']) {
    it(`keeps its line with ${name} switched off`, () => {
      const line = cases.find(([w]) => w === name)![1];
      expect(run(body(3) + `<p>${line}</p>` + body(2), { off: [name] }).text).toContain(line.slice(0, 30));
    });
  }
});
