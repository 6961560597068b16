// Trips' lottery mail: drawn (a seat is yours) and not drawn (your place on the waitlist). Turkish and English.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import { signature, type MailTemplate, type Rendered } from '../notifications/mail.ts';

const at = (locale: Locale, instant: Date) =>
  new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(instant);
const time = (locale: Locale, instant: Date) => new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', { timeStyle: 'short', timeZone: TIME_ZONE }).format(instant);

type Common = { firstName: string; title: string; startsAt: Date; pickupName: string; pickupAt: Date; seats: number; entryNumber: number; drawUrl: string };

export const lotteryMailTemplates = {
  tripLotteryDrawn: (locale: Locale, p: Common): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.title}" kurasında yer kazandınız`,
          text: `Merhaba ${p.firstName},\n\n${at(locale, p.startsAt)} tarihli "${p.title}" gezisinin kurası çekildi ve ${p.seats} kişilik yeriniz kesinleşti.\n\nBiniş: ${p.pickupName}, saat ${time(locale, p.pickupAt)}.\n\nGelemeyecekseniz lütfen kaydınızı "Gezilerim" sayfasından iptal edin; yeriniz bekleme listesindeki kişiye geçer.\n\nBaşvuru numaranız ${p.entryNumber}. Kuranın nasıl çekildiğini herkes buradan doğrulayabilir: ${p.drawUrl}${signature.tr}`,
        }
      : {
          subject: `Katılım: you have a seat on "${p.title}"`,
          text: `Hello ${p.firstName},\n\nThe lottery for "${p.title}" on ${at(locale, p.startsAt)} has been drawn and your seats (${p.seats}) are confirmed.\n\nBoarding: ${p.pickupName} at ${time(locale, p.pickupAt)}.\n\nIf you cannot come, please cancel under "My trips": your seats go to the next person on the waiting list.\n\nYour entry number is ${p.entryNumber}. Anyone can verify how the lottery was drawn: ${p.drawUrl}${signature.en}`,
        },
  tripLotteryNotDrawn: (locale: Locale, p: Common & { waitlistPosition: number }): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.title}" kurası: bekleme listesindesiniz`,
          text: `Merhaba ${p.firstName},\n\n${at(locale, p.startsAt)} tarihli "${p.title}" gezisinin kurası çekildi. Bu kez yer çıkmadı; ${p.pickupName} biniş noktasının bekleme listesinde ${p.waitlistPosition}. sıradasınız.\n\nBir yer boşalırsa size e-postayla haber veririz; yeri onaylamak için süreniz olacak.\n\nBaşvuru numaranız ${p.entryNumber}. Kuranın nasıl çekildiğini herkes buradan doğrulayabilir: ${p.drawUrl}${signature.tr}`,
        }
      : {
          subject: `Katılım: "${p.title}" lottery: you are on the waiting list`,
          text: `Hello ${p.firstName},\n\nThe lottery for "${p.title}" on ${at(locale, p.startsAt)} has been drawn. You did not get a seat this time; you are number ${p.waitlistPosition} on the waiting list of the ${p.pickupName} pick-up point.\n\nIf a seat frees up we will email you, and you will have time to confirm it.\n\nYour entry number is ${p.entryNumber}. Anyone can verify how the lottery was drawn: ${p.drawUrl}${signature.en}`,
        },
} satisfies Record<string, MailTemplate>;
