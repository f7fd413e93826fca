/**
 * Recognising a speaker phrase at the edge of a clause: a pronoun, a name, a noun phrase
 * ("a police spokesman"), or a bare group ("officials").
 */
import { BARE_GROUP, NAME, PRONOUN, TITLE_WORD_RE } from './patterns';

/** The words that named a speaker, where they are, and what kind of words they are. */
export interface Mention {
  text: string;
  /** Offset of `text` in the joined article text. */
  pos: number;
  kind: 'name' | 'pronoun' | 'group';
}

// English, then the French, German and Spanish articles that open a speaker phrase after an inverted
// verb: "a affirmé le conseiller Julien Morel", "sagte die Vorsitzende Anna Schulte", "dijo el alcalde".
const DET_FOREIGN = 'le|la|les|un|une|der|die|das|den|dem|des|ein|eine|einer|el|los|las|una';
const DET = `(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Bb]oth|[Hh]is|[Hh]er|[Tt]heir|${DET_FOREIGN})`;
// After a foreign article the capitalised tail is the name even when the role is capitalised too.
const FOREIGN_DET_RE = new RegExp(`^(?:${DET_FOREIGN})\\s`, 'u');
// Words a noun phrase may not run across: it would swallow a clause ("the remarks and the official").
const STOP =
  '(?:and|or|but|that|which|who|whom|said|says|told|when|while|because|if|is|was|were|are|has|had|have|will|would|' +
  'could|should|may|might|must|can|did|does|do|be|been|not|he|she|they|it)';
const NP_WORD = `(?!${STOP}\\b)[\\p{L}\\p{M}'’\\-.]+`;
const NP = `${DET}\\s+(?:${NP_WORD}\\s+){0,5}?${NP_WORD}`;

const PRONOUN_END_RE = new RegExp(`(?:^|[^\\p{L}])(${PRONOUN})\\s*$`, 'u');
const NAME_END_RE = new RegExp(`(${NAME})\\s*$`, 'u');
const NP_END_RE = new RegExp(`(?:^|[\\s,(—–])(${NP})\\s*$`, 'u');
const GROUP_END_RE = new RegExp(`(?:^|[^\\p{L}])((?:[\\p{Ll}\\-]+\\s+){0,2}${BARE_GROUP})\\s*$`, 'u');

const PRONOUN_START_RE = new RegExp(`^(${PRONOUN})(?![\\p{L}])`, 'u');
const NAME_START_RE = new RegExp(`^(${NAME})`, 'u');
// After a verb ("said a spokesman for the ministry"), a noun phrase ends at punctuation or at a
// word that starts a new clause or an adverbial.
const NP_START_RE = new RegExp(
  `^(${NP}(?:\\s+(?:for|of|at|with)\\s+(?:the\\s+)?(?:${NP_WORD}\\s+){0,3}${NP_WORD})?)(?=\\s*(?:[,.;:!?)—–]|$|\\s(?:on|in|at|for|from|with|of|who|that|which|when|while|during|after|before|to|as|and|about|because|adding|via|late|earlier|yesterday|today|last|this)\\b))`,
  'u',
);
const GROUP_START_RE = new RegExp(`^((?:[\\p{Ll}\\-]+\\s+){0,2}?${BARE_GROUP})(?![\\p{L}])`, 'u');
// "Sanders's campaign manager Jeff Weaver": a role, then the name; "Ryan’s campaign shrugged off
// Trump’s comments": a verb, then someone else's possessive, never the speaker.
const POSSESSIVE_NAME_RE = new RegExp(`^${NAME}['’]s\\s+(?:[\\p{Ll}\\-]+\\s+){0,4}(${NAME})(?<!['’]s)(?!['’\\p{L}])`, 'u');
// "Ryan’s office", "Obama's former campaign strategist": an organisation or a role named through a
// person, kept whole as a group speaker (never handed to the person it names).
const POSS_NP = `${NAME}['’]s?\\s+(?:(?!${STOP}\\b)[\\p{Ll}\\-]+\\s+){0,3}(?!${STOP}\\b)[\\p{Ll}\\-]+`;
const POSS_NP_END_RE = new RegExp(`(?:^|[\\s,(—–])(${POSS_NP})\\s*$`, 'u');
const POSS_NP_START_RE = new RegExp(`^(${POSS_NP})(?=\\s*(?:[,.;:!?)—–]|$|\\s(?:on|in|at|for|from|with|of|who|that|said|says|told|wrote|added)\\b))`, 'u');
const THE_END_RE = /(?:^|\s)([Tt]he\s+)$/;
// A preposition before a name inside a speaker phrase: the name is an organisation or a principal.
const FOR_BEFORE_RE = /\s(?:for|of|at|with|from|to|in|on behalf of)\s+(?:the\s+)?$/u;
const NAME_OF_PLACE_RE = new RegExp(`(?:^|\\s)(${NAME})\\s+of\\s+$`, 'u');
const CAP_TAIL_RE = new RegExp(`\\s(${NAME})$`, 'u');

/** The speaker phrase that ends `s` (the words right before a speech verb), or null. */
export function subjectBefore(s: string, offset: number): Mention | null {
  const pron = PRONOUN_END_RE.exec(s);
  if (pron) return at(s, offset, pron[1]!, 'pronoun', pron.index + pron[0].length - pron[1]!.length - trailing(s));
  const name = NAME_END_RE.exec(s);
  if (name) {
    const before = s.slice(0, name.index);
    // "Sen. Ted Cruz of Texas": the person before the place.
    const of = NAME_OF_PLACE_RE.exec(before);
    if (of && !TITLE_WORD_RE.test(of[1]!.split(/\s+/).pop()!)) return at(s, offset, of[1]!, 'name', of.index);
    // "the economist Jared Bernstein": the name is the speaker; "the White House": the phrase is.
    const np = NP_END_RE.exec(s);
    const npStart = np ? np.index + np[0].length - np[1]!.length : -1;
    // "a spokeswoman for Clinton": the name is who she speaks for; the speaker is the whole phrase.
    if (np && npStart < name.index && FOR_BEFORE_RE.test(before)) return at(s, offset, np[1]!, 'group', npStart);
    if (np && /^\S+\s+\p{Ll}/u.test(np[1]!) && npStart < name.index) {
      return at(s, offset, name[1]!, 'name', name.index);
    }
    const the = THE_END_RE.exec(before);
    if (the) return at(s, offset, s.slice(the.index + the[0].length - the[1]!.length, name.index + name[1]!.length), 'group', the.index);
    return at(s, offset, name[1]!, 'name', name.index);
  }
  const np = NP_END_RE.exec(s) ?? POSS_NP_END_RE.exec(s);
  if (np) return at(s, offset, np[1]!, 'group', np.index + np[0].length - np[1]!.length - trailing(s));
  const group = GROUP_END_RE.exec(s);
  if (group) return at(s, offset, group[1]!, 'group', group.index + group[0].length - group[1]!.length - trailing(s));
  return null;
}

/** The speaker phrase that opens `s` (the words right after a speech verb or a dash), or null. */
export function subjectAfter(s: string, offset: number): Mention | null {
  const pron = PRONOUN_START_RE.exec(s);
  if (pron) return at(s, offset, pron[1]!, 'pronoun', 0);
  const poss = POSSESSIVE_NAME_RE.exec(s);
  if (poss) return at(s, offset, poss[1]!, 'name', poss[0].length - poss[1]!.length);
  const possNp = POSS_NP_START_RE.exec(s);
  if (possNp) return at(s, offset, possNp[1]!, 'group', 0);
  const name = NAME_START_RE.exec(s);
  if (name) return at(s, offset, name[1]!, 'name', 0);
  const np = NP_START_RE.exec(s);
  if (np) {
    const tail = CAP_TAIL_RE.exec(np[1]!);
    const speaksFor = tail && FOR_BEFORE_RE.test(np[1]!.slice(0, tail.index + 1));
    if (tail && !speaksFor && (/^\S+\s+\p{Ll}/u.test(np[1]!) || FOREIGN_DET_RE.test(np[1]!))) {
      return at(s, offset, tail[1]!, 'name', tail.index + 1);
    }
    return at(s, offset, np[1]!, 'group', 0);
  }
  const group = GROUP_START_RE.exec(s);
  if (group) return at(s, offset, group[1]!, 'group', 0);
  return null;
}

function trailing(s: string): number {
  return s.length - s.trimEnd().length;
}

function at(s: string, offset: number, text: string, kind: Mention['kind'], index: number): Mention {
  // Names may have swallowed a sentence-final period ("said Lee."); keep titles and initials.
  const clean = kind === 'name' && /[a-z]{3}\.$/.test(text) ? text.slice(0, -1) : text;
  const pos = s.indexOf(clean, Math.max(0, index - 1));
  return { text: clean, pos: offset + (pos < 0 ? index : pos), kind };
}
