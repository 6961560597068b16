// Shifts' mail, Turkish and English: offers from the waitlist, swaps, reminders, messages from the
// coordinator, assignment and removal; the other parts keep theirs in mail-templates-<part>.ts.
import type { Locale } from '../../i18n/messages.ts';
import { signature, type MailTemplate, type Rendered } from '../notifications/mail.ts';
import { formatInstant } from './format.ts';
import { attendanceMailTemplates } from './mail-templates-attendance.ts';
import { planningMailTemplates } from './mail-templates-planning.ts';

type ShiftParams = { firstName: string; shiftTitle: string; startsAt: Date; link: string };

const mail = (locale: Locale, tr: Rendered, en: Rendered): Rendered =>
  locale === 'tr' ? { subject: tr.subject, text: tr.text + signature.tr } : { subject: en.subject, text: en.text + signature.en };

export const mailTemplates = {
  ...attendanceMailTemplates,
  ...planningMailTemplates,
  shiftOffered: (locale: Locale, p: ShiftParams & { holdExpiresAt: Date }): Rendered => {
    const when = formatInstant(locale, p.startsAt);
    const until = formatInstant(locale, p.holdExpiresAt);
    return mail(
      locale,
      {
        subject: `Katılım: "${p.shiftTitle}" vardiyasında size bir yer açıldı`,
        text: `Merhaba ${p.firstName},\n\nBekleme listesinde olduğunuz "${p.shiftTitle}" (${when}) vardiyasında bir yer açıldı ve size ayrıldı.\n\nYeri almak için ${until} saatine kadar onaylayın; onaylamazsanız yer sıradaki kişiye geçer.\n\n${p.link}`,
      },
      {
        subject: `Katılım: a place opened for you on "${p.shiftTitle}"`,
        text: `Hello ${p.firstName},\n\nA place opened on the shift "${p.shiftTitle}" (${when}) whose waitlist you are on, and it is held for you.\n\nConfirm it by ${until}; otherwise it passes to the next person.\n\n${p.link}`,
      },
    );
  },
  shiftOfferExpired: (locale: Locale, p: ShiftParams): Rendered => {
    const when = formatInstant(locale, p.startsAt);
    return mail(
      locale,
      {
        subject: `Katılım: "${p.shiftTitle}" için ayrılan yerin süresi doldu`,
        text: `Merhaba ${p.firstName},\n\n"${p.shiftTitle}" (${when}) vardiyasında size ayrılan yeri süresi içinde onaylamadığınız için yer sıradaki kişiye geçti.\n\nDiğer vardiyalara göz atabilirsiniz:\n${p.link}`,
      },
      {
        subject: `Katılım: the place held for you on "${p.shiftTitle}" expired`,
        text: `Hello ${p.firstName},\n\nThe place held for you on the shift "${p.shiftTitle}" (${when}) was not confirmed in time and passed to the next person.\n\nHave a look at other shifts:\n${p.link}`,
      },
    );
  },
  shiftSwapOffered: (locale: Locale, p: ShiftParams & { fromName: string }): Rendered => {
    const when = formatInstant(locale, p.startsAt);
    return mail(
      locale,
      {
        subject: `Katılım: ${p.fromName} "${p.shiftTitle}" vardiyasındaki yerini size devretmek istiyor`,
        text: `Merhaba ${p.firstName},\n\n${p.fromName}, "${p.shiftTitle}" (${when}) vardiyasındaki yerini size devretmek istiyor. Kabul ederseniz yer sizin olur.\n\n${p.link}`,
      },
      {
        subject: `Katılım: ${p.fromName} offers you their place on "${p.shiftTitle}"`,
        text: `Hello ${p.firstName},\n\n${p.fromName} would like to give you their place on the shift "${p.shiftTitle}" (${when}). If you accept, the place is yours.\n\n${p.link}`,
      },
    );
  },
  shiftSwapAnswered: (locale: Locale, p: ShiftParams & { toName: string; accepted: boolean }): Rendered => {
    const when = formatInstant(locale, p.startsAt);
    return mail(
      locale,
      p.accepted
        ? {
            subject: `Katılım: ${p.toName} "${p.shiftTitle}" vardiyasındaki yerinizi devraldı`,
            text: `Merhaba ${p.firstName},\n\n${p.toName}, "${p.shiftTitle}" (${when}) vardiyasındaki yerinizi kabul etti. Artık bu vardiyada değilsiniz.\n\n${p.link}`,
          }
        : {
            subject: `Katılım: ${p.toName} "${p.shiftTitle}" için devri kabul etmedi`,
            text: `Merhaba ${p.firstName},\n\n${p.toName}, "${p.shiftTitle}" (${when}) vardiyasındaki yerinizi devralmayı kabul etmedi. Yeriniz sizde duruyor.\n\n${p.link}`,
          },
      p.accepted
        ? {
            subject: `Katılım: ${p.toName} took over your place on "${p.shiftTitle}"`,
            text: `Hello ${p.firstName},\n\n${p.toName} accepted your place on the shift "${p.shiftTitle}" (${when}). You are no longer on this shift.\n\n${p.link}`,
          }
        : {
            subject: `Katılım: ${p.toName} declined your place on "${p.shiftTitle}"`,
            text: `Hello ${p.firstName},\n\n${p.toName} declined to take over your place on the shift "${p.shiftTitle}" (${when}). The place is still yours.\n\n${p.link}`,
          },
    );
  },
  shiftReminder: (locale: Locale, p: ShiftParams & { place: string; soon: boolean }): Rendered => {
    const when = formatInstant(locale, p.startsAt);
    return mail(
      locale,
      {
        subject: p.soon ? `Katılım: "${p.shiftTitle}" vardiyanız iki saat sonra` : `Katılım: "${p.shiftTitle}" vardiyanız yarın`,
        text: `Merhaba ${p.firstName},\n\n"${p.shiftTitle}" vardiyanız ${when} saatinde başlıyor.\nYer: ${p.place}\n\nGelemeyecekseniz lütfen kaydınızı iptal edin, yeriniz bekleyen birine geçsin.\n\n${p.link}`,
      },
      {
        subject: p.soon ? `Katılım: your shift "${p.shiftTitle}" starts in two hours` : `Katılım: your shift "${p.shiftTitle}" is tomorrow`,
        text: `Hello ${p.firstName},\n\nYour shift "${p.shiftTitle}" starts at ${when}.\nPlace: ${p.place}\n\nIf you cannot come, please cancel so that your place goes to someone waiting.\n\n${p.link}`,
      },
    );
  },
  shiftMessage: (locale: Locale, p: ShiftParams & { subject: string; body: string }): Rendered => {
    const when = formatInstant(locale, p.startsAt);
    return mail(
      locale,
      { subject: `Katılım: ${p.subject}`, text: `Merhaba ${p.firstName},\n\n"${p.shiftTitle}" (${when}) vardiyasının koordinatöründen bir mesaj:\n\n${p.body}\n\n${p.link}` },
      { subject: `Katılım: ${p.subject}`, text: `Hello ${p.firstName},\n\nA message from the coordinator of the shift "${p.shiftTitle}" (${when}):\n\n${p.body}\n\n${p.link}` },
    );
  },
  shiftAssigned: (locale: Locale, p: ShiftParams): Rendered => {
    const when = formatInstant(locale, p.startsAt);
    return mail(
      locale,
      {
        subject: `Katılım: "${p.shiftTitle}" vardiyasına yerleştirildiniz`,
        text: `Merhaba ${p.firstName},\n\nBir koordinatör sizi "${p.shiftTitle}" (${when}) vardiyasına yerleştirdi. Gelemeyecekseniz kaydınızı iptal edebilirsiniz.\n\n${p.link}`,
      },
      {
        subject: `Katılım: you were put on the shift "${p.shiftTitle}"`,
        text: `Hello ${p.firstName},\n\nA coordinator put you on the shift "${p.shiftTitle}" (${when}). If you cannot come, you can cancel.\n\n${p.link}`,
      },
    );
  },
  shiftRemoved: (locale: Locale, p: ShiftParams): Rendered => {
    const when = formatInstant(locale, p.startsAt);
    return mail(
      locale,
      {
        subject: `Katılım: "${p.shiftTitle}" vardiyasından çıkarıldınız`,
        text: `Merhaba ${p.firstName},\n\nBir koordinatör sizi "${p.shiftTitle}" (${when}) vardiyasından çıkardı. Sorunuz varsa koordinatörünüzle iletişime geçin.\n\n${p.link}`,
      },
      {
        subject: `Katılım: you were taken off the shift "${p.shiftTitle}"`,
        text: `Hello ${p.firstName},\n\nA coordinator took you off the shift "${p.shiftTitle}" (${when}). If you have questions, please contact your coordinator.\n\n${p.link}`,
      },
    );
  },
} satisfies Record<string, MailTemplate>;
