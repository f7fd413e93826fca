/**
 * Who said a quotation, from the words around it: `"Q," X said`, `"Q," said X`, `X said: "Q"`,
 * `according to X`, `"Q" — X`, `X: "Q"`, and the CJK forms (「Q」と述べた, "Q"라고 말했다, X说："Q").
 */
import { ACCORDING, AUX, AUX_WORDS, NAME, PARTICIPLE, VERB } from './patterns';
import type { Context } from './context';
import { subjectAfter, subjectBefore, type Mention } from './subject';
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
const SUBJECT_WINDOW = 160;
const POST_VERB_FIRST_RE = new RegExp(`^[\\s,.;:!?—–-]*${AUX}${VERB}\\s+`, 'u');
const POST_DASH_RE = /^\s*[,.]?\s*[—–―]\s*/u;
const POST_ACCORDING_RE = new RegExp(`^[\\s,]*${ACCORDING}\\s+`, 'iu');
const DASH_TAIL_RE = /^\s*(?:[,(].*)?[.]?\s*$/su;
// The clause after a finished quote that ends in a colon or comma introduces the next quote.
const INTRODUCES_NEXT_RE = /[,:]\s*$/u;
const POST_LEAD_RE = /^[\s,.;:!?—–-]*/u;
// French inversion: « … », dit-il / a-t-elle ajouté.
const POST_FR_INVERTED_RE = /^[\s,]*(?:\p{L}+-t-|\p{L}+-)(il|elle|ils|elles)(?!\p{L})/u;
// "Warren, in a statement: “…”": an aside between the speaker and the colon.
const PRE_COLON_ASIDE_RE = new RegExp(`(?:^\\s*|[-—–•|]\\s+)(${NAME}),\\s+(?:in|on|at|via|during|speaking|writing|asked|when)\\s[^,:.!?"“”]{1,60}?,?\\s*:\\s*$`, 'u');
const PRE_COLON_RE = new RegExp(`(?:^\\s*|[-—–•|]\\s+)(${NAME})\\s*:\\s*$`, 'u');
// "Clinton, exasperated, famously responded": adverbs between the speaker and the verb.
const ADVERB_END_RE = /(?:\s+\p{Ll}+ly)+\s*$/u;
const PRE_NAME_COLON_RE = new RegExp(`(?:^|\\s)(${NAME})\\s*:\\s*$`, 'u');
const PRE_SAID_FIRST_RE = /^\s*(?:Said|Says|Added|Wrote)\s+/u;
const PRE_AND_SAID_RE = new RegExp(`\\s(?:and|then)\\s+(?:${AUX_WORDS}\\s+)?(?:said|added|told|wrote|asked)(?![\\p{L}])[^.!?;]{0,40}?[,:]?\\s*$`, 'u');
const VERB_END_RE = new RegExp(`(?<![\\p{L}\\-])${VERB},?\\s*$`, 'u');
// The words after a speech verb in an attribution that follows a full stop: "… said Tuesday."
// A longer subject when it is a name and its apposition ("Scott Pruitt, the attorney general of
// Oklahoma, said"); a longer tail when it is where or when ("said at a Washington event this month").
const TAIL_AFTER_VERB = `(?:\\s+[^\\s]+){0,4}?(?:\\s+(?:at|in|on|during|to|after|before|from|while|when|via|through)(?:\\s+[^\\s]+){1,6})?\\s*[.!?]?\\s*$`;
const SHORT_TAIL_RE = new RegExp(
  `^\\s*[^\\s]+(?:\\s+[^\\s]+){0,5}?\\s+${VERB}${TAIL_AFTER_VERB}|^\\s*${VERB}\\s|^\\s*${NAME},\\s(?:[^.!?]|\\.(?=\\w)){1,160}?\\s${VERB}${TAIL_AFTER_VERB}|^\\s*[^,.!?]{1,80},\\s+${NAME},\\s+${VERB}${TAIL_AFTER_VERB}`,
  'u',
);
// Words allowed before a name in a leading speaker phrase: "Wyoming GOP chairman Matt Micheli".
const LEAD_WORDS_RE = /^(?:(?!(?:and|or|but|that|which|who|said|says|told|when|while|because|if|is|was|were|are|has|had|have|then|also)\s)[\p{L}\p{N}'’.\-]+\s+){0,6}$/u;
const PRE_PARTICIPLE_RE = new RegExp(`(?:^|[\\s,])(?:and\\s+)?${PARTICIPLE}(?![\\p{L}])[^.!?;]{0,60}?[,:.]?\\s*$`, 'u');
// An opening adverbial before the subject: "Later on Sunday, Carson shared …".
const LEAD_ADVERBIAL_RE = /^\s*(?:(?:But|And|So|Yet|Then|Still)\s+)?(?:[^,]{1,80},\s+)?/u;
// What follows a sentence's subject: its verb, perhaps after a party tag "(D-Mo.)".
const VERB_NEXT_RE = /^(?:\s*\([^()]{1,24}\))?\s+\p{Ll}/u;
const ENDS_WITH_COLON_RE = /:\s*$/u;
const CONJ_RE = /^\s*(?:(?:But|And|So|Yet|Then|Still)\s+)?/u;
const PRE_ACCORDING_RE = new RegExp(`${ACCORDING}\\s+([^,:]{1,80}?)(?:,[^,:]{1,80})?\\s*[,:]?\\s*$`, 'iu');
const AUX_END_RE = new RegExp(`(?:\\s+(?:${AUX_WORDS}))+\\s*$`, 'u');
// What may precede the name inside a leading speaker phrase: "the economist Jared Bernstein".
const NP_LEAD_RE = /^(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\-]+\s+)*)?$/u;
// Between a speaker and the verb: "on Tuesday", ", a spokesman for the ministry,", ", who …,".
const TIME_TAIL_RE =
  /\s+(?:on|last|this|late|early|earlier|later)\s+(?:\p{Lu}\p{L}+|week|night|morning|afternoon|evening|month|year)(?:\s+(?:night|morning|afternoon|evening))?\s*$/u;
const APPOSITION_TAIL_RE = /,\s+([^,]{1,140}),\s*$/u;
const APPOSITION_OPEN_RE = /^(?:\p{Ll}|\p{N}|(?:A|An|The|Who|Which)\s)/u;
const ENDS_WITH_NAME_RE = /\p{Lu}[\p{L}\p{M}'’.\-]*\)?$/u;
const PAREN_TAIL_RE = /\s*\([^()]{1,24}\),?\s*$/u;
const APPOSITION_THEN_VERB_RE = /^,\s+([^,]{1,100}),\s+\p{Ll}/u;
const INVERTED_BEFORE_RE = /[,”"]\s*$/u;
const NAME_ONLY_RE = new RegExp(`^${NAME}$`, 'u');
// A role phrase before a name in apposition: "Google's chief human resources executive, ".
const ROLE_COMMA_RE = /^[^,.;:!?]{1,80},\s+$/u;
// "“…” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": an apposition left open.
const NAME_OPEN_APPOS_RE = new RegExp(`^(${NAME}),\\s+(?:[Aa]n?\\s|[Tt]he\\s|\\p{Ll})`, 'u');


/** The attribution of a quote given its clause, or null when the words around it name no one. */
export function attribute(ctx: Context): Attribution | null {
  const { pre, post, preStart, postStart } = ctx;
  const cjk = cjkAfter(post, postStart, pre, preStart, ctx.text) ?? cjkBefore(pre, preStart);
  if (cjk) return { mention: cjk, via: 'post' };
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
  const colon = PRE_COLON_RE.exec(pre) ?? PRE_COLON_ASIDE_RE.exec(pre);
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
    const m = verb ? subjectEndingAt(head.slice(0, verb.index), preStart) : sentenceSubject(head, preStart);
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
    const m = subjectEndingAt(pre.slice(0, verb.index), preStart);
    if (m) return { mention: m, via: 'pre' };
  }
  // "Sen. Claire McCaskill scolded him: “…”": a colon hands the quote to the sentence's subject.
  if (ENDS_WITH_COLON_RE.test(pre)) {
    const m = sentenceSubject(pre, preStart) ?? (sentence ? sentenceSubject(sentence.text, sentence.start) : null);
    if (m && m.kind === 'name') return { mention: m, via: 'pre' };
  }
  // "… doesn't surprise Republican pollster Daron Shaw: “…”": a full name right before a colon.
  const named = PRE_NAME_COLON_RE.exec(pre);
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

/** The subject that opens a sentence, after an optional adverbial ("In February, Mr. Trump …"). */
function sentenceSubject(sentence: string, offset: number): Mention | null {
  const lead = LEAD_ADVERBIAL_RE.exec(sentence)![0].length;
  const conj = CONJ_RE.exec(sentence)![0].length;
  for (const cut of lead > conj ? [lead, conj] : [conj]) {
    const rest = sentence.slice(cut);
    const m = subjectAfter(rest, offset + cut);
    // A subject is followed by its verb: "Mr. Trump expressed", not "Ryan’s campaign shrugged off Trump’s".
    const at = m ? rest.indexOf(m.text) : -1;
    if (!m || at < 0) continue;
    const after = rest.slice(at + m.text.length);
    if (VERB_NEXT_RE.test(after)) return { ...m, pos: offset + cut + at };
    // "Schilling's son, Grant, defended …": a name in apposition to a role is the speaker.
    const appos = APPOSITION_THEN_VERB_RE.exec(after);
    if (appos && NAME_ONLY_RE.test(appos[1]!) && m.kind === 'group') {
      return { text: appos[1]!, pos: offset + cut + at + m.text.length + after.indexOf(appos[1]!), kind: 'name' };
    }
  }
  return null;
}

/** The last person named as the subject of a speech verb in `text` ("… Viguerie argues."). */
export function lastSpeechSubject(text: string): string | null {
  const verbs = [...text.slice(-PRE_WINDOW).matchAll(VERB_G)];
  const base = Math.max(0, text.length - PRE_WINDOW);
  for (let v = verbs.length - 1; v >= 0 && v >= verbs.length - 3; v--) {
    const at = base + verbs[v]!.index;
    // "…, said David Wasserman, an analyst": the inverted order names the speaker after the verb.
    if (INVERTED_BEFORE_RE.test(text.slice(Math.max(0, at - 3), at))) {
      const after = subjectAfter(text.slice(at + verbs[v]![0].length).trimStart(), 0);
      if (after?.kind === 'name') return after.text;
    }
    const m = subjectEndingAt(text.slice(0, at), 0);
    if (m?.kind === 'name') return m.text;
  }
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

/** The speaker phrase ending `s` (the words before a verb), looking only at its tail. */
function subjectEndingAt(s: string, offset: number): Mention | null {
  const cut = Math.max(0, s.length - SUBJECT_WINDOW);
  return subjectBefore(trimToSubject(s.slice(cut)), offset + cut);
}

function trimToSubject(s: string): string {
  let t = s.replace(ADVERB_END_RE, '').replace(AUX_END_RE, '').replace(TIME_TAIL_RE, '');
  // "Ted Cruz, Republican of Texas," and "X, a spokesman for Y," are appositions, one after another
  // at most three times ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing,");
  // in "after the primary, Gov. John Kasich (R-OH)," the part between commas is the subject itself,
  // and in "Sanders's campaign manager, Jeff Weaver," the name is.
  for (let i = 0; i < 3; i++) {
    const appos = APPOSITION_TAIL_RE.exec(t);
    if (!appos) break;
    const head = t.slice(0, appos.index);
    if (NAME_ONLY_RE.test(appos[1]!.trim()) && !ENDS_WITH_NAME_RE.test(head)) return t.replace(/,\s*$/u, '').trimEnd();
    if (!APPOSITION_OPEN_RE.test(appos[1]!) && !ENDS_WITH_NAME_RE.test(head)) break;
    t = head;
  }
  return t.replace(PAREN_TAIL_RE, '').trimEnd();
}
