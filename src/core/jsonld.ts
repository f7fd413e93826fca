/**
 * Reads schema.org data from JSON-LD and microdata. Page JSON is hostile input: it may be malformed,
 * wrapped in CDATA or comments, nested in @graph or arrays, or enormous; nothing here throws.
 */

/** A schema.org node as found on the page (only the fields the core reads are typed). */
export interface LdNode {
  types: string[];
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  description: string | null;
  inLanguage: string | null;
}

/** Article-like types; NewsArticle and its subtypes mark news, BlogPosting marks a blog. */
export const NEWS_TYPES = new Set([
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'liveblogposting',
]);
export const ARTICLE_TYPES = new Set([
  ...NEWS_TYPES, 'article', 'blogposting', 'socialmediaposting', 'scholarlyarticle',
  'techarticle', 'report', 'satiricalarticle', 'posting',
]);

const MAX_JSON = 500_000;
const MAX_NODES = 200;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o.name ?? o['@value'] ?? null);
  }
  return null;
}

function typesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  // Types may be full IRIs ("http://schema.org/NewsArticle"); keep the last segment.
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

function toNode(o: Record<string, unknown>): LdNode {
  return {
    types: typesOf(o['@type']),
    headline: str(o.headline ?? o.name),
    datePublished: str(o.datePublished ?? o.dateCreated),
    author: str(o.author ?? o.creator),
    publisher: str(o.publisher),
    description: str(o.description),
    inLanguage: str(o.inLanguage),
  };
}

/** Walks parsed JSON breadth-first, collecting every object that carries an @type. */
function collect(root: unknown, out: LdNode[]): void {
  const queue: unknown[] = [root];
  while (queue.length > 0 && out.length < MAX_NODES) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v.slice(0, MAX_NODES));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('@type' in o) out.push(toNode(o));
      if (o['@graph']) queue.push(o['@graph']);
      // mainEntity / mainEntityOfPage may hold the article itself on WebPage-wrapped pages.
      for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart']) if (o[key] && typeof o[key] === 'object') queue.push(o[key]);
    }
  }
}

function parseLoose(raw: string): unknown {
  const cleaned = raw.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim();
  if (!cleaned || cleaned.length > MAX_JSON) return null;
  try {
    return JSON.parse(cleaned);
  } catch {
    // Raw control characters inside strings are the most common breakage; retry once without them.
    try {
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Every typed schema.org node in the given JSON-LD script texts. */
export function parseJsonLd(scripts: string[]): LdNode[] {
  const out: LdNode[] = [];
  for (const raw of scripts) {
    collect(parseLoose(raw), out);
    if (out.length >= MAX_NODES) break;
  }
  return out;
}

/** Every typed schema.org node in the page's JSON-LD blocks. */
export function readJsonLd(doc: Document): LdNode[] {
  const scripts: string[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    // Filtered here rather than with a case-insensitive selector, which DOM shims do not all support.
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') scripts.push(script.textContent ?? '');
  }
  return parseJsonLd(scripts);
}

/** schema.org type names from microdata `itemtype` values ("https://schema.org/NewsArticle" → "newsarticle"). */
export function microdataTypes(itemtypes: string[]): string[] {
  return itemtypes.flatMap((v) => v.split(/\s+/).filter(Boolean).flatMap(typesOf));
}

/** The first node whose type is article-like, preferring news types. */
export function findArticleNode(nodes: LdNode[]): LdNode | null {
  return nodes.find((n) => n.types.some((t) => NEWS_TYPES.has(t)))
    ?? nodes.find((n) => n.types.some((t) => ARTICLE_TYPES.has(t)))
    ?? null;
}
