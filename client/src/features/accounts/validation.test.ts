import { describe, expect, it } from 'vitest';
import { ageOn, isAdult, isTurkishMobile, isValidBirthDate, normalizePhone } from './validation';

describe('age rule', () => {
  it.each([
    ['2007-06-15', '2025-06-15', true, 'turns 18 today'],
    ['2007-06-16', '2025-06-15', false, 'turns 18 tomorrow'],
    ['2008-02-29', '2026-02-28', false, 'leap-day birthday, day before'],
    ['2008-02-29', '2026-03-01', true, 'leap-day birthday, day after'],
    ['1950-01-01', '2025-06-15', true, 'older adult'],
  ])('born %s, on %s adult=%s (%s)', (birthDate, today, expected) => {
    expect(isAdult(birthDate, today)).toBe(expected);
  });

  it('counts whole years', () => {
    expect(ageOn('2000-12-31', '2025-12-30')).toBe(24);
    expect(ageOn('2000-12-31', '2025-12-31')).toBe(25);
  });

  it.each([
    ['2025-02-30', false],
    ['1899-12-31', false],
    ['2030-01-01', false],
    ['15.06.1990', false],
    ['1990-06-15', true],
  ])('birth date %s valid=%s', (value, expected) => {
    expect(isValidBirthDate(value, '2025-06-15')).toBe(expected);
  });
});

describe('Turkish mobile numbers', () => {
  it.each([
    ['05321234567', true],
    ['+905321234567', true],
    ['0532 123 45 67', true],
    ['(0532) 123-45-67', true],
    ['5321234567', true],
    ['02321234567', false],
    ['0532123456', false],
    ['+445321234567', false],
  ])('%s valid=%s', (phone, expected) => {
    expect(isTurkishMobile(phone)).toBe(expected);
  });

  it('strips spacing and punctuation', () => {
    expect(normalizePhone('+90 (532) 123-45 67')).toBe('+905321234567');
  });
});
