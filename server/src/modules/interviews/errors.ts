import { DomainError } from '../../errors.ts';

/** The slot had no free place left when the booking statement ran. */
export class SlotTakenError extends DomainError {
  readonly code = 'SLOT_TAKEN';
  readonly messageKey = 'error.slotTaken';
}

/** Applicants may book, move or cancel only until `hours` before the interview. */
export class BookingCutoffPassedError extends DomainError {
  readonly code = 'BOOKING_CUTOFF_PASSED';
  readonly messageKey = 'error.bookingCutoffPassed';
  constructor(readonly hours: number) {
    super();
    this.params = { hours };
  }
}

/** The booking was cancelled (or moved) already, or its interview has an outcome. */
export class BookingNotActiveError extends DomainError {
  readonly code = 'BOOKING_NOT_ACTIVE';
  readonly messageKey = 'error.bookingNotActive';
}

/** An interviewer named for a batch of slots is not a coordinator (or does not exist). */
export class InvalidInterviewerError extends DomainError {
  readonly code = 'INVALID_INTERVIEWER';
  readonly messageKey = 'error.invalidInterviewer';
}

/** Every time of the batch lies in the past. */
export class NoSlotsToPublishError extends DomainError {
  readonly code = 'NO_SLOTS_TO_PUBLISH';
  readonly messageKey = 'error.noSlotsToPublish';
}

export type InterviewerClash = {
  interviewerId: string;
  interviewerName: string;
  startsAt: Date;
  endsAt: Date;
  /** The other interview the person would be in at the same time. */
  conflictingStartsAt: Date;
  conflictingEndsAt: Date;
  /** Whether the other interview is already published (or another one of the same batch). */
  existing: boolean;
};

/** Some interviewer would be in two interviews at once; nothing of the batch was written. */
export class InterviewerConflictError extends DomainError {
  readonly code = 'INTERVIEWER_CONFLICT';
  readonly messageKey = 'error.interviewerConflict';
  constructor(
    readonly clashes: InterviewerClash[],
    readonly total: number,
  ) {
    super();
    this.params = { count: total };
  }
}

/** A score outside 0…maxScore, or for a criterion that is not one of the round's. */
export class InvalidScoreError extends DomainError {
  readonly code = 'INVALID_SCORE';
  readonly messageKey = 'error.invalidScore';
  constructor(
    readonly criterionId: string,
    readonly maxScore: number | null,
  ) {
    super();
    this.params = { maxScore: maxScore ?? 0 };
  }
}
