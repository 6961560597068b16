// Trainings' mail: a course completed, with the qualification it gave. Turkish and English.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import { signature, type MailTemplate, type Rendered } from '../notifications/mail.ts';

export const mailTemplates = {
  trainingCompleted: (
    locale: Locale,
    p: { firstName: string; courseTitle: string; qualificationName: string; expiresAt: Date },
  ): Rendered => {
    const until = new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', { dateStyle: 'long', timeZone: TIME_ZONE }).format(p.expiresAt);
    return locale === 'tr'
      ? {
          subject: `Katılım: "${p.courseTitle}" eğitimini tamamladınız`,
          text: `Merhaba ${p.firstName},\n\n"${p.courseTitle}" eğitimini tamamladınız. Tebrikler!\n\n"${p.qualificationName}" yeterliliğiniz ${until} tarihine kadar geçerlidir. Koordinatörlerimiz gönüllülüğünüzü etkinleştirdiğinde size ayrıca haber vereceğiz.\n\nYeterliliklerinizi profil sayfanızdaki "Gönüllü profilim" bölümünde görebilirsiniz.${signature.tr}`,
        }
      : {
          subject: `Katılım: you completed "${p.courseTitle}"`,
          text: `Hello ${p.firstName},\n\nYou completed the training "${p.courseTitle}". Congratulations!\n\nYour qualification "${p.qualificationName}" is valid until ${until}. We will let you know when our coordinators activate you as a volunteer.\n\nYou can see your qualifications under "My volunteer profile" on your profile page.${signature.en}`,
        };
  },
} satisfies Record<string, MailTemplate>;
