/** Turns the dates pages show or declare into ISO 8601 strings, keeping the page's own offset. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Zone abbreviations common on news pages; ambiguous ones (CST, IST in Ireland) take the usual news meaning. */
const ZONES: Record<string, string> = {
  IST: '+05:30', KST: '+09:00', JST: '+09:00', HKT: '+08:00', SGT: '+08:00', PKT: '+05:00', GST: '+04:00',
  GMT: '+00:00', UTC: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  AEST: '+10:00', AEDT: '+11:00',
};
const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
// Month names in full or cut short, never a word that starts like one ("Marketing", "Grammar"). The
// year may run into the next element's text ("Dec 17, 2025Julian Arni"), never into more digits.
const MDY = new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)(.*)`, 'i');
/** Year first, as library catalogues and Google Scholar's citation tags write it: "2023 Jan 7". */
const YMD = new RegExp(`\\b(\\d{4})\\s+(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?!\\d)(.*)`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s+(\\d{4})(?!\\d)(.*)`, 'i');
/**
 * Month names of the other European languages we read (Spanish, Portuguese, French, German, Italian,
 * Dutch), in full and in their usual short forms, a month's names at its index. Whole words only:
 * a stem would read "10 Marketing 2025" as March 10. Read only between a day and a year
 * ("4 de agosto de 2021", "12. März 2024", "04-ago-2021").
 */
const EURO_MONTHS = new Map([
  'enero ene janeiro janvier janv januar jänner jän gennaio gen januari jan',
  'febrero fevereiro fev février févr fevrier februar febbraio februari feb',
  'marzo março mars märz mär maart mrt mar',
  'abril abr avril avr aprile april apr',
  'mayo maio mai maggio mag mei may',
  'junio junho juin juni giugno giu jun',
  'julio julho juillet juil juli luglio lug jul',
  'agosto ago août aout aoû augustus august aug',
  'septiembre setiembre setembro set septembre settembre september sept sep',
  'octubre outubro out octobre oktober okt ottobre ott oct',
  'noviembre novembro novembre november nov',
  'diciembre dic dezembro dez décembre déc dezember dicembre december dec',
].flatMap((names, i) => names.split(' ').map((name): [string, number] => [name, i + 1])));
const EURO_DMY = /\b(\d{1,2})(?:er|º|°)?\.?(?:\s+de)?[\s-]+(\p{L}{3,10})\.?(?:\s+de)?[\s,-]+(\d{4})(?!\d)/giu;

const ENGLISH_MONTH = new RegExp(`^(?:${MONTH_NAME})$`);

/** The day, month and year of the first day-month-year date in `s` written with a European month name. */
function euroDate(s: string): [number, number, number, string] | null {
  for (const m of s.matchAll(EURO_DMY)) {
    const name = m[2]!.toLowerCase();
    const month = EURO_MONTHS.get(name);
    // An English name is the English patterns' to read, as they read it ("27 September,2023" is not),
    // unless the day is written the German way ("3. April 2024"), which they don't read.
    if (month && (!ENGLISH_MONTH.test(name) || /^\d+\./.test(m[0]))) return [+m[1]!, month, +m[3]!, s.slice(m.index + m[0].length)];
  }
  return null;
}
const pad = (n: number): string => String(n).padStart(2, '0');
/** The month (1–12) an English month name matched by MONTH_NAME stands for; 0 for none. */
const englishMonth = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** True when the string is already a usable ISO-like date ("2026-01-13", "2026-01-13T16:20:00+05:30"). */
export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/.test(s.trim()) && !Number.isNaN(Date.parse(s.trim().replace(' ', 'T')));
}

/**
 * Parses a visible date such as "Updated: January 13, 2026 16:20 IST", "13 Jan 2026, 04:20 PM",
 * "2026년 1월 13일" or "4 de agosto de 2021" to ISO 8601; null when no full date (day, month, year) is found.
 */
export function parseVisibleDate(text: string): string | null {
  // Texts of adjacent elements run together ("Ana RuizMar 4, 2026", "HealthDECEMBER 22, 2022",
  // "2026-03-0414 min read"): a capitalised month right after a lower-case letter starts a new word.
  const s = text.slice(0, 200).replace(/(?<=\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s+\d)/gu, ' ');
  let y: number | undefined, m: number | undefined, d: number | undefined;
  let rest = '';
  const mdy = MDY.exec(s);
  const dmy = DMY.exec(s);
  const ymd = YMD.exec(s);
  const cjk = /(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日](.*)/.exec(s);
  // A count may follow the day unspaced ("2026-03-0414 min read"); a longer run is no date (a file name).
  const iso = /\b(\d{4})[-/.](\d{1,2})[-/.](\d\d|\d)(?=\b|\d{1,3}\s)(.*)/.exec(s);
  // Numeric day-first or month-first: "20.12.2025" (dots: day first), "12/20/2025" (slashes: month
  // first, as US pages write it, unless the first number cannot be a month).
  const num = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b(.*)/.exec(s);
  if (mdy && englishMonth(mdy[1]!) > 0) [m, d, y, rest] = [englishMonth(mdy[1]!), +mdy[2]!, +mdy[3]!, mdy[4]!];
  else if (dmy && englishMonth(dmy[2]!) > 0) [d, m, y, rest] = [+dmy[1]!, englishMonth(dmy[2]!), +dmy[3]!, dmy[4]!];
  else if (ymd && englishMonth(ymd[2]!) > 0) [y, m, d, rest] = [+ymd[1]!, englishMonth(ymd[2]!), +ymd[3]!, ymd[4]!];
  else if (cjk) [y, m, d, rest] = [+cjk[1]!, +cjk[2]!, +cjk[3]!, cjk[4]!];
  else if (iso) [y, m, d, rest] = [+iso[1]!, +iso[2]!, +iso[3]!, iso[4]!];
  else if (num) {
    const dayFirst = num[2] === '.' || +num[1]! > 12;
    [d, m, y, rest] = dayFirst ? [+num[1]!, +num[3]!, +num[4]!, num[5]!] : [+num[3]!, +num[1]!, +num[4]!, num[5]!];
  }
  // Last, a month named in another European language: every date the patterns above read stays as it was.
  else [d = undefined, m = undefined, y = undefined, rest = ''] = euroDate(s) ?? [];
  if (!y || !m || !d || m > 12 || d > 31 || y < 1990 || y > 2100) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const time = /(\d{1,2})[:.](\d\d)(?:[:.](\d\d))?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*\(?([A-Z]{2,4})\)?)?/i.exec(rest);
  if (!time) return date;
  let h = +time[1]!;
  const ampm = time[4]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  if (h > 23) return date;
  const zone = time[5] ? ZONES[time[5].toUpperCase()] : undefined;
  return `${date}T${pad(h)}:${time[2]}:${time[3] ?? '00'}${zone ?? ''}`;
}

/**
 * A declared or visible date as ISO 8601, or null. An ISO value is kept as the page wrote it, so a
 * date-only "2026-01-13" stays date-only (never read as UTC midnight and moved a day west of UTC).
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim().slice(0, 200);
  if (!s) return null;
  if (isIsoDate(s)) return s.replace(' ', 'T');
  const iso = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?)(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?/.exec(s);
  if (iso && isIsoDate(iso[1]!)) return `${iso[1]}T${iso[2]}${iso[3] ?? ''}`;
  const compact = /^(\d{4})(\d\d)(\d\d)(?:\D|$)/.exec(s);
  if (compact && +compact[2]! >= 1 && +compact[2]! <= 12 && +compact[3]! >= 1 && +compact[3]! <= 31) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return parseVisibleDate(s);
}

const MONTH_LINE = new RegExp(`^(?:\\p{L}+:?\\s+)?(${MONTH_NAME})\\.?,?\\s+(\\d{4})$`, 'iu');

/**
 * A line that states only a month and a year ("November 2015", "Date November 2003") as "2015-11", an
 * ISO 8601 month; null for anything else. A page that dates a piece to the month says no more, and no
 * day is made up for it.
 */
export function monthDate(text: string): string | null {
  const m = MONTH_LINE.exec(text.trim());
  const month = m ? englishMonth(m[1]!) : 0;
  return m && month && +m[2]! >= 1990 && +m[2]! <= 2100 ? `${m[2]}-${pad(month)}` : null;
}

/** A date in the URL's path with the month by name: "/2023/october/03/". */
const URL_NAMED_MONTH = new RegExp(`/((?:19|20)\\d\\d)/(${MONTH_NAME})/(\\d\\d?)(?:[/\\-_.+]|$)`, 'i');

/** A date in the URL's path: "/2026/01/13/", "/2026-01-13-", "/20260113/". Date-only. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0]!;
  const m = /\/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:[/\-_.+]|$)/.exec(path) ?? /[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?:[/\-_.+]|$)/.exec(path);
  const named = m ? null : URL_NAMED_MONTH.exec(path);
  const [y, mo, d] = m ? [m[1]!, +m[2]!, +m[3]!] : named ? [named[1]!, englishMonth(named[2]!), +named[3]!] : [];
  if (!y || !mo || mo > 12 || !d || d > 31) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}
