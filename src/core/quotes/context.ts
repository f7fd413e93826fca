/**
 * The clause around a quotation: from the start of its sentence to the quote, and from the quote
 * to the end of the sentence or the next quote. Attribution reads only these.
 */
import type { Layout, Span } from './spans';

/** The clause before and after a quote, cut at sentence ends and at neighbouring quotes. */
export interface Context {
  pre: string;
  preStart: number;
  post: string;
  postStart: number;
  /** The sentence before the quote's own, when the quote opens its sentence: "Marsh said she was confident." */
  lead: string;
  leadStart: number;
  /** The quote closed with a full stop, so words after it more likely begin a new sentence. */
  fullStop: boolean;
  /** The quote closed with . ? or ! (not a comma, which asks for an attribution after it). */
  finished: boolean;
  /** `post` was cut short by the next quote in the same paragraph. */
  beforeNext: boolean;
  /** The quote's sentence up to the quote, reaching back over earlier quotes in it. */
  sentence: string;
  sentenceStart: number;
  /** The whole joined text, for the rare rule that looks further back (이 대통령 → 이재명 대통령). */
  text: string;
  /** The next paragraph when the quote ends its own ("“…”" then "— Bernie Sanders."), else ''. */
  nextParagraph: string;
  nextStart: number;
}

// A sentence ends at . ! ? (or their CJK forms), perhaps inside a closing mark, before a capital,
// a digit, an opening mark or CJK text. Used with matchAll only, which copies the regex.
const SENTENCE_END_G = /[.!?…。！？]['"”’»」]*\s*(?=["“‘'«„「\p{Lu}\p{N}\p{Script=Han}\p{Script=Hangul}]|$)/gu;
// A lone capital is an initial, also inside a party tag: "(D-N.Y.)", "(R-S.C.)".
const ABBREV_RE =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Prof|Lt|Col|Capt|Sgt|Rev|Mt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|U\.S|U\.K|\p{Lu})$|[-.]\p{Lu}$/u;

/** Cuts the clause around span `k`: from the last sentence start before it to the next sentence end. */
export function contextOf(layout: Layout, spans: readonly Span[], k: number): Context {
  const span = spans[k]!;
  const prev = spans[k - 1];
  const next = spans[k + 1];
  const paraStart = layout.starts[span.paragraph]!;
  const paraEnd = layout.ends[span.lastParagraph]!;
  const from = prev && prev.end > paraStart ? prev.end : paraStart;
  const to = next && next.start < paraEnd ? next.start : paraEnd;
  const preStart = lastSentenceStart(layout.text, from, span.start);
  const pre = layout.text.slice(preStart, span.start);
  let leadStart = preStart > from ? lastSentenceStart(layout.text, from, preStart, true) : preStart;
  // "Trump told the crowd:" ending one paragraph introduces the quote opening the next.
  const prevEnd = layout.ends[span.paragraph - 1];
  if (span.start === paraStart && prevEnd !== undefined && layout.text[prevEnd - 1] === ':' && !(prev && prev.end >= prevEnd - 2)) {
    leadStart = lastSentenceStart(layout.text, layout.starts[span.paragraph - 1]!, prevEnd);
  }
  const lead = layout.text.slice(leadStart, leadStart < paraStart ? prevEnd : preStart);
  let post = layout.text.slice(span.end, to);
  for (const m of post.matchAll(SENTENCE_END_G)) {
    if (m.index === 0 || isAbbreviation(post, m.index)) continue;
    post = post.slice(0, m.index);
    break;
  }
  const sentenceStart = preStart === from && from > paraStart ? lastSentenceStart(layout.text, paraStart, span.start) : preStart;
  const sentence = layout.text.slice(sentenceStart, span.start);
  const finished = /[.?!]$/.test(span.inner);
  const beforeNext = !!next && next.start < paraEnd;
  const endsParagraph = !next || next.paragraph > span.lastParagraph ? layout.text.slice(span.end, paraEnd).trim() === '' : false;
  const nextStart = endsParagraph ? (layout.starts[span.lastParagraph + 1] ?? -1) : -1;
  const nextParagraph = nextStart >= 0 ? layout.text.slice(nextStart, layout.ends[span.lastParagraph + 1]) : '';
  return {
    pre,
    preStart,
    lead,
    leadStart,
    post,
    postStart: span.end,
    fullStop: /\.$/.test(span.inner),
    finished,
    beforeNext,
    sentence,
    sentenceStart,
    text: layout.text,
    nextParagraph,
    nextStart,
  };
}

/**
 * Where the last sentence of text[from, to) starts. With `whole`, text[from, to) is known to end
 * a sentence, so its own final stop is not a boundary.
 */
function lastSentenceStart(text: string, from: number, to: number, whole = false): number {
  const s = text.slice(from, to);
  let start = from;
  for (const m of s.matchAll(SENTENCE_END_G)) {
    if (whole && m.index + m[0].length >= s.length) break;
    if (!isAbbreviation(s, m.index)) start = from + m.index + m[0].length;
  }
  return start;
}

function isAbbreviation(s: string, dotIndex: number): boolean {
  return s[dotIndex] === '.' && ABBREV_RE.test(s.slice(Math.max(0, dotIndex - 6), dotIndex));
}
