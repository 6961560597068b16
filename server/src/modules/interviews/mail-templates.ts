// Interviews' mail. Turkish and English.
import type { Locale } from '../../i18n/messages.ts';
import { signature, type MailTemplate, type Rendered } from '../notifications/mail.ts';

export const mailTemplates = {
  // A coordinator moved the applicant's booking (status changes use volunteer-applications' applicationStatusChanged).
  interviewBookingChanged: (locale: Locale, p: { firstName: string; roundTitle: string; details: string }): Rendered =>
    locale === 'tr'
      ? {
          subject: 'Katılım: görüşme randevunuz değişti',
          text: `Merhaba ${p.firstName},\n\n"${p.roundTitle}" görüşme randevunuzla ilgili bir değişiklik var.\n\n${p.details}\n\nBaşvurularım sayfasından ayrıntıları görebilir, randevuyu takviminize ekleyebilirsiniz.${signature.tr}`,
        }
      : {
          subject: 'Katılım: your interview booking changed',
          text: `Hello ${p.firstName},\n\nThere is a change to your interview booking for "${p.roundTitle}".\n\n${p.details}\n\nSee the details and add the interview to your calendar under My applications.${signature.en}`,
        },
} satisfies Record<string, MailTemplate>;
