import { isAgencyByline } from './dateline';
import { isIsoDate, parseVisibleDate } from './dates';
import { findArticleNode, parseJsonLd } from './jsonld';
import type { PageScan } from './scan';
import { normalizeSpace, textOf } from './text';

/** Readability's metadata, as its `parse()` returns it. */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  excerpt?: string | null;
}

export interface Metadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
}

/** Drops a " | Site", " - Site" or "Site: " wrapper around a page title. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  let t = normalizeSpace(title);
  if (siteName) {
    const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`\\s*[|\\-–—:·»]\\s*${site}\\s*$`, 'i'), '').replace(new RegExp(`^${site}\\s*[|\\-–—:·»]\\s*`, 'i'), '');
  }
  // A trailing " | Anything" short segment is almost always the site, whatever its name.
  const m = /^(.{15,}?)\s+[|–—]\s+[^|–—]{2,40}$/.exec(t);
  return m ? m[1]! : t;
}

/**
 * Cleans a byline to names: "By IANS | Updated: January 13, 2026 16:20 IST" → "IANS",
 * "By Jane Doe, Reporter" stays "Jane Doe, Reporter". Null when nothing name-like is left.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = normalizeSpace(raw)
    .split(/\s+[|•·]\s+|\s*\|\s*/)[0]!
    .replace(/\b(updated|published|posted|last updated|first published)\b\s*:?.*$/i, '')
    .replace(/^(written\s+)?by\s*:?\s+/i, '')
    .replace(/\s*(on|at)?\s*((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{4}-\d\d-\d\d).*$/i, '')
    .replace(/[\s,;:\-–—]+$/, '')
    .trim();
  if (/^https?:/i.test(s)) s = '';
  return s && s.length <= 120 ? s : null;
}

/** A visible "Updated: …" / "Published: …" / <time> date, parsed. */
function visibleDate(doc: Document): string | null {
  const time = doc.querySelector('time[datetime]');
  const dt = time?.getAttribute('datetime')?.trim();
  if (dt && isIsoDate(dt)) return dt;
  for (const el of doc.querySelectorAll('time, [class*="date"], [class*="time"], [class*="updated"], [class*="publish"]')) {
    const text = textOf(el);
    if (text.length > 0 && text.length <= 80) {
      const parsed = parseVisibleDate(text);
      if (parsed) return parsed;
    }
  }
  return null;
}

/**
 * The article's metadata, preferring what the publisher declared (JSON-LD, Open Graph) over what
 * Readability guessed from the visible page, and cleaning both.
 */
export function readMetadata(doc: Document, scan: PageScan, parsed: ReadabilityMeta | null): Metadata {
  const ld = findArticleNode(parseJsonLd(scan.jsonLd));
  const metaContent = (...keys: string[]): string | null => keys.map((k) => scan.meta.get(k.toLowerCase())).find(Boolean) ?? null;
  const siteName = metaContent('og:site_name', 'application-name') ?? parsed?.siteName ?? ld?.publisher ?? null;
  const declared = ld?.headline ?? metaContent('og:title', 'twitter:title');
  const title = declared ? stripSiteSuffix(declared, siteName) : parsed?.title ? stripSiteSuffix(parsed.title, siteName) : null;

  const bylineRaw = ld?.author && !/^https?:/.test(ld.author) ? ld.author : parsed?.byline ?? metaContent('author', 'article:author');
  let byline = cleanByline(bylineRaw);
  // "By IANS" next to a JSON-LD author of the desk's name: the agency is the better credit.
  const visible = cleanByline(parsed?.byline);
  if (visible && isAgencyByline(visible) && byline && !isAgencyByline(byline)) byline = visible;

  const declaredDate = ld?.datePublished ?? metaContent('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date') ?? parsed?.publishedTime ?? null;
  const publishedTime = declaredDate && isIsoDate(declaredDate) ? declaredDate.trim() : (declaredDate && parseVisibleDate(declaredDate)) || visibleDate(doc);

  const lang = normalizeSpace(doc.documentElement?.getAttribute('lang') ?? '') || ld?.inLanguage || parsed?.lang || metaContent('og:locale', 'language');
  const excerpt = metaContent('og:description', 'description') ?? ld?.description ?? parsed?.excerpt ?? null;
  return { title: title || null, byline, siteName: siteName ? normalizeSpace(siteName) : null, publishedTime: publishedTime ?? null, lang: lang || null, excerpt: excerpt ? normalizeSpace(excerpt) : null };
}
