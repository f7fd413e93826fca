// Source-line rules of issue 12 written for a class of pages measured on wcxb-dev (see the bench's
// per-rule table): each test shows the class on an invented page, and that switching the rule off
// changes the result (so the test fails without the rule).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { chooseMetadata, type MetaRule } from '../../src/core/metadata';
import type { MetaEvidence } from '../../src/core/meta-evidence';
import { evidence } from './meta-evidence-fixture';

const BODY = '<p>The harbour council approved two pilot boats on Tuesday after a long debate about dredging, wages and the sea wall.</p>'.repeat(4);
const H1 = '<h1>Council buys two pilot boats for the harbour</h1>';
const ldText = (o: object) => JSON.stringify({ '@type': 'NewsArticle', ...o });
function page(head: string, top = ''): ReturnType<typeof extract> {
  const html = `<!doctype html><html lang="en"><head>${head}</head><body><article>${top}${BODY}</article></body></html>`;
  return extract(parseHTML(html).document as unknown as Document, 'https://news.example.com/local/boats');
}
const without = (ev: MetaEvidence, rule: MetaRule) => chooseMetadata(ev, { off: new Set([rule]) });

describe('date-numeric-swap', () => {
  it('an all-numeric date line that reads as the declared day the other way round is the declared date', () => {
    const ev = evidence({ ldScripts: [ldText({ datePublished: '2024-09-10T16:07:00Z' })], headDates: ['By the desk 09.10.2024', '09.10.2024'] });
    expect(chooseMetadata(ev).publishedTime).toBe('2024-09-10T16:07:00Z');
    expect(without(ev, 'date-numeric-swap').publishedTime).toBe('2024-10-09');
  });

  it('the day the address states settles a numeric date no declared date vouches for', () => {
    const ev = evidence({ url: 'https://wine.example.org/blog/2023/october/03/wine-types/', headDates: ['03/10/2023 by the school', '03/10/2023'] });
    expect(chooseMetadata(ev).publishedTime).toBe('2023-10-03');
    expect(without(ev, 'date-numeric-swap').publishedTime).toBe('2023-03-10');
  });

  it('a numeric date that disagrees either way still wins as the date shown', () => {
    const ev = evidence({ ldScripts: [ldText({ datePublished: '2020-01-01' })], headDates: ['09.10.2024'] });
    expect(chooseMetadata(ev).publishedTime).toBe('2024-10-09');
  });
});

describe('date-no-revision', () => {
  it('a date line stating only an update gives no publish date, even when its date sits in an element of its own', () => {
    const a = page('', `${H1}<p>By Ana Ruiz <span>Updated <time>May 2, 2026</time></span></p>`);
    // Both fields: the update is the page's only date (date-only-update), shown as "Updated …".
    expect(a.publishedTime).toBe('2026-05-02');
    expect(a.updatedTime).toBe('2026-05-02');
    const ev = evidence({ headDates: ['By Ana Ruiz Updated May 2, 2026', 'Updated May 2, 2026', 'May 2, 2026'], dateTexts: ['May 2, 2026'] });
    expect(chooseMetadata(ev, { off: new Set(['date-only-update']) }).publishedTime).toBeNull();
    expect(chooseMetadata(ev, { off: new Set(['date-only-update', 'date-no-revision']) }).publishedTime).toBe('2026-05-02');
  });

  it('takes the publish part of a line that also states an update', () => {
    const ev = evidence({ headDates: ['Health · MARCH 3, 2024 Updated: JUNE 9, 2026'], dateTexts: ['Health · MARCH 3, 2024 Updated: JUNE 9, 2026'] });
    expect(chooseMetadata(ev).publishedTime).toBe('2024-03-03');
  });

  it('an update date never dates a page whose line also shows its publication', () => {
    const ev = evidence({ headDates: ['March 3, 2024 · Updated May 2, 2026', 'Updated May 2, 2026', 'May 2, 2026'], dateTexts: ['May 2, 2026'] });
    expect(chooseMetadata(ev).publishedTime).toBe('2024-03-03');
    expect(chooseMetadata(ev).updatedTime).toBe('2026-05-02');
  });
});

describe('date-original', () => {
  it('"originally published on …" in a date element is the publish date, over the date line and the metadata', () => {
    const ev = evidence({ ldScripts: [ldText({ datePublished: '2022-09-30T11:07:00' })], headDates: ['Chris Carr 30 Sep 2022, 11:07am'], dateTexts: ['This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated'] });
    expect(chooseMetadata(ev).publishedTime).toBe('2019-09-26T16:12:00');
    expect(without(ev, 'date-original').publishedTime).toBe('2022-09-30T11:07:00');
  });

  it('reads no further than its sentence or an update label, and keeps a month as a month', () => {
    const ev = evidence({ dateTexts: ['Originally published in March 2022. Last updated on December 20, 2024.'] });
    expect(chooseMetadata(ev).publishedTime).toBe('2022-03');
    const glued = evidence({ ldScripts: [ldText({ datePublished: '2024-11-12T13:00:48+00:00' })], dateTexts: ['Originally Posted November 12, 2024Last updated February 20, 2025'] });
    expect(chooseMetadata(glued).publishedTime).toBe('2024-11-12T13:00:48+00:00');
  });
});

describe('date-labelled', () => {
  it('a date element labelled "Published" or "Posted on" is the publish date over a declared one it disagrees with', () => {
    const ev = evidence({ ldScripts: [ldText({ datePublished: '2025-11-29T12:28:31-05:00' })], dateTexts: ['Published August 13, 2025', 'August 13, 2025'] });
    expect(chooseMetadata(ev).publishedTime).toBe('2025-08-13');
    expect(without(ev, 'date-labelled').publishedTime).toBe('2025-11-29T12:28:31-05:00');
    // A UTC timestamp past midnight of the evening the page says it was posted.
    const late = evidence({ ldScripts: [ldText({ datePublished: '2025-12-19T02:41:41+00:00' })], dateTexts: ['Posted on December 18, 2025 Posted by Ann Lee 59 Comments'] });
    expect(chooseMetadata(late).publishedTime).toBe('2025-12-18');
  });

  it('agreeing with the declared day, or unlabelled, the declared value stands', () => {
    const same = evidence({ ldScripts: [ldText({ datePublished: '2025-08-13T09:00:00Z' })], dateTexts: ['Published August 13, 2025'] });
    expect(chooseMetadata(same).publishedTime).toBe('2025-08-13T09:00:00Z');
    const bare = evidence({ ldScripts: [ldText({ datePublished: '2025-11-29' })], dateTexts: ['August 13, 2025'] });
    expect(chooseMetadata(bare).publishedTime).toBe('2025-11-29');
    // A comment's "Posted on …" further down the page dates the comment.
    const comment = evidence({ ldScripts: [ldText({ datePublished: '2025-11-29' })], dateTexts: ['November 29, 2025', 'Posted on December 3, 2025'] });
    expect(chooseMetadata(comment).publishedTime).toBe('2025-11-29');
  });
});

describe('date-only-update', () => {
  it('a page stating only its update is dated by it, with updatedTime the same (views say "Updated …")', () => {
    const ev = evidence({ headDates: ['Updated: May 2, 2026'] });
    expect(chooseMetadata(ev)).toMatchObject({ publishedTime: '2026-05-02', updatedTime: '2026-05-02' });
    expect(without(ev, 'date-only-update')).toMatchObject({ publishedTime: null, updatedTime: '2026-05-02' });
  });

  it('a declared publication keeps the update apart', () => {
    const ev = evidence({ ldScripts: [ldText({ datePublished: '2024-01-05', dateModified: '2026-05-02' })] });
    expect(chooseMetadata(ev)).toMatchObject({ publishedTime: '2024-01-05', updatedTime: '2026-05-02' });
  });
});

describe('bylines with a date before or after the name', () => {
  it('lead-date: a date line naming the author after the date keeps the name', async () => {
    const { cleanByline } = await import('../../src/core/byline');
    expect(cleanByline('Mar. 4, 2026 · Ana Ruiz on behalf of the harbour desk')).toBe('Ana Ruiz');
    expect(cleanByline('Mar 4, 2026Ana Ruiz')).toBe('Ana Ruiz');
    expect(cleanByline('Mar. 4, 2026 · Ana Ruiz', { off: new Set(['lead-date']) })).toBeNull();
  });

  it('a word ending like a month is no date ("Renovation 09.10.2024"), and a month glued to the name is cut', async () => {
    const { cleanByline } = await import('../../src/core/byline');
    expect(cleanByline('Harbour Renovation 09.10.2024')).toBe('Harbour Renovation');
    expect(cleanByline('Ana RuizDec 18, 2025')).toBe('Ana Ruiz');
    expect(cleanByline('Sam Patton March 2, 2026')).toBe('Sam Patton');
  });
});

describe('by-shown', () => {
  const meta = { author: 'webdesk' };
  it('a visible "By …" line beats a declared author the page shows nowhere (the account that posted it)', () => {
    const ev = evidence({ meta, credits: ['By Ana Ruiz'], readability: { byline: 'webdesk' } });
    expect(chooseMetadata(ev).byline).toBe('Ana Ruiz');
    expect(without(ev, 'by-shown').byline).toBe('webdesk');
  });

  it('keeps the declared author when the page shows it too (another "By" line belongs to another story)', () => {
    const ev = evidence({ meta: { author: 'Sam Poe' }, credits: ['By Ana Ruiz', 'Sam Poe'], readability: { byline: 'Sam Poe' } });
    expect(chooseMetadata(ev).byline).toBe('Sam Poe');
  });

  it('never takes a sentence of the story that opens with "By"', () => {
    const ev = evidence({ meta, credits: ['By understanding the tides, the pilots save fuel'], readability: { byline: 'webdesk' } });
    expect(chooseMetadata(ev).byline).toBe('webdesk');
  });
});

describe('date-revision-near', () => {
  it('a date line by the headline stating only an update: a date further down (a comment, a related story) is not the publication', () => {
    const ev = evidence({ headDates: ['Last updated: May 2, 2026'], dateTexts: ['March 9, 2026'] });
    expect(chooseMetadata(ev)).toMatchObject({ publishedTime: '2026-05-02', updatedTime: '2026-05-02' });
    expect(without(ev, 'date-revision-near').publishedTime).toBe('2026-03-09');
  });

  it('an all-caps month glued to the word before it is still read ("HealthDECEMBER 22, 2022")', async () => {
    const { toIsoDate } = await import('../../src/core/dates');
    expect(toIsoDate('Harbour NewsDECEMBER 22, 2022')).toBe('2022-12-22');
  });
});

describe('hostile evidence', () => {
  it('long "By" lines, a deep JSON-LD author and a long meta author give a clean name or nothing', () => {
    const deep = `${'['.repeat(20_000)}"Ana Ruiz"${']'.repeat(20_000)}`;
    const ev = evidence({
      meta: { author: 'x'.repeat(2_000) },
      ldScripts: [`{"@type":"NewsArticle","author":${deep}}`],
      credits: Array.from({ length: 12 }, (_, i) => `By ${'Ana '.repeat(70)}${i}`),
      headDates: Array.from({ length: 12 }, () => `Updated ${'May 2, 2026 '.repeat(20)}`),
      dateTexts: Array.from({ length: 12 }, () => '09.10.2024 '.repeat(10)),
    });
    const m = chooseMetadata(ev);
    expect(m.byline === null || m.byline.length <= 120).toBe(true);
  });
});

describe('by-card-label', () => {
  it('a "Written by" social-card label names the author in its data field', () => {
    const ev = evidence({ meta: { 'twitter:label1': 'Written by', 'twitter:data1': 'Ana Ruiz', 'twitter:label2': 'Est. reading time', 'twitter:data2': '4 minutes' } });
    expect(chooseMetadata(ev).byline).toBe('Ana Ruiz');
    expect(without(ev, 'by-card-label').byline).toBeNull();
  });

  it('another label is no author (a reading time)', () => {
    const ev = evidence({ meta: { 'twitter:label1': 'Est. reading time', 'twitter:data1': '4 minutes' } });
    expect(chooseMetadata(ev).byline).toBeNull();
  });
});
