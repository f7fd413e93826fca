/**
 * From mentions to speakers: names expanded, pronouns to the most recent compatible speaker,
 * and quotes with no words of their own inheriting from their neighbour (the second half of a
 * split quote, a paragraph that is only a quote).
 */
import type { Attribution, Context } from './attribution';
import { lastSpeechSubject } from './sentence';
import { cleanName, expandName, isCjk, person, uninflect, type Gender, type Person } from './names';
import { roleReference } from './roles';
import { NAME, PRONOUN_GENDER, VERB } from './patterns';
import { expandCjk } from './cjk';
import type { Layout, Span } from './spans';

/** A resolved speaker and the words that named them. */
export interface Speaker {
  speaker: string;
  mention: string;
  /** A group or a noun phrase ("officials", "a spokeswoman for the ministry"), not a person's name. */
  group: boolean;
}

interface Known {
  speaker: string;
  gender: Gender | 'p';
  group?: boolean;
}

// How far back a pronoun may look among distinct earlier speakers.
const PRONOUN_REACH = 3;
const PLURAL_GROUP_RE = /(?:s|people|police|staff)$/i;
// Lower-case roles between a qualifier and a name: "Harbour master Paul Grant", "GOP pollster Ann Lee".
const ROLE =
  '(?:master|chairman|chairwoman|spokesman|spokeswoman|president|director|secretary|leader|minister|official|' +
  'manager|chief|governor|senator|mayor|adviser|advisor|strategist|pollster|analyst|economist|candidate|nominee|' +
  'lawyer|attorney|founder|executive|member|commissioner|representative|professor|reporter|host|anchor)';
// A name opening a sentence and followed by its verb: "In May 2001, Fiorina ended …".
const SUBJECT_G = new RegExp(
  `(?:^|[.!?]["”’']*\\s+)(?:(?:But|And|Then|Later|Still|Yet|So)\\s+)?(?:[^,.!?"“”]{1,40},\\s+)?((?:${NAME}\\s+${ROLE}\\s+)?${NAME})(?:\\s*\\([^()]{1,24}\\))?\\s+\\p{Ll}`,
  'gu',
);
// The words between the halves of a split sentence: a clause with a speech verb, ending in a comma.
const SENTENCE_ADVERB_RE = /^\s*(?:And|But|Now|Still|Yet|So|Then|Later|Also|Instead|However|Indeed|Today|Again)\s*,?\s*$/u;
const SPLIT_BY_ATTRIBUTION_RE = new RegExp(`^\\s*,?\\s*[^.!?"“”]{0,160}?(?<![\\p{L}])${VERB}(?![\\p{L}])[^.!?"“”]{0,160},\\s*$`, 'u');
const LAST_NAME_RE = new RegExp(`(${NAME})$`, 'u');

/** Resolves every attribution, in reading order; null where nothing trustworthy is known. */
export function resolveSpeakers(
  layout: Layout,
  spans: readonly Span[],
  attributions: readonly (Attribution | null)[],
  people: readonly Person[],
): (Speaker | null)[] {
  const out: (Speaker | null)[] = [];
  const history: Known[] = [];
  let masked: string | null = null; // the text with quotations blanked, built on first need
  attributions.forEach((a, k) => {
    let resolved: Known | null = null;
    if (a?.mention.kind === 'name') resolved = resolveName(a.mention.text, a.mention.pos, people, layout.text);
    else if (a?.mention.kind === 'group') {
      resolved = roleReference(a.mention.text, a.mention.pos, people) ?? {
        speaker: a.mention.text,
        gender: PLURAL_GROUP_RE.test(a.mention.text) ? 'p' : null,
        group: true,
      };
    } else if (a?.mention.kind === 'pronoun') {
      const span = spans[k]!;
      masked ??= maskQuotes(layout.text, spans);
      const paraStart = layout.starts[span.paragraph]!;
      const lead = masked.slice(paraStart, Math.min(span.start, a.mention.pos));
      // A quote opening its paragraph looks at the paragraph before, unless that one was quoted speech.
      const prevPara = span.paragraph > 0 ? masked.slice(layout.starts[span.paragraph - 1]!, layout.ends[span.paragraph - 1]!) : '';
      const lastSpoke = k > 0 && spans[k - 1]!.lastParagraph >= span.paragraph - 1 && out[k - 1];
      resolved =
        paragraphSubject(a.mention.text, lead, a.mention.pos, people) ??
        (!lead.trim() && !lastSpoke ? paragraphSubject(a.mention.text, prevPara, a.mention.pos, people) : null) ??
        resolvePronoun(a.mention.text, a.mention.pos, span.paragraph, history, layout, people);
    }
    if (resolved && a) {
      history.push(resolved);
      out.push({ speaker: resolved.speaker, mention: a.mention.text, group: !!resolved.group });
    } else {
      out.push(null);
    }
  });
  return out;
}

/** Fills unattributed quotes from their neighbours; `contexts[k].pre` tells a sentence start. */
export function inheritSpeakers(
  layout: Layout,
  spans: readonly Span[],
  contexts: readonly Context[],
  speakers: (Speaker | null)[],
): void {
  for (let k = 0; k < spans.length; k++) {
    if (speakers[k]) continue;
    const span = spans[k]!;
    const prev = spans[k - 1];
    const sameParaPrev = prev && prev.lastParagraph === span.paragraph;
    // "… said X, an economist. Now, “…”": a sentence adverb alone before the quote still opens it.
    const startsSentence = contexts[k]!.pre.trim() === '' || SENTENCE_ADVERB_RE.test(contexts[k]!.pre);
    if (sameParaPrev && startsSentence && speakers[k - 1]) {
      speakers[k] = speakers[k - 1]!; // "…," he said. "…"
      continue;
    }
    // "The risk," said Edward Leamer, an economist, "is that …": the attribution splits one sentence.
    const pre = contexts[k]!.pre;
    if (sameParaPrev && speakers[k - 1] && SPLIT_BY_ATTRIBUTION_RE.test(pre) && !/[.!?]$/u.test(prev.inner)) {
      speakers[k] = speakers[k - 1]!;
      continue;
    }
    const onlyQuote = span.start === layout.starts[span.paragraph] && span.end >= layout.ends[span.lastParagraph]! - 1;
    if (onlyQuote && prev && prev.lastParagraph === span.paragraph - 1 && speakers[k - 1]) {
      speakers[k] = speakers[k - 1]!; // a paragraph that is only a quote continues the last speaker
      continue;
    }
    const next = spans[k + 1];
    if (startsSentence && next && next.paragraph === span.lastParagraph && speakers[k + 1] && !onlyQuote) {
      speakers[k] = speakers[k + 1]!; // "…" "…," she said.
    }
  }
}

function resolveName(text: string, pos: number, people: readonly Person[], all = ''): Known | null {
  if (isCjk(text)) return { speaker: expandCjk(text, all, pos), gender: null };
  const clean = cleanName(text);
  if (!clean) return null;
  if (clean.tokens.length === 1 && !isCjk(clean.name)) {
    const full = expandName(clean.name, pos, people);
    if (full.name !== clean.name) return { speaker: full.name, gender: clean.gender ?? full.gender };
  }
  // "według Ewy Zielińskiej": the name as the text introduced it, "Ewa Zielińska".
  const base = uninflect(clean.name, people);
  if (base) {
    const full = expandName(base, pos, people);
    return { speaker: full.name, gender: clean.gender ?? full.gender };
  }
  return { speaker: clean.name, gender: clean.gender ?? expandName(clean.name, pos, people).gender };
}

/**
 * "In May 2001, Fiorina ended her meeting … “…,” she said": a pronoun whose own paragraph has
 * just named someone as a sentence's subject means that person, not an earlier speaker.
 */
/** `text` with every quotation replaced by underscores, so names inside quotes are not subjects. */
function maskQuotes(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + '_'.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

function paragraphSubject(word: string, lead: string, pos: number, people: readonly Person[]): Known | null {
  const gender = PRONOUN_GENDER[word.toLowerCase()] ?? null;
  if (gender === 'p' || !lead.trim()) return null;
  // Who was last said to say something, else who last did something.
  let last = lastSpeechSubject(lead);
  // A later "She thanked …" is the same person again, not a new subject: only people count, and
  // "Storms close the channel" or "Budgets were tight" open a sentence without naming anyone.
  if (!last) {
    for (const m of lead.matchAll(SUBJECT_G)) {
      const name = LAST_NAME_RE.exec(m[1]!)?.[1];
      if (name && isPerson(name, pos, people)) last = name;
    }
  }
  if (!last) return null;
  const full = resolveName(last, pos, people);
  return full && full.gender !== 'p' && compatible(gender, full.gender) ? full : null;
}

/** A name introduced as a person: two words or more, a gendered title, or a fuller earlier mention. */
function isPerson(name: string, pos: number, people: readonly Person[]): boolean {
  const clean = cleanName(name);
  if (!clean || /\p{Ll}{2}\.$/u.test(clean.tokens[0]!) || clean.tokens.some((t) => /\p{Ll}{2}\.$/u.test(t))) return false;
  return clean.tokens.length >= 2 || clean.gender !== null || expandName(clean.name, pos, people).name !== clean.name;
}

function resolvePronoun(
  word: string,
  pos: number,
  paragraph: number,
  history: readonly Known[],
  layout: Layout,
  people: readonly Person[],
): Known | null {
  const gender = PRONOUN_GENDER[word.toLowerCase()] ?? null;
  const seen = new Set<string>();
  for (let i = history.length - 1; i >= 0 && seen.size < PRONOUN_REACH; i--) {
    const h = history[i]!;
    if (seen.has(h.speaker)) continue;
    seen.add(h.speaker);
    if (h.group && gender !== 'p') continue; // "he" is a person, not "officials" or "the ministry"
    if (compatible(gender, h.gender)) return h;
  }
  if (history.length || gender === 'p') return null;
  // No one has spoken yet: the last person named in this or the previous paragraph.
  const from = layout.starts[Math.max(0, paragraph - 1)] ?? 0;
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (p.pos >= pos) continue;
    if (p.pos < from) break;
    const c = person(p);
    // Only someone introduced in full: a lone capitalised word may open a sentence or a quote.
    if (!c || (c.tokens.length < 2 && !c.gender)) continue;
    const full = resolveName(c.name, p.pos, people);
    if (full && compatible(gender, full.gender)) return full;
  }
  return null;
}

function compatible(pronoun: Gender | 'p', speaker: Gender | 'p'): boolean {
  if (pronoun === 'p' || speaker === 'p') return pronoun === speaker;
  return pronoun === null || speaker === null || pronoun === speaker;
}
