// What the applicant reads about an interview (mail, calendar file), in their language.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';

export type SlotPlace = { startsAt: Date; endsAt: Date; location: string | null; onlineUrl: string | null };

const LOCALES: Record<Locale, string> = { tr: 'tr-TR', en: 'en-GB' };

export function formatInterviewTime(locale: Locale, slot: Pick<SlotPlace, 'startsAt' | 'endsAt'>): string {
  const day = new Intl.DateTimeFormat(LOCALES[locale], { timeZone: TIME_ZONE, dateStyle: 'full' }).format(slot.startsAt);
  const time = new Intl.DateTimeFormat(LOCALES[locale], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day}, ${time.format(slot.startsAt)}–${time.format(slot.endsAt)}`;
}

export function formatDeadline(locale: Locale, at: Date): string {
  return new Intl.DateTimeFormat(LOCALES[locale], { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(at);
}

const words = {
  tr: {
    when: 'Tarih',
    zone: '(İstanbul saati)',
    where: 'Yer',
    online: 'Çevrim içi görüşme',
    summary: 'Eşit İzmir gönüllü görüşmesi',
    changeUntil: 'Randevunuzu şu zamana kadar değiştirebilir ya da iptal edebilirsiniz',
    cancelledByCoordinator: 'Görüşme randevunuz koordinatör tarafından iptal edildi. Lütfen yayımlanan saatlerden yeni bir randevu seçin.',
    movedByCoordinator: 'Görüşme randevunuz koordinatör tarafından yeni bir saate taşındı.',
    cancelled: 'İPTAL EDİLDİ',
  },
  en: {
    when: 'When',
    zone: '(Istanbul time)',
    where: 'Place',
    online: 'Online meeting',
    summary: 'Eşit İzmir volunteer interview',
    changeUntil: 'You can move or cancel the booking until',
    cancelledByCoordinator: 'Your interview booking was cancelled by a coordinator. Please choose a new time among the published ones.',
    movedByCoordinator: 'A coordinator moved your interview to a new time.',
    cancelled: 'CANCELLED',
  },
} satisfies Record<Locale, Record<string, string>>;

export function interviewWords(locale: Locale) {
  return words[locale];
}

/** Time and place, one item a line: the body of a mail or a calendar description. */
export function slotSummary(locale: Locale, slot: SlotPlace): string {
  const w = words[locale];
  return [
    `${w.when}: ${formatInterviewTime(locale, slot)} ${w.zone}`,
    slot.location ? `${w.where}: ${slot.location}` : null,
    slot.onlineUrl ? `${w.online}: ${slot.onlineUrl}` : null,
  ]
    .filter((line) => line !== null)
    .join('\n');
}
