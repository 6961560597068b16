import { describe, expect, it } from 'vitest';
import { isValidPhone, normalizePhone } from './phone.ts';

describe('phone numbers', () => {
  it.each([
    ['05321234567', '+905321234567'],
    ['+905321234567', '+905321234567'],
    ['0532 123 45 67', '+905321234567'],
    ['(0532) 123-45-67', '+905321234567'],
    ['+90 (532) 123-45 67', '+905321234567'],
    ['0090 532 123 45 67', '+905321234567'],
    ['5321234567', '+905321234567'],
    ['  0532.123.45.67  ', '+905321234567'],
    // İzmir's landlines are numbers too.
    ['0232 293 12 00', '+902322931200'],
    // Another country's number, in international form.
    ['+44 20 7946 0958', '+442079460958'],
  ])('%j is %s', (raw, normalized) => {
    expect(normalizePhone(raw)).toBe(normalized);
    expect(isValidPhone(raw)).toBe(true);
    // Normalising what was stored changes nothing.
    expect(normalizePhone(normalized)).toBe(normalized);
  });

  it.each([
    ['12345', 'too short'],
    ['0532123456', 'a digit missing'],
    ['053212345678', 'a digit too many'],
    ['08501234567', 'not a landline or mobile prefix'],
    ['+90532123456', '+90 with nine digits'],
    ['0044 20 7946 0958', 'another country with 00 instead of +'],
    ['0532 123 45 67'.padEnd(31, ' ') + '-', 'longer than 30 characters'],
    ['', 'empty'],
  ])('refuses %j (%s)', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
    expect(isValidPhone(raw)).toBe(false);
  });
});
