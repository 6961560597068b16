// Meeting times as people in İzmir read them, whatever the device's zone, in the interface language.
import { istanbulDayOf, TIME_ZONE } from '@katilim/schema/istanbul-day';

const intlLocale = (language: string) => (language === 'en' ? 'en-GB' : 'tr-TR');

/** "7 Aralık 2026 Pazartesi, 16:00–17:30" */
export function formatMeetingTime(startsAt: string, endsAt: string, language: string): string {
  const day = new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const end = istanbulDayOf(startsAt) === istanbulDayOf(endsAt) ? time.format(new Date(endsAt)) : `${day.format(new Date(endsAt))} ${time.format(new Date(endsAt))}`;
  return `${day.format(new Date(startsAt))}, ${time.format(new Date(startsAt))}–${end}`;
}
