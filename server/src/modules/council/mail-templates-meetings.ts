// The meetings part's mail, Turkish and English: a meeting (or a whole series, one mail listing its
// dates) scheduled, changed, cancelled, and the reminder the day before. Sent to members' guardians,
// and to the child too while the child-contact consent stands.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import { signature, type Rendered } from '../notifications/mail.ts';

const dayTime: Record<Locale, Intl.DateTimeFormat> = {
  tr: new Intl.DateTimeFormat('tr-TR', { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }),
};
const timeOnly: Record<Locale, Intl.DateTimeFormat> = {
  tr: new Intl.DateTimeFormat('tr-TR', { timeStyle: 'short', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: TIME_ZONE }),
};
const when = (locale: Locale, o: { startsAt: Date; endsAt: Date }) => `${dayTime[locale].format(o.startsAt)}–${timeOnly[locale].format(o.endsAt)}`;
const dates = (locale: Locale, list: readonly { startsAt: Date; endsAt: Date }[]) => list.map((o) => `- ${when(locale, o)}`).join('\n');

export type MeetingMailParams = {
  /** The recipient's first name: the guardian's, or the child's own. */
  firstName: string;
  /** Set when the mail goes to a guardian: their children in the committee, by first name. */
  childNames: string | null;
  committeeName: string;
  title: string;
  occurrences: { startsAt: Date; endsAt: Date }[];
  placeName: string;
  address: string;
  link: string;
};

const mail = (locale: Locale, tr: Rendered, en: Rendered): Rendered =>
  locale === 'tr' ? { subject: tr.subject, text: tr.text + signature.tr } : { subject: en.subject, text: en.text + signature.en };

const whoTr = (p: MeetingMailParams) => (p.childNames ? `${p.childNames} adlı çocuğunuzun üyesi olduğu ${p.committeeName}` : p.committeeName);
const whoEn = (p: MeetingMailParams) => (p.childNames ? `${p.committeeName}, where ${p.childNames} is a member,` : p.committeeName);
const placeTr = (p: MeetingMailParams) => `Yer: ${p.placeName}${p.address ? `, ${p.address}` : ''}`;
const placeEn = (p: MeetingMailParams) => `Place: ${p.placeName}${p.address ? `, ${p.address}` : ''}`;

export const meetingsMailTemplates = {
  councilMeetingScheduled: (locale: Locale, p: MeetingMailParams): Rendered =>
    mail(
      locale,
      {
        subject: `Çocuk Meclisi: "${p.title}" toplantısı`,
        text: `Merhaba ${p.firstName},\n\n${whoTr(p)} "${p.title}" toplantısını planladı:\n${dates('tr', p.occurrences)}\n\n${placeTr(p)}\n\nAyrıntılar:\n${p.link}`,
      },
      {
        subject: `Children's Council: the meeting "${p.title}"`,
        text: `Hello ${p.firstName},\n\nThe ${whoEn(p)} has scheduled the meeting "${p.title}":\n${dates('en', p.occurrences)}\n\n${placeEn(p)}\n\nDetails:\n${p.link}`,
      },
    ),
  councilMeetingChanged: (locale: Locale, p: MeetingMailParams): Rendered =>
    mail(
      locale,
      {
        subject: `Çocuk Meclisi: "${p.title}" toplantısı değişti`,
        text: `Merhaba ${p.firstName},\n\n${whoTr(p)} "${p.title}" toplantısının zamanı veya yeri değişti. Yeni bilgiler:\n${dates('tr', p.occurrences)}\n\n${placeTr(p)}\n\nAyrıntılar:\n${p.link}`,
      },
      {
        subject: `Children's Council: the meeting "${p.title}" has changed`,
        text: `Hello ${p.firstName},\n\nThe ${whoEn(p)} has changed the time or place of the meeting "${p.title}". Now:\n${dates('en', p.occurrences)}\n\n${placeEn(p)}\n\nDetails:\n${p.link}`,
      },
    ),
  councilMeetingCancelled: (locale: Locale, p: MeetingMailParams): Rendered =>
    mail(
      locale,
      {
        subject: `Çocuk Meclisi: "${p.title}" toplantısı iptal edildi`,
        text: `Merhaba ${p.firstName},\n\n${whoTr(p)} "${p.title}" toplantısı iptal edildi:\n${dates('tr', p.occurrences)}\n\nAyrıntılar:\n${p.link}`,
      },
      {
        subject: `Children's Council: the meeting "${p.title}" is cancelled`,
        text: `Hello ${p.firstName},\n\nThe meeting "${p.title}" of the ${whoEn(p)} is cancelled:\n${dates('en', p.occurrences)}\n\nDetails:\n${p.link}`,
      },
    ),
  councilMeetingReminder: (locale: Locale, p: MeetingMailParams): Rendered =>
    mail(
      locale,
      {
        subject: `Çocuk Meclisi: "${p.title}" toplantısı yarın`,
        text: `Merhaba ${p.firstName},\n\nHatırlatma: ${whoTr(p)} "${p.title}" toplantısı yarın:\n${dates('tr', p.occurrences)}\n\n${placeTr(p)}\n\nAyrıntılar:\n${p.link}`,
      },
      {
        subject: `Children's Council: the meeting "${p.title}" is tomorrow`,
        text: `Hello ${p.firstName},\n\nA reminder: the meeting "${p.title}" of the ${whoEn(p)} is tomorrow:\n${dates('en', p.occurrences)}\n\n${placeEn(p)}\n\nDetails:\n${p.link}`,
      },
    ),
};
