import { describe, expect, it } from 'vitest';
import { formatSessionTime, istanbulInputToIso, isoToIstanbulInput } from './istanbul-time';

describe('İzmir wall-clock time for datetime inputs', () => {
  it.each([
    ['2026-12-05T10:00', '2026-12-05T07:00:00.000Z'],
    ['2027-01-01T01:30', '2026-12-31T22:30:00.000Z'],
  ])('reads %s as İzmir time', (input, iso) => {
    expect(istanbulInputToIso(input)).toBe(iso);
    expect(isoToIstanbulInput(iso)).toBe(input);
  });

  it.each(['', '2026-12-05', '2026-12-05T10', 'yarın'])('refuses the incomplete value %j', (input) => {
    expect(istanbulInputToIso(input)).toBeNull();
  });
});

describe('session times', () => {
  it('names the day once when a session starts and ends on the same İzmir day', () => {
    expect(formatSessionTime('2026-10-14T07:00:00.000Z', '2026-10-14T10:00:00.000Z', 'tr')).toBe('14 Eki 2026 10:00–13:00');
    // 22:30 UTC is already the next day in İzmir.
    expect(formatSessionTime('2026-10-14T19:00:00.000Z', '2026-10-14T22:30:00.000Z', 'en')).toBe('14 Oct 2026, 22:00 – 15 Oct 2026, 01:30');
  });
});
