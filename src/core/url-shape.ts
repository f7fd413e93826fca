/**
 * What a URL's path says about the page: home pages, section fronts, search, tag, category and
 * author listings are not articles; long slugs, dates and long numeric ids point to one.
 */

import { wordSet } from './text';

export type UrlShape = 'home' | 'listing' | 'media' | 'article' | 'forum' | 'product' | 'docs' | 'service' | 'unknown';

// The word lists are Sets, not /^(a|b|…)$/ patterns: this runs on every page load (auto.js), where
// compiling each pattern on first use cost more than everything it decides.
/** Path segments that name a listing page when they are the whole path or lead it. */
const LISTING_PREFIX = wordSet('search tags? topics? category categories authors? profile people archives? page sections? collections? labels? hashtag live-updates latest videos? photos gallery');
/** Segments of video, slideshow and gallery pages (and any slug with the word "slideshow"). */
const MEDIA = wordSet('videos? slideshows? gallery galleries photos pictures live-tv podcasts?');
/** Query parameters of search and listing pages. */
const LISTING_QUERY = /[?&](q|query|s|search|keyword|tag|category|cat|page)=/i;
/** Trailing files that are a section's index ("/world/index.html"). */
const INDEX_FILE = /^(index|default|home)(\.\w+)?$/;

/**
 * Sections whose pages are posts (a blog, a magazine's articles, a knowledge centre's guides): a
 * named page after one is a post, even with a short name ("/blog/seo-tutorials", which would otherwise
 * read as a section front). "news" is left out: news sites name their section fronts so ("/news/world-cup").
 */
const POSTS_SECTION = wordSet('blogs? posts? recipes? articles? insights guides? learn resources tips stories');
/**
 * What the address says the page is, read on "host/segment/…/": a forum thread, a shop's item or
 * category, a manual page, a company's service page. A section needs a page after it ("/docs/"
 * alone is an index). Forums: "/t/…" and "/threads/…" with an id, "/questions/…", Reddit's "/r/…/comments/…",
 * "viewtopic.php", community. and forum. hosts. Shops: "/products/…", "/itm/…", "/dp/…". Manuals:
 * "/docs/…", "/api/…", version segments ("/en/stable/", "/en/5.1/"), docs. and readthedocs.io hosts (kept short: every byte here is in content.js and auto.js).
 * Services: "/services/…", and page names like "data-analytics-services".
 */
const KINDS: [RegExp, UrlShape][] = [
  [/^(community|forums?)\.|\/(t|threads?|topic)\/.*\d|\/(questions|forums?|discussions?)\/[^/]+\/|^[^/]*\/r\/[^/]+\/comments\/|\/((viewtopic|showthread)\.php|thread-\d[^/]*)\/$/, 'forum'],
  [/\/(products?|itm|item|dp|shop)\/[^/]+\//, 'product'],
  [/^(docs?|developers?|wiki)\.|\.readthedocs\.io\/|\/(docs?|documentation|api|reference|manual|stable|latest|v?\d+(\.\d+)+)\/[^/]+\//, 'docs'],
  [/\/(services?|solutions?|programs?|pricing)\/[^/]+\/|-(services?|company|agency|consulting|solutions)(\.\w+)?\/$/, 'service'],
];

/** Any letter, of any script. (Not case-blind: with /i, compiling the class took longer than the check.) */
const LETTER = /\p{L}/u;

/** A segment that reads like an article slug: several words joined by dashes or underscores. */
function isSlug(seg: string): boolean {
  const words = seg.replace(/\.\w{2,5}$/, '').split(/[-_]+/).filter((w) => LETTER.test(w));
  return words.length >= 4 || (words.length >= 3 && seg.length >= 20);
}

/** A shape and the signal it gives detection: "url-" and what told it (by default, the shape). */
function shaped(shape: UrlShape, why: string = shape): { shape: UrlShape; reason: string } {
  return { shape, reason: `url-${why}` };
}

/** Classifies a URL. Unknown when there is no URL or it cannot be parsed. */
export function urlShape(url: string | null): { shape: UrlShape; reason: string } {
  if (!url) return { shape: 'unknown', reason: 'no-url' };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { shape: 'unknown', reason: 'bad-url' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { shape: 'unknown', reason: 'scheme' };
  let segs = u.pathname.split('/').filter(Boolean);
  try {
    segs = segs.map(decodeURIComponent);
  } catch {
    // A segment that can't be decoded ("%E0%A4%A"): all are read as written.
  }
  segs = segs.map((s) => s.toLowerCase());
  if (segs.length > 0 && INDEX_FILE.test(segs[segs.length - 1]!)) segs.pop();
  if (segs.length === 0) return LISTING_QUERY.test(u.search) ? shaped('listing', 'search') : shaped('home');

  const last = segs[segs.length - 1]!;
  // Video, slideshow and gallery pages carry a player or pictures, not an article to read.
  if (segs.some((s) => MEDIA.has(s) || s.split('-').includes('slideshow'))) return shaped('media');
  // A named page right after a posts section ("/blog/catering-trends"), whatever its name says
  // ("/blog/best-seo-agency" is a post about agencies, not an agency's service page).
  const postAt = segs.findIndex((s) => POSTS_SECTION.has(s));
  if (postAt >= 0 && postAt === segs.length - 2 && last.split(/[-_]/).length >= 2 && !LISTING_PREFIX.has(last)) return shaped('article', 'post');
  const where = `${u.hostname.toLowerCase()}/${segs.join('/')}/`;
  const kind = KINDS.find(([re]) => re.test(where))?.[1];
  if (kind) return shaped(kind);
  // A slug names one piece; under a listing prefix it does too when it is the last of three or more
  // segments ("/topics/camping/best-gps-watch"), not the listing's own name ("/tag/climate-change-policy").
  if ((segs.some(isSlug) && !LISTING_PREFIX.has(segs[0]!)) || (segs.length > 2 && isSlug(last))) return shaped('article', 'slug');
  // Date paths (/2019/03/14/…) with something after the date are articles; a bare date is an archive.
  const dateAt = segs.findIndex((s, i) => /^(19|20)\d\d$/.test(s) && /^\d{1,2}$/.test(segs[i + 1] ?? ''));
  if (dateAt >= 0 && segs.length > dateAt + 2 && !/^\d{1,2}$/.test(last)) return shaped('article', 'date');
  // A long number in the last segment is a story id, unless it stands alone behind a one-letter
  // type prefix ("s-100825"), which sites use for section ids as much as for stories.
  if ((/\d{5,}/.test(last) && !/^[a-z]-?\d+$/.test(last)) || /^\d{6,}(\.\w+)?$/.test(last)) {
    return shaped('article', 'id');
  }
  if (/^(story|article|news)\b/.test(last) && /[?&]id=\d+/.test(u.search)) return shaped('article', 'id');
  if (LISTING_PREFIX.has(segs[0]!) || LISTING_PREFIX.has(last) || LISTING_QUERY.test(u.search)) {
    return shaped('listing');
  }
  // One or two short word segments ("/news/", "/world/asia/") are section fronts. The length is counted
  // apart: the Unicode letter class in a bounded repeat ({1,24}) took three times as long to compile as
  // in an open one (1.2 against 0.4 ms, cold, in Chromium), on every page auto.js runs on.
  if (segs.length <= 2 && segs.every((s) => /^[\p{L}&+-]+$/u.test(s) && [...s].length < 25 && s.split('-').length <= 3)) {
    return shaped('listing', 'section');
  }
  return shaped('unknown', 'other');
}
