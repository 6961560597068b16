// Planning's domain errors: each a typed result of the mutation that can meet it (planning-schema.ts).
import { DomainError } from '../../errors.ts';

/** A shift cannot have fewer places than people holding one (confirmed or offered). */
export class CapacityBelowSignupsError extends DomainError {
  readonly code = 'CAPACITY_BELOW_SIGNUPS';
  readonly messageKey = 'error.shifts.capacityBelowSignups';
  constructor(
    readonly capacity: number,
    readonly held: number,
  ) {
    super();
    this.params = { capacity, held };
  }
}

export class ShiftCancelledError extends DomainError {
  readonly code = 'SHIFT_CANCELLED';
  readonly messageKey = 'error.shifts.shiftCancelled';
}

/** Past shifts are the record of what happened (attendance, hours): planning leaves them alone. */
export class ShiftStartedError extends DomainError {
  readonly code = 'SHIFT_STARTED';
  readonly messageKey = 'error.shifts.shiftStarted';
}

export class NotRecurringError extends DomainError {
  readonly code = 'SHIFT_NOT_RECURRING';
  readonly messageKey = 'error.shifts.notRecurring';
}

/** The recurrence rule yields no day at all. */
export class SeriesEmptyError extends DomainError {
  readonly code = 'SERIES_EMPTY';
  readonly messageKey = 'error.shifts.seriesEmpty';
}

export class OpportunityArchivedError extends DomainError {
  readonly code = 'OPPORTUNITY_ARCHIVED';
  readonly messageKey = 'error.shifts.opportunityArchived';
}

export class SameWeekError extends DomainError {
  readonly code = 'SAME_WEEK';
  readonly messageKey = 'error.shifts.sameWeek';
}

/** A shift (one-off, an occurrence of a series, or moved by an edit) may not start in the past. */
export class StartsInPastError extends DomainError {
  readonly code = 'SHIFT_STARTS_IN_PAST';
  readonly messageKey = 'error.shifts.startsInPast';
}
