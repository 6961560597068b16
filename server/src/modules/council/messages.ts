// The council module's server messages, Turkish first. One block per part of the module; each part
// keeps its keys under `council.<part>.`, `error.council.…` or `validation.council.…`.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    'council.notFound': 'Kayıt bulunamadı.',
    // ── members: terms, committees, facilitators, children, guardians, consents, positions ──
    'error.council.ageOutOfBand': 'Çocuğun yaşı ({{age}}) dönemin yaş aralığının ({{minAge}}–{{maxAge}}) dışında.',
    'error.council.notFacilitator': 'Bu kişi kolaylaştırıcı rolüne sahip değil.',
    'error.council.committeeArchived': 'Komisyon arşivlendi; yeni üye alınmıyor.',
    'error.council.committeeExists': 'Bu dönemde aynı adla bir komisyon var.',
    'error.council.termExists': 'Bu adla bir dönem zaten var.',
    'error.council.memberLeft': 'Üye meclisten ayrıldı; kaydı değiştirilemez.',
    'error.council.memberNotActive': 'Seçilen üye bu komisyonda etkin değil.',
    'error.council.scanInvalid': 'Tarama PDF, JPEG ya da PNG olmalı ve 2 MB’ı geçmemelidir.',
    'error.council.scanMissing': 'Kâğıt üzerindeki onay için imzalı formun taraması gerekir.',
    'error.council.consentUnchanged': 'Bu onay zaten bu durumda.',
    'error.council.otherTerm': 'Üye yalnızca aynı dönemin komisyonları arasında taşınabilir.',
    'validation.council.ageBound': 'Yaş {{minimum}} ile {{maximum}} arasında olmalıdır.',
    'validation.council.ageBand': 'Üst yaş sınırı alt sınırdan küçük olamaz.',
    'validation.council.termOrder': 'Dönem başladığı günden sonra bitmelidir.',
    'validation.council.futureDate': 'Tarih ileride olamaz.',
    'validation.council.votesOverCast': 'Alınan oy, kullanılan oydan fazla olamaz.',
    'validation.council.count': 'Değer {{minimum}} ile {{maximum}} arasında olmalıdır.',
    'validation.council.scanTooLarge': 'Tarama 2 MB’ı geçemez.',
    'validation.council.scanEncoding': 'Tarama okunamadı.',
    'validation.council.birthDatePast': 'Doğum tarihi geçmişte olmalıdır.',
    // ── meetings: meetings, agenda, attendance, minutes, decisions, general assembly ──
    // ── proposals: drafts, votes, submission, the municipality's answers, public page ──
    // ── reports ──
  },
  en: {
    'council.notFound': 'Not found.',
    // ── members ──
    'error.council.ageOutOfBand': 'The child’s age ({{age}}) is outside the term’s age band ({{minAge}}–{{maxAge}}).',
    'error.council.notFacilitator': 'This person does not hold the facilitator role.',
    'error.council.committeeArchived': 'The committee is archived; it takes no new members.',
    'error.council.committeeExists': 'The term already has a committee of that name.',
    'error.council.termExists': 'A term of that name already exists.',
    'error.council.memberLeft': 'The member has left the council; their record no longer changes.',
    'error.council.memberNotActive': 'The elected member is not active in this committee.',
    'error.council.scanInvalid': 'The scan must be a PDF, JPEG or PNG of at most 2 MB.',
    'error.council.scanMissing': 'A consent given on paper needs the scan of the signed form.',
    'error.council.consentUnchanged': 'That consent is already so.',
    'error.council.otherTerm': 'A member moves only between committees of the same term.',
    'validation.council.ageBound': 'The age must be between {{minimum}} and {{maximum}}.',
    'validation.council.ageBand': 'The upper age cannot be below the lower.',
    'validation.council.termOrder': 'The term must end after it starts.',
    'validation.council.futureDate': 'The date cannot be in the future.',
    'validation.council.votesOverCast': 'Votes for cannot be more than the votes cast.',
    'validation.council.count': 'The value must be between {{minimum}} and {{maximum}}.',
    'validation.council.scanTooLarge': 'The scan cannot be over 2 MB.',
    'validation.council.scanEncoding': 'The scan could not be read.',
    'validation.council.birthDatePast': 'The birth date must be in the past.',
    // ── meetings ──
    // ── proposals ──
    // ── reports ──
  },
});
