// Authorization rows of trips, waitlist part: the registrant answers the seats offered to her.
// Collected by authorization.test.ts. The offer is the caller's own (anonymous callers have none, so
// theirs is another person's), so that only authorization decides.
import { mutation } from '../../support/mutation-document.ts';
import { createDeparture, createRegistration } from '../../support/trips-scenarios.ts';
import { LOGGED_IN, type Fixture, type Operations } from './table.ts';

async function offerToCaller(fixture: Fixture) {
  const departure = await createDeparture({ capacity: 2, pickupPoints: [{ seats: 2 }] });
  const userId = fixture.self?.id ?? fixture.other.id;
  const registration = await createRegistration(departure, userId, { status: 'OFFERED' });
  return { input: { registrationId: registration.globalId } };
}

export const operations: Operations = {
  'Mutation.confirmTripOffer': {
    document: mutation('confirmTripOffer', 'TripOfferInput', 'data { id status }'),
    variables: offerToCaller,
    allowed: LOGGED_IN,
  },
  'Mutation.declineTripOffer': {
    document: mutation('declineTripOffer', 'TripOfferInput', 'data { id status }'),
    variables: offerToCaller,
    allowed: LOGGED_IN,
  },
};
