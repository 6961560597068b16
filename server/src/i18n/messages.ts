// Server-side messages: error texts returned by the API and validation messages. Turkish first.
export type Locale = 'tr' | 'en';

const tr = {
  'error.unauthenticated': 'Bu işlem için giriş yapmalısınız.',
  'error.forbidden': 'Bu işlem için yetkiniz yok.',
  'error.notFound': 'Kayıt bulunamadı.',
  'error.invalidId': 'Geçersiz kayıt kimliği.',
  'error.internal': 'Beklenmeyen bir hata oluştu. Lütfen daha sonra tekrar deneyin.',
  'error.invalidInput': 'Girilen bilgilerde hata var; lütfen işaretli alanları düzeltin.',
  'error.emailTaken': 'Bu e-posta adresiyle zaten bir hesap var.',
  'error.invalidCredentials': 'E-posta adresi veya parola hatalı.',
  'error.tooManyAttempts': 'Çok fazla başarısız giriş denemesi. Lütfen {{minutes}} dakika sonra tekrar deneyin.',
  'error.emailNotVerified': 'Giriş yapmadan önce e-posta adresinizi doğrulayın. Doğrulama bağlantısını yeniden gönderebilirsiniz.',
  'error.tokenInvalid': 'Bu bağlantı geçersiz ya da süresi dolmuş. Lütfen yeni bir bağlantı isteyin.',
  'error.consentOutdated': 'Aydınlatma metni güncellendi; lütfen güncel metni okuyup onaylayın.',
  'error.lastAdmin': 'Son yöneticinin yönetici rolü kaldırılamaz.',
  'validation.required': 'Bu alan zorunludur.',
  'validation.tooLong': 'En fazla {{maximum}} karakter olabilir.',
  'validation.tooShort': 'En az {{minimum}} karakter olmalıdır.',
  'validation.email': 'Geçerli bir e-posta adresi girin.',
  'validation.phone': 'Geçerli bir telefon numarası girin (ör. 0532 123 45 67).',
  'validation.date': 'Geçerli bir tarih girin (YYYY-AA-GG).',
  'validation.adult': '18 yaşından küçükler kendileri kayıt olamaz; çocuklar kolaylaştırıcı ya da veli tarafından kaydedilir.',
  'validation.birthDatePast': 'Doğum tarihi geçmişte olmalıdır.',
  'validation.password': 'Parola en az 10 karakter olmalıdır.',
  'validation.consent': 'Devam etmek için KVKK aydınlatma metnini onaylamalısınız.',
  'validation.district': 'Geçerli bir ilçe seçin.',
  'validation.invalid': 'Geçersiz değer.',
} as const;

export type MessageKey = keyof typeof tr;

const en: Record<MessageKey, string> = {
  'error.unauthenticated': 'You need to log in to do this.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.notFound': 'Not found.',
  'error.invalidId': 'Invalid record id.',
  'error.internal': 'Something went wrong on our side. Please try again later.',
  'error.invalidInput': 'Some of the details are not right; please correct the marked fields.',
  'error.emailTaken': 'An account with this email address already exists.',
  'error.invalidCredentials': 'The email address or password is wrong.',
  'error.tooManyAttempts': 'Too many failed log-in attempts. Please try again in {{minutes}} minutes.',
  'error.emailNotVerified': 'Please verify your email address before logging in. You can have the link sent again.',
  'error.tokenInvalid': 'This link is invalid or has expired. Please ask for a new one.',
  'error.consentOutdated': 'The privacy notice has changed; please read and accept the current version.',
  'error.lastAdmin': 'The last administrator cannot lose the administrator role.',
  'validation.required': 'This field is required.',
  'validation.tooLong': 'At most {{maximum}} characters.',
  'validation.tooShort': 'At least {{minimum}} characters.',
  'validation.email': 'Enter a valid email address.',
  'validation.phone': 'Enter a valid phone number (e.g. 0532 123 45 67).',
  'validation.date': 'Enter a valid date (YYYY-MM-DD).',
  'validation.adult': 'People under 18 cannot register themselves; children are registered by a facilitator or guardian.',
  'validation.birthDatePast': 'The birth date must be in the past.',
  'validation.password': 'The password must be at least 10 characters long.',
  'validation.consent': 'You must accept the KVKK privacy notice to continue.',
  'validation.district': 'Choose a valid district.',
  'validation.invalid': 'Invalid value.',
};

const catalogues: Record<Locale, Record<MessageKey, string>> = { tr, en };

export function isMessageKey(value: string): value is MessageKey {
  return value in tr;
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogues[locale][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Picks tr or en from an explicit choice, then Accept-Language; Turkish is the default. */
export function negotiateLocale(explicit: string | undefined, acceptLanguage: string | undefined): Locale {
  if (explicit === 'tr' || explicit === 'en') return explicit;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'tr';
}
