// The source line's choice rules of issue 12 (metadata.ts, headline.ts, dates.ts): the date shown by
// the headline, and when the visible h1 beats a declared title. Fixtures are invented pages.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/core/dates';
import { extract } from '../../src/core/extract';
import { chooseHeadline } from '../../src/core/headline';

const BODY = '<p>The harbour council approved two pilot boats on Tuesday after a long debate about dredging, wages and the sea wall.</p>'.repeat(4);
function page(head: string, top = '', url = 'https://news.example.com/local/boats'): ReturnType<typeof extract> {
  const html = `<!doctype html><html lang="en"><head>${head}</head><body><article>${top}${BODY}</article></body></html>`;
  return extract(parseHTML(html).document as unknown as Document, url);
}
const H1 = '<h1>Council buys two pilot boats for the harbour</h1>';
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...o })}</script>`;

describe('date shown by the headline', () => {
  it('beats a declared publish date it disagrees with (a CMS import date)', () => {
    const a = page(ld({ datePublished: '2019-05-02T10:00:00Z' }), `${H1}<p class="meta">By Ana Ruiz · March 4, 2026</p>`);
    expect(a.publishedTime).toBe('2026-03-04');
  });

  it('keeps the declared value, with its time, when both say the same day', () => {
    const a = page(ld({ datePublished: '2026-03-04T08:15:00+01:00' }), `${H1}<p>March 4, 2026</p>`);
    expect(a.publishedTime).toBe('2026-03-04T08:15:00+01:00');
  });

  it('is not the declared modification date shown bare: that is the revision', () => {
    const a = page(ld({ datePublished: '2024-06-01T08:00:00Z', dateModified: '2026-02-10T08:00:00Z' }), `${H1}<p>February 10, 2026</p>`);
    expect(a.publishedTime).toBe('2024-06-01T08:00:00Z');
    expect(a.updatedTime).toBe('2026-02-10T08:00:00Z');
  });

  it('reads the publish part of a line and never what follows an update label, nor its parts', () => {
    const a = page(ld({ datePublished: '2019-01-01' }), `${H1}<p>Published Jan 5, 2026 · Updated <span>Feb 9, 2026</span></p>`);
    expect(a.publishedTime).toBe('2026-01-05');
    const b = page(ld({ datePublished: '2019-01-01' }), `${H1}<p>Last updated: <span>Feb 9, 2026</span></p>`);
    expect(b.publishedTime).toBe('2019-01-01');
  });

  it('switched off, the declared date stands', async () => {
    const { chooseMetadata } = await import('../../src/core/metadata');
    const { readPage } = await import('../../src/core/read');
    const doc = parseHTML(`<html><head>${ld({ datePublished: '2019-05-02T10:00:00Z' })}</head><body><article>${H1}<p>March 4, 2026</p>${BODY}</article></body></html>`).document;
    const { reading } = readPage(doc as unknown as Document, 'https://news.example.com/a');
    expect(chooseMetadata(reading.meta).publishedTime).toBe('2026-03-04');
    expect(chooseMetadata(reading.meta, { off: new Set(['date-shown']) }).publishedTime).toBe('2019-05-02T10:00:00Z');
  });
});

describe('a date-named element', () => {
  it('is read from its opening words when it runs on into tags', () => {
    const tags = ['Harbour boats', 'Dredging', 'Council meetings', 'Sea wall repairs', 'Pilot services', 'Wages and pay', 'Local politics'].map((t) => `<a href="/tag/x">${t}</a>`).join(' ');
    const a = page('', `<div class="meta date-section-header"><span>Posted on April 13, 2023</span><div class="tags">${tags}</div></div>`);
    expect(a.publishedTime).toBe('2023-04-13');
  });
});

describe('a date-named element that states only an update', () => {
  it('dates a page that states nothing else, as its update', () => {
    const a = page('', '<p class="article-byline__pub-dates">Updated March 13, 2024</p>');
    expect(a.publishedTime).toBe('2024-03-13');
    expect(a.updatedTime).toBe('2024-03-13');
  });
});

describe('an author box that dates the post (date-credit)', () => {
  const box = (line: string) => `<div class="resource-author-details"><p>Ana Ruiz</p><small>${line}</small></div>`;
  it('dates the page when nothing else does', () => {
    expect(page('', box('December 17, 2025')).publishedTime).toBe('2025-12-17');
  });
  it('never by a date it labels as an update', () => {
    expect(page('', box('Updated December 17, 2025')).publishedTime).not.toBe('2025-12-17');
  });
});

describe('a date beside the author line (date-beside-credit)', () => {
  const line = (name: string, date: string) => `<div class="post-meta"><p>Written by <a href="/author/${name.toLowerCase().replace(' ', '-')}">${name}</a></p><p>${date}</p></div>`;
  it('is the date the page shows, over a declared one it disagrees with', () => {
    const a = page(ld({ datePublished: '2019-05-02T10:00:00Z' }), line('Ana Ruiz', 'April 8, 2024'));
    expect(a.byline).toBe('Ana Ruiz');
    expect(a.publishedTime).toBe('2024-04-08');
  });
  it('is no date when several posts show their authors and dates: a list of posts', () => {
    const a = page(ld({ datePublished: '2019-05-02T10:00:00Z' }), `${line('Ana Ruiz', 'April 8, 2024')}${line('Tom Beck', 'March 2, 2024')}`);
    expect(a.publishedTime).toBe('2019-05-02T10:00:00Z');
  });
  it('defers to a date line by the headline', () => {
    const a = page('', `${H1}<p>January 5, 2026</p>${line('Ana Ruiz', 'April 8, 2024')}`);
    expect(a.publishedTime).toBe('2026-01-05');
  });
  it('is never the date of an update line by the headline that names the author', () => {
    const a = page(ld({ datePublished: '2021-05-03T11:00:00Z' }), `${H1}<p>Last updated on <span>April 8, 2024</span> by <a href="/author/amanda-brooks">Amanda Brooks</a></p>`);
    expect(a.publishedTime).not.toMatch(/^2024-04-08/);
  });
});

describe('visible dates glued to a name', () => {
  it('finds a month name glued to the name before it, and a day glued to a read time', () => {
    expect(toIsoDate('Ana RuizMar 4, 2026')).toBe('2026-03-04');
    expect(toIsoDate('2026-03-0414 min read')).toBe('2026-03-04');
  });

  it('finds a year glued to the name after it, but never reads a longer number as a year', () => {
    expect(toIsoDate('Dec 17, 2025Julian Arni')).toBe('2025-12-17');
    expect(toIsoDate('17 December 2025Julian Arni')).toBe('2025-12-17');
    expect(toIsoDate('Dec 17, 20251')).toBeNull();
  });

  it('never reads a month inside a word', () => {
    expect(toIsoDate('Grammar 4, 2026')).toBeNull();
    expect(toIsoDate('Marketing 12, 2026')).toBeNull();
  });
});

describe('visible h1 over an SEO title', () => {
  const seoTitle = ['Pilot boats 2026: council buys two, price and dates'];

  it('takes the h1 about the same story when the page declares an SEO title', () => {
    expect(chooseHeadline(['Council buys two pilot boats for the harbour'], seoTitle, null, null, new Set(), true)).toBe('Council buys two pilot boats for the harbour');
  });

  it('keeps the <title> of a page that declares no SEO title', () => {
    expect(chooseHeadline(['Council buys two pilot boats for the harbour'], seoTitle, null, null, new Set(), false)).toBe(seoTitle[0]);
    const a = page('<title>Two pilot boats for the harbour: what the council bought</title>', '<h1>Council buys two pilot boats: harbour debate ends</h1>');
    expect(a.title).toBe('Two pilot boats for the harbour: what the council bought');
  });

  it('reads a line break in the h1 as a space, never gluing the two lines into one word', () => {
    const a = page('<meta property="og:title" content="Council buys two pilot boats for the harbour">', '<h1>Council buys two pilot boats<br>for the <em>harbour<br></em>after a long debate</h1>');
    expect(a.title).toBe('Council buys two pilot boats for the harbour after a long debate');
  });

  it('gives an h1 set in capitals the casing of the title it agrees with', () => {
    expect(chooseHeadline(['COUNCIL BUYS TWO PILOT BOATS'], ['Council Buys Two Pilot Boats | Harbour News'], 'Harbour News', null)).toBe('Council Buys Two Pilot Boats');
    expect(chooseHeadline(['COUNCIL BUYS TWO PILOT BOATS FOR THE HARBOUR'], ['Council buys two pilot boats'], null, null)).toBe('COUNCIL BUYS TWO PILOT BOATS FOR THE HARBOUR');
  });

  it('never takes a short section label for the headline', () => {
    expect(chooseHeadline(['Pilot boats news'], ['Council buys two pilot boats after a long debate on harbour wages'], null, null, new Set(), true))
      .toBe('Council buys two pilot boats after a long debate on harbour wages');
  });
});

describe('an update date alone', () => {
  it('a date line stating only the revision gives "Updated …" (both fields hold it: the one date the page gives)', () => {
    const a = page('', `${H1}<p>Last updated: May 2, 2026</p>`);
    expect(a.publishedTime).toBe('2026-05-02');
    expect(a.updatedTime).toBe('2026-05-02');
  });
});

describe('credits the page marks loosely', () => {
  it('a "by:" line after the headline', () => {
    expect(page('', `${H1}<p>by: Ana Ruiz, March 4, 2026</p>`).byline).toBe('Ana Ruiz');
  });

  it('a credit label standing alone, the name in the next element', () => {
    expect(page('', `${H1}<div><p>Written by</p><p>Ana Ruiz</p></div>`).byline).toBe('Ana Ruiz');
  });

  it('every author of a scholarly page, from its citation_author tags', () => {
    const head = '<meta name="citation_author" content="Ana Ruiz"><meta name="citation_author" content="Sam Poe"><meta name="citation_author" content="Lee Min">';
    expect(page(head, H1).byline).toBe('Ana Ruiz, Sam Poe and Lee Min');
  });
});

describe('site name', () => {
  it('is never the page title a template put in og:site_name, so the headline stays whole', () => {
    const head = '<title>Pilot boats: a complete guide for 2026 | Coastal Courier</title><meta property="og:title" content="Pilot boats: a complete guide for 2026 | Coastal Courier"><meta property="og:site_name" content="Pilot boats: a complete guide for 2026 | Coastal Courier">';
    const a = page(head, '<h1>Pilot boats: a complete guide for 2026</h1>');
    expect(a.title).toBe('Pilot boats: a complete guide for 2026');
    expect(a.siteName).not.toBe('Pilot boats');
  });
});

describe('h1s that are not the headline', () => {
  it('a header h1 in the words of the title\'s last segment is the site name', () => {
    const declared = ['Evolving harbour rules — notes from the harbour council'];
    expect(chooseHeadline(['notes from the harbour council', 'Evolving harbour rules'], declared, null, null)).toBe(declared[0]);
    expect(chooseHeadline(['notes from the harbour council', 'Evolving harbour rules'], declared, null, null, new Set(['title-tail-site']))).toBe('notes from the harbour council');
  });

  it('an h1 in the words of <title> is the headline, not an og:title written as a social teaser', () => {
    const head = '<title>Pilot boats: the complete guide for 2026 | Coastal Courier</title><meta property="og:title" content="Thinking of a boat? Here is what sailors told us"><meta property="og:site_name" content="Coastal Courier">';
    const body = '<h1>Pilot boats: the complete guide for 2026</h1>';
    expect(page(head, body).title).toBe('Pilot boats: the complete guide for 2026');
    // Without the <title>'s word, the teaser shares too few of the h1's words to count it a variant.
    const h1 = ['Pilot boats: the complete guide for 2026'], og = ['Thinking of a boat? Here is what sailors told us'], doc = 'Pilot boats: the complete guide for 2026 | Coastal Courier';
    expect(chooseHeadline(h1, og, 'Coastal Courier', null, new Set(), true, doc)).toBe(h1[0]);
    expect(chooseHeadline(h1, og, 'Coastal Courier', null, new Set(['title-doc-agrees']), true, doc)).toBe(og[0]);
  });

  it("a documentation heading's permalink pilcrow is not part of the headline", () => {
    const head = '<title>Quickstart: a first project — Harbour docs</title><meta property="og:title" content="Quickstart: a first project">';
    expect(page(head, '<h1>Quickstart: a first project<a class="headerlink" href="#quickstart">¶</a></h1>').title).toBe('Quickstart: a first project');
  });

  it('an h1 agreeing with twitter:title alone is not vouched for by the declared title', () => {
    const head = '<meta property="og:title" content="The quiet ambitions behind the harbour plan"><meta name="twitter:title" content="Why two pilot boats change everything for sailors">';
    expect(page(head, '<h1>Why two pilot boats change everything for sailors</h1>').title).toBe('The quiet ambitions behind the harbour plan');
  });
});

describe('full-width spaces inside brackets', () => {
  it('separate nothing: a bracketed name is never cut in half', async () => {
    const { stripSiteSuffix } = await import('../../src/core/headline');
    expect(stripSiteSuffix('港の新しいボート　＜みなと新聞　きょうの話題＞', null)).toBe('港の新しいボート ＜みなと新聞 きょうの話題＞');
    expect(stripSiteSuffix('港に新しい水上公園　みなと新聞', 'みなと新聞')).toBe('港に新しい水上公園');
  });
});

describe('meta tags cross as they are, bounded', () => {
  it('a meta named __proto__ or constructor is a key like any other, and breaks nothing', () => {
    const head = '<meta name="__proto__" content="x"><meta name="constructor" content="y"><meta property="og:title" content="Council buys two pilot boats">';
    expect(page(head).title).toBe('Council buys two pilot boats');
  });
});
