/**
 * Telling quotations from scare quotes, terms and titles: "shuttle diplomacy", a film's name, a
 * nickname. Those are short, sit mid-sentence, or follow "called", "dubbed", "known as".
 */
import { countWords } from '../text';
import type { Attribution, Context } from './attribution';

// A term being named: «… dubbed "shuttle diplomacy"», «the so-called "deal"», «a film titled "…"».
const NAMING_RE =
  /(?:\b(?:called|calls|call|calling|dubbed|dubs|dubbing|so-called|known as|titled|entitled|named|termed|labeled|labelled|branded|nicknamed|billed as|referred to as|the words?|the terms?|the phrase|the slogan|the hashtag|the headline|the book|the film|the movie|the song|the show)|genannt|appelé|appelée|dite?|kallad|kallade|nazywan[aye]|tzw\.?)\s*$/iu;
// 「安心プラン」と名付けた: a name given, in Japanese word order.
const CJK_NAMING_RE = /^\s*(?:と|라고|이라고)\s*(?:名付け|呼ば|呼ん|称し|命名|이름)/u;
const LONG_WORD_G = /[\p{L}][\p{L}'’\-]{3,}/gu;
const TITLE_MAX_WORDS = 10;
/** Under this many words a quote must stand alone as an utterance to count. */
export const SHORT_WORDS = 4;
/** A named term longer than this is taken as a real quote ("called it 'the worst deal …'"). */
const NAMED_TERM_MAX_WORDS = 8;

/** "Guardians of the Galaxy", "Tough Choices": a work's title, when nobody is said to say it. */
function isTitleCase(inner: string): boolean {
  const long = inner.match(LONG_WORD_G) ?? [];
  if (long.length < 2) return false;
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / long.length >= 0.8;
}

/** True when the span is a term, title or scare quote rather than something someone said. */
export function isScareQuote(inner: string, ctx: Context, attribution: Attribution | null): boolean {
  const words = countWords(inner);
  if (words === 0) return true;
  if ((NAMING_RE.test(ctx.pre.slice(-40)) || CJK_NAMING_RE.test(ctx.post)) && words < NAMED_TERM_MAX_WORDS) return true;
  if (!attribution && words <= TITLE_MAX_WORDS && isTitleCase(inner)) return true;
  if (words >= SHORT_WORDS) return false;
  // A short quote counts only as a whole utterance with its speaker: "No," he said. / He said: "No."
  if (!attribution) return true;
  const pre = ctx.pre.trim();
  if (attribution.via === 'post' || attribution.via === 'dash') return pre !== '';
  return !/[:,]$/.test(pre);
}
