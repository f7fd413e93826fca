/**
 * The source line (headline, byline, date, site) chosen from the page's evidence (meta-evidence.ts).
 * Pure string work: it runs where the article is shown. Each rule is named (`MetaRule`) so the bench
 * can switch it off and count the pages it changes.
 */
import type { BylineRule } from './byline';
import { chooseByline, hostOf, type Evidence } from './choose-byline';
import { monthDate, toIsoDate, urlDate } from './dates';
import { chooseHeadline, cleanSiteName, type HeadlineRule } from './headline';
import type { MetaEvidence } from './meta-evidence';
import { normalizeSpace } from './text';
import { readLd } from './jsonld-fields';
import type { Article } from './types';

export type { ReadabilityMeta } from './meta-evidence';

/** The source line's fields of an Article, as chosen here (their meanings are documented on Article). */
export type Metadata = Pick<Article, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'updatedTime' | 'lang' | 'excerpt'>;

/** Rules of the choice; the bench switches each off in turn. */
export type MetaRule =
  | BylineRule
  | HeadlineRule | 'by-ld' | 'by-citation' | 'by-meta' | 'by-credit' | 'by-readability' | 'by-org' | 'by-agency' | 'by-shown' | 'by-card-label' | 'by-late' | 'by-dateline' | 'by-coauthors' | 'by-site' | 'by-owner' | 'by-initials'
  | 'site-not-title' | 'title-no-teaser' | 'date-original' | 'date-shown' | 'date-labelled' | 'date-shown-not-modified' | 'date-numeric-swap' | 'date-no-revision' | 'date-only-update' | 'date-revision-near' | 'date-ld' | 'date-meta' | 'date-meta-name' | 'date-time' | 'date-head' | 'date-visible' | 'date-credit' | 'date-beside-credit' | 'date-url' | 'date-month';

export interface ChooseOptions {
  off?: ReadonlySet<MetaRule>;
}

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'citation_publication_date', 'date'];
/**
 * The other names publishers give a publication date's meta tag ("published", "og:publish_date",
 * "w-published-date", "cxenseparse:publishtime", "date-pub"): read after the known ones, in the page's order.
 */
const PUBLISHED_NAME = /(^|[-_.:])(published|publish(ed)?[-_]?(date|time)|pub[-_]?date|date[-_]?pub(lished)?|first[-_]published)$/;
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified'];
const UPDATED_TEXT = /^\W*(?:last\s+)?(?:updated|modified|edited|revised)\b/i;

/** An update label: what follows it in a date line is the revision date ("Published May 2 · Updated Jun 5"). */
const UPDATE_LABEL = /(?:last\s*)?(?:updated|modified|revised)/i;

/** A date line by the headline, split once at its update label: the publish (or bare) part, and the
 * revision part when the line has a label. */
interface DateLine {
  text: string;
  before: string;
  revision: string | null;
}

function dateLines(headDates: readonly string[]): DateLine[] {
  return headDates.map((text) => {
    const [before = '', ...after] = text.split(UPDATE_LABEL);
    return { text, before, revision: after.length ? after.join(' ') : null };
  });
}

/** True when `text` is a part of what an update line by the headline says ("Last updated on April 8, 2024 by …"). */
const inRevision = (lines: readonly DateLine[], text: string): boolean => lines.some((l) => l.revision?.includes(text));

/** The date a line shows as its publication (or bare) date: the part before an update label; null for a
 * line that is a part of an update's text (headDates holds a line and then its parts). */
function shownDate(lines: readonly DateLine[]): (line: DateLine, i: number) => string | null {
  return ({ text, before }, i) => (inRevision(lines.slice(0, i), text) ? null : toIsoDate(before));
}

/**
 * The first date a date-named element shows: the part before an update label, never one an update line
 * by the headline shows, and none when that line states only an update: a date further down is then a
 * comment's or a related story's, and the update is the page's date (date-only-update).
 */
function elementDate(ev: Evidence, lines: readonly DateLine[], on: (r: MetaRule) => boolean): string | null {
  if (on('date-revision-near') && lines.some((l) => l.revision !== null)) return null;
  const noRevision = on('date-no-revision');
  const texts = ev.dateTexts.filter((t) => !UPDATED_TEXT.test(t) && !(noRevision && inRevision(lines, t)));
  return texts.map((t) => toIsoDate(noRevision ? t.split(UPDATE_LABEL)[0]! : t)).find(Boolean) ?? null;
}

/**
 * The publish date: the date line by the headline when it says other than the declared dates, else
 * declared (JSON-LD, meta tags, itemprop/time), then other visible text, then the URL.
 */
function chooseDate(ev: Evidence, lines: readonly DateLine[], modified: string | null, on: (r: MetaRule) => boolean): string | null {
  const first = (raws: (string | null | undefined)[]) => raws.map(toIsoDate).find(Boolean) ?? null;
  const declared = (on('date-ld') ? first([ev.ld.article?.datePublished]) : null)
    ?? (on('date-meta') ? first(PUBLISHED_META.map((k) => ev.meta[k])) : null)
    ?? (on('date-meta-name') ? first(Object.keys(ev.meta).filter((k) => PUBLISHED_NAME.test(k)).map((k) => ev.meta[k])) : null)
    ?? (on('date-time') ? first([...ev.times, ev.readability?.publishedTime]) : null);
  const day = (d: string | null | undefined) => d?.slice(0, 10);
  // "This article was originally published on 26 Sep 2019 but has been regularly updated": the page
  // names its first publication in words, whatever its date line and metadata say of the latest revision.
  // Only up to the sentence's end or an update label ("Originally published in March 2022. Last updated
  // on December 20, 2024": March 2022, as a month).
  const originals = on('date-original') ? [...ev.headDates, ...ev.dateTexts].map((t) => /\boriginally (?:published|posted)\b(.*)/i.exec(t)?.[1]?.split(UPDATE_LABEL)[0]!.split(/\.\s/)[0]) : [];
  const original = originals.map((t) => (t ? toIsoDate(t) ?? monthDate(t) : null)).find(Boolean);
  if (original) return day(original) === day(declared) ? declared : original;
  const shown = shownDate(lines);
  if (on('date-shown')) {
    // The date line by the headline is what the page tells its readers, and a declared date often
    // disagrees with it: a CMS import date, a template's first-publication date on a page re-dated by
    // hand. Only its publish (or bare) date counts: the part of the line before an update label.
    for (let i = 0; i < lines.length; i++) {
      const d = shown(lines[i]!, i);
      if (!d) continue;
      // A bare date that is the declared modification date is the revision shown, not the publication.
      if (on('date-shown-not-modified') && day(d) === day(modified) && day(d) !== day(declared)) continue;
      // An all-numeric date reads either way ("09.10.2024"): when the other reading is the declared
      // day, or the day the address states ("/2023/october/03/" for "03/10/2023"), the page agrees with
      // it, and the declared value (else that reading) is the one to trust.
      const swapped = `${d.slice(0, 5)}${d.slice(8, 10)}-${d.slice(5, 7)}`;
      if (on('date-numeric-swap') && /\b\d\d?[./-]\d\d?[./-]\d{4}\b/.test(lines[i]!.before) && swapped === day(declared ?? urlDate(ev.url))) return declared ?? swapped;
      // The same day as declared: the declared value, which keeps the time and offset.
      return day(d) === day(declared) ? declared : d;
    }
  }
  // A date on its own beside the author line ("Written by Ana Ruiz" then "April 8, 2024": meta-evidence.ts)
  // is, like a line by the headline, what the page tells its readers, when no line by the headline
  // shows a date (that line has been weighed above) and the page's credits show one day only: several
  // are a list of posts, each with its author and date. Never the date an update line by the headline
  // states ("Last Updated on April 8, 2024 by …", its name and date a credit's siblings).
  if (on('date-beside-credit') && !lines.some((l, i) => shown(l, i))) {
    const days = new Set(ev.creditDates.filter((t) => !UPDATE_LABEL.test(t) && !inRevision(lines, t)).map((t) => day(toIsoDate(t))).filter(Boolean));
    const [beside] = days;
    if (beside && days.size === 1) return beside === day(declared) ? declared : beside;
  }
  // The page's first date element saying it is the publication ("Published August 13, 2025", "Posted on
  // December 18, 2025 Posted by …") outranks a declared date it disagrees with: a CMS's import or re-save
  // date, or a UTC timestamp past midnight of the evening the page says it was posted. The first only:
  // further down, "Posted on …" dates the comments.
  if (declared && on('date-labelled')) {
    const labelled = toIsoDate(/^(?:published|posted)(?:\s+on)?\s*:?\s*(.*)$/i.exec(ev.dateTexts[0] ?? '')?.[1]);
    if (labelled && day(labelled) !== day(declared)) return labelled;
  }
  return declared
    // Visible dates, never one labelled as an update: a date line by the headline (its publish part, never
    // a part of its update), then date-named elements.
    ?? (on('date-head') ? (on('date-no-revision') ? lines.map(shown).find(Boolean) : first(ev.headDates.filter((t) => !UPDATED_TEXT.test(t)))) : null)
    ?? (on('date-visible') ? elementDate(ev, lines, on) : null)
    // An author box that dates the post ("Luke Kim December 17, 2025"), when no date is named apart.
    ?? (on('date-credit') ? first(ev.credits.filter((t) => !UPDATE_LABEL.test(t))) : null)
    ?? (on('date-url') ? urlDate(ev.url) : null);
}

/** The Metadata from the page's evidence. */
export function chooseMetadata(evidence: MetaEvidence, opts: ChooseOptions = {}): Metadata {
  const ev: Evidence = { ...evidence, ld: readLd(evidence.ldScripts) };
  const on = (r: MetaRule): boolean => !opts.off?.has(r);
  const host = hostOf(ev.url);
  const m = ev.meta;
  // A site name that is the page's own title (a template filling og:site_name with it) names no site,
  // and trimming it would cut the headline.
  const ownTitle = (s: string | null | undefined) => !!s && on('site-not-title') && (s === m['og:title'] || s === ev.docTitle);
  const siteName = [m['og:site_name'], ev.ld.article?.publisher, ev.ld.websiteName, m['application-name'], ev.readability?.siteName]
    .filter((s) => !ownTitle(s)).map(cleanSiteName).find(Boolean) ?? null;
  // The document title only when nothing else is declared: it is the least considered of them (the
  // template's, often with the section and the site). It still vouches for an h1 that says the same.
  // Not twitter:title: a social card's teaser, often written apart from the headline; an h1 that agrees
  // with it alone is vouched for by no title the page declares for itself.
  const declared = [ev.readability?.title, m['og:title'], ev.ld.article?.headline, on('title-no-teaser') ? null : m['twitter:title']].filter(Boolean);
  const seo = !!(m['og:title'] || m['twitter:title'] || ev.ld.article?.headline);
  const title = chooseHeadline(ev.headings, declared.length ? declared : [ev.docTitle], siteName, host, opts.off as ReadonlySet<HeadlineRule> | undefined, seo, ev.docTitle);
  // Last, the revision date a date line shows ("Last updated: May 2, 2026"), then one a date-named
  // element states ("Updated March 13, 2024"), so that a page stating only that is shown as "Updated …"
  // rather than undated.
  const lines = dateLines(ev.headDates);
  const modified = [ev.ld.article?.dateModified, ...MODIFIED_META.map((k) => m[k]), ...ev.updated, ...lines.map((l) => l.revision), ...ev.dateTexts.filter((t) => UPDATED_TEXT.test(t))].map(toIsoDate).find(Boolean) ?? null;
  const chosen = chooseDate(ev, lines, modified, on);
  // A page that states no publication date at all, only its last update, is dated by that update: it is
  // the one date the page gives (on wcxb-dev, the reviewed date of all 21 such pages scored, none
  // against). Both fields then hold it, so views still say "Updated …" (view.ts).
  // Last, a line by the headline that dates the piece to a month only ("November 2015"): shown as the
  // month, never given a day it doesn't state. Not an update's month: that is no publication date.
  const publishedTime = chosen ?? (on('date-only-update') ? modified : null)
    ?? (on('date-month') ? ev.headDates.filter((t) => !UPDATE_LABEL.test(t)).map(monthDate).find(Boolean) ?? null : null);
  const updatedTime = modified && (!chosen || modified.slice(0, 10) !== chosen.slice(0, 10)) ? modified : null;
  const lang = ev.lang || ev.ld.article?.inLanguage || ev.readability?.lang || m['og:locale'] || m['language'] || null;
  const excerpt = m['og:description'] ?? m['description'] ?? ev.ld.article?.description ?? ev.readability?.excerpt ?? null;
  return {
    title,
    byline: chooseByline(ev, siteName, on),
    siteName,
    publishedTime,
    updatedTime,
    lang: lang ? normalizeSpace(lang) : null,
    excerpt: excerpt ? normalizeSpace(excerpt) : null,
  };
}
