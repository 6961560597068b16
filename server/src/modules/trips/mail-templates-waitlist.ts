// Trips' waitlist mail (owned by the waitlist slice): seats held for a waiting unit, a hold that ran
// out, an offer taken, and the other registrations a better-ranked departure withdrew.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import { signature, type Rendered } from '../notifications/mail.ts';

export type TripMailParams = { firstName: string; tripTitle: string; startsAt: Date; link: string };

const formatters: Record<Locale, Intl.DateTimeFormat> = {
  tr: new Intl.DateTimeFormat('tr-TR', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
};
const at = (locale: Locale, instant: Date) => formatters[locale].format(instant);

const mail = (locale: Locale, tr: Rendered, en: Rendered): Rendered =>
  locale === 'tr' ? { subject: tr.subject, text: tr.text + signature.tr } : { subject: en.subject, text: en.text + signature.en };

const seatsTr = (n: number) => `${n} kişilik`;
const seatsEn = (n: number) => (n === 1 ? 'one seat' : `${n} seats`);

export const waitlistMailTemplates = {
  tripSeatOffered: (locale: Locale, p: TripMailParams & { seats: number; holdExpiresAt: Date }): Rendered =>
    mail(
      locale,
      {
        subject: `Katılım: "${p.tripTitle}" gezisinde size yer ayrıldı`,
        text: `Merhaba ${p.firstName},\n\nBekleme listesinde olduğunuz "${p.tripTitle}" (${at('tr', p.startsAt)}) gezisinde ${seatsTr(p.seats)} yer açıldı ve sizin için ayrıldı.\n\nYerinizi almak için ${at('tr', p.holdExpiresAt)} saatine kadar onaylayın; onaylamazsanız yer sıradaki kişiye geçer.\n\n${p.link}`,
      },
      {
        subject: `Katılım: a seat is held for you on "${p.tripTitle}"`,
        text: `Hello ${p.firstName},\n\n${seatsEn(p.seats)[0]!.toUpperCase()}${seatsEn(p.seats).slice(1)} opened on the trip "${p.tripTitle}" (${at('en', p.startsAt)}) whose waitlist you are on, and ${p.seats === 1 ? 'it is' : 'they are'} held for you.\n\nConfirm by ${at('en', p.holdExpiresAt)}; otherwise the seats pass to the next person waiting.\n\n${p.link}`,
      },
    ),
  tripOfferExpired: (locale: Locale, p: TripMailParams): Rendered =>
    mail(
      locale,
      {
        subject: `Katılım: "${p.tripTitle}" için ayrılan yerin süresi doldu`,
        text: `Merhaba ${p.firstName},\n\n"${p.tripTitle}" (${at('tr', p.startsAt)}) gezisinde size ayrılan yeri süresi içinde onaylamadığınız için yer sıradaki kişiye geçti.\n\nDiğer gezilere göz atabilirsiniz:\n${p.link}`,
      },
      {
        subject: `Katılım: the seat held for you on "${p.tripTitle}" expired`,
        text: `Hello ${p.firstName},\n\nThe seat held for you on the trip "${p.tripTitle}" (${at('en', p.startsAt)}) was not confirmed in time and passed to the next person waiting.\n\nHave a look at other trips:\n${p.link}`,
      },
    ),
  tripOfferConfirmed: (locale: Locale, p: TripMailParams & { seats: number }): Rendered =>
    mail(
      locale,
      {
        subject: `Katılım: "${p.tripTitle}" gezisindeki yeriniz onaylandı`,
        text: `Merhaba ${p.firstName},\n\n"${p.tripTitle}" (${at('tr', p.startsAt)}) gezisindeki ${seatsTr(p.seats)} yeriniz onaylandı. Biniş için QR kodunuz ve bilgiler:\n\n${p.link}`,
      },
      {
        subject: `Katılım: your seat on "${p.tripTitle}" is confirmed`,
        text: `Hello ${p.firstName},\n\nYour ${p.seats === 1 ? 'seat' : `${p.seats} seats`} on the trip "${p.tripTitle}" (${at('en', p.startsAt)}) ${p.seats === 1 ? 'is' : 'are'} confirmed. Your boarding QR code and the details:\n\n${p.link}`,
      },
    ),
  tripBetterDeparture: (locale: Locale, p: TripMailParams & { withdrawn: Date[] }): Rendered =>
    mail(
      locale,
      {
        subject: `Katılım: "${p.tripTitle}" için diğer başvurularınız geri çekildi`,
        text: `Merhaba ${p.firstName},\n\n"${p.tripTitle}" gezisinde daha çok tercih ettiğiniz ${at('tr', p.startsAt)} tarihli yer sizin. Daha az tercih ettiğiniz şu tarihlerdeki başvurularınız geri çekildi ve yerleri bekleyenlere verildi:\n${p.withdrawn.map((d) => `- ${at('tr', d)}`).join('\n')}\n\n${p.link}`,
      },
      {
        subject: `Katılım: your other registrations for "${p.tripTitle}" were withdrawn`,
        text: `Hello ${p.firstName},\n\nYou have a seat on the trip "${p.tripTitle}" on ${at('en', p.startsAt)}, the date you preferred. Your registrations for these less preferred dates were withdrawn and their seats given to people waiting:\n${p.withdrawn.map((d) => `- ${at('en', d)}`).join('\n')}\n\n${p.link}`,
      },
    ),
};
