import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adultBirthDateProblem, ageInIstanbul, ageOn, isAdultOn, latestBirthDateForAge } from './age.ts';
import { addDays } from './istanbul-day.ts';

describe('age on a day', () => {
  it.each([
    ['2007-06-15', '2025-06-15', 18, 'turns 18 today'],
    ['2007-06-16', '2025-06-15', 17, 'turns 18 tomorrow'],
    ['2008-02-29', '2026-02-28', 17, 'leap-day birthday, the day before 1 March'],
    ['2008-02-29', '2026-03-01', 18, 'leap-day birthday counts from 1 March in a common year'],
    ['2008-02-29', '2028-02-29', 20, 'leap-day birthday in a leap year'],
    ['2000-12-31', '2025-12-30', 24, 'the day before'],
    ['2000-12-31', '2025-12-31', 25, 'the birthday'],
    ['1950-01-01', '2025-06-15', 75, 'older adult'],
  ])('born %s, on %s: %i (%s)', (birthDate, day, age) => {
    expect(ageOn(birthDate, day)).toBe(age);
    expect(isAdultOn(birthDate, day)).toBe(age >= 18);
  });

  it.each([['2025-02-30'], ['15.06.1990'], ['']])('has no age for the non-day %j', (birthDate) => {
    expect(ageOn(birthDate, '2025-06-15')).toBeNull();
    expect(isAdultOn(birthDate, '2025-06-15')).toBe(false);
  });

  it('counts in İzmir days: at 22:00Z on 14 June the İzmir day is already 15 June', () => {
    expect(ageInIstanbul('2007-06-15', new Date('2025-06-14T20:59:59Z'))).toBe(17);
    expect(ageInIstanbul('2007-06-15', new Date('2025-06-14T21:00:00Z'))).toBe(18);
  });
});

describe('the latest birth date of an age', () => {
  it.each([
    ['2026-06-15', 18, '2008-06-15'],
    // 29 February 2028 minus 18 years is a common year: 28 February, not 1 March.
    ['2028-02-29', 18, '2010-02-28'],
    ['2028-02-29', 20, '2008-02-29'],
  ])('on %s, %i or older means born on or before %s', (day, age, latest) => {
    expect(latestBirthDateForAge(age, day)).toBe(latest);
    expect(ageOn(latest, day)).toBe(age);
    expect(ageOn(addDays(latest, 1), day)).toBe(age - 1);
  });

  it('agrees with ageOn for any birth date, day and age', () => {
    const day = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 100 }), (birthDate, on, age) => {
        return ageOn(birthDate, on)! >= age === birthDate <= latestBirthDateForAge(age, on);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});

describe('a birth date that may open an account', () => {
  it.each([
    ['1990-06-15', null],
    ['2007-06-15', null],
    ['2007-06-16', 'UNDER_ADULT_AGE'],
    ['2025-06-15', 'NOT_IN_PAST'],
    ['2030-01-01', 'NOT_IN_PAST'],
    ['1990-02-31', 'INVALID_DATE'],
    ['1899-12-31', 'INVALID_DATE'],
    ['15.06.1990', 'INVALID_DATE'],
  ])('%s on 2025-06-15: %s', (birthDate, problem) => {
    expect(adultBirthDateProblem(birthDate, '2025-06-15')).toBe(problem);
  });
});
