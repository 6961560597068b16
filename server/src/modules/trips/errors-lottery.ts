// The lottery's domain errors: closing entries, the public value, the draw.
import { DomainError } from '../../errors.ts';

/** The departure allocates first come, first served: it has no lottery. */
export class NotLotteryError extends DomainError {
  readonly code = 'NOT_A_LOTTERY';
  readonly messageKey = 'trips.lottery.notLottery';
}

/** The departure was cancelled: nothing is drawn for it. */
export class LotteryDepartureCancelledError extends DomainError {
  readonly code = 'DEPARTURE_CANCELLED';
  readonly messageKey = 'trips.lottery.departureCancelled';
}

/** Entries are already frozen: the entry list is published and does not change. */
export class EntriesAlreadyClosedError extends DomainError {
  readonly code = 'ENTRIES_ALREADY_CLOSED';
  readonly messageKey = 'trips.lottery.entriesAlreadyClosed';
}

/** The public value and the draw come after entries close. */
export class EntriesNotClosedError extends DomainError {
  readonly code = 'ENTRIES_NOT_CLOSED';
  readonly messageKey = 'trips.lottery.entriesNotClosed';
}

/** The public value is entered once: changing it would let someone pick among seeds. */
export class PublicValueAlreadySetError extends DomainError {
  readonly code = 'PUBLIC_VALUE_ALREADY_SET';
  readonly messageKey = 'trips.lottery.publicValueAlreadySet';
}

/** The draw needs the public value first. */
export class NoPublicValueError extends DomainError {
  readonly code = 'NO_PUBLIC_VALUE';
  readonly messageKey = 'trips.lottery.noPublicValue';
}

export class AlreadyDrawnError extends DomainError {
  readonly code = 'ALREADY_DRAWN';
  readonly messageKey = 'trips.lottery.alreadyDrawn';
}

/** The departure has no secret committed (made before lotteries were verifiable): it cannot be drawn verifiably. */
export class NoDrawSecretError extends DomainError {
  readonly code = 'NO_DRAW_SECRET';
  readonly messageKey = 'trips.lottery.noSecret';
}
