// Calendar arithmetic on İzmir dates ("YYYY-MM-DD"): weeks start on Monday, months are shown as
// whole weeks. Instants from the API are placed on the İzmir day and wall clock they fall on.
import { addDays, isoWeekday, istanbulDateTimeOf } from '@katilim/schema/istanbul-day';

export type CalendarView = 'week' | 'month';

export const mondayOf = (day: string) => addDays(day, 1 - isoWeekday(day));

/** The days a view shows around `anchor`: one week, or the whole weeks covering its month. */
export function visibleDays(view: CalendarView, anchor: string): string[] {
  if (view === 'week') return Array.from({ length: 7 }, (_, i) => addDays(mondayOf(anchor), i));
  const first = `${anchor.slice(0, 7)}-01`;
  const [y, m] = first.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const start = mondayOf(first);
  const end = addDays(mondayOf(last), 6);
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The anchor one page earlier or later. */
export function shiftAnchor(view: CalendarView, anchor: string, step: -1 | 1): string {
  if (view === 'week') return addDays(mondayOf(anchor), 7 * step);
  const [y, m] = anchor.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + step, 1)).toISOString().slice(0, 10);
}

/** The İzmir wall-clock time of an instant, HH:MM. */
export const istanbulTimeOf = (iso: string) => istanbulDateTimeOf(iso).slice(11, 16);
