// Training times as people in İzmir read them, whatever the device's zone, in the interface language.
import { istanbulDayOf, TIME_ZONE } from '@katilim/schema/istanbul-day';

/** An instant as a calendar day in İzmir ("22 Kasım 2028"), for validity dates. */
export function formatIstanbulDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'tr-TR', { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A session's time in İzmir: "14 Eki 2026 10:00–13:00" on one day, both ends in full otherwise. */
export function formatSessionTime(startsAt: string, endsAt: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'tr-TR';
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: TIME_ZONE });
  const sameDay = istanbulDayOf(startsAt) === istanbulDayOf(endsAt);
  return sameDay ? `${full.format(new Date(startsAt))}–${time.format(new Date(endsAt))}` : `${full.format(new Date(startsAt))} – ${full.format(new Date(endsAt))}`;
}
