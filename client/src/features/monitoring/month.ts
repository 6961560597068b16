// Months as the monitoring asks for them (YYYY-MM), in İzmir's time.
import { todayInIstanbul } from '@katilim/schema/istanbul-day';

/** The month before the current one in İzmir: the last whole month, the dashboard's default. */
export function lastWholeMonth(now = new Date()): string {
  const [year, month] = todayInIstanbul(now).split('-').map(Number) as [number, number];
  const index = year * 12 + month - 2;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** "Kasım 2026" / "November 2026". */
export function monthLabel(value: string, language: string): string {
  const [year, month] = value.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'tr-TR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 15)));
}
