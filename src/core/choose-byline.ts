/**
 * The byline of the source line: which of the page's credits names the author (metadata.ts chooses the
 * rest). Each source and rule is named (`MetaRule`) so the bench can switch it off and count the pages
 * it changes.
 */
import { BYLINE_RULES, cleanByline, isSiteName, type BylineRule } from './byline';
import { isAgencyByline } from './dateline';
import { words } from './headline';
import type { LdReading } from './jsonld-fields';
import type { MetaEvidence } from './meta-evidence';
import type { MetaRule } from './metadata';

/** The evidence with its JSON-LD read. */
export type Evidence = MetaEvidence & { ld: LdReading };

export const hostOf = (url: string | null): string | null => (url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? null : null);
// Dublin Core first: a page that bothers to state it means it more than a template's `author`.
const AUTHOR_META = ['dc:creator', 'dcterm:creator', 'dc.creator', 'author', 'article:author', 'parsely-author', 'sailthru.author', 'byl'];
const DESK = /\b(?:desk|team|staff|bureau|news|online|digital|web|editorial|newsroom)\b/i;

/**
 * Several declared authors joined as the page joins them: a visible credit that names them all
 * ("A, B and C"), else "A, B and C" (the scorer's and readers' usual form).
 */
function joinAuthors(names: string[], visible: (string | null | undefined)[]): string | null {
  if (names.length <= 1) return names[0] ?? null;
  const keys = names.map((n) => words(n).join(' '));
  const shown = visible.find((v) => v && v.length < 300 && keys.every((k) => words(v).join(' ').includes(k)));
  return shown ?? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The byline: the first source that gives a name other than the site's. */
export function chooseByline(ev: Evidence, siteName: string | null, on: (r: MetaRule) => boolean): string | null {
  const off = new Set<BylineRule>(BYLINE_RULES.filter((r) => !on(r)));
  // The same credits are cleaned for several sources and checks below: each once.
  const cleaned = new Map<string, string | null>();
  const clean = (raw: string | null | undefined): string | null => {
    if (!raw) return null;
    let c = cleaned.get(raw);
    if (c === undefined) cleaned.set(raw, (c = cleanByline(raw, { off })));
    return c;
  };
  const host = hostOf(ev.url);
  // A credit found by its place alone, not by a credit's markup: kept only when what is left is shaped like
  // a person's name (two words or more, no date word), since "By adopting these strategies, …" opens prose.
  const named = (raw: string): string | null => {
    const c = clean(raw);
    return c && NAME_SHAPE.test(c) && /\s/.test(c) && !DATE_WORD.test(c) ? c : null;
  };
  // Why each source, in this order:
  const sources: [MetaRule, (string | null | undefined)[]][] = [
    // JSON-LD Person names: what the publisher declares for the article, free of layout.
    // (Joined as a visible credit joins them; Readability's byline is its own join of the same JSON-LD.)
    ['by-ld', [joinAuthors(ev.ld.article?.authors ?? [], ev.credits)]],
    // Every author of a scholarly page, each in its own citation_author tag (gathered only when several).
    ['by-citation', [ev.meta['citation_author'] && joinAuthors(ev.meta['citation_author'].split('; '), [])]],
    // Readability's own guess: visible credits, checked for visibility and length by its own rules.
    ['by-readability', [ev.readability?.byline]],
    // Visible credits it missed (rel/itemprop author, byline-named elements, a "By …" line after the headline).
    ['by-credit', ev.credits],
    // meta author tags: declared, but often a template's (the site, a desk, the page's first author only).
    ['by-meta', AUTHOR_META.map((k) => ev.meta[k])],
    // A labelled social-card pair, twitter:label1 "Written by" and twitter:data1 the name: how WordPress's
    // Yoast SEO states the post's author on pages that declare it nowhere else.
    ['by-card-label', ['1', '2'].map((n) => (/^(?:written by|author)$/i.test(ev.meta[`twitter:label${n}`] ?? '') ? ev.meta[`twitter:data${n}`] : null))],
    // A "By …" line past the headline block: an author box under the article, on pages that credit no one above it.
    // Only the first such line short enough to be a credit: later ones are the comments' "Posted by …", and
    // longer ones are sentences of the story ("By learning from these examples, you can …").
    ['by-late', [named(ev.lateCredits.find((t) => t.length <= 60) ?? '')]],
    // A date line by the headline that names the author beside the date, set apart by a mark ("2025-12-17 ·
    // Ana Ruiz", "Ana Ruiz | Senior Writer | July 2, 2025"): without one, what follows a date is as often
    // the post's categories ("December 18, 2025 Thoughts, Technology").
    // (The headline itself may hold a year and a mark: it is no date line.)
    ['by-dateline', ev.headDates.map((t) => (/[|·•]/.test(t) && !ev.headings.includes(t) ? named(t) : null))],
    // An Organization credited as author: a wire agency or desk, when no person is named.
    ['by-org', ev.ld.article?.orgAuthors ?? []],
  ];
  let siteOnly: string | null = null;
  let found: string | null = null;
  for (const [rule, raws] of sources) {
    if (!on(rule) || found) continue;
    for (const raw of raws) {
      const name = clean(raw);
      if (!name) continue;
      // An avatar's initials ("NB" beside "Nicole Burke"): the name they stand for is among the credits.
      if (on('by-initials') && /^\p{Lu}{2,3}$/u.test(name) && raws.some((r) => r && initials(r, name.length) === name)) continue;
      if (on('by-site') && isSiteName(name, siteName, host) && !(on('by-owner') && isOwner(name, siteName))) {
        if (rule === 'by-readability' || rule === 'by-credit' || rule === 'by-late' || rule === 'by-dateline') siteOnly ??= name;
        continue;
      }
      found = name;
      break;
    }
  }
  // "By IANS" in the visible credits next to a declared desk name: the agency is the better credit.
  // Only over a desk or the site, never over a person ("Par Sébastien Farcis" with an AFP credit below).
  if (on('by-agency') && (!found || (!isAgencyByline(found) && (DESK.test(found) || isSiteName(found, siteName, host))))) {
    const agency = [...ev.credits, ev.readability?.byline].map(clean).find((c) => c && isAgencyByline(c) && words(c).length <= 4);
    if (agency) found = agency;
  }
  // A visible "By …" line naming someone other than the declared author (JSON-LD, meta tags, Readability's
  // copy of them): the page tells its readers who wrote it, and a declared name is often the account that
  // posted it or the page's first author only. Only when the page shows the declared name nowhere in its
  // credits, and only a short, explicit "By" credit shaped like a name that is not the site.
  if (found && on('by-shown')) {
    const declared = [...AUTHOR_META.map((k) => ev.meta[k]), ...(ev.ld.article?.authors ?? [])].map(clean);
    const key = words(found).join(' ');
    const unseen = declared.includes(found) && !ev.credits.some((c) => words(c).join(' ').includes(key));
    const shown = unseen && ev.credits.filter((c) => /^(?:written\s+|posted\s+)?by\b/i.test(c)).map(clean).find((c) => c && !isSiteName(c, siteName, host) && NAME_SHAPE.test(c));
    if (shown) found = shown;
  }
  // The declared name is one of several the page credits, or lacks the title it shows ("Marna van der Merwe"
  // declared, "Written by Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen" shown): the visible
  // credit that holds every part of it, and is itself only names, says it in full.
  if (found && on('by-coauthors')) found = fuller(found, [ev.readability?.byline, ...ev.credits].map(clean)) ?? found;
  // Only the site is credited, in a visible credit line ("By Swoogo" on swoogo.events): that is who the
  // page tells its readers wrote it. A declared site name (a template's meta author) is never used.
  return found ?? siteOnly;
}

/**
 * A credit that spells the site's address ("Andrew Liptak" on andrewliptak.com) on a site that calls
 * itself something else (og:site_name "Transfer Orbit"): the site is that person's own, and the credit
 * names who wrote the post, not the site. A credit that is the site's declared name stays the site's.
 */
function isOwner(name: string, siteName: string | null): boolean {
  return !!siteName && words(name).join(' ') !== words(siteName).join(' ') && /\s/.test(name) && words(name).length <= 3 && NAME_SHAPE.test(name) && !DESK.test(name);
}

/** The first letters of the first `n` words of `s`, when each is capitalised ("Nicole Burke As …", 2: "NB"). */
function initials(s: string, n: number): string {
  const w = s.trim().split(/\s+/, n);
  return w.length === n && w.every((x) => /^\p{Lu}\p{Ll}/u.test(x)) ? w.map((x) => x[0]).join('') : '';
}

/** Words of a date line that are no name ("Monday", "Updated", "Read"). */
const DATE_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|updated|published|posted|read|min|home)\b/i;

/** A name as people write it: up to six capitalised words (initials, "MS, RDN" after a comma too). */
const NAME_SHAPE = /^\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,5}$/u;

/** A title before a name, which the page may show and a declaration leave out. */
const HONORIFIC = /^(?:dr|prof|professor|sir|dame|rev)\.?\s+/i;
/** One name: capitalised words, with the particles of family names ("van der", "de la", "bin"). */
const ONE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|der|den|de|da|del|della|von|la|le|du|bin|al))*$/u;
/** The parts of a list of names: "A, B and C", "A & B". */
const nameParts = (s: string): string[] => s.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i).map((p) => p.replace(HONORIFIC, ''));

/** The credit among `visible` that names all of `found`'s parts and more, when it is only names and each
 * added name is credited on its own elsewhere on the page too (an author box each), or adds only a title
 * before the name: else null. "Jane Roe, Senior Analyst" or "Jane Roe, Modern Farmer" adds no one. */
function fuller(found: string, visible: (string | null)[]): string | null {
  const own = nameParts(found);
  const alone = new Set(visible.filter((v): v is string => !!v).map((v) => v.replace(HONORIFIC, '')));
  for (const v of visible) {
    if (!v || v.length > 160 || v === found) continue;
    const parts = nameParts(v);
    if (parts.length > 8 || !parts.every((p) => ONE_NAME.test(p)) || !own.every((p) => parts.includes(p))) continue;
    const added = parts.filter((p) => !own.includes(p));
    if (added.length ? added.every((p) => alone.has(p)) : HONORIFIC.test(v)) return v;
  }
  return null;
}
