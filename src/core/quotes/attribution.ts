/**
 * Who said a quotation, from the words around it: `"Q," X said`, `"Q," said X`, `X said: "Q"`,
 * `according to X`, `"Q" — X`, `X: "Q"`, and the CJK forms (「Q」と述べた, "Q"라고 말했다, X说："Q").
 */
import { ACCORDING, AUX, AUX_WORDS, NAME, PARTICIPLE, VERB } from './patterns';
import type { Context } from './context';
import { subjectAfter, subjectBefore, type Mention } from './subject';
import { cleanName } from './names';
import { NAME_ONLY_RE, sentenceSubject, subjectEndingAt, trimToSubject } from './sentence';
import { cjkAfter, cjkBefore } from './cjk';

export type { Context } from './context';

/** A speaker mention and the construction that tied it to the quote. */
export interface Attribution {
  mention: Mention;
  via: 'post' | 'pre' | 'dash' | 'according' | 'colon';
}

// Global only for matchAll (which copies it): exec on a global regex would keep state between calls.
const VERB_G = new RegExp(`(?<![\\p{L}\\-])${VERB}(?![\\p{L}\\-])`, 'gu');
const VERB_RE = new RegExp(VERB_G.source, 'u');
const PRE_WINDOW = 300;
const POST_VERB_FIRST_RE = new RegExp(`^[\\s,.;:!?—–-]*${AUX}${VERB}\\s+`, 'u');
// A dash before the speaker; a hyphen only when spaced or touching the name ("- Sanders.", "-President Obama").
const POST_DASH_RE = /^\s*[,.]?\s*(?:[—–―]|-(?=\s?\p{Lu}))\s*/u;
const SIGNATURE_RE = new RegExp(`^\\s*[—–―-]\\s*(${NAME})(?:,[^.!?]{0,100})?\\.?\\s*$`, 'u');
const POST_ACCORDING_RE = new RegExp(`^[\\s,]*${ACCORDING}\\s+`, 'iu');
const DASH_TAIL_RE = /^\s*(?:[,(].*)?[.]?\s*$/su;
// The clause after a finished quote that ends in a colon or comma introduces the next quote.
const INTRODUCES_NEXT_RE = /[,:]\s*$/u;
const POST_LEAD_RE = /^[\s,.;:!?—–-]*/u;
// French inversion: « … », dit-il / a-t-elle ajouté.
const POST_FR_INVERTED_RE = /^[\s,]*(?:\p{L}+-t-|\p{L}+-)(il|elle|ils|elles)(?!\p{L})/u;
// "Warren, in a statement: “…”": an aside between the speaker and the colon.
const PRE_COLON_ASIDE_RE = new RegExp(`(?:^\\s*|[-—–•|]\\s+)(${NAME}),\\s+(?:in|on|at|via|during|speaking|writing|asked|when)\\s[^,:.!?"“”]{1,60}?,?\\s*:\\s*$`, 'u');
// "… including Mitt Romney -- ''…'' -- and …": a name, then a dash opening the quote.
const PRE_NAME_DASH_RE = new RegExp(`(?:^|\\s)(${NAME})\\s*(?:--|—|–)\\s*$`, 'u');
const ENDS_WITH_DASH_RE = /(?:--|[—–-])\s*$/u;
const PRE_COLON_RE = new RegExp(`(?:^\\s*|[-—–•|]\\s+)(${NAME})(?:\\s*\\([^()]{1,24}\\))?\\s*:\\s*$`, 'u');
const PRE_NAME_COLON_RE = new RegExp(`(?:^|\\s)(${NAME})\\s*:\\s*$`, 'u');
const PRE_SAID_FIRST_RE = /^\s*(?:Said|Says|Added|Wrote|Stated|Explained|Continued|Replied|Responded)\s+/u;
const PRE_AND_SAID_RE = new RegExp(`\\s(?:and|then)\\s+(?:${AUX_WORDS}\\s+)?(?:said|added|told|wrote|asked)(?![\\p{L}])[^.!?;]{0,40}?[,:]?\\s*$`, 'u');
// Not after a preposition that makes the name an object: "on Facebook writing", "to Wired explaining".
const NAME_BEFORE_PARTICIPLE_RE = new RegExp(
  `(?:^|(?<!\\s(?:on|to|at|in|from|by|for|about|into|onto|via|through))\\s)(${NAME})(?:\\s+\\p{Ll}+ly)?\\s*$`,
  'u',
);
const POSSESSIVE_BEFORE_QUOTE_RE = /\p{Lu}[\p{L}\-]*['’]s?\s+(?:[\p{Ll}\-]+\s+){0,2}$/u;
const NAME_BEFORE_INFINITIVE_RE = new RegExp(`(?:^|\\s)(${NAME})(?:\\s+\\p{Ll}+){1,3}\\s*$`, 'u');
const VERB_END_RE = new RegExp(`(?<![\\p{L}\\-])${VERB},?\\s*$`, 'u');
// The words after a speech verb in an attribution that follows a full stop: "… said Tuesday."
// A longer subject when it is a name and its apposition ("Scott Pruitt, the attorney general of
// Oklahoma, said"); a longer tail when it is where or when ("said at a Washington event this month").
const TAIL_AFTER_VERB = `(?:\\s+[^\\s]+){0,4}?(?:\\s+(?:at|in|on|during|to|after|before|from|while|when|as|via|through)(?:\\s+[^\\s]+){1,6})?\\s*[.!?]?\\s*$`;
const SHORT_TAIL_RE = new RegExp(
  `^\\s*[^\\s]+(?:\\s+[^\\s]+){0,5}?\\s+${VERB}${TAIL_AFTER_VERB}|^\\s*${VERB}\\s|^\\s*${NAME},\\s(?:[^.!?]|\\.(?=\\w)){1,160}?\\s${VERB}${TAIL_AFTER_VERB}|^\\s*[^,.!?]{1,80},\\s+${NAME},\\s+${VERB}${TAIL_AFTER_VERB}`,
  'u',
);
// Words allowed before a name in a leading speaker phrase: "Wyoming GOP chairman Matt Micheli".
const LEAD_WORDS_RE = /^(?:(?!(?:and|or|but|that|which|who|said|says|told|when|while|because|if|is|was|were|are|has|had|have|then|also)\s)[\p{L}\p{N}'’.\-]+\s+){0,6}$/u;
const PRE_PARTICIPLE_RE = new RegExp(`(?:^|[\\s,])(?:and\\s+)?${PARTICIPLE}(?![\\p{L}])[^.!?;]{0,60}?[,:.]?\\s*$`, 'u');
const ENDS_WITH_COLON_RE = /:\s*$/u;
const PRE_ACCORDING_RE = new RegExp(`${ACCORDING}\\s+([^,:]{1,80}?)(?:,[^,:]{1,80})?\\s*[,:]?\\s*$`, 'iu');
// What may precede the name inside a leading speaker phrase: "the economist Jared Bernstein".
const NP_LEAD_RE = /^(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\-]+\s+)*)?$/u;
// A role phrase before a name in apposition: "Google's chief human resources executive, ".
const ROLE_COMMA_RE = /^[^,.;:!?]{1,80},\s+$/u;
// "“…” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": an apposition left open.
const NAME_OPEN_APPOS_RE = new RegExp(`^(${NAME}),\\s+(?:[Aa]n?\\s|[Tt]he\\s|\\p{Ll})`, 'u');


/** The attribution of a quote given its clause, or null when the words around it name no one. */
export function attribute(ctx: Context): Attribution | null {
  const { pre, post, preStart, postStart } = ctx;
  const cjk = cjkAfter(post, postStart, pre, preStart, ctx.text) ?? cjkBefore(pre, preStart);
  if (cjk) return { mention: cjk, via: 'post' };
  // A quote paragraph signed on the next line: "“…”" then "- Bernie Sanders." or "— Ann Roy, a commuter".
  const signed = post.trim() === '' && ctx.nextParagraph ? SIGNATURE_RE.exec(ctx.nextParagraph) : null;
  if (signed) return { mention: { text: signed[1]!, pos: ctx.nextStart + signed[0].indexOf(signed[1]!), kind: 'name' }, via: 'dash' };
  const dash = POST_DASH_RE.exec(post);
  if (dash) {
    const rest = post.slice(dash[0].length);
    const m = subjectAfter(rest, postStart + dash[0].length);
    // "“…” — Sarah Lind, a commuter": the speaker ends the sentence; "— the balloons cascaded" does not.
    const tail = m ? rest.slice(m.pos - postStart - dash[0].length + m.text.length) : '';
    if (m && m.kind !== 'pronoun' && DASH_TAIL_RE.test(tail)) return { mention: m, via: 'dash' };
  }
  const acc = POST_ACCORDING_RE.exec(post);
  if (acc) {
    const m = subjectAfter(post.slice(acc[0].length), postStart + acc[0].length);
    if (m) return { mention: m, via: 'according' };
  }
  const fr = POST_FR_INVERTED_RE.exec(post);
  if (fr) return { mention: { text: fr[1]!, pos: postStart + fr[0].length - fr[1]!.length, kind: 'pronoun' }, via: 'post' };
  // After "…." a clause such as "The star then recalled an incident…" starts a new sentence.
  if (ctx.fullStop && !SHORT_TAIL_RE.test(post)) return attributeBefore(pre, preStart, sentenceOf(ctx)) ?? attributeFromLead(ctx);
  if (ctx.finished && ctx.beforeNext && INTRODUCES_NEXT_RE.test(post)) return attributeBefore(pre, preStart, sentenceOf(ctx)) ?? attributeFromLead(ctx);
  const verbFirst = POST_VERB_FIRST_RE.exec(post);
  if (verbFirst) {
    const m = subjectAfter(post.slice(verbFirst[0].length), postStart + verbFirst[0].length);
    if (m) return { mention: m, via: 'post' };
  }
  const subjFirst = subjectThenVerb(post, postStart);
  if (subjFirst) return { mention: subjFirst, via: 'post' };
  const tail = ctx.finished ? null : attributeTail(post, postStart);
  if (tail) return { mention: tail, via: 'post' };
  return attributeBefore(pre, preStart, sentenceOf(ctx)) ?? attributeFromLead(ctx);
}

/** The quote's whole sentence before it, across earlier quotes, when it differs from `pre`. */
function sentenceOf(ctx: Context): { text: string; start: number } | undefined {
  return ctx.sentenceStart < ctx.preStart ? { text: ctx.sentence, start: ctx.sentenceStart } : undefined;
}

/** A quote opening its sentence right after "Marsh said she was confident." is Marsh's. */
function attributeFromLead(ctx: Context): Attribution | null {
  if (ctx.pre.trim() !== '' || !ctx.lead.trim() || /["“”„«»「」]/.test(ctx.lead)) return null;
  const a = attributeBefore(ctx.lead, ctx.leadStart);
  return a && a.via === 'pre' ? a : null;
}

function attributeBefore(whole: string, wholeStart: number, sentence?: { text: string; start: number }): Attribution | null {
  // Attributions sit close to the quote; patterns anchored at the end would otherwise rescan
  // long sentences from every position.
  const cut = Math.max(0, whole.length - PRE_WINDOW);
  const pre = cut ? whole.slice(cut) : whole;
  const preStart = wholeStart + cut;
  // Anchored at the end but scanned from every start: run only when the end can match.
  const endsColon = ENDS_WITH_COLON_RE.test(pre);
  const colon = endsColon
    ? (PRE_COLON_RE.exec(pre) ?? PRE_COLON_ASIDE_RE.exec(pre))
    : ENDS_WITH_DASH_RE.test(pre)
      ? PRE_NAME_DASH_RE.exec(pre)
      : null;
  if (colon) return { mention: { text: colon[1]!, pos: preStart + pre.indexOf(colon[1]!), kind: 'name' }, via: 'colon' };
  const acc = PRE_ACCORDING_RE.exec(pre);
  if (acc) {
    const m = subjectAfter(acc[1]!, preStart + acc.index + acc[0].indexOf(acc[1]!));
    if (m) return { mention: m, via: 'according' };
  }
  const saidFirst = PRE_SAID_FIRST_RE.exec(pre);
  if (saidFirst) {
    const m = subjectAfter(pre.slice(saidFirst[0].length), preStart + saidFirst[0].length);
    if (m?.kind === 'name') return { mention: m, via: 'pre' };
  }
  const participle = PRE_PARTICIPLE_RE.exec(pre) ?? PRE_AND_SAID_RE.exec(pre);
  if (participle) {
    // "…, Nefzi said, adding, …" names the speaker just before; otherwise the sentence's subject.
    const head = pre.slice(0, participle.index);
    const verb = VERB_END_RE.exec(head);
    // "footage of Trump saying", "with Trump reportedly yelling": the name right before it, no comma.
    // "… endorsed Clinton, saying": after a comma the participle belongs to the sentence's subject.
    // "Marsh was prompted to say": an infinitive may follow a short verb phrase after the name.
    const joined = !verb && /^\s/u.test(participle[0]) && !participle[0].trimStart().startsWith('and');
    const infinitive = /^\s*to\s/u.test(participle[0]);
    const own = joined ? (infinitive ? NAME_BEFORE_INFINITIVE_RE : NAME_BEFORE_PARTICIPLE_RE).exec(head) : null;
    const ownName = own && cleanName(own[1]!) ? { text: own[1]!, pos: preStart + own.index + own[0].indexOf(own[1]!), kind: 'name' as const } : null;
    const m = verb ? subjectEndingAt(head.slice(0, verb.index), preStart) : ownName ?? sentenceSubject(head, preStart);
    if (m) return { mention: m, via: 'pre' };
    const s = sentence && sentenceSubject(sentence.text, sentence.start);
    if (s && s.kind === 'name') return { mention: s, via: 'pre' };
  }
  // The nearest verb wins: "Lee said the talks went well and Takaichi told reporters: …".
  const verbs = [...pre.matchAll(VERB_G)];
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v]!;
    const after = pre.slice(verb.index + verb[0].length);
    if (after.split(/\s+/).length > 14) break;
    // "Marsh mocked Okafor's “plan …”": the quote is the other person's words.
    if (/['’]/u.test(after) && POSSESSIVE_BEFORE_QUOTE_RE.test(after)) break;
    const m = subjectEndingAt(pre.slice(0, verb.index), preStart);
    if (m) return { mention: m, via: 'pre' };
  }
  // "Sen. Claire McCaskill scolded him: “…”": a colon hands the quote to the sentence's subject.
  if (ENDS_WITH_COLON_RE.test(pre)) {
    const m = sentenceSubject(pre, preStart) ?? (sentence ? sentenceSubject(sentence.text, sentence.start) : null);
    if (m && m.kind === 'name') return { mention: m, via: 'pre' };
  }
  // "… doesn't surprise Republican pollster Daron Shaw: “…”": a full name right before a colon.
  const named = endsColon ? PRE_NAME_COLON_RE.exec(pre) : null;
  if (named && /^\S+(?:\s+\S+){1,3}$/.test(named[1]!.trim())) {
    return { mention: { text: named[1]!, pos: preStart + named.index + named[0].indexOf(named[1]!), kind: 'name' }, via: 'colon' };
  }
  return null;
}

/** `, Lee said` / `, a spokesman for the ministry, said`: the whole lead must be the speaker. */
function subjectThenVerb(post: string, postStart: number): Mention | null {
  const verb = VERB_RE.exec(post);
  if (!verb || verb.index > 200) return null;
  const lead = POST_LEAD_RE.exec(post)![0].length;
  if (verb.index <= lead) return null;
  // "Scott Pruitt, the attorney general of Oklahoma, …, said": a name then its apposition.
  const open = NAME_OPEN_APPOS_RE.exec(post.slice(lead, verb.index));
  const named = open ? subjectAfter(open[1]!, postStart + lead) : null;
  if (named?.kind === 'name') return named;
  const words = trimToSubject(post.slice(lead, verb.index));
  const m = words.split(/\s+/).length > 8 ? null : subjectBefore(words, postStart + lead);
  const before = m ? post.slice(lead, m.pos - postStart) : '';
  if (m && (m.pos - postStart === lead || NP_LEAD_RE.test(before) || LEAD_WORDS_RE.test(before) || ROLE_COMMA_RE.test(before))) return m;
  return null;
}

/**
 * `"…" if she didn't win by more, said David Wasserman.`: a partial quote inside a sentence whose
 * attribution closes it, after a comma. Only a clause that runs to the end of the sentence counts.
 */
function attributeTail(post: string, postStart: number): Mention | null {
  const commas = [...post.matchAll(/,\s+/gu)].slice(-4).reverse();
  for (const c of commas) {
    const at = c.index;
    const rest = post.slice(at);
    const verbFirst = POST_VERB_FIRST_RE.exec(rest);
    if (verbFirst) {
      const m = subjectAfter(rest.slice(verbFirst[0].length), postStart + at + verbFirst[0].length);
      const tail = m ? post.slice(m.pos - postStart + m.text.length) : '';
      if (m && m.kind !== 'pronoun' && DASH_TAIL_RE.test(tail)) return m;
      continue;
    }
    if (SHORT_TAIL_RE.test(rest.slice(c[0].length))) {
      const m = subjectThenVerb(rest, postStart + at);
      if (m && m.kind !== 'pronoun') return m;
    }
  }
  return null;
}

