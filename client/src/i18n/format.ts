import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import { useTranslation } from 'react-i18next';

const LOCALES = { tr: 'tr-TR', en: 'en-GB' } as const;

function intlLocale(language: string): string {
  return language === 'en' ? LOCALES.en : LOCALES.tr;
}

/** An instant (DateTime scalar), shown in İzmir's time whatever the device's zone. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** A calendar date (Date scalar, "YYYY-MM-DD"); it has no time zone, so none may shift it. */
export function formatCalendarDate(ymd: string, language: string): string {
  const [year, month, day] = ymd.split('-').map(Number);
  if (!year || !month || !day) return ymd;
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    dateTime: (iso: string) => formatDateTime(iso, language),
    calendarDate: (ymd: string) => formatCalendarDate(ymd, language),
  };
}
