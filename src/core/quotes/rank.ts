/**
 * Ranking quotes: the one choice of key quotes every view shows (popup, reader, Markdown, CLI).
 *
 * Order: substantive quotes before short fragments, then quotes whose speaker is a named person
 * before those given to a group ("officials", "a spokeswoman") and those given to nobody, then by
 * score (the lede first, prominent speakers, whole sentences, words the headline shares;
 * non-answers such as "declined to comment" sink). No two near-duplicates, at most two per speaker
 * while other speakers' quotes remain, at most five.
 */
import type { Quote } from '../types';
import { countWords } from '../text';

/** What the ranker knows about the article beyond the quotes. */
export interface RankContext {
  paragraphCount: number;
  titleWords: ReadonlySet<string>;
  /** How often a speaker is named in the text (a prominence proxy). */
  mentions: (speaker: string) => number;
  title: string;
  lede: string;
}

/** A quote and whether its speaker is a person's name (not a group, a noun phrase or nobody). */
export interface Candidate {
  quote: Quote;
  named: boolean;
}

const NON_ANSWER_RE =
  /\b(?:no comment|declined to comment|decline to comment|not (?:immediately )?(?:available|respond)|did not return|could not be reached|refused to comment)\b/i;
const WORD_G = /[\p{L}\p{N}]+/gu;
const STOPWORDS = new Set(
  'the a an and or but of to in on at for with by from as is are was were be been it its this that these those we i you he she they our their his her not will would has have had do does did more than ever very so'.split(
    ' ',
  ),
);
const MAX_KEY = 5;
const MAX_PER_SPEAKER = 2;
// Under this many words a quote is a fragment ("a disaster"); a quote opening in lower case is a
// piece of the writer's sentence ("called it “a deal we cannot refuse”") unless it is long.
const FRAGMENT_WORDS = 6;
const PARTIAL_WORDS = 12;
// Two quotes sharing this much of the shorter one's words say the same thing (a headline quote
// repeated in the body, a quote given twice).
const DUPLICATE_SHARE = 0.8;

/** Content words of `text`, lower-cased. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(WORD_G) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

/** A score in roughly 0..1 for one quote; higher is more worth showing. */
export function scoreQuote(q: Quote, ctx: RankContext): number {
  const words = q.text.split(/\s+/).filter(Boolean).length;
  const position = 1 - q.paragraph / Math.max(1, ctx.paragraphCount);
  const length = Math.min(1, words / 25) * (/[.!?。！？]$/.test(q.text) || words >= 12 ? 1 : 0.7);
  const overlap = titleOverlap(q.text, ctx.titleWords);
  const prominence = q.speaker ? speakerProminence(q.speaker, ctx) : 0;
  let score = 0.3 * position + 0.25 * length + 0.2 * overlap + 0.25 * prominence;
  if (!q.speaker) score *= 0.6;
  if (NON_ANSWER_RE.test(q.text)) score *= 0.1;
  return Math.round(score * 1000) / 1000;
}

/** True for a short fragment or a partial quote inside the writer's own sentence. */
export function isFragment(text: string): boolean {
  const words = countWords(text);
  return words < FRAGMENT_WORDS || (/^\p{Ll}/u.test(text) && words < PARTIAL_WORDS);
}

/** The key quotes, best first: see the module comment for the order and the limits. */
export function pickKeyQuotes(candidates: readonly Candidate[]): Quote[] {
  const ranked = candidates
    .map((c) => ({ ...c, fragment: isFragment(c.quote.text), tier: c.named ? 0 : c.quote.speaker ? 1 : 2 }))
    .sort((a, b) => +a.fragment - +b.fragment || a.tier - b.tier || b.quote.score - a.quote.score || a.quote.start - b.quote.start);
  const out: Quote[] = [];
  const seen: Set<string>[] = [];
  const perSpeaker = new Map<string | null, number>();
  // Over the per-speaker cap: shown only when no other speaker's quote is left to fill the five, so
  // a story quoting one person three times shows all three.
  const held: Quote[] = [];
  const take = (quote: Quote): void => {
    const content = contentWords(quote.text);
    const words = new Set(content.length ? content : [quote.text]);
    if (seen.some((s) => nearDuplicate(s, words))) return;
    seen.push(words);
    out.push(quote);
  };
  for (const { quote } of ranked) {
    const n = perSpeaker.get(quote.speaker) ?? 0;
    if (n >= MAX_PER_SPEAKER) {
      held.push(quote);
      continue;
    }
    const before = out.length;
    take(quote);
    if (out.length > before) perSpeaker.set(quote.speaker, n + 1);
    if (out.length === MAX_KEY) return out;
  }
  for (const quote of held) {
    if (out.length === MAX_KEY) break;
    take(quote);
  }
  return out;
}

function nearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared >= DUPLICATE_SHARE * Math.min(a.size, b.size);
}

function titleOverlap(text: string, titleWords: ReadonlySet<string>): number {
  if (!titleWords.size) return 0;
  const words = new Set(contentWords(text));
  let shared = 0;
  for (const w of words) if (titleWords.has(w)) shared++;
  return Math.min(1, shared / Math.min(4, titleWords.size));
}

function speakerProminence(speaker: string, ctx: RankContext): number {
  const parts = contentWords(speaker);
  if (!parts.length) return 0;
  const inTitle = parts.some((p) => ctx.title.toLowerCase().includes(p)) ? 1 : 0;
  const inLede = parts.some((p) => ctx.lede.toLowerCase().includes(p)) ? 1 : 0;
  const mentions = ctx.mentions(speaker);
  return 0.35 * inTitle + 0.35 * inLede + 0.3 * Math.min(1, mentions / 5);
}
