// Volunteer recruitment's mail: an application changed status. Turkish and English.
import type { Locale } from '../../i18n/messages.ts';
import { signature, type MailTemplate, type Rendered } from '../notifications/mail.ts';

export const mailTemplates = {
  applicationStatusChanged: (
    locale: Locale,
    p: { firstName: string; roundTitle: string; status: string; message: string | null },
  ): Rendered => {
    const status = applicationStatusText[locale][p.status] ?? { label: p.status, next: '' };
    return locale === 'tr'
      ? {
          subject: `Katılım: başvurunuz — ${status.label}`,
          text: `Merhaba ${p.firstName},\n\n"${p.roundTitle}" başvurunuzun durumu: ${status.label}.\n${status.next}${p.message ? `\n\n${p.message}` : ''}\n\nBaşvurularım sayfasından ayrıntıları görebilirsiniz.${signature.tr}`,
        }
      : {
          subject: `Katılım: your application — ${status.label}`,
          text: `Hello ${p.firstName},\n\nYour application to "${p.roundTitle}" is now: ${status.label}.\n${status.next}${p.message ? `\n\n${p.message}` : ''}\n\nSee the details under My applications.${signature.en}`,
        };
  },
} satisfies Record<string, MailTemplate>;

/** What each application status means to the applicant, and what happens next. */
export const applicationStatusText: Record<Locale, Record<string, { label: string; next: string }>> = {
  tr: {
    DRAFT: { label: 'Taslak', next: 'Başvurunuzu tamamlayıp gönderdiğinizde koordinatörlerimiz inceleyecek.' },
    SUBMITTED: { label: 'Alındı', next: 'Koordinatörlerimiz başvurunuzu inceleyecek.' },
    SCREENING: { label: 'İnceleniyor', next: 'Başvurunuz ön değerlendirmede.' },
    INTERVIEW_INVITED: { label: 'Görüşmeye davet edildiniz', next: 'Lütfen yayımlanan saatlerden birini seçerek görüşmenizi ayırtın.' },
    INTERVIEW_SCHEDULED: { label: 'Görüşme planlandı', next: 'Görüşme saatinizi takviminize ekleyebilirsiniz.' },
    ACCEPTED: { label: 'Kabul edildi', next: 'Sırada eğitim var: eğitim oturumlarının bilgisi size iletilecek.' },
    WAITLISTED: { label: 'Yedek listede', next: 'Yer açılırsa size haber vereceğiz.' },
    REJECTED: { label: 'Olumsuz sonuçlandı', next: 'İlginiz için teşekkür ederiz.' },
    IN_TRAINING: { label: 'Eğitimde', next: 'Eğitim oturumlarına katılımınız kaydedilecek.' },
    ACTIVE: { label: 'Aktif gönüllü', next: 'Artık gönüllü vardiyalarına katılabilirsiniz.' },
    WITHDRAWN: { label: 'Geri çekildi', next: 'Başvurunuzu geri çektiniz.' },
  },
  en: {
    DRAFT: { label: 'Draft', next: 'Complete and submit your application; our coordinators will then review it.' },
    SUBMITTED: { label: 'Received', next: 'Our coordinators will review your application.' },
    SCREENING: { label: 'Under review', next: 'Your application is being screened.' },
    INTERVIEW_INVITED: { label: 'Invited to an interview', next: 'Please book one of the published interview times.' },
    INTERVIEW_SCHEDULED: { label: 'Interview booked', next: 'You can add the interview to your calendar.' },
    ACCEPTED: { label: 'Accepted', next: 'Training comes next: you will receive the session details.' },
    WAITLISTED: { label: 'On the waiting list', next: 'We will tell you if a place opens.' },
    REJECTED: { label: 'Not successful', next: 'Thank you for your interest.' },
    IN_TRAINING: { label: 'In training', next: 'Your attendance at the training sessions will be recorded.' },
    ACTIVE: { label: 'Active volunteer', next: 'You can now sign up for volunteer shifts.' },
    WITHDRAWN: { label: 'Withdrawn', next: 'You withdrew your application.' },
  },
};
