// Trainings' server messages: courses, sessions, attendance, qualifications. Turkish first.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    'error.trainingFull': 'Eğitimde yeterli yer yok: oturumlar {{capacity}} kişilik, {{enrolled}} kişi zaten kayıtlı; {{requested}} kişi daha eklenemez.',
    'error.capacityBelowEnrolments': 'Oturum kapasitesi ({{capacity}}) eğitime kayıtlı kişi sayısından ({{enrolled}}) az olamaz.',
    'error.courseNotReady': 'Kayıt yapabilmek için eğitime önce en az {{needed}} oturum ekleyin (şu an {{sessions}}).',
    'error.invalidMakeUp': 'Telafi oturumu yalnızca aynı eğitimin normal bir oturumu için açılabilir.',
    'error.enrolmentNotInCourse': 'Yoklamadaki kişilerden biri bu eğitime kayıtlı değil.',
    'error.qualificationExists': 'Bu adla bir yeterlilik zaten var.',
    'validation.training.validityMonths': 'Geçerlilik süresi 1 ile 120 ay arasında olmalıdır.',
    'validation.training.minSessions': 'En az katılınacak oturum sayısı 1 ile 50 arasında olmalıdır.',
    'validation.training.minSessionsRequired': '"En az N oturum" kuralı için oturum sayısını girin.',
    'validation.training.capacity': 'Kapasite 1 ile 1000 arasında olmalıdır.',
    'validation.training.endsBeforeStarts': 'Bitiş zamanı başlangıçtan sonra olmalıdır.',
    'validation.training.tooMany': 'Bir seferde en fazla {{maximum}} kayıt gönderilebilir.',
  },
  en: {
    'error.trainingFull': 'Not enough places in the training: sessions seat {{capacity}}, {{enrolled}} are already enrolled; {{requested}} more cannot be added.',
    'error.capacityBelowEnrolments': 'A session cannot seat fewer people ({{capacity}}) than are enrolled in the training ({{enrolled}}).',
    'error.courseNotReady': 'Add at least {{needed}} sessions to the training before enrolling anyone (it has {{sessions}}).',
    'error.invalidMakeUp': 'A make-up session can only replace a regular session of the same training.',
    'error.enrolmentNotInCourse': 'Someone in the attendance list is not enrolled in this training.',
    'error.qualificationExists': 'A qualification with this name already exists.',
    'validation.training.validityMonths': 'The validity must be between 1 and 120 months.',
    'validation.training.minSessions': 'The minimum number of sessions must be between 1 and 50.',
    'validation.training.minSessionsRequired': 'Enter the number of sessions for the "at least N sessions" rule.',
    'validation.training.capacity': 'The capacity must be between 1 and 1000.',
    'validation.training.endsBeforeStarts': 'The end must be after the start.',
    'validation.training.tooMany': 'At most {{maximum}} records can be sent at once.',
  },
});
