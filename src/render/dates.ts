/**
 * A page's date as the reader's locale writes it, on the page's own calendar day. Nothing here uses
 * the machine's time zone: a date-only "2026-01-13" is a calendar date and reads January 13 in New York
 * and in Tokyo alike, and "2026-01-13T23:30:00+09:00" is the 13th where it was published, whatever the
 * reader's clock says (converting it to the reader's zone would move a late-evening story a day).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/;
/** "+05:30", "-0800", "Z" or "GMT" at the end of a date with a time (RFC 2822 and the like). */
const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|\b(Z|GMT|UTC))\s*$/i;

function calendarDay(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls "2026-02-31" over into March: a date that doesn't exist is not shown as another.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The calendar day `value` names, as a UTC midnight; null when it can't be read as a date. */
export function pageDay(value: string): Date | null {
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  // ISO 8601 writes the local calendar date of its own offset first: that is the page's day.
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return null;
  const offset = OFFSET.exec(text);
  if (!offset) {
    // No zone written ("January 13, 2026"): the engine read it in local time, whose day is the one named.
    return calendarDay(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
  }
  const minutes = offset[4] ? 0 : (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  const there = new Date(instant.getTime() + minutes * 60_000);
  return calendarDay(there.getUTCFullYear(), there.getUTCMonth() + 1, there.getUTCDate());
}

/** An ISO 8601 month ("2015-11"): a page that dates a piece to the month only. */
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * `value` as `locale` writes a date ("January 13, 2026", "2026년 1월 13일"), or a month ("November 2015")
 * when the page states no day; the raw text when unreadable.
 */
export function formatDate(value: string, locale: string): string {
  const month = ISO_MONTH.exec(value.trim());
  const day = month ? calendarDay(Number(month[1]), Number(month[2]), 1) : pageDay(value);
  if (!day) return value.trim();
  const fields: Intl.DateTimeFormatOptions = month ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  try {
    return day.toLocaleDateString(locale, fields);
  } catch {
    // An invalid locale tag from somewhere: English rather than nothing.
    return day.toLocaleDateString('en', fields);
  }
}
