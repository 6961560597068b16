// The trips module's server messages, Turkish first. One block per part of the module; each part
// keeps its keys under `trips.<part>.`, `error.trips.…` or `validation.trips.…`.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    'trips.notFound': 'Gezi bulunamadı.',
    // ── catalogue: trips, departures, pick-up points ──
    // ── registration: eligibility, first come, entries, cancel ──
    // ── lottery and waitlist ──
    // ── boarding and communication ──
    'trips.boarding.unknownParticipants': '{{count}} kişi bu seferin onaylı kayıtlarında yok; hiçbir biniş kaydedilmedi.',
    'trips.boarding.notStarted': 'Biniş, sefer başladıktan sonra kapatılabilir.',
    'trips.boarding.departureCancelled': 'Bu sefer iptal edildi.',
    'trips.boarding.departureOver': 'Bu sefer sona erdi.',
    'trips.boarding.tooManyEvents': 'Bir seferde en fazla {{maximum}} biniş kaydı gönderilebilir.',
    // ── reports ──
  },
  en: {
    'trips.notFound': 'Trip not found.',
    // ── catalogue: trips, departures, pick-up points ──
    // ── registration: eligibility, first come, entries, cancel ──
    // ── lottery and waitlist ──
    // ── boarding and communication ──
    'trips.boarding.unknownParticipants': '{{count}} people are not on a confirmed registration of this departure; no boarding was recorded.',
    'trips.boarding.notStarted': 'Boarding can be closed once the departure has started.',
    'trips.boarding.departureCancelled': 'This departure was cancelled.',
    'trips.boarding.departureOver': 'This departure is over.',
    'trips.boarding.tooManyEvents': 'At most {{maximum}} boarding records can be sent at once.',
    // ── reports ──
  },
});
