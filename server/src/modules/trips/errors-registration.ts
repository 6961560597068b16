// Why a registration (or its cancellation) was refused. One class per rule; messages in messages.ts
// (registration block), Turkish first.
import { DomainError } from '../../errors.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { whenInBoth } from './errors-catalogue.ts';

/** Why a person may not register for a trip. */
export type IneligibilityReason = 'GENDER' | 'AGE' | 'DISTRICT' | 'CHILD_AGE';
export const INELIGIBILITY_REASONS = ['GENDER', 'AGE', 'DISTRICT', 'CHILD_AGE'] as const satisfies readonly IneligibilityReason[];

/** The registrant (or a child travelling) does not meet the trip's rules. */
export class TripNotEligibleError extends DomainError {
  readonly code = 'TRIP_NOT_ELIGIBLE';
  readonly messageKey: MessageKey;
  constructor(
    readonly reason: IneligibilityReason,
    readonly minAge: number | null = null,
    readonly maxAge: number | null = null,
    /** For CHILD_AGE: the position (0 first) of the traveller in the list sent. */
    readonly travellerIndex: number | null = null,
  ) {
    super();
    this.messageKey = (
      {
        GENDER: 'error.trips.notEligible.gender',
        AGE: 'error.trips.notEligible.age',
        DISTRICT: 'error.trips.notEligible.district',
        CHILD_AGE: 'error.trips.notEligible.childAge',
      } as const
    )[reason];
    this.params = { minAge: minAge ?? 0, maxAge: maxAge ?? 0, traveller: (travellerIndex ?? 0) + 1 };
  }
}

/** More travellers than the trip allows (or none on a children's trip). */
export class TripTravellerCountError extends DomainError {
  readonly code = 'TRIP_TRAVELLER_COUNT';
  readonly messageKey = 'error.trips.travellerCount';
  constructor(
    readonly minTravellers: number,
    readonly maxTravellers: number,
  ) {
    super();
    this.params = { minimum: minTravellers, maximum: maxTravellers };
  }
}

/** A children's trip needs the guardian's consent. */
export class TripGuardianConsentRequiredError extends DomainError {
  readonly code = 'TRIP_GUARDIAN_CONSENT_REQUIRED';
  readonly messageKey = 'error.trips.guardianConsentRequired';
}

export class TripRegistrationNotOpenError extends DomainError {
  readonly code = 'TRIP_REGISTRATION_NOT_OPEN';
  readonly messageKey = 'error.trips.registrationNotOpen';
  constructor(readonly opensAt: Date) {
    super();
    this.localizedParams = whenInBoth('date', opensAt);
  }
}

export class TripRegistrationClosedError extends DomainError {
  readonly code = 'TRIP_REGISTRATION_CLOSED';
  readonly messageKey = 'error.trips.registrationClosed';
  constructor(readonly closedAt: Date) {
    super();
    this.localizedParams = whenInBoth('date', closedAt);
  }
}

/** The person is on this departure (or its waitlist, or entered its lottery) already. */
export class TripAlreadyRegisteredError extends DomainError {
  readonly code = 'TRIP_ALREADY_REGISTERED';
  readonly messageKey = 'error.trips.alreadyRegistered';
}

/** The person holds a seat (confirmed or offered) on another departure of the same trip. */
export class TripSeatElsewhereError extends DomainError {
  readonly code = 'TRIP_SEAT_ELSEWHERE';
  readonly messageKey = 'error.trips.seatElsewhere';
  constructor(readonly startsAt: Date) {
    super();
    this.localizedParams = whenInBoth('date', startsAt);
  }
}

/** The person has travelled (confirmed) as many times this season as the trip allows. */
export class TripSeasonLimitError extends DomainError {
  readonly code = 'TRIP_SEASON_LIMIT';
  readonly messageKey = 'error.trips.seasonLimit';
  constructor(readonly maxPerSeason: number) {
    super();
    this.params = { maximum: maxPerSeason };
  }
}

/** No seats for the unit, overall or at the pick-up point: register again with joinWaitlist. */
export class TripFullError extends DomainError {
  readonly code = 'TRIP_FULL';
  readonly messageKey = 'error.trips.full';
  readonly joinWaitlist = true;
  constructor(
    readonly seatsLeft: number,
    readonly pickupPointSeatsLeft: number,
    readonly seatsAsked: number,
  ) {
    super();
    this.params = { seatsLeft, pickupPointSeatsLeft, seatsAsked };
  }
}

/** The registration is not in a state the action applies to (cancelled already, say). */
export class TripRegistrationNotActiveError extends DomainError {
  readonly code = 'TRIP_REGISTRATION_NOT_ACTIVE';
  readonly messageKey = 'error.trips.registrationNotActive';
}
