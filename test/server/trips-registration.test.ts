// Trips, registration: every refusal rule, typed and translated in both languages; a woman with her
// children and a guardian with theirs (consent recorded); first come, the waitlist and lottery
// entries; entry numbers and preference ranks; cancel (SELF before the cut-off, LATE after, refused
// once started); staff removal and the staff list of a departure's registrations.
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { translate, type Locale } from '@katilim/server/i18n/messages';
import { whenInBoth } from '@katilim/server/modules/trips/errors-catalogue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/applications-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { createDeparture, createRegistration, createTrip, womanClient } from '../support/trips-scenarios.ts';
import { bornYearsAgo, REGISTER } from '../support/trips-reg-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const HOUR = 3_600_000;
const inLocale = (client: GraphQLClient, locale: Locale) => new GraphQLClient(server.graphqlUrl, { locale }).setCookie(SESSION_COOKIE, client.cookie(SESSION_COOKIE)!);
const child = (years: number, firstName = 'Ada') => ({ firstName, lastName: 'Yıldız', birthDate: bornYearsAgo(years) });

const CANCEL = `mutation($input: TripRegistrationRefInput!) {
  cancelTripRegistration(input: $input) { __typename ... on MutationCancelTripRegistrationSuccess { data { id status cancelReason } } ... on Error { code message } }
}`;
const REMOVE = `mutation($input: RemoveTripRegistrationInput!) {
  removeTripRegistration(input: $input) { __typename ... on MutationRemoveTripRegistrationSuccess { data { id status cancelReason } } ... on Error { code message } }
}`;

type Case = {
  name: string;
  code: string;
  arrange: () => Promise<{ client: GraphQLClient; input: Record<string, unknown>; message: (locale: Locale) => string; extra?: Record<string, unknown> }>;
};

const input = (departure: Awaited<ReturnType<typeof createDeparture>>, more: Record<string, unknown> = {}) => ({
  departureId: departure.globalId,
  pickupPointId: departure.pickupPoints[0]!.id,
  ...more,
});

const CASES: Case[] = [
  {
    name: 'a man on a trip for women',
    code: 'TRIP_NOT_ELIGIBLE',
    arrange: async () => {
      const departure = await createDeparture();
      const { client } = await womanClient(server.graphqlUrl, { gender: 'MAN' });
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.notEligible.gender'), extra: { reason: 'GENDER' } };
    },
  },
  {
    name: 'a woman who stated no gender',
    code: 'TRIP_NOT_ELIGIBLE',
    arrange: async () => {
      const departure = await createDeparture();
      const { client } = await womanClient(server.graphqlUrl, { gender: null });
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.notEligible.gender'), extra: { reason: 'GENDER' } };
    },
  },
  {
    name: 'a woman under the minimum age on the day',
    code: 'TRIP_NOT_ELIGIBLE',
    arrange: async () => {
      const departure = await createDeparture({ trip: await createTrip({ minAge: 18 }) });
      const { client } = await womanClient(server.graphqlUrl, { birthDate: bornYearsAgo(17) });
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.notEligible.age', { minAge: 18, maxAge: 0 }), extra: { reason: 'AGE' } };
    },
  },
  {
    name: 'a child over the companions’ age',
    code: 'TRIP_NOT_ELIGIBLE',
    arrange: async () => {
      const departure = await createDeparture();
      const { client } = await womanClient(server.graphqlUrl);
      return {
        client,
        input: input(departure, { travellers: [child(5), child(12, 'Ege')] }),
        message: (l) => translate(l, 'error.trips.notEligible.childAge', { minAge: 0, maxAge: 11, traveller: 2 }),
        extra: { reason: 'CHILD_AGE', travellerIndex: 1 },
      };
    },
  },
  {
    name: 'more children than the trip allows',
    code: 'TRIP_TRAVELLER_COUNT',
    arrange: async () => {
      const departure = await createDeparture({ trip: await createTrip({ maxCompanions: 1 }) });
      const { client } = await womanClient(server.graphqlUrl);
      return { client, input: input(departure, { travellers: [child(5), child(7, 'Ege')] }), message: (l) => translate(l, 'error.trips.travellerCount', { minimum: 0, maximum: 1 }) };
    },
  },
  {
    name: 'a children’s trip without a child',
    code: 'TRIP_TRAVELLER_COUNT',
    arrange: async () => {
      const departure = await createDeparture({ trip: await createTrip({ audience: 'CHILDREN' }) });
      const { client } = await clientFor(server.graphqlUrl, [], { birthDate: '1985-01-01' });
      return { client, input: input(departure, { guardianConsent: true }), message: (l) => translate(l, 'error.trips.travellerCount', { minimum: 1, maximum: 4 }) };
    },
  },
  {
    name: 'a child outside the children’s age band',
    code: 'TRIP_NOT_ELIGIBLE',
    arrange: async () => {
      const departure = await createDeparture({ trip: await createTrip({ audience: 'CHILDREN', minAge: 7, maxAge: 14 }) });
      const { client } = await clientFor(server.graphqlUrl, [], { birthDate: '1985-01-01' });
      return {
        client,
        input: input(departure, { guardianConsent: true, travellers: [child(6)] }),
        message: (l) => translate(l, 'error.trips.notEligible.childAge', { minAge: 7, maxAge: 14, traveller: 1 }),
        extra: { reason: 'CHILD_AGE' },
      };
    },
  },
  {
    name: 'a children’s trip without the guardian’s consent',
    code: 'TRIP_GUARDIAN_CONSENT_REQUIRED',
    arrange: async () => {
      const departure = await createDeparture({ trip: await createTrip({ audience: 'CHILDREN' }) });
      const { client } = await clientFor(server.graphqlUrl, [], { birthDate: '1985-01-01' });
      return { client, input: input(departure, { travellers: [child(9)] }), message: (l) => translate(l, 'error.trips.guardianConsentRequired') };
    },
  },
  {
    name: 'registration not open yet',
    code: 'TRIP_REGISTRATION_NOT_OPEN',
    arrange: async () => {
      const departure = await createDeparture({ openedHoursAgo: -5 });
      const { client } = await womanClient(server.graphqlUrl);
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.registrationNotOpen', whenInBoth('date', departure.registrationOpensAt)[l]) };
    },
  },
  {
    name: 'registration closed',
    code: 'TRIP_REGISTRATION_CLOSED',
    arrange: async () => {
      const departure = await createDeparture({ openedHoursAgo: 48, closesInHours: -1 });
      const { client } = await womanClient(server.graphqlUrl);
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.registrationClosed', whenInBoth('date', departure.registrationClosesAt)[l]) };
    },
  },
  {
    name: 'a cancelled departure',
    code: 'TRIP_DEPARTURE_CANCELLED',
    arrange: async () => {
      const departure = await createDeparture();
      await prisma.tripDeparture.update({ where: { id: departure.id }, data: { cancelledAt: new Date() } });
      const { client } = await womanClient(server.graphqlUrl);
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.departureCancelled') };
    },
  },
  {
    name: 'a departure that has started',
    code: 'TRIP_DEPARTURE_STARTED',
    arrange: async () => {
      const departure = await createDeparture({ startsInHours: -1, openedHoursAgo: 48, closesInHours: 24, cutoffHours: 0 });
      const { client } = await womanClient(server.graphqlUrl);
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.departureStarted', whenInBoth('date', departure.startsAt)[l]) };
    },
  },
  {
    name: 'an archived trip',
    code: 'TRIP_ARCHIVED',
    arrange: async () => {
      const departure = await createDeparture();
      await prisma.trip.update({ where: { id: departure.trip.id }, data: { archivedAt: new Date() } });
      const { client } = await womanClient(server.graphqlUrl);
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.archived') };
    },
  },
  {
    name: 'already registered for this departure',
    code: 'TRIP_ALREADY_REGISTERED',
    arrange: async () => {
      const departure = await createDeparture();
      const { client, person } = await womanClient(server.graphqlUrl);
      await createRegistration(departure, person.id, { status: 'WAITLISTED' });
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.alreadyRegistered') };
    },
  },
  {
    name: 'a seat held on another departure of the same trip',
    code: 'TRIP_SEAT_ELSEWHERE',
    arrange: async () => {
      const trip = await createTrip();
      const first = await createDeparture({ trip, startsInHours: 24 * 10 });
      const departure = await createDeparture({ trip });
      const { client, person } = await womanClient(server.graphqlUrl);
      await createRegistration(first, person.id, { status: 'OFFERED' });
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.seatElsewhere', whenInBoth('date', first.startsAt)[l]) };
    },
  },
  {
    name: 'the season limit reached',
    code: 'TRIP_SEASON_LIMIT',
    arrange: async () => {
      const limited = await createTrip({ maxPerSeason: 1 });
      const other = await createDeparture({ startsInHours: 24 * 10 });
      const departure = await createDeparture({ trip: limited, startsInHours: 24 * 12 });
      const { client, person } = await womanClient(server.graphqlUrl);
      await createRegistration(other, person.id);
      // The other departure must fall in the same İzmir year as this one for the rule to bite.
      expect(other.startsAt.getUTCFullYear()).toBe(departure.startsAt.getUTCFullYear());
      return { client, input: input(departure), message: (l) => translate(l, 'error.trips.seasonLimit', { maximum: 1 }) };
    },
  },
  {
    name: 'full at the pick-up point though seats are left overall',
    code: 'TRIP_FULL',
    arrange: async () => {
      const departure = await createDeparture({ pickupPoints: [{ seats: 2 }, { seats: 10 }] });
      const { person } = await womanClient(server.graphqlUrl);
      await createRegistration(departure, person.id, { companions: [bornYearsAgo(5)] });
      const { client } = await womanClient(server.graphqlUrl);
      return {
        client,
        input: input(departure),
        message: (l) => translate(l, 'error.trips.full', { seatsLeft: 10, pickupPointSeatsLeft: 0, seatsAsked: 1 }),
        extra: { seatsLeft: 10, pickupPointSeatsLeft: 0, seatsAsked: 1, joinWaitlist: true },
      };
    },
  },
  {
    name: 'full overall for a unit of three',
    code: 'TRIP_FULL',
    arrange: async () => {
      const departure = await createDeparture({ capacity: 4, pickupPoints: [{ seats: 4 }, { seats: 4 }] });
      const { person } = await womanClient(server.graphqlUrl);
      await createRegistration(departure, person.id, { companions: [bornYearsAgo(5)], pickupPointId: departure.pickupPoints[1]!.id });
      const { client } = await womanClient(server.graphqlUrl);
      return {
        client,
        input: input(departure, { travellers: [child(4), child(8, 'Ege')] }),
        message: (l) => translate(l, 'error.trips.full', { seatsLeft: 2, pickupPointSeatsLeft: 2, seatsAsked: 3 }),
        extra: { seatsLeft: 2, pickupPointSeatsLeft: 2, seatsAsked: 3 },
      };
    },
  },
];

describe('refusals, typed and translated', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.code}`, async () => {
      const { client, input: variables, message, extra } = await c.arrange();
      for (const locale of ['tr', 'en'] as const) {
        const response = await inLocale(client, locale).request(REGISTER, { input: variables });
        expect(response.errors).toBeUndefined();
        const answer = response.data.registerForTrip;
        expect(answer.code).toBe(c.code);
        expect(answer.message).toBe(message(locale));
        if (extra) expect(answer).toMatchObject(extra);
      }
    });
  }

  it('a pick-up point of another departure, or no uuid, is NotFound', async () => {
    const departure = await createDeparture();
    const other = await createDeparture();
    const { client } = await womanClient(server.graphqlUrl);
    for (const pickupPointId of [other.pickupPoints[0]!.id, 'not-a-point']) {
      const response = await client.request(REGISTER, { input: { departureId: departure.globalId, pickupPointId } });
      expect(response.data.registerForTrip.code).toBe('NOT_FOUND');
    }
    expect(await prisma.tripRegistration.count({ where: { departureId: departure.id } })).toBe(0);
  });

  it('a traveller without a name or with a birth date in the future is refused at the edge', async () => {
    const departure = await createDeparture();
    const { client } = await womanClient(server.graphqlUrl);
    const response = await client.request(REGISTER, {
      input: input(departure, { travellers: [{ firstName: ' ', lastName: 'Yıldız', birthDate: '2099-01-01' }] }),
    });
    expect(response.data.registerForTrip.__typename).toBe('InputValidationError');
    expect(await prisma.tripRegistration.count({ where: { departureId: departure.id } })).toBe(0);
  });
});

describe('registering', () => {
  it('a woman with two children: CONFIRMED, three seats, she is participant 0 with her names, confirmation mail queued', async () => {
    const departure = await createDeparture({ pickupPoints: [{ seats: 10 }, { seats: 10 }] });
    const { client, person } = await womanClient(server.graphqlUrl, { firstName: 'Şule', lastName: 'Işık' });
    const response = await client.request(REGISTER, {
      input: { departureId: departure.globalId, pickupPointId: departure.pickupPoints[1]!.id, travellers: [child(4, 'Ada'), child(11, 'Ege')] },
    });
    const data = response.data.registerForTrip.data;
    expect(data).toMatchObject({ status: 'CONFIRMED', seats: 3, entryNumber: 1, preferenceRank: 1 });
    expect(data.participants.map((p: { firstName: string; isRegistrant: boolean }) => [p.firstName, p.isRegistrant])).toEqual([
      ['Şule', true],
      ['Ada', false],
      ['Ege', false],
    ]);
    expect(data.participants[0].birthDate).toBe(person.birthDate.toISOString().slice(0, 10));
    const row = await prisma.tripRegistration.findFirstOrThrow({ where: { departureId: departure.id, userId: person.id } });
    expect(row.checkInCode).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(row.confirmedAt).not.toBeNull();
    expect(row.consentRecordId).toBeNull();
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { userId: person.id, template: 'tripRegistered' } });
    expect(mail.bodyText).toContain(departure.pickupPoints[1]!.name);
    expect(await prisma.auditEntry.count({ where: { action: 'trip.register', entityId: row.id } })).toBe(1);

    const seats = await client.request(
      `query($id: ID!) { node(id: $id) { ... on TripDeparture { seatsLeft registrationOpen myRegistration { id status } pickupPoints { seatsLeft } } } }`,
      { id: departure.globalId },
    );
    expect(seats.data.node).toMatchObject({ seatsLeft: 17, registrationOpen: true, myRegistration: { status: 'CONFIRMED' }, pickupPoints: [{ seatsLeft: 10 }, { seatsLeft: 7 }] });
  });

  it('a guardian registers two children: they are the participants, her consent is recorded against the current CHILD_TRIP text', async () => {
    const departure = await createDeparture({ trip: await createTrip({ audience: 'CHILDREN', minAge: 7, maxAge: 14 }) });
    const { client, person } = await clientFor(server.graphqlUrl, [], { birthDate: '1980-02-02', gender: 'MAN' });
    const response = await client.request(REGISTER, { input: input(departure, { guardianConsent: true, travellers: [child(7), child(14, 'Ege')] }) });
    expect(response.data.registerForTrip.data).toMatchObject({ status: 'CONFIRMED', seats: 2 });
    expect(response.data.registerForTrip.data.participants.every((p: { isRegistrant: boolean }) => !p.isRegistrant)).toBe(true);
    const row = await prisma.tripRegistration.findFirstOrThrow({ where: { departureId: departure.id, userId: person.id } });
    const consent = await prisma.consentRecord.findUniqueOrThrow({ where: { id: row.consentRecordId! }, include: { consentText: true } });
    expect(consent).toMatchObject({ userId: person.id, purpose: 'CHILD_TRIP' });
    expect(consent.consentText.version).toBe('2026-12');
  });

  it('a guardian under 18 is not eligible', async () => {
    const departure = await createDeparture({ trip: await createTrip({ audience: 'CHILDREN' }) });
    const { client } = await clientFor(server.graphqlUrl, [], { birthDate: bornYearsAgo(17) });
    const response = await client.request(REGISTER, { input: input(departure, { guardianConsent: true, travellers: [child(9)] }) });
    expect(response.data.registerForTrip).toMatchObject({ code: 'TRIP_NOT_ELIGIBLE', reason: 'AGE', minAge: 18 });
  });

  it('full with joinWaitlist: WAITLISTED with waitlistedAt, seats untouched, counted on the departure', async () => {
    const departure = await createDeparture({ pickupPoints: [{ seats: 1 }] });
    await createRegistration(departure, (await womanClient(server.graphqlUrl)).person.id);
    const { client } = await womanClient(server.graphqlUrl);
    const response = await client.request(REGISTER, { input: input(departure, { joinWaitlist: true }) });
    expect(response.data.registerForTrip.data).toMatchObject({ status: 'WAITLISTED', entryNumber: 2 });
    expect(response.data.registerForTrip.data.waitlistedAt).not.toBeNull();
    const seats = await client.request(`query($id: ID!) { node(id: $id) { ... on TripDeparture { seatsLeft waitlistCount } } }`, { id: departure.globalId });
    expect(seats.data.node).toEqual({ seatsLeft: 0, waitlistCount: 1 });
  });

  it('a lottery departure: ENTERED whatever the seats; preference rank counts her other live entries on the trip', async () => {
    const trip = await createTrip();
    const first = await createDeparture({ trip, allocation: 'LOTTERY', pickupPoints: [{ seats: 1 }] });
    const second = await createDeparture({ trip, allocation: 'LOTTERY', pickupPoints: [{ seats: 1 }], startsInHours: 24 * 15 });
    await createRegistration(first, (await womanClient(server.graphqlUrl)).person.id);
    const { client } = await womanClient(server.graphqlUrl);
    const a = await client.request(REGISTER, { input: input(first, { travellers: [child(3)] }) });
    expect(a.data.registerForTrip.data).toMatchObject({ status: 'ENTERED', seats: 2, preferenceRank: 1, entryNumber: 2 });
    const b = await client.request(REGISTER, { input: input(second) });
    expect(b.data.registerForTrip.data).toMatchObject({ status: 'ENTERED', preferenceRank: 2, entryNumber: 1 });
  });

  it('coming back after cancelling reuses the row as a new entry', async () => {
    const departure = await createDeparture();
    const { client } = await womanClient(server.graphqlUrl);
    const first = await client.request(REGISTER, { input: input(departure, { travellers: [child(2)] }) });
    const id = first.data.registerForTrip.data.id;
    expect((await client.request(CANCEL, { input: { id } })).data.cancelTripRegistration.data.status).toBe('CANCELLED');
    const again = await client.request(REGISTER, { input: input(departure) });
    expect(again.data.registerForTrip.data).toMatchObject({ id, status: 'CONFIRMED', seats: 1, entryNumber: 2 });
    expect(again.data.registerForTrip.data.participants).toHaveLength(1);
  });

  it('myTripRegistrations lists the caller’s own, upcoming by default', async () => {
    const { client, person } = await womanClient(server.graphqlUrl);
    const upcoming = await createDeparture();
    const past = await createDeparture({ startsInHours: -30, openedHoursAgo: 300, closesInHours: -40, cutoffHours: 20 });
    await createRegistration(upcoming, person.id);
    await createRegistration(past, person.id);
    await createRegistration(upcoming, (await womanClient(server.graphqlUrl)).person.id);
    const mine = await client.request(`query($u: Boolean) { myTripRegistrations(upcoming: $u) { id departure { id } } }`, { u: true });
    expect(mine.data.myTripRegistrations.map((r: { departure: { id: string } }) => r.departure.id)).toEqual([upcoming.globalId]);
    const all = await client.request(`query($u: Boolean) { myTripRegistrations(upcoming: $u) { id departure { id } } }`, { u: false });
    expect(all.data.myTripRegistrations.map((r: { departure: { id: string } }) => r.departure.id)).toEqual([past.globalId, upcoming.globalId]);
  });
});

describe('cancelling', () => {
  it('before the cut-off: CANCELLED/SELF and the seats are free again', async () => {
    const departure = await createDeparture({ pickupPoints: [{ seats: 3 }] });
    const { client, person } = await womanClient(server.graphqlUrl);
    const registration = await createRegistration(departure, person.id, { companions: [bornYearsAgo(3)] });
    const response = await client.request(CANCEL, { input: { id: registration.globalId } });
    expect(response.data.cancelTripRegistration.data).toMatchObject({ status: 'CANCELLED', cancelReason: 'SELF' });
    const seats = await client.request(`query($id: ID!) { node(id: $id) { ... on TripDeparture { seatsLeft } } }`, { id: departure.globalId });
    expect(seats.data.node.seatsLeft).toBe(3);
  });

  it('after the cut-off: CANCELLED/LATE', async () => {
    const departure = await createDeparture({ startsInHours: 24, openedHoursAgo: 100, closesInHours: 1, cutoffHours: 48 });
    const { client, person } = await womanClient(server.graphqlUrl);
    const registration = await createRegistration(departure, person.id);
    const response = await client.request(CANCEL, { input: { id: registration.globalId } });
    expect(response.data.cancelTripRegistration.data).toMatchObject({ status: 'CANCELLED', cancelReason: 'LATE' });
  });

  it('after the start: refused; twice: not active; someone else’s: not found', async () => {
    const departure = await createDeparture({ startsInHours: -1, openedHoursAgo: 100, closesInHours: -10, cutoffHours: 20 });
    const { client, person } = await womanClient(server.graphqlUrl);
    const started = await createRegistration(departure, person.id);
    expect((await client.request(CANCEL, { input: { id: started.globalId } })).data.cancelTripRegistration.code).toBe('TRIP_DEPARTURE_STARTED');
    const open = await createDeparture();
    const mine = await createRegistration(open, person.id);
    expect((await client.request(CANCEL, { input: { id: mine.globalId } })).data.cancelTripRegistration.data.status).toBe('CANCELLED');
    expect((await client.request(CANCEL, { input: { id: mine.globalId } })).data.cancelTripRegistration.code).toBe('TRIP_REGISTRATION_NOT_ACTIVE');
    const hers = await createRegistration(open, (await womanClient(server.graphqlUrl)).person.id);
    expect((await client.request(CANCEL, { input: { id: hers.globalId } })).data.cancelTripRegistration.code).toBe('NOT_FOUND');
    expect((await prisma.tripRegistration.findUniqueOrThrow({ where: { id: hers.id } })).status).toBe('CONFIRMED');
  });
});

describe('staff', () => {
  it('remove a registration with a reason: CANCELLED/STAFF, audited, the person is mailed', async () => {
    const departure = await createDeparture();
    const { person } = await womanClient(server.graphqlUrl);
    const registration = await createRegistration(departure, person.id);
    const response = await coordinator.request(REMOVE, { input: { id: registration.globalId, reason: 'Hava muhalefeti' } });
    expect(response.data.removeTripRegistration.data).toMatchObject({ status: 'CANCELLED', cancelReason: 'STAFF' });
    expect(await prisma.auditEntry.count({ where: { action: 'trip.remove', entityId: registration.id } })).toBe(1);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { userId: person.id, template: 'tripRegistrationRemoved' } });
    expect(mail.bodyText).toContain('Hava muhalefeti');
  });

  it('tripRegistrations: a departure’s units in order, filtered by status and by registrant name (folded), with a total', async () => {
    const departure = await createDeparture();
    const ayse = await womanClient(server.graphqlUrl, { firstName: 'Ayşe', lastName: 'Işıklar' });
    const ipek = await womanClient(server.graphqlUrl, { firstName: 'İpek', lastName: 'Demir' });
    await createRegistration(departure, ayse.person.id);
    await createRegistration(departure, ipek.person.id, { status: 'WAITLISTED' });
    const query = `query($d: ID!, $s: TripRegistrationStatus, $q: String) { tripRegistrations(departureId: $d, status: $s, search: $q, first: 10) { totalCount edges { node { registrant { id } status } } } }`;
    const all = await coordinator.request(query, { d: departure.globalId });
    expect(all.data.tripRegistrations.totalCount).toBe(2);
    const waiting = await coordinator.request(query, { d: departure.globalId, s: 'WAITLISTED' });
    expect(waiting.data.tripRegistrations.edges.map((e: { node: { registrant: { id: string } } }) => e.node.registrant.id)).toEqual([globalId('User', ipek.person.id)]);
    const named = await coordinator.request(query, { d: departure.globalId, q: 'ISIKLAR' });
    expect(named.data.tripRegistrations.edges.map((e: { node: { registrant: { id: string } } }) => e.node.registrant.id)).toEqual([globalId('User', ayse.person.id)]);
    const ipekNamed = await coordinator.request(query, { d: departure.globalId, q: 'ipek' });
    expect(ipekNamed.data.tripRegistrations.totalCount).toBe(1);
  });
});

void HOUR;
