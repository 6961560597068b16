// Accounts' server messages: registration, log-in, tokens, roles, profile. Turkish first.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    'error.emailTaken': 'Bu e-posta adresiyle zaten bir hesap var.',
    'error.invalidCredentials': 'E-posta adresi veya parola hatalı.',
    'error.tooManyAttempts': 'Çok fazla başarısız giriş denemesi. Lütfen {{minutes}} dakika sonra tekrar deneyin.',
    'error.emailNotVerified': 'Giriş yapmadan önce e-posta adresinizi doğrulayın. Doğrulama bağlantısını yeniden gönderebilirsiniz.',
    'error.tokenInvalid': 'Bu bağlantı geçersiz ya da süresi dolmuş. Lütfen yeni bir bağlantı isteyin.',
    'error.consentOutdated': 'Aydınlatma metni güncellendi; lütfen güncel metni okuyup onaylayın.',
    'error.lastAdmin': 'Son yöneticinin yönetici rolü kaldırılamaz.',
    'validation.email': 'Geçerli bir e-posta adresi girin.',
    'validation.phone': 'Geçerli bir telefon numarası girin (ör. 0532 123 45 67).',
    'validation.adult': '18 yaşından küçükler kendileri kayıt olamaz; çocuklar kolaylaştırıcı ya da veli tarafından kaydedilir.',
    'validation.birthDatePast': 'Doğum tarihi geçmişte olmalıdır.',
    'validation.password': 'Parola en az 10 karakter olmalıdır.',
    'validation.district': 'Geçerli bir ilçe seçin.',
    'error.tooManyRequests': 'Bu bağlantıdan çok fazla istek geldi. Lütfen {{minutes}} dakika sonra tekrar deneyin.',
  },
  en: {
    'error.emailTaken': 'An account with this email address already exists.',
    'error.invalidCredentials': 'The email address or password is wrong.',
    'error.tooManyAttempts': 'Too many failed log-in attempts. Please try again in {{minutes}} minutes.',
    'error.emailNotVerified': 'Please verify your email address before logging in. You can have the link sent again.',
    'error.tokenInvalid': 'This link is invalid or has expired. Please ask for a new one.',
    'error.consentOutdated': 'The privacy notice has changed; please read and accept the current version.',
    'error.lastAdmin': 'The last administrator cannot lose the administrator role.',
    'validation.email': 'Enter a valid email address.',
    'validation.phone': 'Enter a valid phone number (e.g. 0532 123 45 67).',
    'validation.adult': 'People under 18 cannot register themselves; children are registered by a facilitator or guardian.',
    'validation.birthDatePast': 'The birth date must be in the past.',
    'validation.password': 'The password must be at least 10 characters long.',
    'validation.district': 'Choose a valid district.',
    'error.tooManyRequests': 'Too many requests from this connection. Please try again in {{minutes}} minutes.',
  },
});
