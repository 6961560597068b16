// The council module's server messages, Turkish first. One block per part of the module; each part
// keeps its keys under `council.<part>.`, `error.council.…` or `validation.council.…`.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    'council.notFound': 'Kayıt bulunamadı.',
    // ── members: terms, committees, facilitators, children, guardians, consents, positions ──
    // ── meetings: meetings, agenda, attendance, minutes, decisions, general assembly ──
    // ── proposals: drafts, votes, submission, the municipality's answers, public page ──
    // ── reports ──
  },
  en: {
    'council.notFound': 'Not found.',
    // ── members ──
    // ── meetings ──
    // ── proposals ──
    // ── reports ──
  },
});
