/**
 * Partial quotes inside the writer's own sentence, read after the scare-quote filter: the words of
 * the sentence's subject when that subject is a person the text names again.
 */
import type { Attribution } from './attribution';
import type { Context } from './context';
import { cleanName } from './names';
import { NAME } from './patterns';
import { sentenceSubject } from './sentence';

// How far a partial quote may sit from its sentence's subject, and words that bring in another voice.
const PARTIAL_REACH = 120;
const OTHER_VOICE_RE = new RegExp(`\\p{Lu}[\\p{L}\\-]*['’]s?\\s|\\s(?:by|from|of|to|with|against|at)\\s+${NAME}|["“”«»„]`, 'u');
const FULL_NAME_RE = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/**
 * `Moore thanked him for “stepping up when Congress won't.”`: a quote inside a sentence with no
 * speech verb is the words of the sentence's subject, a person named right there. Not when another
 * person's words could be meant ("mocked Trump's “…”", "a line by Frum, “…”"), nor far from the subject.
 */
export function attributePartial(ctx: Context): Attribution | null {
  const pre = ctx.pre.trimEnd();
  if (!pre || /[.!?:;]$/u.test(pre) || ctx.sentence.length - ctx.pre.length > 0) return null;
  const m = sentenceSubject(ctx.sentence, ctx.sentenceStart);
  if (!m || m.kind !== 'name') return null;
  // A lone word must name someone the text mentions again ("Filling in for …" and "Unless" do not).
  const clean = cleanName(m.text);
  if (!clean || (clean.tokens.length < 2 && ctx.text.split(clean.name).length < 3)) return null;
  const between = ctx.sentence.slice(m.pos - ctx.sentenceStart + m.text.length);
  if (between.length > PARTIAL_REACH || OTHER_VOICE_RE.test(between) || FULL_NAME_RE.test(between)) return null;
  return { mention: m, via: 'pre' };
}
