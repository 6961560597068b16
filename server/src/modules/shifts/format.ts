// How shift times read in messages and mail: İzmir wall-clock, in the reader's language.
import type { Locale } from '../../i18n/messages.ts';
import { TIME_ZONE } from '@katilim/schema/istanbul-day';

const formatters: Record<Locale, Intl.DateTimeFormat> = {
  tr: new Intl.DateTimeFormat('tr-TR', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
};
const days: Record<Locale, Intl.DateTimeFormat> = {
  tr: new Intl.DateTimeFormat('tr-TR', { dateStyle: 'long', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: TIME_ZONE }),
};

export const formatInstant = (locale: Locale, at: Date) => formatters[locale].format(at);
export const formatDay = (locale: Locale, at: Date) => days[locale].format(at);

/** The same parameter in both languages, for DomainError.localizedParams. */
export function bothLanguages(make: (locale: Locale) => Record<string, string | number>) {
  return { tr: make('tr'), en: make('en') };
}
