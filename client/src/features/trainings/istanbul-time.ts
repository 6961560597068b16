// <input type="datetime-local"> speaks the device's zone; trainings happen in İzmir. These convert
// between the input's "YYYY-MM-DDTHH:mm" read as İzmir wall-clock time and an ISO instant.
// Türkiye keeps UTC+3 all year (no daylight saving since 2016).
const ISTANBUL_OFFSET = '+03:00';

/** "2026-12-05T10:00" (İzmir) → "2026-12-05T07:00:00.000Z"; null when not a complete value. */
export function istanbulInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}:00${ISTANBUL_OFFSET}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO instant → "YYYY-MM-DDTHH:mm" in İzmir, for an input's value. */
export function isoToIstanbulInput(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 3 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

/** An instant as a calendar day in İzmir ("22 Kasım 2028"), for validity dates. */
export function formatIstanbulDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'tr-TR', { dateStyle: 'long', timeZone: 'Europe/Istanbul' }).format(new Date(iso));
}

/** A session's time in İzmir: "14 Eki 2026 10:00–13:00" on one day, both ends in full otherwise. */
export function formatSessionTime(startsAt: string, endsAt: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'tr-TR';
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Istanbul' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'Europe/Istanbul' });
  const sameDay = isoToIstanbulInput(startsAt).slice(0, 10) === isoToIstanbulInput(endsAt).slice(0, 10);
  return sameDay ? `${full.format(new Date(startsAt))}–${time.format(new Date(endsAt))}` : `${full.format(new Date(startsAt))} – ${full.format(new Date(endsAt))}`;
}
