// A meeting series' dates: weekly, every two weeks or monthly, a fixed number of times. Shifts'
// recurrence.ts (RFC 5545 rules over weekdays until a date) does not fit a count of monthly dates,
// so this is the few lines of calendar arithmetic a committee's series needs, on İzmir days.
import { addDays, daysInMonth, parseDay } from '@katilim/schema/istanbul-day';

export type MeetingFrequency = 'WEEKLY' | 'BIWEEKLY' | 'MONTHLY';

const pad = (value: number) => String(value).padStart(2, '0');

/** The same day of the month `months` later; the 31st becomes a shorter month's last day. */
export function addMonths(day: string, months: number): string {
  const parsed = parseDay(day)!;
  const index = parsed.month - 1 + months;
  const year = parsed.year + Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(parsed.day, daysInMonth(year, month)))}`;
}

/** The İzmir days of a series starting on `first`, `count` of them (one when not recurring). */
export function seriesDays(first: string, recurrence: { frequency: MeetingFrequency; occurrences: number } | null): string[] {
  if (!recurrence) return [first];
  return Array.from({ length: recurrence.occurrences }, (_, index) =>
    recurrence.frequency === 'MONTHLY' ? addMonths(first, index) : addDays(first, index * (recurrence.frequency === 'WEEKLY' ? 7 : 14)),
  );
}
