/**
 * The plain, serialisable data the core produces. Everything here crosses process
 * boundaries (content script → popup, CLI → JSON), so: no DOM nodes, no functions, no classes.
 */

/** What `detect` found: a verdict plus the signals behind it, so a wrong call can be read. */
export interface Detection {
  isArticle: boolean;
  isNews: boolean;
  score: number;
  signals: string[];
}

/** One direct quotation, located in the clean text. */
export interface Quote {
  text: string;
  /** The resolved full name ("Lee Jae Myung") or a noun phrase ("a police spokesman"); null when unattributed. */
  speaker: string | null;
  /** The words in the text that named the speaker ("Lee", "he"); null when unattributed. */
  speakerMention: string | null;
  /** Index into the article's paragraphs where the quote opens. */
  paragraph: number;
  /** Character offsets into `Article.text` (paragraphs joined by "\n\n"). */
  start: number;
  end: number;
  score: number;
}

export interface RelatedItem {
  title: string;
  url: string | null;
}

export interface RelatedBlock {
  heading: string | null;
  items: RelatedItem[];
}

export interface Related {
  count: number;
  blocks: RelatedBlock[];
}

/** Something the precision pass took out of Readability's output, and why. */
export interface Removal {
  kind: RemovalKind;
  reason: string;
  text: string;
}

export type RemovalKind =
  | 'related'
  | 'also-read'
  | 'promo'
  | 'share'
  | 'teaser'
  | 'credit'
  | 'disclaimer'
  | 'boilerplate';

export interface Timings {
  parse: number;
  detect: number;
  extract: number;
  quotes: number;
}

export interface Article {
  url: string | null;
  detection: Detection;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** The publish date as the page states it (a date-only "2026-01-13" stays date-only). An update date only
   * when the page states no other date, and then updatedTime holds the same value (views say "Updated …"). */
  publishedTime: string | null;
  /** The page's update date when it states one other than the publish date, or the same value as
   * publishedTime when the update is the page's only date (views show "Updated …" when there is no other
   * publishedTime). Additive to the CLI contract. */
  updatedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** The body's paragraphs, in reading order; related stories, promos and notes excluded. */
  paragraphs: string[];
  /** `paragraphs.join("\n\n")`. */
  text: string;
  /** Notes kept under the text rather than in it (an agency disclaimer). */
  notes: string[];
  wordCount: number;
  readingMinutes: number;
  /**
   * True when the article looks cut short (paywall, "continue reading", teaser page), so views can
   * say so instead of presenting a fragment as the whole.
   */
  truncated: boolean;
  /** Set when the page was past a size limit (then there is no text): which limit, and the figures, so
   * each view can say it in its own language. The English sentence is `notes[0]`. */
  tooLarge?: { limit: 'elements' | 'depth' | 'text'; found: number; max: number; exact?: boolean };
  quotes: Quote[];
  keyQuotes: Quote[];
  related: Related;
  removed: Removal[];
  timings: Timings;
}
