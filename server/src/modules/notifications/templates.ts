// Mail templates, Turkish and English. Each renders a subject and a plain-text body.
import type { Locale } from '../../i18n/messages.ts';

type Rendered = { subject: string; text: string };

const signature = {
  tr: '\n\nİzmir Büyükşehir Belediyesi — Katılım\nBu e-posta otomatik gönderilmiştir.',
  en: '\n\nİzmir Metropolitan Municipality — Katılım\nThis email was sent automatically.',
};

export const templates = {
  verifyEmail: (locale: Locale, p: { firstName: string; link: string }): Rendered =>
    locale === 'tr'
      ? {
          subject: 'Katılım: e-posta adresinizi doğrulayın',
          text: `Merhaba ${p.firstName},\n\nKatılım hesabınızı etkinleştirmek için aşağıdaki bağlantıyı açın (48 saat geçerlidir):\n${p.link}\n\nBu hesabı siz oluşturmadıysanız bu e-postayı yok sayabilirsiniz.${signature.tr}`,
        }
      : {
          subject: 'Katılım: verify your email address',
          text: `Hello ${p.firstName},\n\nOpen this link to activate your Katılım account (valid for 48 hours):\n${p.link}\n\nIf you did not create this account, you can ignore this email.${signature.en}`,
        },
  resetPassword: (locale: Locale, p: { firstName: string; link: string }): Rendered =>
    locale === 'tr'
      ? {
          subject: 'Katılım: parola sıfırlama',
          text: `Merhaba ${p.firstName},\n\nParolanızı sıfırlamak için bu bağlantıyı açın (1 saat geçerlidir):\n${p.link}\n\nBu isteği siz yapmadıysanız parolanız değişmez; bu e-postayı yok sayabilirsiniz.${signature.tr}`,
        }
      : {
          subject: 'Katılım: reset your password',
          text: `Hello ${p.firstName},\n\nOpen this link to reset your password (valid for 1 hour):\n${p.link}\n\nIf you did not ask for this, your password stays the same and you can ignore this email.${signature.en}`,
        },
  rolesChanged: (locale: Locale, p: { firstName: string; roles: string[] }): Rendered =>
    locale === 'tr'
      ? {
          subject: 'Katılım: hesap yetkileriniz güncellendi',
          text: `Merhaba ${p.firstName},\n\nKatılım hesabınızın rolleri güncellendi. Güncel rolleriniz: ${p.roles.length ? p.roles.map((r) => roleNames.tr[r] ?? r).join(', ') : 'yok'}.${signature.tr}`,
        }
      : {
          subject: 'Katılım: your account roles changed',
          text: `Hello ${p.firstName},\n\nThe roles of your Katılım account were updated. Your roles now: ${p.roles.length ? p.roles.map((r) => roleNames.en[r] ?? r).join(', ') : 'none'}.${signature.en}`,
        },
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
  trainingCompleted: (
    locale: Locale,
    p: { firstName: string; courseTitle: string; qualificationName: string; expiresAt: Date },
  ): Rendered => {
    const until = new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Istanbul' }).format(p.expiresAt);
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
  // interviews: a coordinator moved the applicant's booking (status changes use applicationStatusChanged)
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
} satisfies Record<string, (locale: Locale, params: never) => Rendered>;

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

const roleNames: Record<Locale, Record<string, string>> = {
  tr: { VOLUNTEER: 'Gönüllü', FACILITATOR: 'Kolaylaştırıcı', COORDINATOR: 'Koordinatör', ADMIN: 'Yönetici' },
  en: { VOLUNTEER: 'Volunteer', FACILITATOR: 'Facilitator', COORDINATOR: 'Coordinator', ADMIN: 'Administrator' },
};

export type TemplateName = keyof typeof templates;
export type TemplateParams<T extends TemplateName> = Parameters<(typeof templates)[T]>[1];
