// Why an answer to a seat offered from the waitlist was refused. Messages in messages.ts (lottery and
// waitlist block), Turkish first.
import { DomainError } from '../../errors.ts';

/** The hold ran out before the person confirmed: the seats passed to the next waiting unit. */
export class TripOfferExpiredError extends DomainError {
  readonly code = 'TRIP_OFFER_EXPIRED';
  readonly messageKey = 'error.trips.waitlist.offerExpired';
}

/** The registration holds no offer to answer (never offered, confirmed, declined or cancelled already). */
export class TripNotOfferedError extends DomainError {
  readonly code = 'TRIP_NOT_OFFERED';
  readonly messageKey = 'error.trips.waitlist.notOffered';
}
