import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, pageDay } from '../../src/render/dates';

const ZONES = ['America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'];
const original = process.env.TZ;

/** `run` under each time zone in turn (Node applies a changed TZ to Date at once). */
function inEveryZone<T>(run: () => T): T[] {
  return ZONES.map((zone) => {
    process.env.TZ = zone;
    return run();
  });
}

afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('formatDate', () => {
  it('checks that the zones really differ here, so the tests below can fail', () => {
    const local = inEveryZone(() => new Date('2026-01-13T00:00:00Z').getDate());
    expect(new Set(local).size).toBeGreaterThan(1);
  });

  it('shows a month the page states without a day as that month, in every time zone, never a day', () => {
    expect(new Set(inEveryZone(() => formatDate('2015-11', 'en')))).toEqual(new Set(['November 2015']));
    expect(new Set(inEveryZone(() => formatDate('2015-11', 'ko')))).toEqual(new Set(['2015년 11월']));
    expect(formatDate('2015-13', 'en')).toBe('2015-13');
  });

  it('shows a date-only value as that calendar date in every time zone', () => {
    expect(new Set(inEveryZone(() => formatDate('2026-01-13', 'en')))).toEqual(new Set(['January 13, 2026']));
    expect(new Set(inEveryZone(() => formatDate('2026-01-13', 'ko')))).toEqual(new Set(['2026년 1월 13일']));
    expect(new Set(inEveryZone(() => formatDate('2026-01-13', 'ja')))).toEqual(new Set(['2026年1月13日']));
  });

  it('keeps the calendar date of the page’s own offset for a date with a time', () => {
    // Late evening in Seoul, early morning in India, already the next day in UTC: each is the day it says.
    expect(new Set(inEveryZone(() => formatDate('2026-01-13T23:50:00+09:00', 'en')))).toEqual(new Set(['January 13, 2026']));
    expect(new Set(inEveryZone(() => formatDate('2026-01-13T00:10:00-08:00', 'en')))).toEqual(new Set(['January 13, 2026']));
    expect(new Set(inEveryZone(() => formatDate('Tue, 13 Jan 2026 23:30:00 +0900', 'en')))).toEqual(new Set(['January 13, 2026']));
    expect(new Set(inEveryZone(() => formatDate('Tue, 13 Jan 2026 23:30:00 GMT', 'en')))).toEqual(new Set(['January 13, 2026']));
  });

  it('reads a written-out date without a zone as the day it names', () => {
    expect(new Set(inEveryZone(() => formatDate('January 13, 2026', 'en')))).toEqual(new Set(['January 13, 2026']));
  });

  it('gives back what it cannot read, and never shows a date that does not exist as another', () => {
    expect(formatDate('last Tuesday', 'en')).toBe('last Tuesday');
    expect(pageDay('2026-02-31')).toBeNull();
    expect(formatDate('2026-02-31', 'en')).toBe('2026-02-31');
    expect(formatDate('2026-01-13', 'not a locale!')).toBe('January 13, 2026');
  });
});
