import { expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password.ts';

it.each([
  ['', 'TOO_SHORT'],
  ['a'.repeat(PASSWORD_MIN_LENGTH - 1), 'TOO_SHORT'],
  ['a'.repeat(PASSWORD_MIN_LENGTH), null],
  ['Deniz kenarında bir sabah', null],
  ['a'.repeat(PASSWORD_MAX_LENGTH), null],
  ['a'.repeat(PASSWORD_MAX_LENGTH + 1), 'TOO_LONG'],
])('a password of %j characters: %s', (password, problem) => {
  expect(passwordProblem(password)).toBe(problem);
});

it('asks for 10 to 200 characters', () => {
  expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([10, 200]);
});
