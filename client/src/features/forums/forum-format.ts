// How the forums' pages show times: İzmir's date and time, in the reader's language.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'tr-TR');

/** A session's day and hours, e.g. "12 Aralık 2026 Cumartesi, 14:00–16:00". */
export function formatSessionTime(startsAt: string, endsAt: string, language: string): string {
  const day = new Intl.DateTimeFormat(locale(language), { dateStyle: 'full', timeZone: TIME_ZONE }).format(new Date(startsAt));
  const time = (instant: string) => new Intl.DateTimeFormat(locale(language), { timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(instant));
  return `${day}, ${time(startsAt)}–${time(endsAt)}`;
}

/** A moment in İzmir, short, for tables and lines ("12 Ara 2026 14:00"). */
export function formatForumDateTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(instant));
}
