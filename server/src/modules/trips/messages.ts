// The trips module's server messages, Turkish first. One block per part of the module; each part
// keeps its keys under `trips.<part>.`, `error.trips.…` or `validation.trips.…`.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    'trips.notFound': 'Gezi bulunamadı.',
    // ── catalogue: trips, departures, pick-up points ──
    // ── registration: eligibility, first come, entries, cancel ──
    // ── lottery and waitlist ──
    'trips.lottery.notLottery': 'Bu kalkışta kura yok; yerler başvuru sırasıyla veriliyor.',
    'trips.lottery.departureCancelled': 'Bu kalkış iptal edildi; kura çekilmez.',
    'trips.lottery.entriesAlreadyClosed': 'Başvurular zaten kapatıldı; başvuru listesi yayımlandı.',
    'trips.lottery.entriesNotClosed': 'Önce başvurular kapatılmalı.',
    'trips.lottery.publicValueAlreadySet': 'Açık değer zaten girildi; değiştirilemez.',
    'trips.lottery.noPublicValue': 'Kura için önce açık değer (ör. drand turu) girilmeli.',
    'trips.lottery.alreadyDrawn': 'Bu kalkışın kurası zaten çekildi.',
    'trips.lottery.noSecret': 'Bu kalkışın gizli değeri yok; kura doğrulanabilir biçimde çekilemez.',
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
    'trips.lottery.notLottery': 'This departure has no lottery: seats go in order of registration.',
    'trips.lottery.departureCancelled': 'This departure was cancelled: no lottery is drawn.',
    'trips.lottery.entriesAlreadyClosed': 'Entries are already closed and the entry list is published.',
    'trips.lottery.entriesNotClosed': 'Entries must be closed first.',
    'trips.lottery.publicValueAlreadySet': 'The public value was already entered; it cannot change.',
    'trips.lottery.noPublicValue': 'Enter the public value (e.g. a drand round) before the draw.',
    'trips.lottery.alreadyDrawn': 'This departure’s lottery has already been drawn.',
    'trips.lottery.noSecret': 'This departure has no secret: its lottery cannot be drawn verifiably.',
    // ── boarding and communication ──
    'trips.boarding.unknownParticipants': '{{count}} people are not on a confirmed registration of this departure; no boarding was recorded.',
    'trips.boarding.notStarted': 'Boarding can be closed once the departure has started.',
    'trips.boarding.departureCancelled': 'This departure was cancelled.',
    'trips.boarding.departureOver': 'This departure is over.',
    'trips.boarding.tooManyEvents': 'At most {{maximum}} boarding records can be sent at once.',
    // ── reports ──
  },
});
