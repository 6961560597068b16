// Authorization rows of trips, catalogue part: the public catalogue (trips, departures, seats left)
// and the coordinators' trips and departures. Collected by authorization.test.ts.
import { createDeparture, createTrip } from '../../support/trips-scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { EVERYONE, STAFF, type Operations } from './table.ts';

const DAY = 86_400_000;
const at = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3_600_000).toISOString();

const tripInput = {
  kind: 'GULF_TOUR',
  audience: 'WOMEN',
  titleTr: 'Körfez Turu',
  titleEn: 'Gulf Tour',
  descriptionTr: 'Konak’tan Karşıyaka’ya.',
  descriptionEn: 'From Konak to Karşıyaka.',
  minAge: 18,
  maxCompanions: 3,
  companionMaxAge: 11,
};

const departureFields = (capacity = 10) => ({
  startsAt: at(14),
  endsAt: at(14, 6),
  capacity,
  registrationOpensAt: at(1),
  registrationClosesAt: at(10),
  cancelCutoffAt: at(12),
  pickupPoints: [{ name: 'Konak İskelesi', districtId: 15, pickupAt: at(14, -1), vehicle: 'BOAT', seats: capacity }],
});

export const operations: Operations = {
  'Query.trips': {
    document: `{ trips(first: 5) { totalCount edges { node { id title departures { id seatsLeft waitlistCount registrationOpen myRegistration { id } pickupPoints { seatsLeft } } } } } }`,
    variables: async () => (await createDeparture(), {}),
    allowed: EVERYONE,
  },
  'Mutation.createTrip': {
    document: mutation('createTrip', 'CreateTripInput'),
    variables: () => ({ input: tripInput }),
    allowed: STAFF,
  },
  'Mutation.updateTrip': {
    document: mutation('updateTrip', 'UpdateTripInput'),
    variables: async () => ({ input: { ...tripInput, id: (await createTrip()).globalId, titleEn: 'Gulf Tour (new)' } }),
    allowed: STAFF,
  },
  'Mutation.archiveTrip': {
    document: mutation('archiveTrip', 'ArchiveTripInput'),
    variables: async () => ({ input: { id: (await createTrip()).globalId } }),
    allowed: STAFF,
  },
  'Mutation.createTripDeparture': {
    document: mutation('createTripDeparture', 'CreateTripDepartureInput'),
    variables: async () => ({ input: { tripId: (await createTrip()).globalId, allocation: 'LOTTERY', ...departureFields() } }),
    allowed: STAFF,
  },
  'Mutation.updateTripDeparture': {
    document: mutation('updateTripDeparture', 'UpdateTripDepartureInput'),
    variables: async () => ({ input: { id: (await createDeparture()).globalId, ...departureFields(12) } }),
    allowed: STAFF,
  },
};
