// The shifts module's server messages, Turkish first. One block per part of the module.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    // ── planning: opportunities, shifts, series, calendar ──
    'shifts.notFound': 'Vardiya bulunamadı.',
    'error.shifts.capacityBelowSignups': 'Vardiyada {{held}} kişinin yeri var; kapasite {{capacity}} kişiye düşürülemez.',
    'error.shifts.shiftCancelled': 'Bu vardiya iptal edilmiş; değiştirilemez.',
    'error.shifts.shiftStarted': 'Başlamış ya da geçmiş bir vardiya değiştirilemez.',
    'error.shifts.notRecurring': 'Bu vardiya tekrarlanan bir serinin parçası değil.',
    'error.shifts.seriesEmpty': 'Bu kurala uyan hiçbir gün yok: günleri ve bitiş tarihini kontrol edin.',
    'error.shifts.opportunityArchived': 'Bu fırsat arşivlenmiş; yeni vardiya eklenemez.',
    'error.shifts.sameWeek': 'Kaynak ve hedef hafta aynı olamaz.',
    'validation.shifts.hours': 'Saat {{minimum}} ile {{maximum}} arasında olmalıdır.',
    'validation.shifts.count': 'Değer {{minimum}} ile {{maximum}} arasında olmalıdır.',
    'validation.shifts.placeRequired': 'Çevrim içi olmayan bir fırsat için ilçe ve adres girin.',
    'validation.shifts.capacityOrRoles': 'Kapasiteyi girin ya da en az bir rol ekleyin.',
    'validation.shifts.endsBeforeStarts': 'Bitiş zamanı başlangıçtan sonra olmalıdır.',
    'validation.shifts.time': 'Saati SS:DD biçiminde girin (ör. 10:00).',
    'validation.shifts.untilBeforeStart': 'Bitiş tarihi başlangıç tarihinden önce olamaz.',
    'validation.shifts.seriesTooLong': 'Bir seri en fazla bir yıl sürebilir.',
    'validation.shifts.weekStart': 'Hafta pazartesi günü başlamalıdır.',
    'validation.shifts.tooMany': 'Bir seferde en fazla {{maximum}} kayıt gönderilebilir.',
    'validation.shifts.rangeOrder': 'Bitiş tarihi başlangıç tarihinden önce olamaz.',
    'validation.shifts.rangeTooLong': 'Takvim en fazla {{maximum}} günü gösterebilir.',
    'shifts.planning.reason.sameDistrict': 'vardiyanın ilçesinde ({{district}}) oturuyor',
    'shifts.planning.reason.otherDistrict': '{{district}} ilçesinde oturuyor',
    'shifts.planning.reason.choseArea': 'bu alanı seçti',
    'shifts.planning.reason.otherArea': 'bu alanı seçmedi',
    'shifts.planning.reason.recentShifts': 'son 60 günde {{count}} vardiya',
    'shifts.planning.reason.weekHours': 'bu hafta {{hours}}/{{cap}} saat',
    // ── sign-up: rules, waitlist, cancel, swap, assignment ──
    // ── attendance: check-in, hours, certificates, feed, reports ──
  },
  en: {
    // ── planning: opportunities, shifts, series, calendar ──
    'shifts.notFound': 'Shift not found.',
    'error.shifts.capacityBelowSignups': '{{held}} people hold a place on this shift; its capacity cannot go down to {{capacity}}.',
    'error.shifts.shiftCancelled': 'This shift was cancelled; it cannot be changed.',
    'error.shifts.shiftStarted': 'A shift that has started or is over cannot be changed.',
    'error.shifts.notRecurring': 'This shift is not part of a recurring series.',
    'error.shifts.seriesEmpty': 'No day matches this rule: check the days and the end date.',
    'error.shifts.opportunityArchived': 'This opportunity is archived; no shift can be added to it.',
    'error.shifts.sameWeek': 'The source and target weeks cannot be the same.',
    'validation.shifts.hours': 'Hours must be between {{minimum}} and {{maximum}}.',
    'validation.shifts.count': 'The value must be between {{minimum}} and {{maximum}}.',
    'validation.shifts.placeRequired': 'Enter the district and address of an opportunity that is not online.',
    'validation.shifts.capacityOrRoles': 'Enter the capacity or add at least one role.',
    'validation.shifts.endsBeforeStarts': 'The end must be after the start.',
    'validation.shifts.time': 'Enter the time as HH:MM (e.g. 10:00).',
    'validation.shifts.untilBeforeStart': 'The end date cannot be before the start date.',
    'validation.shifts.seriesTooLong': 'A series can last at most one year.',
    'validation.shifts.weekStart': 'A week starts on a Monday.',
    'validation.shifts.tooMany': 'At most {{maximum}} records can be sent at once.',
    'validation.shifts.rangeOrder': 'The end date cannot be before the start date.',
    'validation.shifts.rangeTooLong': 'The calendar shows at most {{maximum}} days.',
    'shifts.planning.reason.sameDistrict': 'lives in the shift\'s district ({{district}})',
    'shifts.planning.reason.otherDistrict': 'lives in {{district}}',
    'shifts.planning.reason.choseArea': 'chose this area',
    'shifts.planning.reason.otherArea': 'did not choose this area',
    'shifts.planning.reason.recentShifts': '{{count}} shifts in the last 60 days',
    'shifts.planning.reason.weekHours': '{{hours}}/{{cap}} hours this week',
    // ── sign-up: rules, waitlist, cancel, swap, assignment ──
    // ── attendance: check-in, hours, certificates, feed, reports ──
  },
});
