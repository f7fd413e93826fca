/**
 * Cleans a credit line to the names it holds: "Written By Joseph Crawford", "By X | Updated …",
 * "Jan 10 Written By X", a name glued to a date or a share bar, a name followed by its own bio, "Par …",
 * "Von …", "김민수 기자", "山田太郎記者", "（共同）". Each rule is named so that the bench can switch one off
 * and count the pages it changed.
 */
import { normalizeSpace } from './text';

/** The rules the bench may switch off (`off`) to measure what each changes. */
export const BYLINE_RULES = ['lead', 'lead-date', 'reviewer', 'in-category', 'tail', 'glued', 'bio', 'cjk', 'reject', 'numbers', 'prose'] as const;
export type BylineRule = (typeof BYLINE_RULES)[number];

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A month name starts a word: "Renovation 09.10.2024" holds no "Nov 09". (A month glued to a name, "Ana
 * RuizDec 18", is split off first: see cleanByline.) */
const NOT_IN_WORD = '(?<![a-z\\u00c0-\\u024f])';
/** A date in any of the usual spellings: "Jan 10, 2026", "10 January 2026", "2026-01-10", "1/10/2026", "3/4/2025". */
const DATE = new RegExp(`(?:${NOT_IN_WORD}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?|\\d{4}[-/.]\\d\\d?[-/.]\\d\\d?|\\d\\d?[-/.]\\d\\d?[-/.]\\d{2,4})`, 'i');
/** Words that open a credit: "By", "Written by", and "Par", "Von", "Por", "Di", "Door", "Av" when two words follow ("Di Maio" alone is a name). */
const OPENER = /^(?:(?:(?:written|posted|published|reported|reviewed|edited|updated|story|words|text)\s+)?by\s*:?\s+|(?:par|von|por|di|door|av)\s+(?=\S+\s+\S))/i;
const LABEL = /^(?:author|authors|author\(s\)|autor|auteur|autore|writer|reporter|byline|credits?|contributors?|posted|published)\s*:\s*/i;
/** What follows the name on a credit line: a timestamp label, a read time, a comment or share count. */
const TAIL = new RegExp(`\\s*(?:[|•·]|\\b(?:updated|published|posted|last updated|first published|modified)\\b\\s*:?\\s*(?=${DATE.source}|\\d|$)|\\b(?:on|at)\\s+(?=${DATE.source}|\\d)|\\b\\d+\\s*(?:min(?:ute)?s?|shares?|comments?|views?)\\b|\\b(?:share|follow|facebook|twitter|email|print)\\b|\\s+on behalf of\\b).*$`, 'i');
/** A date opening the line, with its separator ("Dec. 19, 2025 · "). */
const LEAD_DATE = new RegExp(`^(?:${DATE.source})\\s*(?:[·•|,–—-]\\s*)?`, 'i');
/** The opener of a credit with whatever short lead comes before it ("Jan 10 Written By "). */
const LEAD_OPENER = new RegExp(`^(?:.{0,40}?\\b)?(?:${DATE.source})?\\s*(?:written\\s+|posted\\s+|published\\s+)?\\bby(?:\\s*:\\s*|\\s+)`, 'i');
/** A date and all after it ("…, on Jan 10, 2026 at 9:00"). */
const DATE_TAIL = new RegExp(`\\s*,?\\s*(?:\\bon\\s+)?${DATE.source}.*$`, 'i');
/** Korean and Japanese reporter titles after a name ("김민수 기자", "山田太郎記者"). */
const CJK_TITLE = /^([\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}・ ]{2,12}?)\s*(?:선임기자|수석기자|기자|특파원|통신원|논설위원|객원기자|편집위원|記者|特派員|編集委員|論説委員|通信員)(?:\s*[\w.+-]+@[\w.-]+)?$/u;
/** An agency credit in full-width or plain brackets: "（共同）", "(Reuters)", "(서울=연합뉴스)". */
const BRACKET_CREDIT = /^[（(]\s*(?:[^()（）=]{1,20}=)?([^()（）]{2,30})\s*[)）]$/u;
/** Names that are no author at all. */
const NOT_A_NAME = /^(?:staff|admin|administrator|.*\badmin(?:istrator)?|editor|editors|(?:the\s+|about\s+the\s+)?authors?|guest|unknown|by|written by|posted by|published by|updated|corresponding author\.?|null|undefined|none|n\/a|sign in|log in|name\s*\*?|view (?:all|more) posts.*|how we .*|.*\*|.*\bsays|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|[\d\s,.:/-]+|\d[\d.,]*k?\s*(?:shares?|comments?|views?|min.*)|.*[{}[\]].*|(?:senior|chief|staff|contributing|deputy|associate|managing|executive|lead|principal)\s+(?:\w+\s)?(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|producer)s?|(?:reporter|writer|correspondent|columnist|contributor|journalist|producer)s?)$/i;
/**
 * Numbers no credit holds, in what is left of one: a year ("The Pennsylvania State University © 2025",
 * "Mental HealthDECEMBER 22, 2022Updated"), a count before a word ("1,677 new writers this month"), a
 * word of letters and digits alone (a login, "mdelatorreq6vkpg2ma0ci"), or any digit after a lower-case
 * start (a line of prose or code: "the 17th century, coffee…", "intro ⟨h1, h2⟩"). A name with a number
 * in it ("98 Buck Social", "3i Global") is none of these.
 */
const NUMBERED = /\b(?:19|20)\d\d\b|^\p{Ll}.*\d|\d[\d,.]*\s+\p{Ll}|(?:^|\s)(?=\S*\d)(?=\S*\p{L})[\p{L}\d]{8,}(?:\s|$)/u;

/**
 * A name glued to what follows without a space: "Yucy3/4/2025…", "Dennis RomeroDennis Romero writes…".
 * Returns the cut, or the input.
 */
function unglue(s: string): string {
  // A label glued to the name, before or after: "BySummer Swann", "Written byAAA", "AuthorVenteur",
  // "Reyan PerumalPublished on …", "SupermoveLast update".
  s = s.replace(/^(?:written\s*by|posted\s*by|by|author)(?=\p{Lu})/iu, '')
    .replace(/(?<=[\p{Ll}.])(?:Published|Updated|Last [Uu]pdated?|Posted|Reviewed|Fact checked|Share|Follow)\b.*$/u, '');
  // A job title glued after the name: "Harry RabinowitzTech Reporter", "Matt CheckHead Winemaker". The
  // glued word's lower-case run must be 4+ letters, so "DeSiato", "McDonald", "MacKenzie" stay whole.
  // The remainder must read as a job title, so "Mark SubbaRao" and "Team SimplyThrilled" stay whole.
  // A label glued before the name goes first, so a job title glued after it is still cut:
  // "Insights fromLiza BurkeMarketing Director".
  const from = /^.{0,30}?\b(?:from|by)(?=\p{Lu}\p{Ll})/u.exec(s);
  if (from) s = s.slice(from[0].length);
  const title = /^(\p{Lu}\S*(?:\s+\S+)*?\s+\S*?\p{Lu}\p{Ll}{3,})(\p{Lu}[\p{L}-]*(?:[\s,&]+\S+)*)$/u.exec(s);
  if (title && JOB.test(title[2]!)) return title[1]!;
  if (from) return s;
  // A lower-case letter straight before a digit: "Yucy3/4/2025" → "Yucy".
  const digit = /^(\p{L}[\p{L}.' -]*?\p{Ll})\d/u.exec(s);
  if (digit && DATE.test(s.slice(digit[1]!.length))) return digit[1]!;
  // The name repeated right after itself (an author box: name, then a bio opening with the name).
  for (let n = 3; n <= Math.min(40, s.length / 2); n++) {
    const name = s.slice(0, n);
    if (/\p{Ll}$/u.test(name) && s.startsWith(name, n) && /^\p{Lu}/u.test(name)) return name;
  }
  return s;
}

/** Words of a job title glued after a name. */
const JOB = /\b(?:reporter|writer|editor|founder|co-founder|ceo|cto|coo|cfo|director|manager|head|chief|senior|contributor|correspondent|expert|specialist|analyst|research|lead|president|partner|columnist|officer|engineer|scientist|consultant|coach|instructor|professor|winemaker|strategist|marketing|reviewer)\b/i;

/** A bio after the name: "Dennis Romero writes for NBC News …", "Jane Roe is a reporter …". */
const BIO = /^(.{3,60}?)\s+(?:is|was|writes|covers|reports|has|joined|lives|serves|works|specializes|specialises|holds|brings|leads|teaches)\b.*$/;

export interface CleanOptions {
  off?: ReadonlySet<BylineRule>;
}

/**
 * The names in a raw credit, or null when nothing name-like is left. Keeps what people use to tell
 * authors apart ("Jane Roe, M.D.", "Jane Roe and Sam Poe").
 */
export function cleanByline(raw: string | null | undefined, opts: CleanOptions = {}): string | null {
  // A profile URL is no name, whatever cleaning would leave of it, with or without its scheme
  // (article:author is meant to be one: "www.facebook.com/jane.roe").
  if (!raw || raw.length > 2_000 || /^\s*(?:(?:https?:)?\/\/|www\.)/i.test(raw)) return null;
  const on = (r: BylineRule): boolean => !opts.off?.has(r);
  // Decorations around a name: envelope and pen icons, "Corresponding author."
  let s = normalizeSpace(raw.slice(0, 600).replace(/[✉✎✍✏📧📝]/gu, ' ').replace(/\s*corresponding author\.?/gi, ' '))
    // A capitalised month glued to the name before it ("Ana RuizDec 18, 2025") starts a word of its own.
    .replace(/(?<=\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/gu, ' ');
  if (on('cjk')) {
    const bracket = BRACKET_CREDIT.exec(s);
    if (bracket) s = bracket[1]!;
  }
  // "By Ana Ruiz. Reviewed by Sam Poe, DVM", "Written by Ana Ruiz Fact checked by …": whoever reviewed, illustrated or
  // photographed it is credited after the author, and is not the author (first, or the opener below would
  // take the last "by" on the line).
  if (on('reviewer')) s = s.replace(/(?<=\S)[\s.,;|·•]*\b(?:(?:medically\s+|clinically\s+|expert\s+|fact[\s-]*)?(?:reviewed|checked|verified)|illustrated|photos?|photographs?|images?)\s+by\b.*$/i, '');
  // A date line that names the author after the date ("Dec. 19, 2025 · Ana Ruiz", "Dec 17, 2025Ana Ruiz"):
  // the date goes, or the tail rule below would cut the name after it and leave only the date.
  const dated = on('lead-date') && LEAD_DATE.exec(s);
  if (dated && /^\p{Lu}/u.test(s.slice(dated[0].length))) s = s.slice(dated[0].length);
  if (on('lead')) {
    // "Jan 10 Written By X": a date or a label before the opener goes with it.
    const opener = LEAD_OPENER.exec(s);
    if (opener && opener[0].length < s.length) s = s.slice(opener[0].length);
    s = s.replace(OPENER, '').replace(LABEL, '');
  }
  if (on('glued')) s = unglue(s);
  // "Ana Ruiz in Project Management": blog templates put the post's category after its author. Only after
  // a name of two to four capitalised words, so "Human in the Loop", "Get in touch" and "Editor in Chief" stay whole.
  if (on('in-category')) s = s.replace(/^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+in\s+(?!Chief\b)\S.*$/u, '$1');
  if (on('tail')) s = s.replace(TAIL, '').replace(DATE_TAIL, '');
  if (on('bio')) s = s.replace(BIO, '$1');
  // An e-mail address after the name is contact, not credit.
  if (on('tail')) s = s.replace(/\s*[(<]?[\w.+-]+@[\w-]+\.[\w.]+[)>]?/g, '');
  if (on('cjk')) {
    const cjk = CJK_TITLE.exec(s);
    if (cjk) s = cjk[1]!.trim();
  }
  // A footnote mark glued to the name or its degree ("Ana Ruiz, MD*"), unlike a form's "Name *".
  s = s.replace(/^[\s,;:|\-–—]+|[\s,;:|\-–—]+$|(?<=[\p{L}.])\*+$/gu, '').trim();
  if (!s || s.length > 120 || !/\p{L}\p{L}/u.test(s)) return null;
  if (on('reject') && NOT_A_NAME.test(s)) return null;
  // A login or a template's unfilled key ("jane.roe", "page.head.extra.author") is no name to show.
  if (on('reject') && /^[a-z\d_-]+(?:\.[a-z\d_-]+)+$/.test(s)) return null;
  if (on('numbers') && NUMBERED.test(s)) return null;
  // Three lower-case words in a row at the start are a sentence ("By understanding the tides, the pilots
  // save fuel" leaves "understanding the tides, …"), not a name, which particles may open ("van der Berg").
  if (on('prose') && /^\p{Ll}+\s+\p{Ll}+[,;]?\s+\p{Ll}/u.test(s)) return null;
  return s;
}

/** True when `byline` only repeats the site's name ("Coastal Courier" on coastalcourier.com). */
export function isSiteName(byline: string, siteName: string | null, host: string | null): boolean {
  const key = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const b = key(byline);
  if (!b) return false;
  if (siteName && key(siteName) === b) return true;
  // "news.example.co.uk": "example" or "newsexample" spell the site; the suffixes do not.
  const labels = (host ?? '').toLowerCase().replace(/^www\./, '').split('.').filter((l) => l && !/^(com|org|net|co|ac|gov|edu|[a-z]{2})$/.test(l));
  return labels.length > 0 && (key(labels.join('')) === b || key(labels[labels.length - 1]!) === b);
}
