// Boarding's and communication's mail, Turkish and English: the reminder the day before, a
// departure's cancellation (weather …) with the coordinator's note, and a coordinator's message.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import { signature, type Rendered } from '../notifications/mail.ts';

const formatters: Record<Locale, Intl.DateTimeFormat> = {
  tr: new Intl.DateTimeFormat('tr-TR', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
};
const at = (locale: Locale, instant: Date) => formatters[locale].format(instant);

type TripParams = { firstName: string; tripTitle: string; startsAt: Date; link: string };

const mail = (locale: Locale, tr: Rendered, en: Rendered): Rendered =>
  locale === 'tr' ? { subject: tr.subject, text: tr.text + signature.tr } : { subject: en.subject, text: en.text + signature.en };

export const boardingMailTemplates = {
  tripDayBeforeReminder: (
    locale: Locale,
    p: TripParams & { pickupName: string; pickupAddress: string; pickupAt: Date; whatToBring: string; travellers: number },
  ): Rendered =>
    mail(
      locale,
      {
        subject: `Katılım: "${p.tripTitle}" gezisi yarın`,
        text: `Merhaba ${p.firstName},\n\n"${p.tripTitle}" gezisi ${at('tr', p.startsAt)} tarihinde başlıyor.\n\nBiniş yeri: ${p.pickupName}${p.pickupAddress ? `, ${p.pickupAddress}` : ''} (${at('tr', p.pickupAt)})\nKişi sayısı: ${p.travellers}\n${p.whatToBring ? `Yanınıza alın: ${p.whatToBring}\n` : ''}\nBinişte rehbere karekodunuzu gösterin; karekodunuz kaydınızın sayfasında:\n${p.link}`,
      },
      {
        subject: `Katılım: the trip "${p.tripTitle}" is tomorrow`,
        text: `Hello ${p.firstName},\n\nThe trip "${p.tripTitle}" starts on ${at('en', p.startsAt)}.\n\nBoarding: ${p.pickupName}${p.pickupAddress ? `, ${p.pickupAddress}` : ''} (${at('en', p.pickupAt)})\nTravellers: ${p.travellers}\n${p.whatToBring ? `Bring: ${p.whatToBring}\n` : ''}\nShow the guide your QR code when you board; it is on your registration's page:\n${p.link}`,
      },
    ),
  tripDepartureCancelled: (locale: Locale, p: TripParams & { note: string }): Rendered =>
    mail(
      locale,
      {
        subject: `Katılım: "${p.tripTitle}" gezisi iptal edildi`,
        text: `Merhaba ${p.firstName},\n\n${at('tr', p.startsAt)} tarihli "${p.tripTitle}" gezisi iptal edildi ve kaydınız kapandı.\n\n${p.note}\n\nDiğer gezilere göz atabilirsiniz:\n${p.link}`,
      },
      {
        subject: `Katılım: the trip "${p.tripTitle}" is cancelled`,
        text: `Hello ${p.firstName},\n\nThe trip "${p.tripTitle}" on ${at('en', p.startsAt)} is cancelled and your registration is closed.\n\n${p.note}\n\nOther trips are here:\n${p.link}`,
      },
    ),
  tripDepartureMessage: (locale: Locale, p: TripParams & { subject: string; body: string }): Rendered =>
    mail(
      locale,
      {
        subject: `Katılım: ${p.tripTitle} (${at('tr', p.startsAt)}): ${p.subject}`,
        text: `Merhaba ${p.firstName},\n\n${p.body}\n\nKaydınız:\n${p.link}`,
      },
      {
        subject: `Katılım: ${p.tripTitle} (${at('en', p.startsAt)}): ${p.subject}`,
        text: `Hello ${p.firstName},\n\n${p.body}\n\nYour registration:\n${p.link}`,
      },
    ),
};
