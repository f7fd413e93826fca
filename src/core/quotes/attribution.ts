/**
 * Who said a quotation, from the words around it: `"Q," X said`, `"Q," said X`, `X said: "Q"`,
 * `according to X`, `"Q" — X`, `X: "Q"`, and the CJK forms (「Q」と述べた, "Q"라고 말했다, X说："Q").
 */
import { ACCORDING, AUX, AUX_WORDS, NAME, VERB } from './patterns';
import type { Layout, Span } from './spans';
import { subjectAfter, subjectBefore, type Mention } from './subject';
import { cjkAfter, cjkBefore } from './cjk';

/** A speaker mention and the construction that tied it to the quote. */
export interface Attribution {
  mention: Mention;
  via: 'post' | 'pre' | 'dash' | 'according' | 'colon';
}

/** The clause before and after a quote, cut at sentence ends and at neighbouring quotes. */
export interface Context {
  pre: string;
  preStart: number;
  post: string;
  postStart: number;
}

const VERB_G = new RegExp(`(?<![\\p{L}\\-])${VERB}(?![\\p{L}\\-])`, 'gu');
const POST_VERB_FIRST_RE = new RegExp(`^[\\s,.;:!?—–-]*${AUX}${VERB}\\s+`, 'u');
const POST_DASH_RE = /^\s*[,.]?\s*[—–―]\s*/u;
const POST_ACCORDING_RE = new RegExp(`^[\\s,]*${ACCORDING}\\s+`, 'iu');
const POST_LEAD_RE = /^[\s,.;:!?—–-]*/u;
// French inversion: « … », dit-il / a-t-elle ajouté.
const POST_FR_INVERTED_RE = /^[\s,]*(?:\p{L}+-t-|\p{L}+-)(il|elle|ils|elles)(?!\p{L})/u;
const PRE_COLON_RE = new RegExp(`^\\s*(${NAME})\\s*:\\s*$`, 'u');
const PRE_ACCORDING_RE = new RegExp(`${ACCORDING}\\s+([^,:]{1,80}?)\\s*[,:]?\\s*$`, 'iu');
const AUX_END_RE = new RegExp(`(?:\\s+(?:${AUX_WORDS}))+\\s*$`, 'u');
// What may precede the name inside a leading speaker phrase: "the economist Jared Bernstein".
const NP_LEAD_RE = /^(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\-]+\s+)*)?$/u;
// Between a speaker and the verb: "on Tuesday", ", a spokesman for the ministry,", ", who …,".
const TIME_TAIL_RE =
  /\s+(?:on|last|this|late|early|earlier|later)\s+(?:\p{Lu}\p{L}+|week|night|morning|afternoon|evening|month|year)(?:\s+(?:night|morning|afternoon|evening))?\s*$/u;
const APPOSITION_TAIL_RE = /,\s+[^,]{1,140},\s*$/u;
const SENTENCE_END_G = /[.!?…。！？]['"”’»」]*\s*(?=["“‘«„「\p{Lu}\p{N}\p{Script=Han}\p{Script=Hangul}]|$)/gu;
const ABBREV_RE =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Prof|Lt|Col|Capt|Sgt|Rev|Mt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|U\.S|U\.K|\p{Lu})$/u;

/** Cuts the clause around span `k`: from the last sentence start before it to the next sentence end. */
export function contextOf(layout: Layout, spans: readonly Span[], k: number): Context {
  const span = spans[k]!;
  const prev = spans[k - 1];
  const next = spans[k + 1];
  const paraStart = layout.starts[span.paragraph]!;
  const paraEnd = layout.ends[span.lastParagraph]!;
  const from = prev && prev.end > paraStart ? prev.end : paraStart;
  const to = next && next.start < paraEnd ? next.start : paraEnd;
  let pre = layout.text.slice(from, span.start);
  let preStart = from;
  for (const m of pre.matchAll(SENTENCE_END_G)) {
    if (isAbbreviation(pre, m.index)) continue;
    preStart = from + m.index + m[0].length;
  }
  pre = layout.text.slice(preStart, span.start);
  let post = layout.text.slice(span.end, to);
  for (const m of post.matchAll(SENTENCE_END_G)) {
    if (m.index === 0 || isAbbreviation(post, m.index)) continue;
    post = post.slice(0, m.index);
    break;
  }
  return { pre, preStart, post, postStart: span.end };
}

/** The attribution of a quote given its clause, or null when the words around it name no one. */
export function attribute(ctx: Context): Attribution | null {
  const { pre, post, preStart, postStart } = ctx;
  const cjk = cjkAfter(post, postStart, pre, preStart) ?? cjkBefore(pre, preStart);
  if (cjk) return { mention: cjk, via: 'post' };
  const dash = POST_DASH_RE.exec(post);
  if (dash) {
    const m = subjectAfter(post.slice(dash[0].length), postStart + dash[0].length);
    if (m && m.kind !== 'pronoun') return { mention: m, via: 'dash' };
  }
  const acc = POST_ACCORDING_RE.exec(post);
  if (acc) {
    const m = subjectAfter(post.slice(acc[0].length), postStart + acc[0].length);
    if (m) return { mention: m, via: 'according' };
  }
  const fr = POST_FR_INVERTED_RE.exec(post);
  if (fr) return { mention: { text: fr[1]!, pos: postStart + fr[0].length - fr[1]!.length, kind: 'pronoun' }, via: 'post' };
  const verbFirst = POST_VERB_FIRST_RE.exec(post);
  if (verbFirst) {
    const m = subjectAfter(post.slice(verbFirst[0].length), postStart + verbFirst[0].length);
    if (m) return { mention: m, via: 'post' };
  }
  const subjFirst = subjectThenVerb(post, postStart);
  if (subjFirst) return { mention: subjFirst, via: 'post' };
  return attributeBefore(pre, preStart);
}

function attributeBefore(pre: string, preStart: number): Attribution | null {
  const colon = PRE_COLON_RE.exec(pre);
  if (colon) return { mention: { text: colon[1]!, pos: preStart + pre.indexOf(colon[1]!), kind: 'name' }, via: 'colon' };
  const acc = PRE_ACCORDING_RE.exec(pre);
  if (acc) {
    const m = subjectAfter(acc[1]!, preStart + acc.index + acc[0].indexOf(acc[1]!));
    if (m) return { mention: m, via: 'according' };
  }
  // The nearest verb wins: "Lee said the talks went well and Takaichi told reporters: …".
  const verbs = [...pre.matchAll(VERB_G)];
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v]!;
    const after = pre.slice(verb.index + verb[0].length);
    if (after.split(/\s+/).length > 14) break;
    const m = subjectBefore(trimToSubject(pre.slice(0, verb.index)), preStart);
    if (m) return { mention: m, via: 'pre' };
  }
  return null;
}

/** `, Lee said` / `, a spokesman for the ministry, said`: the whole lead must be the speaker. */
function subjectThenVerb(post: string, postStart: number): Mention | null {
  VERB_G.lastIndex = 0;
  const verb = VERB_G.exec(post);
  if (!verb || verb.index > 200) return null;
  const lead = POST_LEAD_RE.exec(post)![0].length;
  if (verb.index <= lead) return null;
  const words = trimToSubject(post.slice(lead, verb.index));
  if (words.split(/\s+/).length > 8) return null;
  const m = subjectBefore(words, postStart + lead);
  if (!m) return null;
  const before = post.slice(lead, m.pos - postStart);
  return m.pos - postStart === lead || NP_LEAD_RE.test(before) ? m : null;
}

function trimToSubject(s: string): string {
  return s.replace(AUX_END_RE, '').replace(TIME_TAIL_RE, '').replace(APPOSITION_TAIL_RE, '').trimEnd();
}

function isAbbreviation(s: string, dotIndex: number): boolean {
  return s[dotIndex] === '.' && ABBREV_RE.test(s.slice(Math.max(0, dotIndex - 6), dotIndex));
}
