/**
 * The precision pass: what readers never want, taken out of Readability's output and logged with the
 * reason. Each step lives in precision/ (one purpose per file); this file orders them.
 */
import type { RuleSwitches } from './rules';
import { removeByText } from './precision/by-text';
import { removeFurniture, removeNavigation, removeRelated } from './precision/furniture';
import { removeLinkLists, removeLinkRuns } from './precision/links';
import type { Pass, PrecisionResult } from './precision/pass';
import { removeTeasers } from './precision/teasers';
import { removeExcerptCards } from './precision/excerpts';
import { removeTablesOfContents } from './precision/toc';
import { removeAuthorBios } from './precision/author-bio';
import { removeRailLabels } from './precision/rail-label';
import { walkArticle } from './precision/walk';

export type { PrecisionResult } from './precision/pass';

/** What the caller knows about the page, which decides how much evidence a removal needs. */
export interface PrecisionOptions {
  /**
   * Whether detection called the page news (`Detection.isNews`); true when not given. Some rules read
   * news-portal conventions: a line shaped like a photo credit, an unlabelled list of headline links
   * after the body. On a portal those are furniture; on an encyclopedia, a how-to site, a blog or a
   * manual the same shapes are often the page's own content (a picture's source, a reading list), and
   * recall comes first, so on pages that are not news those rules stand down. Rules that hold on any
   * site (promos, share prompts, page chrome, related rails with their label, the teaser) still apply.
   */
  news?: boolean;
  /**
   * Whether detection called the page an article (`Detection.isArticle`); true when not given. A
   * service or product page is made of calls to action: there they are the content, not furniture.
   */
  article?: boolean;
  /** The page's address: links to it plus "#…" point into the page (a table of contents). */
  url?: string | null;
  /**
   * How many related blocks the page itself holds (related.ts, run on the page). The article is a part
   * of the page: where the page holds none, Readability's copy of a part of it holds none either, and
   * the search is not run again on it. Not given: the article is searched.
   */
  pageRails?: number;
  /** Rule switches (rules.ts), for the bench's ablation. */
  rules?: RuleSwitches;
}

/**
 * Cleans Readability's output in place (it is our clone): related rails, inline "Also read" links,
 * promos, share and follow prompts, lone photo credits, the teaser; disclaimers become notes.
 * Every removal is logged. Cheap: one walk of the (small) article subtree gathers what every step reads.
 * `options.news` false makes the pass gentler on pages that are not news (see PrecisionOptions).
 */
export function precisionPass(root: Element, options: PrecisionOptions = {}): PrecisionResult {
  const out: PrecisionResult = { removed: [], notes: [] };
  if (options.pageRails !== 0) removeRelated(root, out, options.rules);
  const pass: Pass = { root, out, texts: new Map(), runningText: new Map(), news: options.news ?? true, article: options.article ?? true, rules: options.rules ?? {} };
  const walk = walkArticle(root);
  removeFurniture(pass, walk.named);
  if (pass.news) removeLinkLists(pass, walk.lists);
  removeByText(pass, walk.leaves);
  removeLinkRuns(pass, walk.leaves);
  removeTeasers(pass, walk.leaves);
  removeExcerptCards(pass, walk.leaves);
  removeTablesOfContents(pass, walk.lists, options.url ?? null);
  removeNavigation(pass);
  removeAuthorBios(pass, walk.leaves);
  removeRailLabels(pass, walk.leaves);
  return out;
}
