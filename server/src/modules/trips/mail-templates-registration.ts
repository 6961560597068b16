// Trips' registration mail (owned by the registration slice): a registration received (confirmed,
// on the waitlist or entered in the lottery) and a registration cancelled. Turkish and English.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import { signature, type MailTemplate, type Rendered } from '../notifications/mail.ts';

const when = (locale: Locale, at: Date) =>
  new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(at);

export type RegistrationMailStatus = 'CONFIRMED' | 'WAITLISTED' | 'ENTERED';

type Registered = {
  firstName: string;
  title: string;
  startsAt: Date;
  pickupName: string;
  pickupAt: Date;
  seats: number;
  status: RegistrationMailStatus;
  drawAfter: Date;
  url: string;
};

const statusLine = (locale: Locale, p: Registered) => {
  if (locale === 'tr') {
    if (p.status === 'CONFIRMED') return `Yeriniz kesinleşti: ${p.seats} kişilik yer ayrıldı.`;
    if (p.status === 'WAITLISTED') return `Şu anda boş yer yok; ${p.seats} kişilik kaydınız bekleme listesine alındı. Yer açılırsa size haber vereceğiz.`;
    return `Kuraya katıldınız (${p.seats} kişi). Kura, kayıtlar ${when(locale, p.drawAfter)} tarihinde kapandıktan sonra çekilecek ve sonucu size bildirilecek.`;
  }
  if (p.status === 'CONFIRMED') return `Your place is confirmed: ${p.seats} seat(s) are held for you.`;
  if (p.status === 'WAITLISTED') return `There is no free seat now; your registration for ${p.seats} is on the waiting list. We will tell you if seats free up.`;
  return `You are entered in the lottery (${p.seats} seat(s)). The draw takes place after registration closes on ${when(locale, p.drawAfter)}, and you will be told the result.`;
};

export const registrationMailTemplates = {
  tripRegistered: (locale: Locale, p: Registered): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.title}" gezisi kaydınız alındı`,
          text: `Merhaba ${p.firstName},\n\n${when(locale, p.startsAt)} tarihli "${p.title}" gezisine kaydınız alındı.\n\n${statusLine(locale, p)}\n\nBiniş yeri: ${p.pickupName}, ${when(locale, p.pickupAt)}\n\nKaydınızı görmek ya da iptal etmek için: ${p.url}${signature.tr}`,
        }
      : {
          subject: `Katılım: your registration for "${p.title}"`,
          text: `Hello ${p.firstName},\n\nWe received your registration for "${p.title}" on ${when(locale, p.startsAt)}.\n\n${statusLine(locale, p)}\n\nPick-up: ${p.pickupName}, ${when(locale, p.pickupAt)}\n\nTo see or cancel your registration: ${p.url}${signature.en}`,
        },
  tripRegistrationRemoved: (locale: Locale, p: { firstName: string; title: string; startsAt: Date; reason: string }): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.title}" gezisi kaydınız iptal edildi`,
          text: `Merhaba ${p.firstName},\n\n${when(locale, p.startsAt)} tarihli "${p.title}" gezisi kaydınız koordinatörlerimiz tarafından iptal edildi.\n\nGerekçe: ${p.reason}${signature.tr}`,
        }
      : {
          subject: `Katılım: your registration for "${p.title}" was cancelled`,
          text: `Hello ${p.firstName},\n\nYour registration for "${p.title}" on ${when(locale, p.startsAt)} was cancelled by our coordinators.\n\nReason: ${p.reason}${signature.en}`,
        },
} satisfies Record<string, MailTemplate>;
