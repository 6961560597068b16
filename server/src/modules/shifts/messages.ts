// The shifts module's server messages, Turkish first. One block per part of the module.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    // ── planning: opportunities, shifts, series, calendar ──
    'shifts.notFound': 'Vardiya bulunamadı.',
    // ── sign-up: rules, waitlist, cancel, swap, assignment ──
    'error.shifts.full': 'Bu vardiyanın {{capacity}} yerinin hepsi dolu. Bekleme listesine katılabilirsiniz.',
    'error.shifts.roleFull': '"{{role}}" görevinin {{headcount}} yeri dolu.',
    'error.shifts.qualificationMissing': 'Bu vardiya için gereken yeterliliğiniz yok: {{qualifications}}.',
    'error.shifts.qualificationExpires': '"{{qualification}}" yeterliliğiniz {{date}} tarihinde sona eriyor; vardiya bitmeden geçerliliğini yitiriyor.',
    'error.shifts.clash': 'Bu vardiya {{when}} tarihindeki {{what}} ile çakışıyor.',
    'error.shifts.workloadCap': 'Haftalık en fazla {{max}} saat gönüllülük yapılabilir: o hafta {{booked}} saatiniz var, bu vardiya {{adding}} saat ekler.',
    'error.shifts.signupClosed': 'Bu vardiyaya kayıt {{date}} itibarıyla kapandı.',
    'error.shifts.signupPaused': 'Gelmediğiniz {{noShows}} vardiya nedeniyle vardiya kaydınız durduruldu; bir koordinatörün kaldırması gerekiyor.',
    'error.shifts.notActiveVolunteer': 'Vardiyalara yalnızca etkin gönüllüler kaydolabilir.',
    'error.shifts.alreadySignedUp': 'Bu vardiyaya zaten kaydınız (ya da bekleme listesinde yeriniz) var.',
    'error.shifts.signupNotActive': 'Bu kayıt artık bu işlem için uygun değil.',
    'error.shifts.offerExpired': 'Size ayrılan yerin onay süresi doldu; yer sıradaki kişiye geçti.',
    'error.shifts.requestAnswered': 'Bu istek zaten yanıtlanmış.',
    'error.shifts.swapToSelf': 'Yerinizi kendinize devredemezsiniz.',
    'validation.shifts.email': 'Geçerli bir e-posta adresi girin.',
    // ── attendance: check-in, hours, certificates, feed, reports ──
  },
  en: {
    // ── planning: opportunities, shifts, series, calendar ──
    'shifts.notFound': 'Shift not found.',
    // ── sign-up: rules, waitlist, cancel, swap, assignment ──
    'error.shifts.full': 'All {{capacity}} places on this shift are taken. You can join the waitlist.',
    'error.shifts.roleFull': 'All {{headcount}} places of the role "{{role}}" are taken.',
    'error.shifts.qualificationMissing': 'This shift needs a qualification you do not hold: {{qualifications}}.',
    'error.shifts.qualificationExpires': 'Your qualification "{{qualification}}" expires on {{date}}, before the shift ends.',
    'error.shifts.clash': 'This shift overlaps {{what}} on {{when}}.',
    'error.shifts.workloadCap': 'At most {{max}} hours of volunteering a week: you have {{booked}} hours that week and this shift adds {{adding}}.',
    'error.shifts.signupClosed': 'Sign-up for this shift closed on {{date}}.',
    'error.shifts.signupPaused': 'Your shift sign-up is paused after {{noShows}} missed shifts until a coordinator lifts it.',
    'error.shifts.notActiveVolunteer': 'Only active volunteers can sign up for shifts.',
    'error.shifts.alreadySignedUp': 'You are already on this shift (or on its waitlist).',
    'error.shifts.signupNotActive': 'This sign-up no longer allows that.',
    'error.shifts.offerExpired': 'The hold on the place offered to you ran out; it went to the next person.',
    'error.shifts.requestAnswered': 'This request has been answered already.',
    'error.shifts.swapToSelf': 'You cannot give your place to yourself.',
    'validation.shifts.email': 'Enter a valid email address.',
    // ── attendance: check-in, hours, certificates, feed, reports ──
  },
});
