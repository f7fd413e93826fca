/** The headline and the site name: the page's visible heading when it agrees with what the page declares. */
import { normalizeSpace } from './text';

/** Separators between a headline and a site name, CJK ones (full-width bar, space, dashes) included. */
const SEP = '\\s*[|\\-–—:·»｜／/]\\s*|\\s+[―－ー〜~]\\s*';
/** Before a known site name, a plain space after CJK text separates too (a full-width space, normalised). */
const CJK_SPACE = '(?<=[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af」』）])\\s+';

const SEP_SPLIT = new RegExp(`(${SEP})`);
/** What sets a trailing site name off: a separator or (in a title) a CJK space, ending the text before it. */
const TITLE_TAIL_SEP = new RegExp(`(?:${SEP}|${CJK_SPACE})$`);
/** In a visible heading, a separator only. */
const HEADING_TAIL_SEP = new RegExp(`(?:${SEP})$`);
/** What sets a leading site name off ("Name: …"). */
const HEAD_SEP = new RegExp(`^(?:${SEP})`);

/**
 * `text` less a site name wrapped around it: "Story | Site" (the name last, case aside, set off by what
 * `tailSep` accepts) and "Site: Story". String tests, not a pattern built from the name: every page
 * has names of its own, and compiling patterns for them was most of the headline choice's cost.
 */
function dropSite(text: string, site: string, tailSep: RegExp): string {
  const name = normalizeSpace(site);
  const lower = name.toLowerCase();
  // Cut as long as the name is, then lower both: lowering can change a length ("İ" is two characters lowered).
  const same = (s: string): boolean => s.toLowerCase() === lower;
  let t = text;
  const body = t.trimEnd();
  if (same(body.slice(body.length - name.length))) {
    const before = body.slice(0, body.length - name.length);
    const sep = tailSep.exec(before);
    if (sep) t = before.slice(0, sep.index);
  }
  if (same(t.slice(0, name.length))) {
    const sep = HEAD_SEP.exec(t.slice(name.length));
    if (sep) t = t.slice(name.length + sep[0].length);
  }
  return t;
}

/** Lower-case words, for comparing titles and names. */
export const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const key = (s: string): string => words(s).join('');

/**
 * Drops a " | Site", " - Site", " » Site" or "Site: " wrapper around a page title; without a known
 * site name, a trailing short " | …" segment, or one that spells the host's name.
 */
export function stripSiteSuffix(title: string, siteName: string | null, host: string | null = null): string {
  // A full-width space is a separator before the site ("港に新しい水上公園　みなと新聞"); normalising would hide it.
  // Not inside brackets: "＜福娘童話集　きょうのイソップ童話＞" is one name, and cutting in it leaves half a bracket.
  const open = (i: number): boolean => (title.slice(0, i).match(/[＜「『（【〈《]/g)?.length ?? 0) > (title.slice(0, i).match(/[＞」』）】〉》]/g)?.length ?? 0);
  let t = normalizeSpace(title.replace(/\s*\u3000+\s*/g, (sp, i: number) => (open(i) ? ' ' : ' ｜ ')));
  const domain = host?.replace(/^www\./, '').toLowerCase();
  for (const site of [siteName, domain].filter((s): s is string => !!s && s.length < 80)) {
    t = dropSite(t, site, TITLE_TAIL_SEP);
  }
  // The address itself, set off by a space alone ("davidbau.com Vibe Coding"): a domain is never a headline's word.
  if (domain?.includes('.')) {
    const lower = t.toLowerCase();
    if (lower.startsWith(`${domain} `)) t = t.slice(domain.length + 1);
    else if (lower.endsWith(` ${domain}`)) t = t.slice(0, -domain.length - 1);
  }
  // The last segment spells the host ("Story - Coastal Courier" on coastalcourier.com).
  const parts = t.split(SEP_SPLIT);
  const hostKey = domain ? key(domain.replace(/\.[a-z.]+$/, '')) : '';
  if (parts.length >= 3 && hostKey.length >= 3 && key(parts[parts.length - 1]!) === hostKey) t = parts.slice(0, -2).join('');
  // A trailing " | Anything" short segment is almost always the site, whatever its name; after a dash
  // it is as often the headline's own second half ("… – 10 Benefits, Use Cases"), so dashes need the name.
  const m = /^(.{15,}?)\s*(?:\s[|»]\s|｜)\s*[^|»｜]{2,40}$/.exec(t)
    // After a dash, only a name-length tail (up to three words): "Story – My Website".
    ?? /^(.{15,}?)\s+[-–—]\s+((?:[^\s|–—-]+\s?){1,3})$/.exec(t);
  // A full-width space that separated nothing is a space again.
  return (m ? m[1]! : t).replace(/\s*｜\s*/g, (bar) => (bar.includes('｜') && title.includes('｜') ? bar : ' ')).trim();
}

/** True when two titles say the same: same words, or one holds most of the other. */
export function agrees(a: string, b: string): boolean {
  const x = words(a).join(' ');
  const y = words(b).join(' ');
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 0.5 * long.length && long.includes(short);
}

/** Drops only a wrapper that names the site (a visible heading has no SEO suffix to guess at). */
function trimSite(heading: string, siteName: string | null): string {
  if (!siteName) return heading;
  return dropSite(heading, siteName, HEADING_TAIL_SEP).trim() || heading;
}

/** A heading that can be a headline: several words (or CJK characters), not the site's name or a label. */
function headlineLike(h: string, siteName: string | null, host: string | null): boolean {
  const n = words(h).length;
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{6}/.test(h);
  const k = key(h);
  const site = [siteName, host?.replace(/^www\./, '').replace(/\.[a-z.]+$/i, '')].some((s) => !!s && key(s) === k);
  return (n >= 3 || cjk) && h.length <= 300 && !site;
}

/** Share of the heading's distinct words found in the title. */
function overlap(heading: string, title: string): number {
  const h = new Set(words(heading));
  const t = new Set(words(title));
  let shared = 0;
  for (const w of h) if (t.has(w)) shared++;
  return h.size ? shared / h.size : 0;
}

/** Rules of the headline choice the bench may switch off. */
export type HeadlineRule = 'title-doc-agrees' | 'title-heading' | 'title-heading-first' | 'title-seo-only' | 'title-short-label' | 'title-tail-site';

/**
 * The headline: the first `h1` that agrees with a declared title (Readability's guess, og:title,
 * JSON-LD headline, the document title); else the first headline-like `h1` about the same story,
 * since what the page shows its readers is its headline and the declared titles are often SEO
 * variants; a declared title, trimmed of the site name, only when the page has no such heading.
 * `seo`: the page declares a title of its own beside <title> (og:title, twitter:title, JSON-LD headline).
 * `docTitle`: the <title>; it only ever vouches for a heading.
 */
export function chooseHeadline(headings: string[], declared: (string | null | undefined)[], siteName: string | null, host: string | null, off: ReadonlySet<HeadlineRule> = new Set(), seo = true, docTitle: string | null = null): string | null {
  const titles = declared.filter((t): t is string => !!t).map((t) => stripSiteSuffix(t, siteName, host));
  // An h1 in the words of a title's last segment ("Story — Site Name" with <h1>Site Name</h1> in the
  // header) is the site's name, however long it is.
  if (!off.has('title-tail-site')) {
    // Not a tail much longer than what precedes it: "Site | Story" puts the story last.
    const tails = declared.map((t) => /^(.+)\s[|—–·»-]\s(.+)$/.exec(t ?? '')).filter((m) => m && key(m[2]!).length <= 1.5 * key(m[1]!).length).map((m) => key(m![2]!));
    headings = headings.filter((h) => !tails.includes(key(h)));
  }
  if (!off.has('title-heading')) {
    // The document title vouches for a heading too, though it is no declared title of its own: when the
    // h1 and <title> say the same and og:title says something else, the og:title is the social card's.
    const vouching = docTitle && !off.has('title-doc-agrees') ? [...titles, stripSiteSuffix(docTitle, siteName, host)] : titles;
    const agreeing = headings.find((h) => {
      let bare: string | undefined;
      return vouching.some((t) => agrees(h, t) || agrees((bare ??= stripSiteSuffix(h, siteName, host)), t));
    });
    // An h1 set in capitals ("WEEKEND CODING AGENT") is the page's styling of a title it declares in the
    // same words: the declared one reads as the headline does elsewhere.
    const cased = agreeing && agreeing === agreeing.toUpperCase() && agreeing !== agreeing.toLowerCase() && titles.find((t) => key(t) === key(agreeing));
    if (agreeing) return cased || trimSite(agreeing, siteName);
  }
  // Only on a page that declares an SEO title (og:title, twitter:title, JSON-LD headline): the premise
  // is that its titles are search variants of the headline; a page with only a <title> wrote that itself.
  if (!off.has('title-heading-first') && (seo || off.has('title-seo-only'))) {
    // Not the same words, but the same story: a blog's name, a menu label or a section in the h1 shares
    // (almost) no words with any declared title; an SEO variant of the headline shares many.
    // An h1 with under 40% of the title's words is a section label or a teaser ("M&A Updates",
    // "Make your Firefox your own"), not the headline the title is a variant of.
    const about = (h: string) => !titles.length || titles.some((t) => overlap(h, t) >= 0.4 && (off.has('title-short-label') || words(h).length >= 0.4 * words(t).length));
    const first = headings.find((h) => headlineLike(h, siteName, host) && about(h));
    if (first) return trimSite(first, siteName);
  }
  return titles[0] || null;
}

/** The publisher's name, never a URL, a domain or a slogan. */
export function cleanSiteName(raw: string | null | undefined): string | null {
  const s = normalizeSpace(raw ?? '');
  if (!s || s.length > 60 || /:\/\/|^www\.|^[\w-]+(\.[\w-]+)*\.(com|org|net|co|io|in|uk|de|fr|jp|kr)$/i.test(s)) return null;
  // A slogan after the name ("Coastal Courier | News you can trust") keeps the name.
  const name = s.split(/\s+[|–—-]\s+|\s*:\s+/)[0]!;
  return words(name).length <= 6 ? name : null;
}
