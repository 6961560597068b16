// Monitoring periods: calendar months in İzmir's time, from the first instant of the first month to
// the first instant after the last (Europe/Istanbul has kept UTC+3 since 2016; the bounds come from the
// time-zone database all the same, so an old month is cut where İzmir's clocks were).
import { istanbulInstant } from '@katilim/schema/istanbul-day';
import type { Period } from './declaration.ts';

export type MonthRange = { from: string; to: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseMonth(value: string): { year: number; month: number } | null {
  const match = MONTH.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 2000 && year <= 2100 ? { year, month: Number(match[2]) } : null;
}

export const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The month `count` months after `key` (negative: before). */
export function addMonths(key: string, count: number): string {
  const { year, month } = parseMonth(key)!;
  const index = year * 12 + (month - 1) + count;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** The instants of a range of whole months (both included). */
export function periodOf(range: MonthRange): Period {
  return { from: istanbulInstant(`${range.from}-01`), to: istanbulInstant(`${addMonths(range.to, 1)}-01`) };
}

export const monthsIn = (range: MonthRange) => {
  const a = parseMonth(range.from)!;
  const b = parseMonth(range.to)!;
  return b.year * 12 + b.month - (a.year * 12 + a.month) + 1;
};

/** The range just before, of the same length, and the same range a year earlier. */
export function comparisons(range: MonthRange): { previous: MonthRange; lastYear: MonthRange } {
  const length = monthsIn(range);
  return {
    previous: { from: addMonths(range.from, -length), to: addMonths(range.from, -1) },
    lastYear: { from: addMonths(range.from, -12), to: addMonths(range.to, -12) },
  };
}
