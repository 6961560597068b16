// The shifts module's server messages, Turkish first. One block per part of the module.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    // ── planning: opportunities, shifts, series, calendar ──
    'shifts.notFound': 'Vardiya bulunamadı.',
    // ── sign-up: rules, waitlist, cancel, swap, assignment ──
    // ── attendance: check-in, hours, certificates, feed, reports ──
    'shifts.attendance.invalidCode': 'Bu kod hiçbir vardiyaya ait değil. Vardiyadaki karekodu yeniden okutun.',
    'shifts.attendance.notOpen': 'Giriş henüz açılmadı: vardiya başlamadan 30 dakika önce açılır ({{minutes}} dakika sonra).',
    'shifts.attendance.closed': 'Bu vardiya sona erdi ya da iptal edildi; giriş yapılamaz.',
    'shifts.attendance.notOnShift': 'Bu vardiyada onaylanmış bir yeriniz yok.',
    'shifts.attendance.notCheckedIn': 'Çıkış yapmak için önce giriş yapmalısınız.',
    'shifts.attendance.alreadyCheckedOut': 'Bu vardiyadan zaten çıkış yaptınız.',
    'shifts.attendance.tooEarly': 'Yoklama, vardiya başlamadan en erken 30 dakika önce alınabilir.',
    'shifts.attendance.signupNotOnShift': 'Listedeki kayıtlardan biri bu vardiyada onaylı bir yer değil; hiçbir şey kaydedilmedi.',
    'shifts.attendance.alreadyApproved': 'Onaylanmış saatler değiştirilemez.',
    'shifts.attendance.minutesExceedShift': 'Süre vardiyanın uzunluğunu ({{maximum}} dakika) aşamaz.',
    'shifts.attendance.minutesRange': 'Süre 0 ile 1440 dakika arasında olmalıdır.',
    'shifts.attendance.notApprovable': '{{count}} kişi katıldı olarak işaretlenmemiş; saatleri onaylanamaz. Hiçbir şey onaylanmadı.',
    'shifts.attendance.notPaused': 'Bu kişinin vardiya kaydı durdurulmuş değil.',
    'shifts.attendance.noApprovedHours': 'Bu dönemde onaylanmış saatiniz yok; belge düzenlenemez.',
    'shifts.attendance.tooMany': 'Bir seferde en fazla {{maximum}} kayıt gönderilebilir.',
    'shifts.attendance.dateOrder': 'Bitiş tarihi başlangıç tarihinden önce olamaz.',
    'shifts.attendance.tooManyVerifications': 'Bu adresten çok fazla doğrulama yapıldı. {{minutes}} dakika sonra yeniden deneyin.',
  },
  en: {
    // ── planning: opportunities, shifts, series, calendar ──
    'shifts.notFound': 'Shift not found.',
    // ── sign-up: rules, waitlist, cancel, swap, assignment ──
    // ── attendance: check-in, hours, certificates, feed, reports ──
    'shifts.attendance.invalidCode': 'This code belongs to no shift. Scan the QR code at the shift again.',
    'shifts.attendance.notOpen': 'Check-in is not open yet: it opens 30 minutes before the shift starts (in {{minutes}} minutes).',
    'shifts.attendance.closed': 'This shift has ended or was cancelled; you cannot check in.',
    'shifts.attendance.notOnShift': 'You have no confirmed place on this shift.',
    'shifts.attendance.notCheckedIn': 'Check in before checking out.',
    'shifts.attendance.alreadyCheckedOut': 'You have already checked out of this shift.',
    'shifts.attendance.tooEarly': 'Attendance can be recorded from 30 minutes before the shift starts.',
    'shifts.attendance.signupNotOnShift': 'One of the sign-ups is not a confirmed place on this shift; nothing was recorded.',
    'shifts.attendance.alreadyApproved': 'Approved hours cannot be changed.',
    'shifts.attendance.minutesExceedShift': 'The time cannot be longer than the shift ({{maximum}} minutes).',
    'shifts.attendance.minutesRange': 'The time must be between 0 and 1440 minutes.',
    'shifts.attendance.notApprovable': '{{count}} people are not marked present, so their hours cannot be approved. Nothing was approved.',
    'shifts.attendance.notPaused': 'This person’s shift sign-up is not paused.',
    'shifts.attendance.noApprovedHours': 'You have no approved hours in this period, so no certificate can be issued.',
    'shifts.attendance.tooMany': 'At most {{maximum}} records can be sent at once.',
    'shifts.attendance.dateOrder': 'The end date cannot be before the start date.',
    'shifts.attendance.tooManyVerifications': 'Too many checks from this address. Try again in {{minutes}} minutes.',
  },
});
