// The council's proposals mail (owned by the proposals slice): the committee's facilitators learn
// the municipality's answer to one of their proposals.
import type { Locale } from '../../i18n/messages.ts';
import { signature, type Rendered } from '../notifications/mail.ts';

const STATUS: Record<Locale, Record<string, string>> = {
  tr: { RECEIVED: 'Alındı', UNDER_REVIEW: 'İnceleniyor', ACCEPTED: 'Kabul edildi', IMPLEMENTED: 'Hayata geçirildi', DECLINED: 'Kabul edilmedi' },
  en: { RECEIVED: 'Received', UNDER_REVIEW: 'Under review', ACCEPTED: 'Accepted', IMPLEMENTED: 'Implemented', DECLINED: 'Declined' },
};

export type ProposalAnsweredParams = { firstName: string; title: string; status: string; answer: string; link: string };

export const proposalsMailTemplates = {
  councilProposalAnswered: (locale: Locale, p: ProposalAnsweredParams): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: "${p.title}" önerisine belediyenin yanıtı`,
          text: `Merhaba ${p.firstName},\n\nKomisyonunuzun "${p.title}" önerisinin durumu: ${STATUS.tr[p.status] ?? p.status}.\n\n${p.answer ? `Belediyenin yanıtı:\n${p.answer}\n\n` : ''}${p.link}${signature.tr}`,
        }
      : {
          subject: `Katılım: the municipality answered "${p.title}"`,
          text: `Hello ${p.firstName},\n\nYour committee's proposal "${p.title}" is now: ${STATUS.en[p.status] ?? p.status}.\n\n${p.answer ? `The municipality's answer:\n${p.answer}\n\n` : ''}${p.link}${signature.en}`,
        },
};
