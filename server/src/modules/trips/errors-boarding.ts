// Boarding's and communication's domain errors: events for people not on the departure, closing
// boarding too early, and notices to a departure that is cancelled or over.
import { DomainError } from '../../errors.ts';

/** Some events named participants who are not on a confirmed unit of the departure; nothing was recorded. */
export class TripBoardingUnknownParticipantsError extends DomainError {
  readonly code = 'TRIP_BOARDING_UNKNOWN_PARTICIPANTS';
  readonly messageKey = 'trips.boarding.unknownParticipants';
  constructor(readonly participantIds: string[]) {
    super();
    this.params = { count: participantIds.length };
  }
}

/** Boarding is closed (no-shows recorded) only once the departure has started. */
export class TripBoardingNotStartedError extends DomainError {
  readonly code = 'TRIP_BOARDING_NOT_STARTED';
  readonly messageKey = 'trips.boarding.notStarted';
  constructor(readonly startsAt: Date) {
    super();
  }
}

/** The departure was cancelled: nobody boards it and nothing more is sent about it. */
export class TripDepartureWasCancelledError extends DomainError {
  readonly code = 'TRIP_DEPARTURE_WAS_CANCELLED';
  readonly messageKey = 'trips.boarding.departureCancelled';
}

/** The departure is over: it can no longer be cancelled or written about. */
export class TripDepartureIsOverError extends DomainError {
  readonly code = 'TRIP_DEPARTURE_IS_OVER';
  readonly messageKey = 'trips.boarding.departureOver';
}
