import { hasDateline, isAgencyByline } from './dateline';
import { ARTICLE_TYPES, NEWS_TYPES, microdataTypes, parseJsonLd, type TypeSet } from './jsonld';
import { proseScore, READERABLE_SCORE } from './readerable';
import { ruleFired, ruleOn, type RuleSwitches } from './rules';
import { detectionScan, type PageScan } from './scan';
import type { Detection } from './types';
import { wordSet } from './text';
import { urlShape } from './url-shape';

/** Score at or above which a page is called an article. */
const ARTICLE_THRESHOLD = 3;
/** Prose score (readerable.ts) of a long read: about five times the readerable bar. */
const LONG_PROSE = 100;
/** Listing-page schema types: a page that declares only these is not one article. */
const LISTING_TYPES = wordSet('collectionpage itemlist searchresultspage profilepage');
/** Pages that declare they are a product, a forum thread or a question: read, but not articles. */
const NOT_ARTICLE_TYPES = wordSet('product offer discussionforumposting');
/** Words of a news publisher's name, and of a blog's, matched against the site name's words. */
const NEWSY_SITE = wordSet('news times post herald tribune journal gazette daily press chronicle telegraph guardian observer reuters bbc cnn abc cbs nbc npr agency dispatch courier mirror express standard independent inquirer examiner bulletin hindu lokmat yonhap xinhua kyodo nikkei asahi mainichi yomiuri chosun joongang hankyoreh dw');
const BLOG_HINT = wordSet('blog diary personal');
/**
 * Words that name one piece when they are in the last segment of its address: a question ("/what-is-seo"),
 * a how-to, a guide, a review, a "best"/"top" list, tips, a history. Guides and reviews often sit at short
 * addresses that read as a section front ("/vpn/best/", "/origins/history-of-coffee/"); section fronts are
 * named for a subject, not so. On the wide web (WCXB) 362 articles against 10 other pages carry one at an
 * address of no other kind (forum threads, "/threads/best-headphones…", are left to their kind).
 */
const PIECE_WORDS = wordSet('best top how what why guide reviews? vs tips history trends lessons');

/** Adds a signal with its weight, so the detection can be read afterwards. */
class Tally {
  score = 0;
  signals: string[] = [];
  add(name: string, weight: number): void {
    this.score += weight;
    this.signals.push(name);
  }
  /** Adds a signal (named as the rule unless `name` says otherwise) of a switchable rule (rules.ts) when
   * the rule is on, and records that it fired. True when it did. */
  rule(rules: RuleSwitches | undefined, rule: string, weight: number, name = rule): boolean {
    const on = ruleOn(rules, rule);
    if (on) {
      this.add(name, weight);
      ruleFired(rules, rule);
    }
    return on;
  }
}

function schemaSignals(scan: PageScan, t: Tally, rules: RuleSwitches | undefined): { news: boolean; blog: boolean } {
  const types = new Set([...parseJsonLd(scan.jsonLd).flatMap((n) => n.types), ...microdataTypes(scan.itemtypes)]);
  const has = (set: TypeSet): boolean => [...types].some((x) => set.has(x));
  const news = has(NEWS_TYPES);
  const blog = types.has('blogposting') || types.has('socialmediaposting');
  if (news) t.add('schema-news-article', 3);
  else if (has(ARTICLE_TYPES)) t.add(blog ? 'schema-blog-posting' : 'schema-article', 2.5);
  else if (ruleOn(rules, 'schema-kind') && has(NOT_ARTICLE_TYPES)) t.rule(rules, 'schema-kind', -4.5, 'schema-not-article');
  else if (has(LISTING_TYPES)) t.add('schema-listing', -1.5);
  return { news, blog };
}

/** What the head of the page (meta, schema data, <article>s) and its address say, scored into `t`. */
function headSignals(scan: PageScan, url: string | null, t: Tally, rules: RuleSwitches | undefined) {
  const { news: schemaNews, blog } = schemaSignals(scan, t, rules);
  const ogType = (scan.meta.get('og:type') ?? '').toLowerCase();
  if (ogType.startsWith('article')) t.add('og-article', 2);
  else if (ogType === 'website' || ogType === 'section') t.add('og-website', -1);
  else if (ogType.startsWith('product')) t.rule(rules, 'schema-kind', -3, 'og-product');
  const published = ['article:published_time', 'datepublished', 'publishdate', 'pubdate'].some((k) => scan.meta.has(k));
  if (published) t.add('published-time', 1.5);

  if (scan.articleCount >= 4) t.add('many-articles', -2);
  else if (scan.articleHasHeadline) t.add('article-headline', 1);

  const shape = urlShape(url);
  if (shape.shape === 'article') t.add(shape.reason, 1.5);
  else if (shape.shape === 'home') t.add(shape.reason, -4);
  else if (shape.shape === 'listing') t.add(shape.reason, -2.5);
  else if (shape.shape === 'media') t.add(shape.reason, -3);
  // A thread, a shop item or a manual page is read too, but it is not an article: the reader's clean
  // text would drop the replies, the price and the navigation people came for.
  const kind = /^(forum|product|docs|service)$/.test(shape.shape);
  if (kind) t.rule(rules, 'url-kind', -3, shape.reason);
  // A guide in a manual or a "best …" thread in a forum is still the manual or the thread: the words
  // count only where the address's kind says nothing else. Read on the last segment of the path (after
  // "scheme://host/", before "?" or "#"), as written: slugs are lower-case.
  const piece = !kind && `${url}`.split(/[?#]/)[0]!.split('/').slice(3).filter(Boolean).pop()?.split(/[-_.]/).some(PIECE_WORDS.has, PIECE_WORDS) && t.rule(rules, 'url-words', 2.5);

  const siteWords = (scan.meta.get('og:site_name') ?? scan.meta.get('application-name') ?? '').toLowerCase().split(/\W+/);
  const newsSite = siteWords.some((w) => NEWSY_SITE.has(w)) && !siteWords.some((w) => BLOG_HINT.has(w));
  if (newsSite) t.add('news-site', 0.5);
  return { schemaNews, blog, ogType, published, shape, piece, newsSite };
}

/**
 * The most the body's signals (detect, after headSignals) can add to the score, and take from it: a
 * dateline and an agency byline (1.5 each), then readable prose (2) and a long read (1.5), or no
 * readable prose (−1). Kept beside the weights they bound: isArticleEarly is only right while they hold.
 */
const BODY_GAIN = 6.5; // 1.5 + 1.5 + 2 + 1.5, written out only here: every byte of auto.js counts
const BODY_LOSS = 1;

/**
 * Decides, cheaply, whether a page is an article and whether it is news. The page's head (meta tags,
 * JSON-LD, microdata, <article>s) and the URL's shape vote first; then the first paragraphs (a
 * dateline) and the byline; the readable-prose check (which walks every paragraph) runs only when
 * those leave the call open. Pass `scan` when the caller has already scanned the page (extract does),
 * to walk it once.
 */
export function detect(doc: Document, url: string | null, scan: PageScan = detectionScan(doc), rules?: RuleSwitches): Detection {
  const t = new Tally();
  const { schemaNews, blog, ogType, published, shape, piece, newsSite } = headSignals(scan, url, t, rules);
  const dateline = scan.leads.some(hasDateline);
  if (dateline) t.add('dateline', 1.5);
  const agency = isAgencyByline(`${scan.meta.get('author') ?? ''} ${scan.byline}`);
  if (agency) t.add('agency-byline', 1.5);

  // The expensive check, only when the cheap signals leave the call open.
  if (t.score > -2 && t.score < ARTICLE_THRESHOLD + 3) {
    const prose = proseScore(doc, 2 * LONG_PROSE);
    if (prose > READERABLE_SCORE) t.add('readerable', 2);
    else t.add('not-readerable', -BODY_LOSS);
    // A long read: blog posts, guides and essays carry several times the prose of a service page or a
    // product's description, which pass the readerable bar as easily. Only at an address shaped like
    // one piece, and beside a grid of <article> cards only when twice as long: a section front's
    // teasers add up to a long read too, and a blog post's "more posts" cards don't. Words of a piece
    // (PIECE_WORDS) make an address one piece's as well as a slug does.
    if (prose > (scan.articleCount < 4 ? LONG_PROSE : 2 * LONG_PROSE) && (shape.shape === 'article' || piece)) t.rule(rules, 'long-prose', 1.5);
  }

  const isArticle = t.score >= ARTICLE_THRESHOLD;
  const newsEvidence = schemaNews || dateline || agency || (!blog && (newsSite || (published && ogType.startsWith('article'))));
  const isNews = isArticle && newsEvidence;
  return { isArticle, isNews, score: Math.round(t.score * 10) / 10, signals: t.signals };
}

/**
 * detect(doc, url).isArticle, for the every-page badge (auto.js), which needs no more: when the head
 * and the address already settle the call whatever the body could add (BODY_GAIN, BODY_LOSS), the
 * paragraphs, the byline and the prose are never read, which is most of the cost on a cold page.
 */
export function isArticleEarly(doc: Document, url: string | null): boolean {
  const t = new Tally();
  headSignals(detectionScan(doc, false), url, t, undefined);
  if (t.score - BODY_LOSS >= ARTICLE_THRESHOLD) return true;
  if (t.score + BODY_GAIN < ARTICLE_THRESHOLD) return false;
  return detect(doc, url).isArticle;
}
