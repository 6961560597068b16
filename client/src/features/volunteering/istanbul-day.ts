// Round dates are picked as İzmir calendar days: a round opens at 00:00 and closes at 23:59 there.
// Türkiye keeps UTC+3 all year (no daylight saving since 2016).
const OFFSET_MS = 3 * 3_600_000;

/** "2026-12-05" → the instant 2026-12-05 00:00 in İzmir. */
export function istanbulDayStart(day: string): string {
  return new Date(`${day}T00:00:00+03:00`).toISOString();
}

/** "2026-12-05" → the instant 2026-12-05 23:59:59 in İzmir. */
export function istanbulDayEnd(day: string): string {
  return new Date(`${day}T23:59:59+03:00`).toISOString();
}

/** An instant → its calendar day in İzmir, "YYYY-MM-DD". */
export function isoToIstanbulDay(iso: string): string {
  return new Date(new Date(iso).getTime() + OFFSET_MS).toISOString().slice(0, 10);
}
