// The İzmir calendar, the one both sides use: which day an instant falls on in İzmir, which
// instants an İzmir day spans, and plain arithmetic on "YYYY-MM-DD" days. Türkiye has kept UTC+3
// all year since 2016, but the offset is still read from the time-zone database (Intl) for each
// instant, never assumed: older instants (birth dates' years, the demo's history) fell under summer
// time, and a fixed +03:00 would silently go wrong if the law changed again.

export const TIME_ZONE = 'Europe/Istanbul';

/** An instant as the code on either side holds it: a Date, or an ISO string from the API. */
export type Instant = Date | string;

/** Years a day or an instant may carry: far enough for birth dates and plans, no year 0 or +275760. */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;

const MINUTE_MS = 60_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

// Made on first use and kept: a formatter costs ~0.5 ms to build (time-zone data), the board
// reads 25 ages a page, and the landing page should not pay for it before it needs one.
let wallClockFormat: Intl.DateTimeFormat | undefined;

function wallClockOf(instant: Date): WallClock {
  wallClockFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts = wallClockFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

function toInstant(instant: Instant): Date {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  return date;
}

/** Milliseconds since the epoch of a wall-clock reading taken as if it were UTC (any year, 0–99 included). */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** How far İzmir's clocks are ahead of UTC at an instant, in milliseconds (+3 h since 2016). */
function offsetAt(epochMs: number): number {
  const wall = wallClockOf(new Date(epochMs));
  const flooredToSecond = Math.floor(epochMs / 1000) * 1000;
  return utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second) - flooredToSecond;
}

/** The instant at which İzmir's clocks read a given wall-clock time (as ms, read as if UTC). */
function instantOfWallClock(wallMs: number): Date {
  // Guess with the offset in force at the wall time read as UTC, then correct once across a change.
  const guess = wallMs - offsetAt(wallMs);
  return new Date(wallMs - offsetAt(guess));
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function formatDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A strict "YYYY-MM-DD" that names a real day (no 30 February), in any year, as numbers; else null. */
export function parseDay(value: string): { year: number; month: number; day: number } | null {
  const match = DAY_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether year-month-day is a real day within YEAR_RANGE. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** A strict YYYY-MM-DD that names a real day (no 30 February) in YEAR_RANGE, else null. */
export function parseCalendarDate(value: string): string | null {
  const parsed = parseDay(value);
  return parsed && isCalendarDay(parsed.year, parsed.month, parsed.day) ? value : null;
}

function parseDayOrThrow(day: string) {
  const parsed = parseDay(day);
  if (!parsed) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  return parsed;
}

/** The İzmir calendar day of an instant, "YYYY-MM-DD". */
export function istanbulDayOf(instant: Instant): string {
  const wall = wallClockOf(toInstant(instant));
  return formatDay(wall.year, wall.month, wall.day);
}

/** Today in İzmir, "YYYY-MM-DD" (whatever the zone of the server or the device). */
export function todayInIstanbul(now: Instant = new Date()): string {
  return istanbulDayOf(now);
}

/** The İzmir wall-clock reading of an instant, "YYYY-MM-DDTHH:mm" (what a datetime-local input holds). */
export function istanbulDateTimeOf(instant: Instant): string {
  const wall = wallClockOf(toInstant(instant));
  return `${formatDay(wall.year, wall.month, wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The instant at which İzmir's clocks show `time` (HH:MM) on `day` (YYYY-MM-DD). */
export function istanbulInstant(day: string, time = '00:00'): Date {
  const { year, month, day: date } = parseDayOrThrow(day);
  const clock = TIME_PATTERN.exec(time);
  if (!clock) throw new RangeError(`Not a time (HH:MM): ${time}`);
  return instantOfWallClock(utcMs(year, month, date, Number(clock[1]), Number(clock[2])));
}

/** "YYYY-MM-DDTHH:mm" read as İzmir wall-clock time; null when it is not a complete, real value in YEAR_RANGE. */
export function parseIstanbulDateTime(value: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!match || !parseCalendarDate(match[1]!) || !TIME_PATTERN.test(match[2]!)) return null;
  return istanbulInstant(match[1]!, match[2]!);
}

/** The first instant of an İzmir day (its midnight there). */
export function startOfIstanbulDay(day: string): Date {
  return istanbulInstant(day);
}

/** The last instant (millisecond) of an İzmir day: just before the next day's midnight there. */
export function endOfIstanbulDay(day: string): Date {
  return new Date(startOfIstanbulDay(addDays(day, 1)).getTime() - 1);
}

/** "YYYY-MM-DD" plus a number of days (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const { year, month, day: date } = parseDayOrThrow(day);
  const moved = new Date(utcMs(year, month, date) + days * 1440 * MINUTE_MS);
  return formatDay(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/**
 * Whole days from one "YYYY-MM-DD" day to another (negative when `to` comes first). NaN when either
 * is not a day, so that any comparison with it fails: zod runs an object's refinements even when a
 * field of it was refused, and a rule comparing a span must then refuse, not throw.
 */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  if (!a || !b) return Number.NaN;
  return Math.round((utcMs(b.year, b.month, b.day) - utcMs(a.year, a.month, a.day)) / (1440 * MINUTE_MS));
}

/** ISO weekday of a "YYYY-MM-DD" day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const { year, month, day: date } = parseDayOrThrow(day);
  return ((new Date(utcMs(year, month, date)).getUTCDay() + 6) % 7) + 1;
}

/**
 * The same İzmir wall-clock time `months` calendar months later: a qualification granted on
 * 1 February (İzmir) just after midnight expires on 1 March, not on 28 February as UTC would say.
 * A day that does not exist in the target month becomes that month's last day.
 */
export function addMonthsInIstanbul(instant: Instant, months: number): Date {
  const from = toInstant(instant);
  const wall = wallClockOf(from);
  const target = wall.month - 1 + months;
  const year = wall.year + Math.floor(target / 12);
  const month = (((target % 12) + 12) % 12) + 1;
  const day = Math.min(wall.day, daysInMonth(year, month));
  return instantOfWallClock(utcMs(year, month, day, wall.hour, wall.minute, wall.second, from.getUTCMilliseconds()));
}
