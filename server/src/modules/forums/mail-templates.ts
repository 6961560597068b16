// Forums' mail, Turkish and English: a seat freed for someone on the waitlist, and a focus group's
// draw (selected, or not selected and kept on the waitlist).
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import { signature, type MailTemplate, type Rendered } from '../notifications/mail.ts';

const at = (locale: Locale, instant: Date) =>
  new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(instant);

type Common = { firstName: string; event: string; session: string; startsAt: Date; placeName: string };

export const mailTemplates = {
  forumSeatConfirmed: (locale: Locale, p: Common): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.session}" oturumunda yeriniz kesinleşti`,
          text: `Merhaba ${p.firstName},\n\nBir yer boşaldı: "${p.event}" etkinliğinin "${p.session}" oturumuna (${at(locale, p.startsAt)}, ${p.placeName}) kaydınız kesinleşti.\n\nGelemeyecekseniz lütfen kaydınızı iptal edin; yeriniz sıradaki kişiye geçer.${signature.tr}`,
        }
      : {
          subject: `Katılım: your place at "${p.session}" is confirmed`,
          text: `Hello ${p.firstName},\n\nA place became free: your registration for "${p.session}" of "${p.event}" (${at(locale, p.startsAt)}, ${p.placeName}) is confirmed.\n\nIf you cannot come, please cancel it so the next person gets the place.${signature.en}`,
        },
  forumSelected: (locale: Locale, p: Common & { selectionUrl: string }): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.session}" odak grubuna seçildiniz`,
          text: `Merhaba ${p.firstName},\n\n"${p.event}" etkinliğinin "${p.session}" odak grubu için kura çekildi ve seçildiniz. Buluşma: ${at(locale, p.startsAt)}, ${p.placeName}.\n\nGelemeyecekseniz lütfen başvurunuzu geri çekin; yerinize kotaları koruyan biri alınır.\n\nSeçimin nasıl yapıldığını herkes buradan doğrulayabilir: ${p.selectionUrl}${signature.tr}`,
        }
      : {
          subject: `Katılım: you have been selected for "${p.session}"`,
          text: `Hello ${p.firstName},\n\nThe focus group "${p.session}" of "${p.event}" has been drawn and you were selected. Meeting: ${at(locale, p.startsAt)}, ${p.placeName}.\n\nIf you cannot come, please withdraw your application; someone who keeps the quotas will take your place.\n\nAnyone can verify how the selection was made: ${p.selectionUrl}${signature.en}`,
        },
  forumNotSelected: (locale: Locale, p: Common & { waitlistRank: number; selectionUrl: string }): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.session}" odak grubu kurası`,
          text: `Merhaba ${p.firstName},\n\n"${p.event}" etkinliğinin "${p.session}" odak grubu için kura çekildi. Bu kez seçilmediniz; yedek listesinde ${p.waitlistRank}. sıradasınız. Bir yer boşalır ve kotalar uyarsa size haber veririz.\n\nSeçimin nasıl yapıldığını herkes buradan doğrulayabilir: ${p.selectionUrl}${signature.tr}`,
        }
      : {
          subject: `Katılım: the draw for "${p.session}"`,
          text: `Hello ${p.firstName},\n\nThe focus group "${p.session}" of "${p.event}" has been drawn. You were not selected this time; you are number ${p.waitlistRank} on the reserve list. If a place frees up and the quotas allow, we will tell you.\n\nAnyone can verify how the selection was made: ${p.selectionUrl}${signature.en}`,
        },
} satisfies Record<string, MailTemplate>;
