// Age as people count it: whole years since the birth date, on a calendar day in İzmir. The
// register form, the registration API, applying to volunteer and the review board all use this.
import { daysInMonth, parseCalendarDate, parseDay, todayInIstanbul, type Instant } from './istanbul-day.ts';

/** People open their own account and volunteer from this age; children are registered by others. */
export const ADULT_AGE = 18;

/**
 * Whole years between a birth date and a day (both YYYY-MM-DD). A birthday counts from its own
 * day; one on 29 February from 1 March in common years. Null when either is not a real day.
 */
export function ageOn(birthDate: string, day: string): number | null {
  const birth = parseDay(birthDate);
  const on = parseDay(day);
  if (!birth || !on) return null;
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** Age today in İzmir (whatever the zone of the server or the device). */
export function ageInIstanbul(birthDate: string, now: Instant = new Date()): number | null {
  return ageOn(birthDate, todayInIstanbul(now));
}

export function isAdultOn(birthDate: string, day: string): boolean {
  const age = ageOn(birthDate, day);
  return age !== null && age >= ADULT_AGE;
}

/**
 * The latest birth date of a person at least `age` years old on `day`: exactly those born on it
 * or before are. On 29 February, `age` years back may be a common year; then it is 28 February
 * (someone born on 1 March is still a year short).
 */
export function latestBirthDateForAge(age: number, day: string): string {
  const on = parseDay(day);
  if (!on) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  const year = on.year - age;
  const date = Math.min(on.day, daysInMonth(year, on.month));
  return `${String(year).padStart(4, '0')}-${String(on.month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** Why a birth date cannot open an account, as a code each side words in its own messages. */
export type BirthDateProblem = 'INVALID_DATE' | 'NOT_IN_PAST' | 'UNDER_ADULT_AGE';

/** A real day (years 1900–2200), before `today`, of someone ADULT_AGE or older on `today`; else why not. */
export function adultBirthDateProblem(birthDate: string, today: string): BirthDateProblem | null {
  if (!parseCalendarDate(birthDate)) return 'INVALID_DATE';
  if (birthDate >= today) return 'NOT_IN_PAST';
  return isAdultOn(birthDate, today) ? null : 'UNDER_ADULT_AGE';
}
