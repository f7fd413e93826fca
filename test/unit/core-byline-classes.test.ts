// Byline rules written for a class of pages measured on wcxb-dev (the bench's per-rule table): each test
// shows the class on an invented page, and, for a rule the bench can switch off, that switching it off
// changes the result (so the test fails without the rule).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../src/core/byline';
import { extract } from '../../src/core/extract';
import { chooseMetadata, type MetaRule } from '../../src/core/metadata';
import type { MetaEvidence } from '../../src/core/meta-evidence';
import { evidence } from './meta-evidence-fixture';

const PARA = '<p>The harbour council approved two pilot boats on Tuesday after a long debate about dredging, wages and the sea wall.</p>';
const H1 = '<h1>Council buys two pilot boats for the harbour</h1>';
function page(inside: string, after = '', head = ''): ReturnType<typeof extract> {
  const html = `<!doctype html><html lang="en"><head><title>Boats</title>${head}</head><body><article>${inside}</article>${after}</body></html>`;
  return extract(parseHTML(html).document as unknown as Document, 'https://news.example.com/local/boats');
}
const byline = (ev: MetaEvidence, off?: MetaRule) => chooseMetadata(ev, off ? { off: new Set([off]) } : {}).byline;

describe('by-late: an author box under the article', () => {
  // More than the headline block's 80 elements between the h1 and the box.
  const long = PARA.repeat(90);

  it('names the author when nothing above the article does', () => {
    expect(page(`${H1}${long}<div class="box"><h3>Written by Ana Ruiz</h3></div>`).byline).toBe('Ana Ruiz');
    expect(byline(evidence({ lateCredits: ['Written by Ana Ruiz'] }), 'by-late')).toBeNull();
  });

  it('skips a sentence of the story that opens with "By", and reads only the first credit (the rest are comments)', () => {
    const sentence = '<p>By learning from these examples, you can build a strong foundation for the years ahead.</p>';
    expect(page(`${H1}${long}${sentence}<div class="box"><h3>Written by Ana Ruiz</h3></div>`).byline).toBe('Ana Ruiz');
    expect(byline(evidence({ lateCredits: ['Posted by Sam at May 2, 2026 11:15 AM', 'Posted by: Karl Lind at May 3, 2026 9:28 AM'] }))).toBeNull();
  });
});

describe('by-dateline: a date line naming the author beside the date', () => {
  it('takes a name set apart from the date by a mark', () => {
    expect(byline(evidence({ headDates: ['2025-12-17 · Trond Lie'] }))).toBe('Trond Lie');
    expect(byline(evidence({ headDates: ['Ana Ruiz | Senior Writer | July 2, 2025'] }))).toBe('Ana Ruiz');
    expect(byline(evidence({ headDates: ['2025-12-17 · Trond Lie'] }), 'by-dateline')).toBeNull();
  });

  it('a date line crediting only the site names the site, as a visible "By" line does', () => {
    const ev = evidence({ url: 'https://online.example.edu/news/x', meta: { 'og:site_name': 'Example Online' }, headDates: ['March 15, 2022 · 3 min read · By Example Online'] });
    expect(byline(ev)).toBe('Example Online');
  });

  it('leaves categories after a date alone, and a line with no mark', () => {
    expect(byline(evidence({ headDates: ['December 18, 2025 Thoughts, Technology'] }))).toBeNull();
    expect(byline(evidence({ headDates: ['Release Notes 2024-10-04'] }))).toBeNull();
    expect(byline(evidence({ headDates: ['Monday · May 4, 2026'] }))).toBeNull();
    // The walk's first element is the h1: a headline with a year and a bar is no date line.
    const h = 'Best Harbour Boats 2026 | Top 19 Picks';
    expect(byline(evidence({ headings: [h], headDates: [h] }))).toBeNull();
  });
});

describe('credits in the comments', () => {
  it('a commenter is no author: the site credited in the post wins over "Lori Camp says"', () => {
    const comments = '<section id="comments"><div class="comment"><span class="comment-author"><a rel="author" href="/u/lori">Lori Camp</a></span> says: lovely boats</div></section>';
    const a = page(`${H1}<p class="byline">By Harbour Life</p>${PARA.repeat(4)}`, comments, '<meta property="og:site_name" content="Harbour Life">');
    expect(a.byline).toBe('Harbour Life');
  });
});

describe('credit lines the walk by the headline now reads', () => {
  it('"Written by:Elise Nass", with no space after the colon', () => {
    expect(page(`${H1}<div>Updated: May 2, 2026</div><div>Written by:Elise Nass</div>${PARA.repeat(4)}`).byline).toBe('Elise Nass');
  });

  it('"Contributors: Janet Lough" and "Author: …" lines', () => {
    expect(page(`${H1}<div class="tags">Contributors: Janet Lough</div>${PARA.repeat(4)}`).byline).toBe('Janet Lough');
  });
});

describe('cleaning: reviewers, categories and profile URLs', () => {
  it('reviewer: who reviewed or photographed it, credited after the author, is not the author', () => {
    expect(cleanByline('By Shelby Loos, DVM. Reviewed by Molly Pryce, DVM')).toBe('Shelby Loos, DVM');
    expect(cleanByline('Written by Jane Roe, medically reviewed by Sam Poe, MD')).toBe('Jane Roe');
    expect(cleanByline('Jane Roe | Photos by Sam Poe')).toBe('Jane Roe');
    expect(cleanByline('Reviewed by Sam Poe')).toBe('Sam Poe');
    expect(cleanByline('By Shelby Loos, DVM. Reviewed by Molly Pryce, DVM', { off: new Set(['reviewer']) })).toBe('Molly Pryce, DVM');
  });

  it('in-category: "Mahua Dash in Project Management" is the author and the post\'s category', () => {
    expect(cleanByline('Dec 26, 2025 • Mahua Dash in Project Management')).toBe('Mahua Dash');
    expect(cleanByline('Jane Roe, Editor in Chief')).toBe('Jane Roe, Editor in Chief');
    expect(cleanByline('Human in the Loop')).toBe('Human in the Loop');
    expect(cleanByline('A. J. Neale View In Digital Edition')).not.toBe('A. J. Neale View');
    expect(cleanByline('John Crane in seo')).toBe('John Crane');
    expect(cleanByline('John Crane in seo', { off: new Set(['in-category']) })).toBe('John Crane in seo');
  });

  it('a footnote mark after a degree goes, and a form field "Name *" is still no name', () => {
    expect(cleanByline('Written By Angela Holliday-Bell, MD*')).toBe('Angela Holliday-Bell, MD');
    expect(cleanByline('Name *')).toBeNull();
  });

  it('a profile URL without its scheme is no name', () => {
    expect(cleanByline('www.facebook.com/tinyhouse')).toBeNull();
    expect(byline(evidence({ meta: { 'article:author': 'www.facebook.com/tinyhouse', author: 'Jeroen Bos' } }))).toBe('Jeroen Bos');
  });
});

describe('by-coauthors: the visible credit that names the declared author in full', () => {
  const ld = JSON.stringify({ '@type': 'Article', author: { '@type': 'Person', name: 'Marna van der Merwe' } });
  const credits = ['Written by Dr Marna van der Merwe, Dr Dieter Veld, Erik van Vulp', 'Dr Dieter Veld', 'Erik van Vulp'];

  it('takes every co-author each credited on their own, with the title the page shows', () => {
    expect(byline(evidence({ ldScripts: [ld], credits }))).toBe('Dr Marna van der Merwe, Dr Dieter Veld, Erik van Vulp');
    expect(byline(evidence({ ldScripts: [ld], credits }), 'by-coauthors')).toBe('Marna van der Merwe');
  });

  it('adds no job title or publication after the name', () => {
    expect(byline(evidence({ ldScripts: [ld], credits: ['By Marna van der Merwe, Senior Analyst'] }))).toBe('Marna van der Merwe');
    expect(byline(evidence({ ldScripts: [ld], credits: ['Marna van der Merwe, Modern Farmer'] }))).toBe('Marna van der Merwe');
  });
});

describe('numbers: a credit holding a year, a count or a code is no name', () => {
  it.each([
    'The Harbour State University © 2025',
    'Garden NotesDECEMBER 22, 2022Updated',
    '1,677 new writers this month',
    'jroe4k9x2m7q',
    'the 17th century, tea had made its way to Europe',
    'intro ⟨h1, h2⟩ exact h1 h2',
  ])('%j', (raw) => {
    expect(cleanByline(raw)).toBeNull();
    expect(cleanByline(raw, { off: new Set(['numbers']) })).not.toBeNull();
  });

  it('keeps a name with a number in it, and falls through to the next credit', () => {
    expect(cleanByline('98 Buck Social')).toBe('98 Buck Social');
    expect(cleanByline('3i Global')).toBe('3i Global');
    expect(byline(evidence({ credits: ['1,677 new writers this month'], readability: { title: null, byline: 'Quill Store', siteName: null, publishedTime: null, lang: null, excerpt: null } }))).toBe('Quill Store');
  });
});

describe('prose: a sentence after "By" is no name', () => {
  it('drops three words or more opening in lower case, keeps a name a particle opens', () => {
    expect(cleanByline('By understanding the tides, the pilots save fuel')).toBeNull();
    expect(cleanByline('By understanding the tides, the pilots save fuel', { off: new Set(['prose']) })).toBe('understanding the tides, the pilots save fuel');
    expect(cleanByline('van der Berg')).toBe('van der Berg');
    expect(cleanByline('bell hooks')).toBe('bell hooks');
  });
});

describe('by-initials: an avatar\'s initials beside the name', () => {
  it('skips the initials for the name they stand for, and keeps an agency\'s letters', () => {
    const ev = evidence({ credits: ['The Author', 'NB', 'Nicole Burke'] });
    expect(byline(ev)).toBe('Nicole Burke');
    expect(byline(ev, 'by-initials')).toBe('NB');
    expect(byline(evidence({ credits: ['AP', 'Nicole Burke'] }))).toBe('AP');
  });
});

describe('by-owner: a person named like the address, on a site named otherwise', () => {
  const site = { 'og:site_name': 'Transfer Orbit' };

  it('credits the person the address spells, not the site', () => {
    const ev = evidence({ url: 'https://www.annaliptak.com/may-books/', meta: site, credits: ['Transfer Orbit', 'Anna Liptak'] });
    expect(byline(ev)).toBe('Anna Liptak');
    expect(byline(ev, 'by-owner')).toBe('Transfer Orbit');
  });

  it('leaves a credit that is the site\'s own declared name as the site', () => {
    const ev = evidence({ url: 'https://www.menlocoaching.com/mba/', meta: { 'og:site_name': 'Menlo Coaching' }, credits: ['Menlo Coaching'], lateCredits: ['Written by Ana Ruiz'] });
    expect(byline(ev)).toBe('Ana Ruiz');
  });
});
