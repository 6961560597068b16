// Accounts' mail: address verification, password reset, role changes. Turkish and English.
import type { Locale } from '../../i18n/messages.ts';
import { signature, type MailTemplate, type Rendered } from '../notifications/mail.ts';

export const mailTemplates = {
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
} satisfies Record<string, MailTemplate>;

const roleNames: Record<Locale, Record<string, string>> = {
  tr: { VOLUNTEER: 'Gönüllü', FACILITATOR: 'Kolaylaştırıcı', COORDINATOR: 'Koordinatör', ADMIN: 'Yönetici' },
  en: { VOLUNTEER: 'Volunteer', FACILITATOR: 'Facilitator', COORDINATOR: 'Coordinator', ADMIN: 'Administrator' },
};
