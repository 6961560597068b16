// The shifts module's server messages, Turkish first. One block per part of the module.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    // ── planning: opportunities, shifts, series, calendar ──
    'shifts.notFound': 'Vardiya bulunamadı.',
    // ── sign-up: rules, waitlist, cancel, swap, assignment ──
    // ── attendance: check-in, hours, certificates, feed, reports ──
  },
  en: {
    // ── planning: opportunities, shifts, series, calendar ──
    'shifts.notFound': 'Shift not found.',
    // ── sign-up: rules, waitlist, cancel, swap, assignment ──
    // ── attendance: check-in, hours, certificates, feed, reports ──
  },
});
