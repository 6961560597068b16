import { describe, expect, it } from 'vitest';
import { formatSessionTime } from './istanbul-time';

// Reading a datetime input as İzmir time is @katilim/schema's parseIstanbulDateTime, tested there.
describe('session times', () => {
  it('names the day once when a session starts and ends on the same İzmir day', () => {
    expect(formatSessionTime('2026-10-14T07:00:00.000Z', '2026-10-14T10:00:00.000Z', 'tr')).toBe('14 Eki 2026 10:00–13:00');
    // 22:30 UTC is already the next day in İzmir.
    expect(formatSessionTime('2026-10-14T19:00:00.000Z', '2026-10-14T22:30:00.000Z', 'en')).toBe('14 Oct 2026, 22:00 – 15 Oct 2026, 01:30');
  });
});
