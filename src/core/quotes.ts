/**
 * Key quotes: every direct quotation in an article's clean text, who said it, and the best five.
 *
 * Pure: paragraphs in, plain data out; no DOM, no globals beyond precompiled patterns.
 * The pipeline: quote marks (quotes/marks) → spans (quotes/spans) → scare quotes dropped
 * (quotes/filter) → attribution from the clause around each quote (quotes/context,
 * quotes/attribution, quotes/partial, quotes/sentence, quotes/subject, quotes/cjk) → speakers resolved
 * (quotes/names, quotes/roles, quotes/resolve) → the key quotes chosen once (quotes/rank).
 *
 * A quote split by its attribution ("…," he said. "…") stays two quotes with the same speaker,
 * so each keeps exact offsets for highlighting; a quote running over paragraphs is one quote.
 */
import type { Quote } from './types';
import { attribute } from './quotes/attribution';
import { attributePartial } from './quotes/partial';
import { contextOf, type Context } from './quotes/context';
import { isScareQuote } from './quotes/filter';
import { normaliseSpaces, scanMarks } from './quotes/marks';
import { collectPeople, type Person } from './quotes/names';
import { contentWords, pickKeyQuotes, scoreQuote, type Candidate, type RankContext } from './quotes/rank';
import { inheritSpeakers, resolveSpeakers } from './quotes/resolve';
import { layoutOf, pairMarks } from './quotes/spans';

/** What `findQuotes` reads: the clean paragraphs, and the headline for ranking and names. */
export interface QuotesInput {
  paragraphs: string[];
  title?: string | null;
  /**
   * BCP 47 language of the text, if known. Accepted for the contract but not needed yet: the
   * patterns cover English, French, German, Polish, Swedish, Japanese, Korean and Chinese at once,
   * and no rule of one language misfires on another in the fixtures and the benchmark.
   */
  lang?: string | null;
}

/**
 * Every quote in reading order, and at most five key quotes, best first: the one ranking every view
 * shows as it is (quotes/rank).
 */
export interface QuotesResult {
  quotes: Quote[];
  keyQuotes: Quote[];
}

/** Two readings of one quote's clause that say the same in every field. */
function sameClause(a: Context, b: Context): boolean {
  return a === b || (Object.keys(a) as (keyof Context)[]).every((k) => a[k] === b[k]);
}

/**
 * Finds the direct quotations in `paragraphs`. `start`/`end` are offsets into
 * `paragraphs.join("\n\n")` and include the quote marks; `text` is the quoted words without
 * marks (a trailing comma dropped, continued paragraphs joined with a space); `paragraph` is
 * where the quote opens.
 */
export function findQuotes(input: QuotesInput): QuotesResult {
  const title = input.title ? normaliseSpaces(input.title) : null;
  const text = normaliseSpaces(input.paragraphs.join('\n\n'));
  const layout = layoutOf(input.paragraphs, text);
  const all = pairMarks(layout, scanMarks(text));
  const first = all.map((_, k) => contextOf(layout, all, k));
  const firstAttributions = first.map(attribute);
  const kept = all.flatMap((span, k) => (isScareQuote(span.inner, first[k]!, firstAttributions[k]!) ? [] : [k]));
  const spans = kept.map((k) => all[k]!);
  // No quotes, nobody to name: the text's name runs (a long pattern over the whole text) aren't read.
  if (spans.length === 0) return { quotes: [], keyQuotes: [] };
  // Again without the scare quotes, so a clause reaches back over a term in quotes
  // ("addressing her as “Hillary” and telling her, “…”").
  const contexts = spans.length === all.length ? first : spans.map((_, k) => contextOf(layout, spans, k));
  // A partial quote inside its subject's sentence is read only after the filter, which must still see
  // a title or a term inside an unattributed sentence as such.
  // Each clause is read once: the filter's reading of a quote stands when its clause is the same (a
  // dropped scare quote changes only its neighbours' clauses), since attribution reads the clause alone.
  const attributions = contexts.map((ctx, k) => (sameClause(ctx, first[kept[k]!]!) ? firstAttributions[kept[k]!]! : attribute(ctx)) ?? attributePartial(ctx));
  const people = collectPeople(title, text);
  const speakers = resolveSpeakers(layout, spans, attributions, people);
  inheritSpeakers(layout, spans, contexts, speakers);

  const rank = rankContext(input.paragraphs, title, people);
  const candidates: Candidate[] = [];
  const quotes: Quote[] = spans.map((span, k) => {
    const q: Quote = {
      text: span.inner,
      speaker: speakers[k]?.speaker ?? null,
      speakerMention: speakers[k]?.mention ?? null,
      paragraph: span.paragraph,
      start: span.start,
      end: span.end,
      score: 0,
    };
    q.score = scoreQuote(q, rank);
    candidates.push({ quote: q, named: !!speakers[k] && !speakers[k]!.group });
    return q;
  });
  return { quotes, keyQuotes: pickKeyQuotes(candidates) };
}

function rankContext(paragraphs: readonly string[], title: string | null, people: readonly Person[]): RankContext {
  const counts = new Map<string, number>();
  const mentions = (speaker: string): number => {
    let n = counts.get(speaker);
    if (n === undefined) {
      // Count runs naming the speaker's last word: "Lee", "President Lee Jae Myung", "Lee's".
      const last = speaker.split(' ').pop() ?? speaker;
      n = people.filter((p) => p.raw.includes(last)).length;
      counts.set(speaker, n);
    }
    return n;
  };
  return {
    paragraphCount: paragraphs.length,
    titleWords: new Set(title ? contentWords(title) : []),
    mentions,
    title: title ?? '',
    lede: paragraphs[0] ?? '',
  };
}
