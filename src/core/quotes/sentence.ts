/**
 * The subject of a sentence or clause: who opens it ("In February, Mr. Trump …"), who ends right
 * before a speech verb ("… Ted Cruz, Republican of Texas, said"), and who last spoke in a stretch
 * of text. Attribution (quotes/attribution) and pronoun resolution (quotes/resolve) read these.
 */
import { AUX_WORDS, NAME, VERB } from './patterns';
import { cleanName } from './names';
import { subjectAfter, subjectBefore, type Mention } from './subject';

// Global only for matchAll (which copies it).
const VERB_G = new RegExp(`(?<![\\p{L}\\-])${VERB}(?![\\p{L}\\-])`, 'gu');
const PRE_WINDOW = 300;
const SUBJECT_WINDOW = 160;
// "Clinton, exasperated, famously responded": adverbs between the speaker and the verb.
const ADVERB_END_RE = /(?:\s+\p{Ll}+ly)+\s*$/u;
// An opening adverbial before the subject: "Later on Sunday, Carson shared …".
const LEAD_ADVERBIAL_RE = /^\s*(?:(?:But|And|So|Yet|Then|Still)\s+)?(?:(?:then|also|later|now|again)\s+)?(?:[^,]{1,80},\s+)?/u;
// What follows a sentence's subject: its verb, perhaps after a party tag "(D-Mo.)".
const VERB_NEXT_RE = /^(?:\s*\([^()]{1,24}\))?\s+\p{Ll}/u;
// "And then Trump went …": a conjunction and an adverb before the subject.
const CONJ_RE = /^\s*(?:(?:But|And|So|Yet|Then|Still)\s+)?(?:(?:then|also|later|now|again)\s+)?/u;
const AUX_END_RE = new RegExp(`(?:\\s+(?:${AUX_WORDS}))+\\s*$`, 'u');
// Between a speaker and the verb: "on Tuesday", ", a spokesman for the ministry,", ", who …,".
const TIME_TAIL_RE =
  /\s+(?:on|last|this|late|early|earlier|later)\s+(?:\p{Lu}\p{L}+|week|night|morning|afternoon|evening|month|year)(?:\s+(?:night|morning|afternoon|evening))?\s*$/u;
const APPOSITION_TAIL_RE = /,\s+([^,]{1,140}),\s*$/u;
const APPOSITION_OPEN_RE = /^(?:\p{Ll}|\p{N}|(?:A|An|The|Who|Which)\s)/u;
const ENDS_WITH_NAME_RE = /\p{Lu}[\p{L}\p{M}'’.\-]*\)?$/u;
const PAREN_TAIL_RE = /\s*\([^()]{1,24}\),?\s*$/u;
const APPOSITION_THEN_VERB_RE = /^,\s+([^,]{1,160}),\s+\p{Ll}/u;
const INVERTED_BEFORE_RE = /[,”"]\s*$/u;
// How far into a sentence its subject may start, past opening adverbials.
const SENTENCE_LEAD_MAX = 200;
// What an apposition after a name opens with (not "on Saturday", which is an adverbial).
const NAME_APPOSITION_RE =
  /^(?:[DRI]-|\d{2}\b|(?!(?:on|in|at|for|from|with|after|before|during|by|to|last|this|next|early|late|and|or|but|as|while|when)\s)\p{Ll})/u;
// "With Democrats worried …, President Obama is …": a capitalised run opened by a preposition is an
// adverbial, never the subject.
const PREPOSITION_OPEN_RE =
  /^(?:With|In|On|At|For|From|By|After|Before|During|Under|Amid|Despite|Since|Until|Through|Among|Like|Unlike|Following|Without|As|Of|To|Over|Against|Across|Near|Inside|Outside|Behind|Beyond|Within|Upon)\s/u;
export const NAME_ONLY_RE = new RegExp(`^${NAME}$`, 'u');

/**
 * The subject that opens a sentence, after an optional adverbial of up to three comma-separated
 * phrases ("In a wide-ranging, in-prison interview last year, Lazar said …").
 */
export function sentenceSubject(sentence: string, offset: number): Mention | null {
  const lead = LEAD_ADVERBIAL_RE.exec(sentence)![0].length;
  const conj = CONJ_RE.exec(sentence)![0].length;
  const cuts = lead > conj ? [lead, conj] : [conj];
  for (const c of sentence.slice(0, SENTENCE_LEAD_MAX).matchAll(/,\s+/gu)) {
    const cut = c.index + c[0].length;
    if (cut > lead && cuts.length < 5) cuts.push(cut);
  }
  for (const cut of cuts) {
    const rest = sentence.slice(cut);
    const m = subjectAfter(rest, offset + cut);
    // A subject is followed by its verb: "Mr. Trump expressed", not "Ryan’s campaign shrugged off Trump’s";
    // and it names someone: "In a wide-ranging" opens an adverbial, not a name.
    const at = m ? rest.indexOf(m.text) : -1;
    if (!m || at < 0 || (m.kind === 'name' && (!cleanName(m.text) || PREPOSITION_OPEN_RE.test(m.text)))) continue;
    // Past the first phrase only a name or a pronoun opens the clause: "…, emailed supporters on …" does not.
    if (cut > Math.max(lead, conj) && m.kind === 'group') continue;
    const after = rest.slice(at + m.text.length);
    if (VERB_NEXT_RE.test(after)) return { ...m, pos: offset + cut + at };
    const appos = APPOSITION_THEN_VERB_RE.exec(after);
    if (!appos) continue;
    // "Schilling's son, Grant, defended …": a name in apposition to a role is the speaker.
    if (NAME_ONLY_RE.test(appos[1]!) && m.kind === 'group') {
      return { text: appos[1]!, pos: offset + cut + at + m.text.length + after.indexOf(appos[1]!), kind: 'name' };
    }
    // "Silverman, herself a Sanders supporter, incurred …", "Mitch McConnell, R-Ky., delivered …".
    if (m.kind === 'name' && NAME_APPOSITION_RE.test(appos[1]!)) return { ...m, pos: offset + cut + at };
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

/** The speaker phrase ending `s` (the words before a verb), looking only at its tail. */
export function subjectEndingAt(s: string, offset: number): Mention | null {
  const cut = Math.max(0, s.length - SUBJECT_WINDOW);
  return subjectBefore(trimToSubject(s.slice(cut)), offset + cut);
}

export function trimToSubject(s: string): string {
  let t = s.replace(ADVERB_END_RE, '').replace(AUX_END_RE, '').replace(TIME_TAIL_RE, '');
  // "Ted Cruz, Republican of Texas," and "X, a spokesman for Y," are appositions, one after another
  // at most three times ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing,");
  // in "after the primary, Gov. John Kasich (R-OH)," the part between commas is the subject itself,
  // and in "Sanders's campaign manager, Jeff Weaver," the name is.
  for (let i = 0; i < 3 && /,\s*$/u.test(t); i++) {
    const appos = APPOSITION_TAIL_RE.exec(t);
    if (!appos) break;
    const head = t.slice(0, appos.index);
    if (NAME_ONLY_RE.test(appos[1]!.trim()) && !ENDS_WITH_NAME_RE.test(head)) return t.replace(/,\s*$/u, '').trimEnd();
    if (!APPOSITION_OPEN_RE.test(appos[1]!) && !ENDS_WITH_NAME_RE.test(head)) break;
    t = head;
  }
  return t.replace(PAREN_TAIL_RE, '').trimEnd();
}
