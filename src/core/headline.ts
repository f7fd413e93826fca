/** The headline and the site name: the page's visible heading when it agrees with what the page declares. */
import { normalizeSpace } from './text';

/** Separators between a headline and a site name, CJK ones (full-width bar, space, dashes) included. */
const SEP = '\\s*[|\\-–—:·»｜／/]\\s*|\\s+[―－ー〜~]\\s*|\u3000+';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Lower-case words, for comparing titles and names. */
export const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const key = (s: string): string => words(s).join('');

/**
 * Drops a " | Site", " - Site", " » Site" or "Site: " wrapper around a page title; without a known
 * site name, a trailing short " | …" segment, or one that spells the host's name.
 */
export function stripSiteSuffix(title: string, siteName: string | null, host: string | null = null): string {
  let t = normalizeSpace(title);
  for (const site of [siteName, host?.replace(/^www\./, '')].filter((s): s is string => !!s && s.length < 80)) {
    const s = escape(normalizeSpace(site));
    t = t.replace(new RegExp(`(?:${SEP})${s}\\s*$`, 'i'), '').replace(new RegExp(`^${s}(?:${SEP})`, 'i'), '');
  }
  // The last segment spells the host ("Story - Coastal Courier" on coastalcourier.com).
  const parts = t.split(new RegExp(`(${SEP})`));
  const hostKey = host ? key(host.replace(/^www\./, '').replace(/\.[a-z.]+$/i, '')) : '';
  if (parts.length >= 3 && hostKey.length >= 3 && key(parts[parts.length - 1]!) === hostKey) t = parts.slice(0, -2).join('');
  // A trailing " | Anything" short segment is almost always the site, whatever its name.
  const m = /^(.{15,}?)\s*(?:\s[|–—»]\s|｜|\u3000)\s*[^|–—»｜]{2,40}$/.exec(t);
  return (m ? m[1]! : t).trim();
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

/**
 * The headline: the first `h1` that agrees with a declared title (og:title, JSON-LD headline, the
 * document title, Readability's guess), trimmed of the site name; a declared title when no heading
 * agrees (a logo or section name in the `h1`); the lone heading when nothing is declared.
 */
export function chooseHeadline(headings: string[], declared: (string | null | undefined)[], siteName: string | null, host: string | null, useHeading = true): string | null {
  const titles = declared.filter((t): t is string => !!t).map((t) => stripSiteSuffix(t, siteName, host));
  if (useHeading) {
    const agreeing = headings.find((h) => titles.some((t) => agrees(h, t) || agrees(stripSiteSuffix(h, siteName, host), t)));
    if (agreeing) return stripSiteSuffix(agreeing, siteName, host);
    if (!titles.length && headings[0]) return stripSiteSuffix(headings[0], siteName, host);
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
