// The council's members mail (owned by the members slice): a child leaves the council on ageing out,
// told to the guardian and to the committee's facilitators, each in their language.
import type { Locale } from '../../i18n/messages.ts';
import { signature, type Rendered } from '../notifications/mail.ts';

const mail = (locale: Locale, tr: Rendered, en: Rendered): Rendered =>
  locale === 'tr' ? { subject: tr.subject, text: tr.text + signature.tr } : { subject: en.subject, text: en.text + signature.en };

type AgedOut = { recipientFirstName: string; childFirstName: string; committeeTr: string; committeeEn: string; age: number; link: string };

export const membersMailTemplates = {
  councilAgedOutGuardian: (locale: Locale, p: AgedOut): Rendered =>
    mail(
      locale,
      {
        subject: `Katılım: ${p.childFirstName} Çocuk Meclisi’nden yaş sınırı nedeniyle ayrıldı`,
        text: `Merhaba ${p.recipientFirstName},\n\n${p.childFirstName}, ${p.age} yaşına girdiği için bugün itibarıyla ${p.committeeTr} üyeliğini tamamladı. Meclise katkıları için teşekkür ederiz.\n\nKayıtları görmek için:\n${p.link}`,
      },
      {
        subject: `Katılım: ${p.childFirstName} has left the Children’s Council on reaching the age limit`,
        text: `Hello ${p.recipientFirstName},\n\n${p.childFirstName} turned ${p.age} and has completed their membership of the ${p.committeeEn} as of today. Thank you for everything they gave the council.\n\nTo see the records:\n${p.link}`,
      },
    ),
  councilAgedOutFacilitator: (locale: Locale, p: AgedOut): Rendered =>
    mail(
      locale,
      {
        subject: `Katılım: ${p.committeeTr} üyesi ${p.childFirstName} yaş sınırı nedeniyle ayrıldı`,
        text: `Merhaba ${p.recipientFirstName},\n\n${p.committeeTr} üyesi ${p.childFirstName}, ${p.age} yaşına girdiği için bugün itibarıyla meclisten ayrıldı. Görevi varsa yeni bir seçim yapmanız gerekebilir.\n\n${p.link}`,
      },
      {
        subject: `Katılım: ${p.childFirstName} of the ${p.committeeEn} has left on reaching the age limit`,
        text: `Hello ${p.recipientFirstName},\n\n${p.childFirstName}, a member of the ${p.committeeEn}, turned ${p.age} and left the council today. If they held a position, the committee may need to elect someone new.\n\n${p.link}`,
      },
    ),
};
