// Interview times are İzmir times, whatever the device's zone: grouped by İzmir day, shown in the
// interface language.
import { istanbulDayOf, TIME_ZONE } from '@katilim/schema/istanbul-day';

function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'tr-TR';
}

/** "Pazartesi, 7 Aralık 2026" for the day of an instant. */
export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

export function formatTimeRange(startsAt: string, endsAt: string, language: string): string {
  return `${formatTime(startsAt, language)}–${formatTime(endsAt, language)}`;
}

/** "7 Aralık 2026 Pazartesi 10:00" */
export function formatMoment(iso: string, language: string): string {
  return `${formatDay(iso, language)}, ${formatTime(iso, language)}`;
}

/** Items in time order, grouped by their İzmir day. */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[]): { day: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = istanbulDayOf(item.startsAt);
    groups.set(day, [...(groups.get(day) ?? []), item]);
  }
  return [...groups].map(([day, dayItems]) => ({ day, items: dayItems }));
}
