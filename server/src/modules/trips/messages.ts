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
    // ── reports ──
    'trips.reports.dateOrder': 'Bitiş tarihi başlangıç tarihinden önce olamaz.',
  },
  en: {
    'trips.notFound': 'Trip not found.',
    // ── catalogue: trips, departures, pick-up points ──
    // ── registration: eligibility, first come, entries, cancel ──
    // ── lottery and waitlist ──
    // ── boarding and communication ──
    // ── reports ──
    'trips.reports.dateOrder': 'The end date cannot be before the start date.',
  },
});
