// Calendar dates are Istanbul dates: a birthday or a shift day does not follow the server's zone.
export const TIME_ZONE = 'Europe/Istanbul';

// Built once: a formatter costs ~0.5 ms to make (time zone data), and the board tells 25 ages a page.
const ISTANBUL_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const ISTANBUL_WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});
const ISTANBUL_MINUTE = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export function todayInIstanbul(now: Date = new Date()): string {
  return ISTANBUL_DAY.format(now);
}

/** Whole years between a YYYY-MM-DD birth date and a YYYY-MM-DD day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

/** The instant's wall-clock reading in Istanbul, expressed as if it were UTC. */
function istanbulWallClock(instant: Date): number {
  const parts = ISTANBUL_WALL_CLOCK.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'), instant.getUTCMilliseconds());
}

/**
 * The same Istanbul wall-clock time `months` calendar months later: a qualification granted on
 * 1 February (Istanbul) just after midnight expires on 1 March, not on 28 February as UTC would say.
 * A day that does not exist in the target month becomes that month's last day.
 */
export function addMonthsInIstanbul(instant: Date, months: number): Date {
  const wall = new Date(istanbulWallClock(instant));
  const target = wall.getUTCMonth() + months;
  const year = wall.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const wanted = Date.UTC(
    year,
    month,
    Math.min(wall.getUTCDate(), lastDay),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
  // Wall clock → instant: subtract the offset in force then (Istanbul has had none to switch since 2016).
  const guess = wanted - (istanbulWallClock(new Date(wanted)) - wanted);
  return new Date(wanted - (istanbulWallClock(new Date(guess)) - guess));
}

/** The offset of Istanbul from UTC at an instant, in minutes (+180 since 2016; older dates differ). */
function istanbulOffsetMinutes(at: Date): number {
  const parts = ISTANBUL_MINUTE.formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant at which Istanbul's clocks show `time` (HH:MM) on `day` (YYYY-MM-DD). */
export function istanbulInstant(day: string, time = '00:00'): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Guess with the offset at the wall time read as UTC, then correct once across an offset change.
  const guess = wall - istanbulOffsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - istanbulOffsetMinutes(new Date(guess)) * 60_000);
}

/** YYYY-MM-DD plus a number of days (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** Years a date or an instant may carry: far enough for birth dates and plans, no year 0 or +275760. */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A strict YYYY-MM-DD that names a real day (no 30 February) in YEAR_RANGE, else null. */
export function parseCalendarDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) ? value : null;
}

/**
 * A strict ISO-8601 instant with a zone (Z or ±HH:MM), a four-digit year in YEAR_RANGE and a real
 * day, else null. `new Date()` alone would roll 2026-02-30 over into March and take +275760.
 */
export function parseInstant(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/.exec(value);
  if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
