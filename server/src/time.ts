// Instants the API reads. İzmir days (today, a day's start and end, months in İzmir, calendar
// dates) are rules the client applies too: they live in @katilim/schema/istanbul-day.
import { isCalendarDay } from '@katilim/schema/istanbul-day';

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
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
