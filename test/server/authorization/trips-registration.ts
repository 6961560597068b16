// Authorization rows of trips, registration part: registering and cancelling one's own, the
// caller's list, and the coordinators' list and removal. Collected by authorization.test.ts.
// Eligibility is a domain rule answered as a typed error, not authorization: the rows register for a
// children's trip, which any adult may (as a guardian), so that only authorization decides.
import { createPerson } from '../../support/scenarios.ts';
import { createDeparture, createRegistration, createTrip } from '../../support/trips-scenarios.ts';
import { bornYearsAgo } from '../../support/trips-reg-scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { globalId, LOGGED_IN, STAFF, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.myTripRegistrations': { document: `{ myTripRegistrations { id status seats participants { firstName } } }`, allowed: LOGGED_IN },
  'Query.tripRegistrations': {
    document: `query($d: ID!) { tripRegistrations(departureId: $d, first: 5, search: "deniz") { totalCount edges { node { id status registrant { id } } } } }`,
    variables: async (fixture) => {
      const departure = await createDeparture();
      await createRegistration(departure, fixture.other.id);
      return { d: departure.globalId };
    },
    allowed: STAFF,
  },
  'Mutation.registerForTrip': {
    document: mutation('registerForTrip', 'RegisterForTripInput'),
    variables: async () => {
      const departure = await createDeparture({ trip: await createTrip({ audience: 'CHILDREN' }) });
      return {
        input: {
          departureId: departure.globalId,
          pickupPointId: departure.pickupPoints[0]!.id,
          travellers: [{ firstName: 'Ada', lastName: 'Yıldız', birthDate: bornYearsAgo(9) }],
          guardianConsent: true,
        },
      };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.cancelTripRegistration': {
    document: mutation('cancelTripRegistration', 'TripRegistrationRefInput'),
    variables: async (fixture) => ({ input: { id: (await createRegistration(await createDeparture(), (fixture.self ?? fixture.other).id)).globalId } }),
    allowed: LOGGED_IN,
  },
  'Mutation.removeTripRegistration': {
    document: mutation('removeTripRegistration', 'RemoveTripRegistrationInput'),
    variables: async () => ({ input: { id: globalId('TripRegistration', (await createRegistration(await createDeparture(), (await createPerson()).id)).id), reason: 'Kapasite düzeltmesi' } }),
    allowed: STAFF,
  },
};
