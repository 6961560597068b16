// The trips module's server messages, Turkish first. One block per part of the module; each part
// keeps its keys under `trips.<part>.`, `error.trips.…` or `validation.trips.…`.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    'trips.notFound': 'Gezi bulunamadı.',
    // ── catalogue: trips, departures, pick-up points ──
    // ── registration: eligibility, first come, entries, cancel ──
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
    // ── registration: eligibility, first come, entries, cancel ──
    // ── lottery and waitlist ──
    'error.trips.waitlist.offerExpired': 'The hold on the seats offered to you ran out; they passed to the next person waiting.',
    'error.trips.waitlist.notOffered': 'There is no seat offer to answer on this registration.',
    // ── boarding and communication ──
    // ── reports ──
    'trips.reports.dateOrder': 'The end date cannot be before the start date.',
  },
});
