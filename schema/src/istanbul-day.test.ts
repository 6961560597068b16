import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsInIstanbul,
  daysBetween,
  endOfIstanbulDay,
  isoWeekday,
  istanbulDateTimeOf,
  istanbulDayOf,
  istanbulInstant,
  parseCalendarDate,
  parseIstanbulDateTime,
  startOfIstanbulDay,
  todayInIstanbul,
  YEAR_RANGE,
} from './istanbul-day.ts';

const settings = { seed: 7, numRuns: 300 };

it('runs far from İzmir, so that nothing here can lean on the local zone', () => {
  expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-14 * 60);
});

describe('the İzmir day of an instant', () => {
  it.each([
    ['2026-12-04T20:59:59.999Z', '2026-12-04'],
    ['2026-12-04T21:00:00.000Z', '2026-12-05'],
    ['2026-12-31T22:30:00.000Z', '2027-01-01'],
    // Summer time before 2016: midnight was 21:00Z in July, 22:00Z in January.
    ['2015-07-01T21:00:00.000Z', '2015-07-02'],
    ['2015-01-01T21:30:00.000Z', '2015-01-01'],
  ])('%s falls on %s', (instant, day) => {
    expect(istanbulDayOf(instant)).toBe(day);
    expect(istanbulDayOf(new Date(instant))).toBe(day);
    expect(todayInIstanbul(new Date(instant))).toBe(day);
  });

  it('refuses what is not an instant rather than answering a wrong day', () => {
    expect(() => istanbulDayOf('yarın')).toThrow(RangeError);
  });

  it('reads the wall clock for a datetime input, and back', () => {
    expect(istanbulDateTimeOf('2026-12-05T07:00:00.000Z')).toBe('2026-12-05T10:00');
    expect(istanbulDateTimeOf('2026-12-31T22:30:00.000Z')).toBe('2027-01-01T01:30');
    expect(parseIstanbulDateTime('2026-12-05T10:00')?.toISOString()).toBe('2026-12-05T07:00:00.000Z');
    expect(parseIstanbulDateTime('2027-01-01T01:30')?.toISOString()).toBe('2026-12-31T22:30:00.000Z');
  });

  it.each(['', '2026-12-05', '2026-12-05T10', '2026-02-30T10:00', '2026-12-05T24:00', '1899-12-31T10:00', 'yarın'])(
    'refuses the incomplete or impossible datetime %j',
    (value) => {
      expect(parseIstanbulDateTime(value)).toBeNull();
    },
  );
});

describe('instants of an İzmir day', () => {
  it('converts with the offset in force on the day, not a fixed +3', () => {
    expect(istanbulInstant('2015-07-01', '10:00').toISOString()).toBe('2015-07-01T07:00:00.000Z');
    expect(istanbulInstant('2015-01-01', '10:00').toISOString()).toBe('2015-01-01T08:00:00.000Z');
    expect(istanbulInstant('2026-12-31', '23:30').toISOString()).toBe('2026-12-31T20:30:00.000Z');
  });

  it('starts a day at its midnight and ends it a millisecond before the next', () => {
    expect(startOfIstanbulDay('2026-12-05').toISOString()).toBe('2026-12-04T21:00:00.000Z');
    expect(endOfIstanbulDay('2026-12-05').toISOString()).toBe('2026-12-05T20:59:59.999Z');
  });

  it('gives a day with a clock change its real length (29 March 2015: 23 hours; 8 November 2015: 25)', () => {
    const hours = (day: string) => (endOfIstanbulDay(day).getTime() + 1 - startOfIstanbulDay(day).getTime()) / 3_600_000;
    expect(hours('2015-03-29')).toBe(23);
    expect(hours('2015-11-08')).toBe(25);
    expect(hours('2026-03-29')).toBe(24);
  });

  it('round-trips every instant of 1970–2100 through its day: the day starts at or before it, ends after it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (instant) => {
        const day = istanbulDayOf(instant);
        return startOfIstanbulDay(day) <= instant && instant <= endOfIstanbulDay(day) && istanbulDayOf(startOfIstanbulDay(day)) === day;
      }),
      settings,
    );
  });

  it('refuses malformed days and times instead of answering Invalid Date', () => {
    expect(() => istanbulInstant('2026-02-30')).toThrow(RangeError);
    expect(() => istanbulInstant('2026-12-05', '7:30')).toThrow(RangeError);
  });
});

describe('calendar arithmetic on days', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-15', 365, '2027-01-15'],
  ])('%s %+d days is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(days);
  });

  it.each([
    ['2026-12-07', 1],
    ['2026-12-13', 7],
    ['2000-01-01', 6],
  ])('%s is ISO weekday %i', (day, weekday) => {
    expect(isoWeekday(day)).toBe(weekday);
  });

  it('a day is read back exactly as it names itself, or refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(2000, m - 1, d));
        real.setUTCFullYear(y, m - 1, d);
        const exists = real.getUTCFullYear() === y && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
        return parseCalendarDate(value) === (exists && y >= YEAR_RANGE.min && y <= YEAR_RANGE.max ? value : null);
      }),
      settings,
    );
  });
});

describe('months in İzmir', () => {
  it.each([
    // 1 February 00:30 in İzmir is still 31 January in UTC: a month later is 1 March in İzmir.
    ['2026-01-31T21:30:00.000Z', 1, '2026-02-28T21:30:00.000Z'],
    // 31 January 01:00 in İzmir: February has no 31st, so its last day.
    ['2026-01-30T22:00:00.000Z', 1, '2026-02-27T22:00:00.000Z'],
    ['2026-11-22T09:00:00.000Z', 24, '2028-11-22T09:00:00.000Z'],
    ['2028-02-29T12:00:00.000Z', 12, '2029-02-28T12:00:00.000Z'],
    ['2026-03-31T12:00:00.000Z', -1, '2026-02-28T12:00:00.000Z'],
    // Summer time then: 10:00 in İzmir on 1 July 2015 was 07:00Z, on 1 January 2016 08:00Z.
    ['2015-07-01T07:00:00.000Z', 6, '2016-01-01T08:00:00.000Z'],
  ])('%s + %i months → %s', (from, months, expected) => {
    expect(addMonthsInIstanbul(new Date(from), months).toISOString()).toBe(expected);
  });
});

describe('spans of days', () => {
  it('is NaN (every comparison false) when either end is not a day, so validation refuses instead of throwing', () => {
    expect(daysBetween('2026-02-30', '2026-03-01')).toBeNaN();
    expect(daysBetween('2026-03-01', 'yarın')).toBeNaN();
  });
});
