// Trips, catalogue: trips created and edited by coordinators (validated at the edge), departures with
// their pick-up points (a lottery's secret committed at creation; its capacity the sum of the seats;
// the window closing before the cut-off and the start), edits that never go below the seats held,
// and the public catalogue: search folded the Turkish way, archived trips for staff only, upcoming
// departures with the seats left.
import { createHash } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { mutation } from '../support/mutation-document.ts';
import { clientFor } from '../support/scenarios.ts';
import { createDeparture, createRegistration, createTrip, womanClient } from '../support/trips-scenarios.ts';
import { bornYearsAgo } from '../support/trips-reg-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
let coordinatorId: string;
beforeAll(async () => {
  server = await startTestServer();
  const staff = await clientFor(server.graphqlUrl, ['COORDINATOR']);
  coordinator = staff.client;
  coordinatorId = staff.person.id;
});
afterAll(() => server?.close());

const DAY = 86_400_000;
const at = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3_600_000).toISOString();

const CREATE_TRIP = mutation('createTrip', 'CreateTripInput', 'data { id titleTr maxCompanions companionMaxAge priorityDistrictIds archivedAt }');
const UPDATE_TRIP = mutation('updateTrip', 'UpdateTripInput', 'data { id titleEn minAge maxAge maxPerSeason }');
const ARCHIVE_TRIP = mutation('archiveTrip', 'ArchiveTripInput', 'data { id archivedAt }');
const CREATE_DEPARTURE = `mutation($input: CreateTripDepartureInput!) {
  createTripDeparture(input: $input) {
    __typename
    ... on MutationCreateTripDepartureSuccess { data { id capacity allocation seatsLeft pickupPoints { id name seats seatsLeft vehicle district { id } } } }
    ... on InputValidationError { issues { path message } }
    ... on TripLotteryCapacityError { capacity seats }
    ... on Error { code message }
  }
}`;
const UPDATE_DEPARTURE = `mutation($input: UpdateTripDepartureInput!) {
  updateTripDeparture(input: $input) {
    __typename
    ... on MutationUpdateTripDepartureSuccess { data { id capacity pickupPoints { id name seats seatsLeft } } }
    ... on TripSeatsBelowHeldError { seats held atPickupPoint }
    ... on TripPickupPointInUseError { pickupPointName }
    ... on Error { code message }
  }
}`;

const tripInput = (more: Record<string, unknown> = {}) => ({
  kind: 'GULF_TOUR',
  audience: 'WOMEN',
  titleTr: 'Körfez Turu',
  titleEn: 'Gulf Tour',
  descriptionTr: 'Konak’tan Karşıyaka’ya.',
  descriptionEn: 'From Konak to Karşıyaka.',
  minAge: 18,
  maxCompanions: 3,
  ...more,
});

const point = (name: string, seats: number, more: Record<string, unknown> = {}) => ({ name, districtId: 15, pickupAt: at(14, -1), vehicle: 'BUS', vehicleName: '35 KTL 35', seats, ...more });
const departureInput = (tripId: string, more: Record<string, unknown> = {}) => ({
  tripId,
  allocation: 'FIRST_COME',
  startsAt: at(14),
  endsAt: at(14, 6),
  capacity: 30,
  registrationOpensAt: at(1),
  registrationClosesAt: at(10),
  cancelCutoffAt: at(12),
  pickupPoints: [point('Konak', 20), point('Karşıyaka', 20)],
  ...more,
});

describe('trips', () => {
  it('created with defaults, audited; an unknown priority district is NotFound; edited; archived and restored', async () => {
    const created = await coordinator.request(CREATE_TRIP, { input: tripInput({ priorityDistrictIds: [7, 15, 7] }) });
    const trip = created.data.createTrip.data;
    expect(trip).toMatchObject({ titleTr: 'Körfez Turu', maxCompanions: 3, companionMaxAge: 11, priorityDistrictIds: [7, 15], archivedAt: null });
    const row = await prisma.trip.findFirstOrThrow({ where: { titleTr: 'Körfez Turu', createdById: coordinatorId } });
    expect(await prisma.auditEntry.count({ where: { action: 'trip.create', entityId: row.id } })).toBe(1);

    const unknown = await coordinator.request(CREATE_TRIP, { input: tripInput({ priorityDistrictIds: [999] }) });
    expect(unknown.data.createTrip.code).toBe('NOT_FOUND');

    const updated = await coordinator.request(UPDATE_TRIP, { input: { ...tripInput({ titleEn: 'Gulf Tour by Boat', maxPerSeason: 2, maxAge: 70 }), id: trip.id } });
    expect(updated.data.updateTrip.data).toMatchObject({ titleEn: 'Gulf Tour by Boat', maxPerSeason: 2, maxAge: 70 });

    const archived = await coordinator.request(ARCHIVE_TRIP, { input: { id: trip.id } });
    expect(archived.data.archiveTrip.data.archivedAt).not.toBeNull();
    const edit = await coordinator.request(UPDATE_TRIP, { input: { ...tripInput(), id: trip.id } });
    expect(edit.data.updateTrip.code).toBe('TRIP_ARCHIVED');
    const restored = await coordinator.request(ARCHIVE_TRIP, { input: { id: trip.id, archived: false } });
    expect(restored.data.archiveTrip.data.archivedAt).toBeNull();
  });

  it('validated at the edge: an age band upside down, a title missing, too many companions', async () => {
    const document = `mutation($input: CreateTripInput!) { createTrip(input: $input) { __typename ... on InputValidationError { issues { path message } } } }`;
    const title = await coordinator.request(document, { input: tripInput({ titleTr: 'Ters Yaş', titleEn: ' ' }) });
    expect(title.data.createTrip.issues.map((issue: { path: string[] }) => issue.path[0])).toEqual(['titleEn']);
    const companions = await coordinator.request(document, { input: tripInput({ titleTr: 'Ters Yaş', maxCompanions: 50 }) });
    expect(companions.data.createTrip.issues).toEqual([{ path: ['maxCompanions'], message: translate('tr', 'validation.trips.count', { minimum: 0, maximum: 10 }) }]);
    const band = await coordinator.request(document, { input: tripInput({ titleTr: 'Ters Yaş', minAge: 14, maxAge: 7 }) });
    expect(band.data.createTrip.issues).toEqual([{ path: ['maxAge'], message: translate('tr', 'validation.trips.ageBand') }]);
    expect(await prisma.trip.count({ where: { titleTr: 'Ters Yaş' } })).toBe(0);
  });
});

describe('departures', () => {
  it('FIRST_COME: created with its pick-up points in order, no lottery secret', async () => {
    const trip = await createTrip();
    const response = await coordinator.request(CREATE_DEPARTURE, { input: departureInput(trip.globalId) });
    const departure = response.data.createTripDeparture.data;
    expect(departure).toMatchObject({ capacity: 30, allocation: 'FIRST_COME', seatsLeft: 30 });
    expect(departure.pickupPoints.map((p: { name: string; seatsLeft: number }) => [p.name, p.seatsLeft])).toEqual([
      ['Konak', 20],
      ['Karşıyaka', 20],
    ]);
    const row = await prisma.tripDeparture.findFirstOrThrow({ where: { tripId: trip.id } });
    expect(row.drawSecret).toBeNull();
    expect(row.drawSecretHash).toBeNull();
  });

  it('LOTTERY: a 32-byte secret and its SHA-256 at creation; the capacity must be the seats’ sum', async () => {
    const trip = await createTrip();
    const wrong = await coordinator.request(CREATE_DEPARTURE, { input: departureInput(trip.globalId, { allocation: 'LOTTERY', capacity: 30 }) });
    expect(wrong.data.createTripDeparture).toMatchObject({ code: 'TRIP_LOTTERY_CAPACITY', capacity: 30, seats: 40 });
    expect(wrong.data.createTripDeparture.message).toBe(translate('tr', 'error.trips.lotteryCapacity', { capacity: 30, seats: 40 }));
    const right = await coordinator.request(CREATE_DEPARTURE, { input: departureInput(trip.globalId, { allocation: 'LOTTERY', capacity: 40 }) });
    expect(right.data.createTripDeparture.data.allocation).toBe('LOTTERY');
    const row = await prisma.tripDeparture.findFirstOrThrow({ where: { tripId: trip.id } });
    expect(row.drawSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(row.drawSecretHash).toBe(createHash('sha256').update(row.drawSecret!).digest('hex'));
  });

  it('refused at the edge: the window closing after the cut-off or the start, ends before it starts, capacity over the seats, no pick-up point', async () => {
    const trip = await createTrip();
    const cases = [
      [{ registrationClosesAt: at(13) }, 'registrationClosesAt', 'validation.trips.windowAfterCutoff'],
      [{ cancelCutoffAt: at(15) }, 'cancelCutoffAt', 'validation.trips.cutoffAfterStart'],
      [{ endsAt: at(13) }, 'endsAt', 'validation.trips.endsBeforeStarts'],
      [{ registrationOpensAt: at(11) }, 'registrationClosesAt', 'validation.trips.windowOrder'],
      [{ capacity: 41 }, 'capacity', 'validation.trips.capacityOverSeats'],
    ] as const;
    for (const [more, path, key] of cases) {
      const response = await coordinator.request(CREATE_DEPARTURE, { input: departureInput(trip.globalId, more) });
      const answer = response.data.createTripDeparture;
      expect(answer.__typename).toBe('InputValidationError');
      expect(answer.issues).toContainEqual({ path: [path], message: translate('tr', key) });
    }
    const none = await coordinator.request(CREATE_DEPARTURE, { input: departureInput(trip.globalId, { pickupPoints: [] }) });
    expect(none.data.createTripDeparture.__typename).toBe('InputValidationError');
    expect(await prisma.tripDeparture.count({ where: { tripId: trip.id } })).toBe(0);
  });

  it('an archived trip gets no departure', async () => {
    const trip = await createTrip();
    await prisma.trip.update({ where: { id: trip.id }, data: { archivedAt: new Date() } });
    const response = await coordinator.request(CREATE_DEPARTURE, { input: departureInput(trip.globalId) });
    expect(response.data.createTripDeparture.code).toBe('TRIP_ARCHIVED');
  });

  it('edits: never below the seats held (overall or at a point), a point with people stays, a kept position keeps its id', async () => {
    const departure = await createDeparture({ capacity: 12, pickupPoints: [{ name: 'Konak', seats: 6 }, { name: 'Bornova', seats: 6 }] });
    const [konak, bornova] = departure.pickupPoints;
    const { person } = await womanClient(server.graphqlUrl);
    await createRegistration(departure, person.id, { companions: [bornYearsAgo(4), bornYearsAgo(6)], pickupPointId: konak!.id });
    const base = { id: departure.globalId, startsAt: at(14), endsAt: at(14, 6), registrationOpensAt: at(-1), registrationClosesAt: at(10), cancelCutoffAt: at(12) };

    const belowAtPoint = await coordinator.request(UPDATE_DEPARTURE, { input: { ...base, capacity: 12, pickupPoints: [point('Konak', 2), point('Bornova', 10)] } });
    expect(belowAtPoint.errors).toBeUndefined();
    expect(belowAtPoint.data.updateTripDeparture).toMatchObject({ code: 'TRIP_SEATS_BELOW_HELD', seats: 2, held: 3, atPickupPoint: 'Konak' });
    const belowOverall = await coordinator.request(UPDATE_DEPARTURE, { input: { ...base, capacity: 2, pickupPoints: [point('Konak', 3)] } });
    expect(belowOverall.data.updateTripDeparture).toMatchObject({ code: 'TRIP_SEATS_BELOW_HELD', seats: 2, held: 3, atPickupPoint: null });

    const bornovaTaken = await createRegistration(departure, (await womanClient(server.graphqlUrl)).person.id, { pickupPointId: bornova!.id, status: 'WAITLISTED' });
    const dropBornova = await coordinator.request(UPDATE_DEPARTURE, { input: { ...base, capacity: 6, pickupPoints: [point('Konak', 6)] } });
    expect(dropBornova.data.updateTripDeparture).toMatchObject({ code: 'TRIP_PICKUP_POINT_IN_USE', pickupPointName: 'Bornova' });
    await prisma.tripRegistration.delete({ where: { id: bornovaTaken.id } });

    const ok = await coordinator.request(UPDATE_DEPARTURE, { input: { ...base, capacity: 3, pickupPoints: [point('Konak İskelesi', 3)] } });
    expect(ok.data.updateTripDeparture.data).toMatchObject({ capacity: 3, pickupPoints: [{ id: konak!.id, name: 'Konak İskelesi', seats: 3, seatsLeft: 0 }] });
    expect(await prisma.tripPickupPoint.count({ where: { departureId: departure.id } })).toBe(1);
    const grown = await coordinator.request(UPDATE_DEPARTURE, { input: { ...base, capacity: 20, pickupPoints: [point('Konak İskelesi', 10), point('Alsancak', 10)] } });
    expect(grown.data.updateTripDeparture.data.pickupPoints.map((p: { seatsLeft: number }) => p.seatsLeft)).toEqual([7, 10]);
  });

  it('a lottery departure’s seats follow its capacity on edit; a started or cancelled one is not edited', async () => {
    const lottery = await createDeparture({ allocation: 'LOTTERY', pickupPoints: [{ seats: 10 }] });
    const base = { id: lottery.globalId, startsAt: at(14), endsAt: at(14, 6), registrationOpensAt: at(-1), registrationClosesAt: at(10), cancelCutoffAt: at(12) };
    const wrong = await coordinator.request(UPDATE_DEPARTURE, { input: { ...base, capacity: 8, pickupPoints: [point('Konak', 10)] } });
    expect(wrong.data.updateTripDeparture.code).toBe('TRIP_LOTTERY_CAPACITY');
    const cancelled = await createDeparture();
    await prisma.tripDeparture.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    const refused = await coordinator.request(UPDATE_DEPARTURE, { input: { ...base, id: cancelled.globalId, capacity: 10, pickupPoints: [point('Konak', 10)] } });
    expect(refused.data.updateTripDeparture.code).toBe('TRIP_DEPARTURE_CANCELLED');
  });
});

describe('the public catalogue', () => {
  const TRIPS = `query($audience: TripAudience, $search: String, $archived: Boolean) {
    trips(audience: $audience, search: $search, includeArchived: $archived, first: 50) { totalCount edges { node { id titleTr audience departures { id seatsLeft registrationOpen waitlistCount myRegistration { id } } } } }
  }`;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
  const ids = (response: { data?: any }): string[] => response.data.trips.edges.map((e: { node: { id: string } }) => e.node.id);

  it('search folds Turkish letters over both titles; audience filters; archived trips only for staff who ask', async () => {
    const isik = await createTrip({ titleTr: 'IŞIK Kalesi Gezisi', titleEn: 'Castle of Light' });
    const cesme = await createTrip({ titleTr: 'Çeşme Deniz Turu', titleEn: 'Çeşme Sea Trip', audience: 'CHILDREN' });
    const gone = await createTrip({ titleTr: 'Işıklar Arşivi', titleEn: 'Archived Lights' });
    await prisma.trip.update({ where: { id: gone.id }, data: { archivedAt: new Date() } });
    const anonymous = new GraphQLClient(server.graphqlUrl);

    expect(ids(await anonymous.request(TRIPS, { search: 'ışık' }))).toEqual([isik.globalId]);
    expect(ids(await anonymous.request(TRIPS, { search: 'isik kale' }))).toEqual([isik.globalId]);
    expect(ids(await anonymous.request(TRIPS, { search: 'CESME sea' }))).toEqual([cesme.globalId]);
    expect(ids(await anonymous.request(TRIPS, { search: 'light', archived: true }))).toEqual([isik.globalId]);
    expect(ids(await coordinator.request(TRIPS, { search: 'light', archived: true }))).toEqual([gone.globalId, isik.globalId]);
    const children = await anonymous.request(TRIPS, { audience: 'CHILDREN' });
    expect(children.data.trips.edges.every((e: { node: { audience: string } }) => e.node.audience === 'CHILDREN')).toBe(true);
    expect(ids(children)).toContain(cesme.globalId);
  });

  it('departures: upcoming by default (not started, not cancelled), soonest first; seats left and the viewer’s registration', async () => {
    const trip = await createTrip({ titleTr: 'Bergama Kültür Turu', titleEn: 'Pergamon Culture Tour' });
    const later = await createDeparture({ trip, startsInHours: 24 * 20, pickupPoints: [{ seats: 5 }] });
    const sooner = await createDeparture({ trip, startsInHours: 24 * 5, pickupPoints: [{ seats: 5 }] });
    const past = await createDeparture({ trip, startsInHours: -5, openedHoursAgo: 100, closesInHours: -10, cutoffHours: 1 });
    const cancelled = await createDeparture({ trip });
    await prisma.tripDeparture.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    const { client, person } = await womanClient(server.graphqlUrl);
    await createRegistration(sooner, person.id, { companions: [bornYearsAgo(5)] });

    const response = await client.request(TRIPS, { search: 'bergama' });
    const departures = response.data.trips.edges[0].node.departures;
    expect(departures.map((d: { id: string }) => d.id)).toEqual([sooner.globalId, later.globalId]);
    expect(departures[0]).toMatchObject({ seatsLeft: 3, registrationOpen: true, waitlistCount: 0 });
    expect(departures[0].myRegistration).not.toBeNull();
    expect(departures[1].myRegistration).toBeNull();

    const all = await client.request(`query($id: ID!) { node(id: $id) { ... on Trip { departures(upcoming: false) { id } } } }`, { id: trip.globalId });
    expect(all.data.node.departures.map((d: { id: string }) => d.id)).toEqual([past.globalId, sooner.globalId, cancelled.globalId, later.globalId]);
    const anonymous = await new GraphQLClient(server.graphqlUrl).request(TRIPS, { search: 'bergama' });
    expect(anonymous.data.trips.edges[0].node.departures[0].myRegistration).toBeNull();
  });
});
