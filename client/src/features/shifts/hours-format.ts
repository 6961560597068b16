/** Minutes as hours with at most one decimal, in the reader's language ("2,5" in Turkish). */
export function formatHours(minutes: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'tr-TR', { maximumFractionDigits: 1 }).format(minutes / 60);
}

/** The name of a month (1 = January) in the reader's language. */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'tr-TR', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, 1)));
}

/** A rate 0…1 as a whole percentage. */
export function formatPercent(rate: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'tr-TR', { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
