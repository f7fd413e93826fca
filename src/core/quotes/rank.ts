/**
 * Ranking quotes for the popup: the lede first, prominent speakers, whole sentences, words the
 * headline shares; non-answers ("declined to comment") sink.
 */
import type { Quote } from '../types';

/** What the ranker knows about the article beyond the quotes. */
export interface RankContext {
  paragraphCount: number;
  titleWords: ReadonlySet<string>;
  /** How often a speaker is named in the text (a prominence proxy). */
  mentions: (speaker: string) => number;
  title: string;
  lede: string;
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

/** The best quotes, at most five, at most two per speaker (the unattributed count as one speaker). */
export function pickKeyQuotes(quotes: readonly Quote[]): Quote[] {
  const sorted = [...quotes].sort((a, b) => b.score - a.score || a.start - b.start);
  const perSpeaker = new Map<string | null, number>();
  const out: Quote[] = [];
  for (const q of sorted) {
    const n = perSpeaker.get(q.speaker) ?? 0;
    if (n >= MAX_PER_SPEAKER) continue;
    perSpeaker.set(q.speaker, n + 1);
    out.push(q);
    if (out.length === MAX_KEY) break;
  }
  return out;
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
