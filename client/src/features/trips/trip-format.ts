// Trip times as people in İzmir read them, whatever the device's zone, in the interface language.
import { istanbulDayOf, TIME_ZONE } from '@katilim/schema/istanbul-day';

export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'tr-TR';
}

/** "7 Aralık 2026 Pazartesi" for the İzmir day of an instant. */
export function formatTripDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

export function formatTripTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "7 Ara 2026 09:30" */
export function formatTripInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A departure's time: "7 Aralık 2026 Pazartesi, 09:00–17:00", both ends in full when it spans days. */
export function formatDepartureTime(startsAt: string, endsAt: string, language: string): string {
  if (istanbulDayOf(startsAt) === istanbulDayOf(endsAt)) return `${formatTripDay(startsAt, language)}, ${formatTripTime(startsAt, language)}–${formatTripTime(endsAt, language)}`;
  return `${formatTripInstant(startsAt, language)} – ${formatTripInstant(endsAt, language)}`;
}

/** A rate 0…1 as a whole percentage. */
export function formatRate(rate: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** Where a registration window stands at `now`. */
export function windowState(opensAt: string, closesAt: string, now: number): 'NOT_YET' | 'OPEN' | 'CLOSED' {
  if (now < new Date(opensAt).getTime()) return 'NOT_YET';
  return now < new Date(closesAt).getTime() ? 'OPEN' : 'CLOSED';
}
