/**
 * The fields of a page's JSON-LD that the source line uses: headline, dates, the people credited as
 * authors, the publisher. Every read is depth- and size-bounded: an `author` nested 20,000 arrays deep,
 * an object where a string was expected, or a megabyte string gives a clean value or nothing.
 */
import { ARTICLE_TYPES, NEWS_TYPES, parseJsonLd, typesOf, type LdObject, type TypeSet } from './jsonld';

/** Types Readability also reads a byline and date from, though detection does not call them articles. */
const MORE_TYPES = new Set(['advertisercontentarticle', 'medicalscholarlyarticle', 'apireference', 'discussionforumposting', 'review']);

export interface LdArticle {
  types: string[];
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** Names of the Persons (or bare name strings) credited as author, in the page's order. */
  authors: string[];
  /** Names of Organizations credited as author: an agency credit when no person is named. */
  orgAuthors: string[];
  publisher: string | null;
  description: string | null;
  inLanguage: string | null;
}

export interface LdReading {
  /** The article node (news types first), else a WebPage carrying a date or author. */
  article: LdArticle | null;
  /** The WebSite node's name: the site, when the article names no publisher. */
  websiteName: string | null;
}

const MAX_CREDITS = 20;
const NAME_MAX = 120;
const ORG_TYPE = /organi[sz]ation|corporation|newsmedia|company|brand/;

/**
 * A scalar as text: a string, or the first of an array, or an object's `name` / `@value`, followed
 * at most four levels down (a loop, not recursion). Null when empty or longer than `max`.
 */
export function ldText(v: unknown, max: number): string | null {
  for (let depth = 0; depth < 4; depth++) {
    if (typeof v === 'string') {
      const s = v.length <= max * 4 ? v.replace(/\s+/g, ' ').trim() : '';
      return s && s.length <= max ? s : null;
    }
    if (Array.isArray(v)) v = v[0];
    else if (v && typeof v === 'object') v = own(v, 'name') ?? own(v, '@value');
    else return null;
  }
  return null;
}

/** An own property only: page JSON may name keys like "constructor" or "__proto__". */
function own(o: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/** The people and organisations in an `author` value; `@id` references resolved against the page's other nodes. */
function credits(v: unknown, byId: Map<string, Record<string, unknown>>): { people: string[]; orgs: string[] } {
  const people: string[] = [];
  const orgs: string[] = [];
  for (const item of (Array.isArray(v) ? v : [v]).slice(0, MAX_CREDITS)) {
    if (typeof item === 'string') {
      const name = ldText(item, NAME_MAX);
      // A profile URL is not a name.
      if (name && !/^(https?:)?\/\//i.test(name)) people.push(name);
      continue;
    }
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    let o = item as Record<string, unknown>;
    const id = own(o, '@id');
    // Yoast-style graphs credit {"@id": "#/schema/person/…"} and describe the Person elsewhere.
    if (own(o, 'name') === undefined && typeof id === 'string') o = byId.get(id) ?? o;
    const given = ldText(own(o, 'givenName'), NAME_MAX);
    const family = ldText(own(o, 'familyName'), NAME_MAX);
    const name = ldText(own(o, 'name'), NAME_MAX) ?? (given && family ? `${given} ${family}` : null);
    if (!name || /^(https?:)?\/\//i.test(name)) continue;
    (typesOf(own(o, '@type')).some((t) => ORG_TYPE.test(t)) ? orgs : people).push(name);
  }
  return { people, orgs };
}

function toArticle(n: LdObject, byId: Map<string, Record<string, unknown>>): LdArticle {
  const o = n.raw;
  const { people, orgs } = credits(own(o, 'author') ?? own(o, 'creator'), byId);
  let publisher = own(o, 'publisher');
  const pubId = publisher && typeof publisher === 'object' ? own(publisher, '@id') : undefined;
  if (typeof pubId === 'string' && own(publisher as object, 'name') === undefined) publisher = byId.get(pubId);
  return {
    types: n.types,
    headline: ldText(own(o, 'headline') ?? own(o, 'name'), 500),
    datePublished: ldText(own(o, 'datePublished') ?? own(o, 'dateCreated'), 60),
    dateModified: ldText(own(o, 'dateModified'), 60),
    authors: people,
    orgAuthors: orgs,
    publisher: ldText(publisher, NAME_MAX),
    description: ldText(own(o, 'description'), 2_000),
    inLanguage: ldText(own(o, 'inLanguage'), 40),
  };
}

/** The article's fields from the page's JSON-LD script texts. */
export function readLd(scripts: string[]): LdReading {
  const nodes = parseJsonLd(scripts);
  const byId = new Map<string, Record<string, unknown>>();
  for (const n of nodes) {
    const id = own(n.raw, '@id');
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, n.raw);
  }
  const is = (set: TypeSet) => (n: LdObject) => n.types.some((t) => set.has(t));
  const page = (n: LdObject) => n.types.some((t) => t.endsWith('page')) && (own(n.raw, 'datePublished') !== undefined || own(n.raw, 'author') !== undefined);
  const found = nodes.find(is(NEWS_TYPES)) ?? nodes.find(is(ARTICLE_TYPES)) ?? nodes.find(is(MORE_TYPES)) ?? nodes.find(page);
  const website = nodes.find((n) => n.types.includes('website'));
  return { article: found ? toArticle(found, byId) : null, websiteName: website ? ldText(own(website.raw, 'name'), NAME_MAX) : null };
}
