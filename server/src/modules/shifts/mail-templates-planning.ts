// Planning's mail: a shift cancelled, a shift's time changed, an invitation to an under-filled
// shift. Turkish and English. (The lead merges these into the module's mail-templates.ts.)
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import { signature, type MailTemplate, type Rendered } from '../notifications/mail.ts';

const when = (locale: Locale, startsAt: Date, endsAt: Date) => {
  const tag = locale === 'tr' ? 'tr-TR' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(startsAt);
  const end = new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: TIME_ZONE }).format(endsAt);
  return `${day}–${end}`;
};

export const planningMailTemplates = {
  shiftCancelled: (locale: Locale, p: { firstName: string; title: string; startsAt: Date; endsAt: Date }): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.title}" vardiyası iptal edildi`,
          text: `Merhaba ${p.firstName},\n\n${when(locale, p.startsAt, p.endsAt)} tarihli "${p.title}" vardiyası koordinatörlerimiz tarafından iptal edildi. Bu vardiyadaki yeriniz (ya da bekleme listesindeki sıranız) artık geçerli değil.\n\nDiğer vardiyalara "Gönüllü çalışmalarım" sayfasından kaydolabilirsiniz.${signature.tr}`,
        }
      : {
          subject: `Katılım: the shift "${p.title}" was cancelled`,
          text: `Hello ${p.firstName},\n\nThe shift "${p.title}" on ${when(locale, p.startsAt, p.endsAt)} was cancelled by our coordinators. Your place on it (or on its waiting list) no longer stands.\n\nYou can sign up for other shifts under "My volunteer work".${signature.en}`,
        },
  shiftRescheduled: (
    locale: Locale,
    p: { firstName: string; title: string; startsAt: Date; endsAt: Date; previousStartsAt: Date; previousEndsAt: Date },
  ): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.title}" vardiyasının saati değişti`,
          text: `Merhaba ${p.firstName},\n\n"${p.title}" vardiyasının zamanı değişti.\n\nÖnce: ${when(locale, p.previousStartsAt, p.previousEndsAt)}\nŞimdi: ${when(locale, p.startsAt, p.endsAt)}\n\nYeriniz korunuyor. Yeni saat size uymuyorsa vardiyadan "Gönüllü çalışmalarım" sayfasından çıkabilirsiniz.${signature.tr}`,
        }
      : {
          subject: `Katılım: the shift "${p.title}" has a new time`,
          text: `Hello ${p.firstName},\n\nThe time of the shift "${p.title}" changed.\n\nBefore: ${when(locale, p.previousStartsAt, p.previousEndsAt)}\nNow: ${when(locale, p.startsAt, p.endsAt)}\n\nYour place is kept. If the new time does not suit you, you can leave the shift under "My volunteer work".${signature.en}`,
        },
  shiftInvitation: (locale: Locale, p: { firstName: string; title: string; startsAt: Date; endsAt: Date; place: string; url: string }): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.title}" vardiyasına davetlisiniz`,
          text: `Merhaba ${p.firstName},\n\nKoordinatörlerimiz sizi ${when(locale, p.startsAt, p.endsAt)} tarihli "${p.title}" vardiyasına davet ediyor (${p.place}). Bu vardiyada hâlâ boş yer var.\n\nDaveti kabul etmek ya da reddetmek için: ${p.url}${signature.tr}`,
        }
      : {
          subject: `Katılım: you are invited to the shift "${p.title}"`,
          text: `Hello ${p.firstName},\n\nOur coordinators invite you to the shift "${p.title}" on ${when(locale, p.startsAt, p.endsAt)} (${p.place}). It still has free places.\n\nTo accept or decline the invitation: ${p.url}${signature.en}`,
        },
} satisfies Record<string, MailTemplate>;
