/** What the page scan reads, and the name patterns both of its ways (scan.ts, scan-query.ts) share. */

/** What detection needs from a page, gathered in one walk (each full query costs a tree walk on DOM shims). */
export interface PageScan {
  /** meta content by lower-cased property / name / itemprop; first occurrence wins. */
  meta: Map<string, string>;
  /** Raw text of each JSON-LD script. */
  jsonLd: string[];
  /** Every `itemtype` attribute value. */
  itemtypes: string[];
  articleCount: number;
  /** True when the first `<article>` holds a headline element. */
  articleHasHeadline: boolean;
  /** Texts of the first few paragraphs of 60+ characters (where datelines live). */
  leads: string[];
  /** Text of the first element that looks like a byline. */
  byline: string;
  /** True when some element is named like a paywall or subscriber gate (false when not searched: scanPage). */
  paywall: boolean;
}

export const MAX_LEADS = 6;
export const MAX_PARAGRAPHS_READ = 40;
export const BYLINE_NAME = /byline|author/i;
export const PAYWALL_NAME = /paywall|piano-|subscriber-only|premium-content|regwall|meter-?wall/i;

/** A scan that has found nothing yet. */
export function emptyScan(): PageScan {
  return { meta: new Map(), jsonLd: [], itemtypes: [], articleCount: 0, articleHasHeadline: false, leads: [], byline: '', paywall: false };
}
