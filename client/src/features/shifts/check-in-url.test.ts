import { describe, expect, it } from 'vitest';
import { checkInCodeOf } from './check-in-url';

const CODE = '019ad6a1-2b3c-7d4e-8f90-123456789abc.Ab-_c0d1e2f3g4h5i6j7k8';

describe('checkInCodeOf', () => {
  it.each([
    [`https://katilim.izmir.bel.tr/shifts/check-in/${CODE}`, CODE],
    [`http://localhost:4000/shifts/check-in/${CODE}/`, CODE],
    [`  ${CODE}\n`, CODE],
    ['https://example.com/shifts/check-in/not-a-code', null],
    [`https://example.com/other/${CODE}`, null],
    ['hello', null],
  ])('%s → %s', (text, expected) => {
    expect(checkInCodeOf(text)).toBe(expected);
  });
});
