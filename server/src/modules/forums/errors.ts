// Why a forums operation was refused. One class per rule; messages in messages.ts, Turkish first.
import { DomainError } from '../../errors.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { whenInBoth } from '../trips/errors-catalogue.ts';

// ── events and sessions ──

/** The event is closed: its sessions no longer change and take no one. */
export class ForumEventClosedError extends DomainError {
  readonly code = 'FORUM_EVENT_CLOSED';
  readonly messageKey = 'error.forums.eventClosed';
}

/** The operation needs the other kind of session (registration is for OPEN, applications for FOCUS_GROUP). */
export class ForumSessionKindError extends DomainError {
  readonly code = 'FORUM_SESSION_KIND';
  readonly messageKey: MessageKey;
  constructor(readonly expected: 'OPEN' | 'FOCUS_GROUP') {
    super();
    this.messageKey = expected === 'OPEN' ? 'error.forums.sessionNotOpenForum' : 'error.forums.sessionNotFocusGroup';
  }
}

/** A facilitator must hold the FACILITATOR role. */
export class ForumNotAFacilitatorError extends DomainError {
  readonly code = 'FORUM_NOT_A_FACILITATOR';
  readonly messageKey = 'error.forums.notAFacilitator';
}

/** Seats below the people already confirmed, or a panel below the drawn one. */
export class ForumCapacityBelowTakenError extends DomainError {
  readonly code = 'FORUM_CAPACITY_BELOW_TAKEN';
  readonly messageKey = 'error.forums.capacityBelowTaken';
  constructor(
    readonly capacity: number,
    readonly taken: number,
  ) {
    super();
    this.params = { capacity, taken };
  }
}

// ── registration and applications ──

export type ForumIneligibility = 'GENDER' | 'AGE' | 'DISTRICT';
export const FORUM_INELIGIBILITIES = ['GENDER', 'AGE', 'DISTRICT'] as const satisfies readonly ForumIneligibility[];

/** The person does not meet the event's eligibility; `reason` says which rule. */
export class ForumNotEligibleError extends DomainError {
  readonly code = 'FORUM_NOT_ELIGIBLE';
  readonly messageKey: MessageKey;
  constructor(
    readonly reason: ForumIneligibility,
    readonly minAge: number | null = null,
    readonly maxAge: number | null = null,
  ) {
    super();
    this.messageKey = ({ GENDER: 'error.forums.notEligible.gender', AGE: 'error.forums.notEligible.age', DISTRICT: 'error.forums.notEligible.district' } as const)[reason];
    this.params = { minAge: minAge ?? 0, maxAge: maxAge ?? 120 };
  }
}

export class ForumRegistrationNotOpenError extends DomainError {
  readonly code = 'FORUM_REGISTRATION_NOT_OPEN';
  readonly messageKey = 'error.forums.registrationNotOpen';
  constructor(readonly opensAt: Date) {
    super();
    this.localizedParams = whenInBoth('date', opensAt);
  }
}

export class ForumRegistrationClosedError extends DomainError {
  readonly code = 'FORUM_REGISTRATION_CLOSED';
  readonly messageKey = 'error.forums.registrationClosed';
  constructor(readonly closedAt: Date) {
    super();
    this.localizedParams = whenInBoth('date', closedAt);
  }
}

/** Registered (or applied) already. */
export class ForumAlreadyRegisteredError extends DomainError {
  readonly code = 'FORUM_ALREADY_REGISTERED';
  readonly messageKey = 'error.forums.alreadyRegistered';
}

/** Accessibility needs are stored only with the person's consent. */
export class ForumAccessibilityConsentError extends DomainError {
  readonly code = 'FORUM_ACCESSIBILITY_CONSENT';
  readonly messageKey = 'error.forums.accessibilityConsent';
}

/** The registration (or application) is cancelled or withdrawn already. */
export class ForumNotActiveError extends DomainError {
  readonly code = 'FORUM_NOT_ACTIVE';
  readonly messageKey = 'error.forums.notActive';
}

/** An application must answer every profile question of the event once, with one of its options. */
export class ForumAnswersError extends DomainError {
  readonly code = 'FORUM_ANSWERS';
  readonly messageKey = 'error.forums.answers';
  constructor(readonly questionKey: string) {
    super();
    this.params = { question: questionKey };
  }
}

/** Profile questions freeze once someone has answered them. */
export class ForumQuestionsAnsweredError extends DomainError {
  readonly code = 'FORUM_QUESTIONS_ANSWERED';
  readonly messageKey = 'error.forums.questionsAnswered';
}

// ── selection ──

/** Applications, questions and quotas are frozen once the selection is committed. */
export class ForumSelectionCommittedError extends DomainError {
  readonly code = 'FORUM_SELECTION_COMMITTED';
  readonly messageKey = 'error.forums.selectionCommitted';
}

export class ForumSelectionNotCommittedError extends DomainError {
  readonly code = 'FORUM_SELECTION_NOT_COMMITTED';
  readonly messageKey = 'error.forums.selectionNotCommitted';
}

export class ForumAlreadyDrawnError extends DomainError {
  readonly code = 'FORUM_ALREADY_DRAWN';
  readonly messageKey = 'error.forums.alreadyDrawn';
}

export class ForumNotDrawnError extends DomainError {
  readonly code = 'FORUM_NOT_DRAWN';
  readonly messageKey = 'error.forums.notDrawn';
}

/** No panel meets the quotas: the preview says why and what to relax. */
export class ForumQuotasInfeasibleError extends DomainError {
  readonly code = 'FORUM_QUOTAS_INFEASIBLE';
  readonly messageKey = 'error.forums.quotasInfeasible';
  constructor(readonly reasons: string[]) {
    super();
    this.params = { reasons: reasons.join(' ') };
  }
}

/** A quota names a question or option the event does not have. */
export class ForumUnknownQuotaError extends DomainError {
  readonly code = 'FORUM_UNKNOWN_QUOTA';
  readonly messageKey = 'error.forums.unknownQuota';
  constructor(
    readonly questionKey: string,
    readonly optionValue: string,
  ) {
    super();
    this.params = { question: questionKey, value: optionValue };
  }
}

/** Only a selected participant can be replaced. */
export class ForumNotSelectedError extends DomainError {
  readonly code = 'FORUM_NOT_SELECTED';
  readonly messageKey = 'error.forums.notSelected';
}

/** Nobody on the waitlist keeps every quota. */
export class ForumNoReplacementError extends DomainError {
  readonly code = 'FORUM_NO_REPLACEMENT';
  readonly messageKey = 'error.forums.noReplacement';
}

// ── findings and attendance ──

/** Only the session's facilitators (and coordinators) record its attendance and findings. */
export class ForumNotSessionFacilitatorError extends DomainError {
  readonly code = 'FORUM_NOT_SESSION_FACILITATOR';
  readonly messageKey = 'error.forums.notSessionFacilitator';
}

/** Attendance is for a confirmed registration or a selected applicant. */
export class ForumNotParticipantError extends DomainError {
  readonly code = 'FORUM_NOT_PARTICIPANT';
  readonly messageKey = 'error.forums.notParticipant';
}

// ── the participants' summary ──

/** Only those who took part (a confirmed place or selected) read and comment on a session's summary. */
export class ForumNotSessionParticipantError extends DomainError {
  readonly code = 'FORUM_NOT_SESSION_PARTICIPANT';
  readonly messageKey = 'error.forums.notSessionParticipant';
}

/** A comment is kept only with the participant's consent to show it to the session's runners. */
export class ForumCommentConsentError extends DomainError {
  readonly code = 'FORUM_COMMENT_CONSENT';
  readonly messageKey = 'error.forums.commentConsent';
}
