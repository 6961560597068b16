// The trips module's server messages, Turkish first. One block per part of the module; each part
// keeps its keys under `trips.<part>.`, `error.trips.…` or `validation.trips.…`.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    'trips.notFound': 'Gezi bulunamadı.',
    // ── catalogue: trips, departures, pick-up points ──
    'error.trips.archived': 'Bu gezi arşivlendi.',
    'error.trips.departureCancelled': 'Bu sefer iptal edildi.',
    'error.trips.departureStarted': 'Bu sefer {{date}} tarihinde başladı.',
    'error.trips.lotteryCapacity': 'Kuralı bir seferin kapasitesi ({{capacity}}) biniş noktalarındaki koltukların toplamına ({{seats}}) eşit olmalıdır.',
    'error.trips.seatsBelowHeld': 'Koltuk sayısı ({{seats}}) ayrılmış koltukların ({{held}}) altına inemez ({{place}}).',
    'error.trips.pickupPointInUse': '"{{place}}" biniş noktasında kayıtlı kişiler var; listeden çıkarılamaz.',
    'error.trips.entriesFrozen': 'Kura başvuruları kapandı; sefer artık değiştirilemez.',
    'validation.trips.count': 'Değer {{minimum}} ile {{maximum}} arasında olmalıdır.',
    'validation.trips.tooMany': 'En fazla {{maximum}} öğe girilebilir.',
    'validation.trips.ageBand': 'Üst yaş sınırı alt sınırdan küçük olamaz.',
    'validation.trips.endsBeforeStarts': 'Bitiş zamanı başlangıçtan sonra olmalıdır.',
    'validation.trips.windowOrder': 'Kayıtlar açıldıktan sonra kapanmalıdır.',
    'validation.trips.windowAfterCutoff': 'Kayıtlar iptal son tarihinden önce kapanmalıdır.',
    'validation.trips.cutoffAfterStart': 'İptal son tarihi seferin başlangıcından sonra olamaz.',
    'validation.trips.capacityOverSeats': 'Kapasite biniş noktalarındaki koltukların toplamını aşamaz.',
    // ── registration: eligibility, first come, entries, cancel ──
    'error.trips.notEligible.gender': 'Bu gezi yalnızca kadınlara açıktır.',
    'error.trips.notEligible.age': 'Bu geziye sefer günü en az {{minAge}} yaşında olanlar kaydolabilir.',
    'error.trips.notEligible.district': 'Bu gezi İzmir ilçelerinde yaşayanlara açıktır.',
    'error.trips.notEligible.childAge': '{{traveller}}. çocuk sefer günü {{minAge}}–{{maxAge}} yaş aralığında olmalıdır.',
    'error.trips.travellerCount': 'Bu geziye {{minimum}} ile {{maximum}} arasında çocuk kaydedilebilir.',
    'error.trips.guardianConsentRequired': 'Çocuk gezisi için veli onayı gereklidir.',
    'error.trips.registrationNotOpen': 'Kayıtlar {{date}} tarihinde açılacak.',
    'error.trips.registrationClosed': 'Kayıtlar {{date}} tarihinde kapandı.',
    'error.trips.alreadyRegistered': 'Bu sefere zaten kaydınız var.',
    'error.trips.seatElsewhere': 'Bu gezinin {{date}} tarihli seferinde zaten yeriniz var.',
    'error.trips.seasonLimit': 'Bu sezon en fazla {{maximum}} geziye katılabilirsiniz.',
    'error.trips.full': 'Yeterli boş koltuk yok ({{seatsAsked}} kişi için; kalan {{seatsLeft}}, biniş noktasında {{pickupPointSeatsLeft}}). Bekleme listesine katılabilirsiniz.',
    'error.trips.registrationNotActive': 'Bu kayıt artık geçerli değil.',
    'validation.trips.birthDate': 'Geçerli bir doğum tarihi girin.',
    // ── lottery and waitlist ──
    'error.trips.waitlist.offerExpired': 'Size ayrılan yerin onay süresi doldu; yer sıradaki kişiye geçti.',
    'error.trips.waitlist.notOffered': 'Bu kayıt için yanıtlanacak bir yer teklifi yok.',
    // ── boarding and communication ──
    // ── reports ──
    'trips.reports.dateOrder': 'Bitiş tarihi başlangıç tarihinden önce olamaz.',
  },
  en: {
    'trips.notFound': 'Trip not found.',
    // ── catalogue: trips, departures, pick-up points ──
    'error.trips.archived': 'This trip is archived.',
    'error.trips.departureCancelled': 'This departure was cancelled.',
    'error.trips.departureStarted': 'This departure started on {{date}}.',
    'error.trips.lotteryCapacity': "A lottery departure's capacity ({{capacity}}) must equal the seats of its pick-up points ({{seats}}).",
    'error.trips.seatsBelowHeld': 'The seats ({{seats}}) cannot go below those already held ({{held}}) ({{place}}).',
    'error.trips.pickupPointInUse': 'People are registered at the pick-up point "{{place}}"; it cannot be removed.',
    'error.trips.entriesFrozen': 'The lottery entries are closed; the departure can no longer change.',
    'validation.trips.count': 'The value must be between {{minimum}} and {{maximum}}.',
    'validation.trips.tooMany': 'At most {{maximum}} items.',
    'validation.trips.ageBand': 'The upper age cannot be below the lower age.',
    'validation.trips.endsBeforeStarts': 'The end must be after the start.',
    'validation.trips.windowOrder': 'Registration must close after it opens.',
    'validation.trips.windowAfterCutoff': 'Registration must close before the cancellation cut-off.',
    'validation.trips.cutoffAfterStart': 'The cancellation cut-off cannot be after the departure starts.',
    'validation.trips.capacityOverSeats': 'The capacity cannot exceed the seats of the pick-up points.',
    // ── registration: eligibility, first come, entries, cancel ──
    'error.trips.notEligible.gender': 'This trip is for women.',
    'error.trips.notEligible.age': 'This trip is for people at least {{minAge}} years old on the day of the departure.',
    'error.trips.notEligible.district': 'This trip is for residents of an İzmir district.',
    'error.trips.notEligible.childAge': 'Child {{traveller}} must be {{minAge}}–{{maxAge}} years old on the day of the departure.',
    'error.trips.travellerCount': 'Between {{minimum}} and {{maximum}} children can be registered for this trip.',
    'error.trips.guardianConsentRequired': "A children's trip needs the guardian's consent.",
    'error.trips.registrationNotOpen': 'Registration opens on {{date}}.',
    'error.trips.registrationClosed': 'Registration closed on {{date}}.',
    'error.trips.alreadyRegistered': 'You are registered for this departure already.',
    'error.trips.seatElsewhere': 'You already have a seat on the departure of this trip on {{date}}.',
    'error.trips.seasonLimit': 'You can take part in at most {{maximum}} trips this season.',
    'error.trips.full': 'Not enough free seats (for {{seatsAsked}}; {{seatsLeft}} left, {{pickupPointSeatsLeft}} at the pick-up point). You can join the waiting list.',
    'error.trips.registrationNotActive': 'This registration is no longer active.',
    'validation.trips.birthDate': 'Enter a valid birth date.',
    // ── lottery and waitlist ──
    'error.trips.waitlist.offerExpired': 'The hold on the seats offered to you ran out; they passed to the next person waiting.',
    'error.trips.waitlist.notOffered': 'There is no seat offer to answer on this registration.',
    // ── boarding and communication ──
    // ── reports ──
    'trips.reports.dateOrder': 'The end date cannot be before the start date.',
  },
});
