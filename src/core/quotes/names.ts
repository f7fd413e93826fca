/**
 * People named in the text: cleaning a mention ("South Korean President Lee Jae Myung" →
 * "Lee Jae Myung"), remembering the gender a title shows ("Mr."), and expanding a short mention
 * to the fullest earlier one ("Lee" → "Lee Jae Myung", "Garin" → "Geoff Garin").
 */
import { NAME, NOT_NAME_RE, TITLE_GENDER, TITLE_WORD_RE } from './patterns';

export type Gender = 'm' | 'f' | null;

/** A capitalised run at `pos` (-1 for the headline); `clean` is filled on first use. */
export interface Person {
  raw: string;
  pos: number;
  clean?: CleanName | null;
}

/** A run cleaned into a name, with the gender its title shows. */
export interface CleanName {
  name: string;
  tokens: string[];
  gender: Gender;
}

const NAME_G = new RegExp(NAME, 'gu');
// German capitalises nouns, so roles join the name run: "Der Verkehrsexperte Markus Brandt".
const ROLE_NOUN_RE =
  /^\p{Ll}*?(?:rätin|rat|experte|expertin|planer|planerin|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|chef|chefin|leiter|leiterin|direktor|direktorin|meister|meisterin|vorsitzende|vorsitzender)$/u;
const SURNAME_TITLE_RE = /^(?:King|Lord|Queen|Pope|Judge|Bishop|Marshal|Sir)$/;
// Runs that carry a gendered title, the only ones genderOf needs to clean.
const TITLED_RE = /\b(?:Mr|Mrs|Ms|Miss|Mme|Madame|Monsieur|Herr|Frau|Sir|Lady|Lord|King|Queen|Dame|Pan|Pani|M)\b/;
const POSSESSIVE_RE = /['’]s?$/;
// Capitalised runs ending in these are institutions or places, never a person's full name.
const INSTITUTION_RE =
  /^(?:Tower|Towers|Foundation|Administration|Campaign|House|Party|Organization|Organisation|University|News|Agency|Times|Post|Journal|Street|Committee|Council|Department|Ministry|Office|Group|Inc\.?|Corp\.?|Company|Institute|Center|Centre|Association|Union|Court|Forum|Airport|Club|Network|Trust|Fund|Bank|Report|Magazine|Daily|Hall|Square|Convention|Conference|Summit|Senate|Congress|Parliament|Assembly|Legislature|Cabinet|Army|Navy|Police|Church|School|College|Hospital|Museum|Festival|Games|Olympics|Review|Press|Television|Radio|Channel|Island|Islands|States|Kingdom|Republic|Peninsula|Sea|River|Street|Avenue|Road)$/;
const CJK_RE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Words that open a name run but are adjectives of place or role ("South Korean President …").
const INITIAL_OR_SUFFIX_RE = /^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III)$/u;

/**
 * Cleans a capitalised run into a person's name: drops sentence-opening words, everything up to
 * the last title, and a possessive ending. Returns null when nothing name-like is left.
 */
export function cleanName(raw: string): CleanName | null {
  let tokens = raw.trim().split(/\s+/);
  let gender: Gender = null;
  let lastTitle = -1;
  tokens.forEach((t, i) => {
    const key = t.toLowerCase();
    const g = TITLE_GENDER[key] ?? TITLE_GENDER[key.replace(/\.$/, '')];
    if (g) gender = g;
    // Some titles are also surnames: at the end of "Mr. King" or "Stephen King", King is the name.
    const surname = i === tokens.length - 1 && i > 0 && SURNAME_TITLE_RE.test(t);
    // A German role noun is a title only before a name: "Vorsitzende Anna Schulte", but "Anna Meister".
    const role = i < tokens.length - 1 && /^\p{Lu}/u.test(t) && ROLE_NOUN_RE.test(t.toLowerCase());
    if ((TITLE_WORD_RE.test(t) || role || g) && !surname) lastTitle = i;
  });
  tokens = tokens.slice(lastTitle + 1);
  // "in May. Budgets were tight": a short word and its full stop end a sentence inside the run.
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (/^\p{Lu}\p{Ll}{1,3}\.$/u.test(tokens[i]!) && !TITLE_WORD_RE.test(tokens[i]!)) {
      tokens = tokens.slice(i + 1);
      break;
    }
  }
  while (tokens.length && NOT_NAME_RE.test(tokens[0]!)) tokens.shift();
  if (!tokens.length) return null;
  const last = tokens.length - 1;
  tokens[last] = tokens[last]!.replace(POSSESSIVE_RE, '');
  if (!INITIAL_OR_SUFFIX_RE.test(tokens[last]!)) tokens[last] = tokens[last]!.replace(/\.$/, '');
  tokens = tokens.filter(Boolean);
  // "Did I", "Yes We": sentence openings inside speech, not names.
  if (!tokens.length || tokens.every((t) => t.length < 2) || tokens.includes('I')) return null;
  return { name: tokens.join(' '), tokens, gender };
}

/**
 * Every capitalised run in the headline and the text, in order. Cleaning is deferred to the
 * lookups (`person`), which touch only the runs containing the word they look for: most runs of
 * a long article are never needed, and cleaning all of them dominated the cost of quotes.
 */
export function collectPeople(title: string | null, text: string): Person[] {
  const people: Person[] = [];
  if (title) for (const m of title.matchAll(NAME_G)) people.push({ raw: m[0], pos: -1 });
  for (const m of text.matchAll(NAME_G)) people.push({ raw: m[0], pos: m.index });
  return people;
}

/** The cleaned name of a run, or null when it is no person's name (cached on the run). */
export function person(p: Person): CleanName | null {
  if (p.clean === undefined) {
    const clean = cleanName(p.raw);
    const last = clean?.tokens[clean.tokens.length - 1];
    p.clean = clean && last && !INSTITUTION_RE.test(last) && clean.tokens.length <= 4 ? clean : null;
  }
  return p.clean;
}

/**
 * Expands a cleaned one-word mention to the fullest person mentioned before `pos` whose last
 * (Western order) or first (Korean, Chinese, Japanese order, or a given name) word it is.
 * Falls back to a later mention, then to the mention itself. Also reports a known gender.
 */
export function expandName(name: string, pos: number, people: readonly Person[]): { name: string; gender: Gender } {
  const tokens = name.split(' ');
  let best: CleanName | null = null;
  let bestRank = -1;
  for (const p of people) {
    if (!p.raw.includes(name)) continue;
    const c = person(p);
    if (!c || c.tokens.length <= tokens.length) continue;
    const asLast = endsWith(c.tokens, tokens);
    const asFirst = startsWith(c.tokens, tokens);
    if (!asLast && !asFirst) continue;
    // Earlier mentions beat later ones; more words beat fewer; a surname match beats a first-word
    // match ("Trump" is "Donald Trump", not "Trump Tower"); then the most recent.
    const rank = (p.pos < pos ? 1000 : 0) + c.tokens.length * 10 + (asLast ? 5 : 0);
    if (rank > bestRank || (rank === bestRank && p.pos < pos)) {
      best = c;
      bestRank = rank;
    }
  }
  const full = best ? best.name : name;
  return { name: full, gender: genderOf(full, people) };
}

/** The gender some title showed for this person anywhere in the text ("Mr. Garin"), if any. */
export function genderOf(full: string, people: readonly Person[]): Gender {
  const tokens = full.split(' ');
  const last = tokens[tokens.length - 1]!;
  for (const p of people) {
    if (!p.raw.includes(last) || !TITLED_RE.test(p.raw)) continue;
    const c = person(p);
    if (!c?.gender) continue;
    if (c.name === full || (c.tokens.length < tokens.length && endsWith(tokens, c.tokens))) return c.gender;
  }
  return null;
}

/** True for names written in CJK scripts, whose surname comes first and are never split on spaces. */
export function isCjk(name: string): boolean {
  return CJK_RE.test(name);
}

function endsWith(whole: readonly string[], part: readonly string[]): boolean {
  const off = whole.length - part.length;
  return off >= 0 && part.every((t, i) => whole[off + i] === t);
}

function startsWith(whole: readonly string[], part: readonly string[]): boolean {
  return part.length <= whole.length && part.every((t, i) => whole[i] === t);
}

// Case endings of Polish (and other Slavic) names: "Ewy Zielińskiej" is "Ewa Zielińska" after
// "według", "Kowalskiego" is "Kowalski". Two forms are one name when they differ only in these.
const ENDINGS = new Set(['', 'a', 'e', 'i', 'y', 'o', 'u', 'ą', 'ę', 'ej', 'ego', 'emu', 'em', 'im', 'ie', 'iej', 'iego', 'iemu', 'owi', 'om', 'ów', 'ym', 'ich']);
const MAX_ENDING = 4;

/** True when `a` and `b` are inflected forms of one name word (a stem of 2+ letters, endings above). */
function sameLemma(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i < 2 || a.length - i > MAX_ENDING || b.length - i > MAX_ENDING) return false;
  return ENDINGS.has(a.slice(i)) && ENDINGS.has(b.slice(i));
}

/**
 * The form of `name` the text introduced, when `name` is an inflected form of it ("Ewy Zielińskiej"
 * → "Ewa Zielińska"): from the earliest person whose last words match one for one, differing only
 * in case endings; the surname must be 5+ letters. Null when the text has no other form.
 */
export function uninflect(name: string, people: readonly Person[]): string | null {
  const tokens = name.split(' ');
  const last = tokens[tokens.length - 1]!;
  if (last.length < 5) return null;
  const stem = last.slice(0, 4);
  for (const p of people) {
    if (!p.raw.includes(stem)) continue;
    const c = person(p);
    if (!c || c.tokens.length < tokens.length) continue;
    const tail = c.tokens.slice(c.tokens.length - tokens.length);
    if (tail.some((t, i) => t !== tokens[i]) && tail.every((t, i) => sameLemma(t, tokens[i]!))) return tail.join(' ');
  }
  return null;
}
