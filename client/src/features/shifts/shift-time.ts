// How the volunteers' shift views read days and holds (the calendar arithmetic is in calendar-days.ts).
/** A day's heading in the week view ("Pzt 7 Ara"). */
export function formatWeekday(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'tr-TR', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** What is left of a hold as "3 sa 05 dk" / "3 h 05 min", or null once it has run out. */
export function remaining(untilIso: string, now: number, language: string): string | null {
  const ms = new Date(untilIso).getTime() - now;
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  const hours = Math.floor(minutes / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return language === 'en' ? `${hours} h ${pad(minutes % 60)} min ${pad(seconds)} s` : `${hours} sa ${pad(minutes % 60)} dk ${pad(seconds)} sn`;
}
