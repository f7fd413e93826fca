/**
 * Reads schema.org data from JSON-LD and microdata. Page JSON is hostile input: it may be malformed,
 * wrapped in CDATA or comments, nested in @graph or arrays, or enormous; nothing here throws, and every
 * walk is iterative and bounded (a page must not switch the extension off for itself). Only the @type
 * reading lives here, because detection (auto.js, on every page of an automatic site) needs no more;
 * the fields the source line uses are read by jsonld-fields.ts.
 */

import { wordSet } from './text';

/** A typed schema.org object as found on the page, with its types read. */
export interface LdObject {
  types: string[];
  raw: Record<string, unknown>;
}

/** A set of schema.org types, lower-cased; only looked up. */
export interface TypeSet {
  has(type: string): boolean;
}
/**
 * Article-like types: NewsArticle and its subtypes (each named "…NewsArticle") and LiveBlogPosting mark
 * news, BlogPosting marks a blog. Tests of the name rather than lists of the subtypes: they ship in
 * auto.js, where every byte counts, and compile nothing on a cold page.
 */
export const NEWS_TYPES: TypeSet = { has: (t) => t.endsWith('newsarticle') || t === 'liveblogposting' };
const OTHER_ARTICLES = wordSet('article blogposting socialmediaposting scholarlyarticle techarticle report satiricalarticle posting');
export const ARTICLE_TYPES: TypeSet = { has: (t) => NEWS_TYPES.has(t) || OTHER_ARTICLES.has(t) };

const MAX_JSON = 500_000;
const MAX_NODES = 200;
/** Values looked at per script: enough for any real @graph, few enough that a 20,000-deep nest costs nothing. */
const MAX_STEPS = 2_000;

/** Lower-cased last segments of an @type value ("http://schema.org/NewsArticle" → "newsarticle"). */
export function typesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v.slice(0, 20) : [v];
  return list.filter((t): t is string => typeof t === 'string' && t.length < 200).map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

/** Walks parsed JSON breadth-first, collecting every object that carries an @type. */
function collect(root: unknown, out: LdObject[]): void {
  const queue: unknown[] = [root];
  for (let i = 0, steps = 0; i < queue.length && out.length < MAX_NODES && steps < MAX_STEPS; i++, steps++) {
    const v = queue[i];
    if (Array.isArray(v)) queue.push(...v.slice(0, MAX_NODES));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('@type' in o) out.push({ types: typesOf(o['@type']), raw: o });
      if (o['@graph']) queue.push(o['@graph']);
      // mainEntity / mainEntityOfPage may hold the article itself on WebPage-wrapped pages.
      for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart']) if (o[key] && typeof o[key] === 'object') queue.push(o[key]);
    }
  }
}

function parseLoose(raw: string): unknown {
  const text = raw.trim();
  if (!text || text.length > MAX_JSON) return null;
  // Most scripts are plain JSON, read as they are; the rest get one cleaned retry.
  try {
    return JSON.parse(text);
  } catch {
    // An HTML comment or CDATA wrapper, and raw control characters inside strings (the most common
    // breakage), dropped in one retry: between tokens a control character is only whitespace.
    try {
      return JSON.parse(text.replace(/^(<!--|(\/\/\s*)?<!\[CDATA\[)|(-->|(\/\/\s*)?\]\]>)$|[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Every typed schema.org object in the given JSON-LD script texts. */
export function parseJsonLd(scripts: string[]): LdObject[] {
  const out: LdObject[] = [];
  for (const raw of scripts) {
    collect(parseLoose(raw), out);
    if (out.length >= MAX_NODES) break;
  }
  return out;
}

/** schema.org type names from microdata `itemtype` values ("https://schema.org/NewsArticle" → "newsarticle"). */
export function microdataTypes(itemtypes: string[]): string[] {
  return itemtypes.flatMap((v) => v.split(/\s+/).filter(Boolean).flatMap(typesOf));
}
