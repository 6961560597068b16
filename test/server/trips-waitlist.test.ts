// Trips, the waitlist with a fake clock (every service call is told `now`): a cancellation offers the
// freed seats at once; holds of 48 h, 6 h close to the start, never past the cut-off; a hold expires
// exactly on time and the seats pass on; no offers after the cut-off; units too big for what is free
// are skipped for smaller ones behind them; confirming and declining through GraphQL in both
// languages; a better-ranked departure withdraws the worse ones only.
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { translate, type Locale } from '@katilim/server/i18n/messages';
import { setJobQueue } from '@katilim/server/jobs/queue';
import { holdExpiry } from '@katilim/server/modules/common/hold-expiry';
import { waitlistJobs } from '@katilim/server/modules/trips/jobs-waitlist';
import { offerFreedSeats, queuePromotion, settleBetterDeparture, sweepTripWaitlists, TRIP_HOLD } from '@katilim/server/modules/trips/waitlist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { createDeparture, createRegistration, createTrip, womanClient } from '../support/trips-scenarios.ts';
import { cancelAndOffer, childrenFor, heldSeats, rank, seatedUnit, statusOf, waitingUnit } from '../support/trips-wait-scenarios.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const HOUR = 3_600_000;

const mutationOf = (field: string) => `mutation($input: TripOfferInput!) {
  ${field}(input: $input) {
    __typename
    ... on Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success { data { id status holdExpiresAt confirmedAt } }
    ... on Error { code message }
  }
}`;
const CONFIRM = mutationOf('confirmTripOffer');
const DECLINE = mutationOf('declineTripOffer');

const inLocale = (client: GraphQLClient, locale: Locale) =>
  new GraphQLClient(server.graphqlUrl, { locale }).setCookie(SESSION_COOKIE, client.cookie(SESSION_COOKIE)!);

const mails = (userId: string, template: string) => prisma.outboxMessage.findMany({ where: { userId, template } });

describe('the hold', () => {
  const now = new Date('2027-05-01T09:00:00Z');
  const hoursLater = (hours: number) => new Date(now.getTime() + hours * HOUR);

  it('is 48 hours, 6 within 72 hours of the start, never past the cut-off or the start', () => {
    expect(TRIP_HOLD).toEqual({ holdHours: 48, holdHoursNear: 6, nearWindowHours: 72 });
    expect(holdExpiry(hoursLater(200), TRIP_HOLD, now, hoursLater(150))).toEqual(hoursLater(48));
    expect(holdExpiry(hoursLater(72.001), TRIP_HOLD, now, hoursLater(70))).toEqual(hoursLater(48));
    expect(holdExpiry(hoursLater(72), TRIP_HOLD, now, hoursLater(70))).toEqual(hoursLater(6));
    expect(holdExpiry(hoursLater(200), TRIP_HOLD, now, hoursLater(20))).toEqual(hoursLater(20));
    expect(holdExpiry(hoursLater(60), TRIP_HOLD, now, hoursLater(3))).toEqual(hoursLater(3));
    expect(holdExpiry(hoursLater(2), TRIP_HOLD, now, hoursLater(5))).toEqual(hoursLater(2));
  });

  it('offered on a departure close to its start lasts 6 hours, and stops at a nearer cut-off', async () => {
    const near = await createDeparture({ startsInHours: 60, cutoffHours: 2, capacity: 1, pickupPoints: [{ seats: 1 }] });
    const tight = await createDeparture({ startsInHours: 60, cutoffHours: 57, capacity: 1, pickupPoints: [{ seats: 1 }] });
    for (const [departure, hold] of [
      [near, 6 * HOUR],
      [tight, null],
    ] as const) {
      const seated = await seatedUnit(departure);
      const waiting = await waitingUnit(departure, 1);
      const at = new Date();
      expect(await cancelAndOffer(seated.id, at)).toEqual([waiting.id]);
      const offered = await prisma.tripRegistration.findUniqueOrThrow({ where: { id: waiting.id } });
      expect(offered.holdExpiresAt!.getTime() - at.getTime()).toBe(hold ?? departure.cancelCutoffAt.getTime() - at.getTime());
    }
  });
});

const CANCEL = `mutation($input: TripRegistrationRefInput!) {
  cancelTripRegistration(input: $input) { __typename ... on MutationCancelTripRegistrationSuccess { data { status cancelReason } } ... on Error { code } }
}`;

describe('a cancellation', () => {
  it('through cancelTripRegistration offers the seat at once; the woman offered confirms it', async () => {
    const departure = await createDeparture({ capacity: 1, pickupPoints: [{ seats: 1 }] });
    const leaving = await womanClient(server.graphqlUrl);
    const held = await createRegistration(departure, leaving.person.id);
    const waiting = await womanClient(server.graphqlUrl);
    const inLine = await createRegistration(departure, waiting.person.id, { status: 'WAITLISTED', drawPosition: 1 });

    const before = new Date();
    const cancelled = (await leaving.client.ok(CANCEL, { input: { id: held.globalId } })).cancelTripRegistration;
    expect(cancelled.data).toEqual({ status: 'CANCELLED', cancelReason: 'SELF' });
    const offered = await prisma.tripRegistration.findUniqueOrThrow({ where: { id: inLine.id } });
    expect(offered.status).toBe('OFFERED');
    expect(offered.offeredAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(offered.offeredAt!.getTime() - before.getTime()).toBeLessThan(60_000);
    expect(await mails(waiting.person.id, 'tripSeatOffered')).toHaveLength(1);

    const confirmed = (await waiting.client.ok(CONFIRM, { input: { registrationId: inLine.globalId } })).confirmTripOffer;
    expect(confirmed.data.status).toBe('CONFIRMED');
    expect(await heldSeats(departure.id)).toBe(1);
  });

  it('through cancelTripRegistration after the cut-off is late and offers nothing', async () => {
    const departure = await createDeparture({ capacity: 1, pickupPoints: [{ seats: 1 }], startsInHours: 24, cutoffHours: 48 });
    const leaving = await womanClient(server.graphqlUrl);
    const held = await createRegistration(departure, leaving.person.id);
    const inLine = await waitingUnit(departure, 1);
    const cancelled = (await leaving.client.ok(CANCEL, { input: { id: held.globalId } })).cancelTripRegistration;
    expect(cancelled.data.cancelReason).toBe('LATE');
    expect(await statusOf(inLine.id)).toBe('WAITLISTED');
  });

  it('offers the freed seat at once to the first in line, with a 48-hour hold and a mail in her language', async () => {
    const departure = await createDeparture({ capacity: 1, pickupPoints: [{ seats: 1 }] });
    const seated = await seatedUnit(departure);
    const first = await waitingUnit(departure, 1, { drawPosition: 1 });
    const second = await waitingUnit(departure, 1, { drawPosition: 2 });
    await prisma.user.update({ where: { id: first.userId }, data: { locale: 'en' } });

    const at = new Date();
    expect(await cancelAndOffer(seated.id, at)).toEqual([first.id]);
    const offered = await prisma.tripRegistration.findUniqueOrThrow({ where: { id: first.id } });
    expect(offered).toMatchObject({ status: 'OFFERED', offeredAt: at, holdExpiresAt: new Date(at.getTime() + 48 * HOUR) });
    expect(await statusOf(second.id)).toBe('WAITLISTED');

    const [mail, ...more] = await mails(first.userId, 'tripSeatOffered');
    expect(more).toEqual([]);
    expect(mail!.locale).toBe('en');
    expect(mail!.subject).toContain('a seat is held for you on "Gulf Tour');
    expect(mail!.bodyText).toContain('Confirm by');
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'trip.offer', entityId: departure.id } });
    expect(audit.data).toMatchObject({ offered: [first.id] });
  });

  it('walks the line by draw position, then arrival; people drawn come before people who joined later', async () => {
    const departure = await createDeparture({ capacity: 3, pickupPoints: [{ seats: 3 }] });
    const seated = await seatedUnit(departure, 3);
    const t = Date.now();
    const lateJoiner = await waitingUnit(departure, 1, { drawPosition: null, waitlistedAt: new Date(t - 10 * HOUR) });
    const secondDrawn = await waitingUnit(departure, 1, { drawPosition: 2, waitlistedAt: new Date(t - HOUR) });
    const firstDrawn = await waitingUnit(departure, 1, { drawPosition: 1, waitlistedAt: new Date(t - HOUR) });
    expect(await cancelAndOffer(seated.id)).toEqual([firstDrawn.id, secondDrawn.id, lateJoiner.id]);
  });

  it('skips a unit too big for the seats freed and offers them to the next units that fit', async () => {
    const departure = await createDeparture({ capacity: 5, pickupPoints: [{ seats: 5 }] });
    const family = await seatedUnit(departure, 3);
    await seatedUnit(departure, 2);
    const four = await waitingUnit(departure, 4, { drawPosition: 1 });
    const two = await waitingUnit(departure, 2, { drawPosition: 2 });
    const one = await waitingUnit(departure, 1, { drawPosition: 3 });
    const anotherOne = await waitingUnit(departure, 1, { drawPosition: 4 });

    expect(await cancelAndOffer(family.id)).toEqual([two.id, one.id]);
    expect(await statusOf(four.id)).toBe('WAITLISTED');
    expect(await statusOf(anotherOne.id)).toBe('WAITLISTED');
    expect(await heldSeats(departure.id)).toBe(5);
  });

  it('counts the seats of each pick-up point: a unit waiting at a full point lets one at a free point go first', async () => {
    const departure = await createDeparture({ capacity: 4, pickupPoints: [{ seats: 2 }, { seats: 2 }] });
    const [konak, bornova] = departure.pickupPoints.map((p) => p.id) as [string, string];
    const leaving = await seatedUnit(departure, 1, { pickupPointId: konak });
    await seatedUnit(departure, 1, { pickupPointId: konak });
    await seatedUnit(departure, 1, { pickupPointId: bornova });
    const pairAtKonak = await waitingUnit(departure, 2, { drawPosition: 1, pickupPointId: konak });
    const oneAtBornova = await waitingUnit(departure, 1, { drawPosition: 2, pickupPointId: bornova });
    const oneAtKonak = await waitingUnit(departure, 1, { drawPosition: 3, pickupPointId: konak });

    expect(await cancelAndOffer(leaving.id)).toEqual([oneAtBornova.id, oneAtKonak.id]);
    expect(await statusOf(pairAtKonak.id)).toBe('WAITLISTED');
  });

  it.each([
    ['after the cut-off', { startsInHours: 24, cutoffHours: 48 }, null],
    ['once the departure started', { startsInHours: 1, cutoffHours: -1 }, 1.5 * HOUR],
    ['on a cancelled departure', {}, 'cancelled'],
  ] as const)('offers nothing %s, and neither does the sweep', async (_name, spec, twist) => {
    const departure = await createDeparture({ capacity: 1, pickupPoints: [{ seats: 1 }], ...spec });
    if (twist === 'cancelled') await prisma.tripDeparture.update({ where: { id: departure.id }, data: { cancelledAt: new Date() } });
    const seated = await seatedUnit(departure);
    const waiting = await waitingUnit(departure, 1);
    const at = new Date(Date.now() + (typeof twist === 'number' ? twist : 0));
    expect(await cancelAndOffer(seated.id, at)).toEqual([]);
    await sweepTripWaitlists(at);
    expect(await statusOf(waiting.id)).toBe('WAITLISTED');
    expect(await mails(waiting.userId, 'tripSeatOffered')).toEqual([]);
  });

  it('never offers more than is free: a call with no seat freed offers nothing', async () => {
    const departure = await createDeparture({ capacity: 2, pickupPoints: [{ seats: 2 }] });
    await seatedUnit(departure, 2);
    const waiting = await waitingUnit(departure, 1);
    expect(await prisma.$transaction((tx) => offerFreedSeats(tx, departure.id, { userId: null, requestId: 't', ip: null }))).toEqual([]);
    expect(await statusOf(waiting.id)).toBe('WAITLISTED');
  });
});

describe('the sweep', () => {
  it('expires a hold exactly at holdExpiresAt, not a millisecond before, and offers the seats on', async () => {
    const departure = await createDeparture({ capacity: 2, pickupPoints: [{ seats: 2 }] });
    await seatedUnit(departure);
    const seated = await seatedUnit(departure);
    const first = await waitingUnit(departure, 1, { drawPosition: 1 });
    const next = await waitingUnit(departure, 1, { drawPosition: 2 });
    const at = new Date();
    await cancelAndOffer(seated.id, at);
    const { holdExpiresAt } = await prisma.tripRegistration.findUniqueOrThrow({ where: { id: first.id } });
    expect(holdExpiresAt).toEqual(new Date(at.getTime() + 48 * HOUR));

    const before = new Date(holdExpiresAt!.getTime() - 1);
    await sweepTripWaitlists(before);
    expect(await statusOf(first.id)).toBe('OFFERED');
    expect(await statusOf(next.id)).toBe('WAITLISTED');

    await sweepTripWaitlists(holdExpiresAt!);
    expect(await statusOf(first.id)).toBe('EXPIRED');
    const passedOn = await prisma.tripRegistration.findUniqueOrThrow({ where: { id: next.id } });
    expect(passedOn).toMatchObject({ status: 'OFFERED', offeredAt: holdExpiresAt });
    expect(await mails(first.userId, 'tripOfferExpired')).toHaveLength(1);
    expect(await mails(next.userId, 'tripSeatOffered')).toHaveLength(1);
    expect(await heldSeats(departure.id)).toBe(2);
  });

  it('catches up a missed promotion: free seats and people waiting get an offer within the minute', async () => {
    const departure = await createDeparture({ capacity: 3, pickupPoints: [{ seats: 3 }] });
    await seatedUnit(departure, 1);
    const pair = await waitingUnit(departure, 2);
    const at = new Date();
    const result = await sweepTripWaitlists(at);
    expect(result.offered).toBeGreaterThanOrEqual(1);
    expect(await prisma.tripRegistration.findUniqueOrThrow({ where: { id: pair.id } })).toMatchObject({ status: 'OFFERED', offeredAt: at });
  });

  it('runs every minute on the queue', () => {
    expect(waitlistJobs.find((job) => job.queue === 'trips-waitlist-sweep')).toMatchObject({ schedule: '* * * * *' });
  });

  it('a promotion queued after a change outside a locked transaction offers the seats on the worker', async () => {
    const departure = await createDeparture({ capacity: 1, pickupPoints: [{ seats: 1 }] });
    const waiting = await waitingUnit(departure, 1);
    const sent: { queue: string; data: object }[] = [];
    setJobQueue({ send: async (queue, data) => (sent.push({ queue, data }), 'job-1'), cancel: async () => {} });
    try {
      await queuePromotion(departure.id);
    } finally {
      setJobQueue(null);
    }
    expect(sent).toEqual([{ queue: 'trips-waitlist-promote', data: { departureId: departure.id } }]);
    const worker = waitlistJobs.find((job) => job.queue === 'trips-waitlist-promote')!;
    await worker.handler({ departureId: 'not-a-uuid' }, { id: 'job-0' });
    expect(await statusOf(waiting.id)).toBe('WAITLISTED');
    await worker.handler(sent[0]!.data, { id: 'job-1' });
    expect(await statusOf(waiting.id)).toBe('OFFERED');
  });
});

describe('answering an offer', () => {
  async function offeredTo(spec: { holdExpiresAt?: Date } = {}) {
    const departure = await createDeparture({ capacity: 2, pickupPoints: [{ seats: 2 }] });
    await seatedUnit(departure);
    const woman = await womanClient(server.graphqlUrl);
    const offer = await createRegistration(departure, woman.person.id, { status: 'OFFERED', ...spec });
    const next = await waitingUnit(departure, 1);
    return { departure, woman, offer, next };
  }

  it('confirming takes the seats and mails a confirmation', async () => {
    const { woman, offer, next } = await offeredTo();
    const answer = (await woman.client.ok(CONFIRM, { input: { registrationId: offer.globalId } })).confirmTripOffer;
    expect(answer.__typename).toBe('MutationConfirmTripOfferSuccess');
    expect(answer.data).toMatchObject({ status: 'CONFIRMED', holdExpiresAt: null });
    expect(answer.data.confirmedAt).not.toBeNull();
    expect(await mails(woman.person.id, 'tripOfferConfirmed')).toHaveLength(1);
    expect(await statusOf(next.id)).toBe('WAITLISTED');
  });

  it('declining passes the seats to the next in line', async () => {
    const { woman, offer, next } = await offeredTo();
    const answer = (await woman.client.ok(DECLINE, { input: { registrationId: offer.globalId } })).declineTripOffer;
    expect(answer.data.status).toBe('DECLINED');
    expect(await statusOf(next.id)).toBe('OFFERED');
  });

  it('confirming after the hold ran out is refused in both languages, and the seats pass on', async () => {
    const { woman, offer, next } = await offeredTo({ holdExpiresAt: new Date(Date.now() - 1000) });
    for (const locale of ['tr', 'en'] as const) {
      const answer = (await inLocale(woman.client, locale).ok(CONFIRM, { input: { registrationId: offer.globalId } })).confirmTripOffer;
      expect(answer).toMatchObject({ __typename: 'TripOfferExpiredError', code: 'TRIP_OFFER_EXPIRED', message: translate(locale, 'error.trips.waitlist.offerExpired') });
    }
    expect(await statusOf(offer.id)).toBe('EXPIRED');
    expect(await statusOf(next.id)).toBe('OFFERED');
  });

  it('answering what is not an offer is refused in both languages', async () => {
    const { woman, offer } = await offeredTo();
    await woman.client.ok(CONFIRM, { input: { registrationId: offer.globalId } });
    for (const [locale, document] of [
      ['tr', CONFIRM],
      ['en', DECLINE],
    ] as const) {
      const answer = Object.values(await inLocale(woman.client, locale).ok(document, { input: { registrationId: offer.globalId } }))[0];
      expect(answer).toMatchObject({ code: 'TRIP_NOT_OFFERED', message: translate(locale, 'error.trips.waitlist.notOffered') });
    }
    expect(await statusOf(offer.id)).toBe('CONFIRMED');
  });

  it('confirming past the season limit is refused in both languages; the offer stays to decline', async () => {
    const limited = await createTrip({ maxPerSeason: 1 });
    const departure = await createDeparture({ trip: limited, capacity: 2, pickupPoints: [{ seats: 2 }] });
    const woman = await womanClient(server.graphqlUrl);
    const offer = await createRegistration(departure, woman.person.id, { status: 'OFFERED' });
    // Another trip of the programme the same day (so the same season), confirmed since she joined the line.
    const sameDay = await createDeparture();
    await createRegistration(sameDay, woman.person.id, { status: 'CONFIRMED' });
    for (const locale of ['tr', 'en'] as const) {
      const answer = (await inLocale(woman.client, locale).ok(CONFIRM, { input: { registrationId: offer.globalId } })).confirmTripOffer;
      expect(answer).toMatchObject({ code: 'TRIP_SEASON_LIMIT', message: translate(locale, 'error.trips.seasonLimit', { maximum: 1 }) });
    }
    expect(await statusOf(offer.id)).toBe('OFFERED');
    expect((await woman.client.ok(DECLINE, { input: { registrationId: offer.globalId } })).declineTripOffer.data.status).toBe('DECLINED');
  });

  it("someone else's offer is not found, and a malformed id is a field error", async () => {
    const { offer } = await offeredTo();
    const stranger = await womanClient(server.graphqlUrl);
    expect((await stranger.client.ok(CONFIRM, { input: { registrationId: offer.globalId } })).confirmTripOffer.code).toBe('NOT_FOUND');
    expect((await stranger.client.ok(DECLINE, { input: { registrationId: offer.globalId } })).declineTripOffer.code).toBe('NOT_FOUND');
    expect(await statusOf(offer.id)).toBe('OFFERED');
    const malformed = (await stranger.client.ok(CONFIRM, { input: { registrationId: 'not-an-id' } })).confirmTripOffer;
    expect(malformed.__typename).toBe('InputValidationError');
  });
});

describe('a better departure', () => {
  it('confirming withdraws the worse-ranked registrations of the same trip only, offers their seats on and mails once', async () => {
    const trip = await createTrip();
    const [best, middle, worst, worstToo] = await Promise.all(
      [0, 1, 2, 3].map((i) => createDeparture({ trip, startsInHours: (14 + i) * 24, capacity: 1, pickupPoints: [{ seats: 1 }] })),
    );
    const otherTrip = await createDeparture({ capacity: 2, pickupPoints: [{ seats: 2 }] });
    const woman = await womanClient(server.graphqlUrl);
    const onBest = await createRegistration(best!, woman.person.id, { status: 'WAITLISTED' });
    const onMiddle = await createRegistration(middle!, woman.person.id, { status: 'OFFERED' });
    const onWorst = await createRegistration(worst!, woman.person.id, { status: 'CONFIRMED' });
    const onWorstToo = await createRegistration(worstToo!, woman.person.id, { status: 'WAITLISTED' });
    const elsewhere = await createRegistration(otherTrip, woman.person.id, { status: 'CONFIRMED' });
    await rank(onBest.id, 1);
    await rank(onMiddle.id, 2);
    await rank(onWorst.id, 3);
    await rank(onWorstToo.id, 4);
    await rank(elsewhere.id, 9);
    const waitingOnWorst = await waitingUnit(worst!, 1);

    const answer = (await woman.client.ok(CONFIRM, { input: { registrationId: onMiddle.globalId } })).confirmTripOffer;
    expect(answer.data.status).toBe('CONFIRMED');

    const after = await prisma.tripRegistration.findMany({ where: { userId: woman.person.id }, select: { id: true, status: true, cancelReason: true } });
    const byId = new Map(after.map((r) => [r.id, r]));
    expect(byId.get(onBest.id)).toMatchObject({ status: 'WAITLISTED', cancelReason: null });
    expect(byId.get(onWorst.id)).toMatchObject({ status: 'CANCELLED', cancelReason: 'BETTER_DEPARTURE' });
    expect(byId.get(onWorstToo.id)).toMatchObject({ status: 'CANCELLED', cancelReason: 'BETTER_DEPARTURE' });
    expect(byId.get(elsewhere.id)).toMatchObject({ status: 'CONFIRMED' });
    // The seat she held on the worst departure went to the person waiting there.
    expect(await statusOf(waitingOnWorst.id)).toBe('OFFERED');

    const [mail, ...more] = await mails(woman.person.id, 'tripBetterDeparture');
    expect(more).toEqual([]);
    expect(mail!.subject).toContain('diğer başvurularınız geri çekildi');
  });

  it('a unit confirmed with companions frees all its seats on the worse departure', async () => {
    const trip = await createTrip();
    const better = await createDeparture({ trip, capacity: 4, pickupPoints: [{ seats: 4 }] });
    const worse = await createDeparture({ trip, capacity: 3, pickupPoints: [{ seats: 3 }] });
    const woman = await womanClient(server.graphqlUrl);
    const offer = await createRegistration(better, woman.person.id, { status: 'OFFERED', companions: childrenFor(3) });
    const held = await createRegistration(worse, woman.person.id, { status: 'CONFIRMED', companions: childrenFor(3) });
    await rank(held.id, 2);
    const trio = await waitingUnit(worse, 3);
    await woman.client.ok(CONFIRM, { input: { registrationId: offer.globalId } });
    expect(await statusOf(held.id)).toBe('CANCELLED');
    expect(await statusOf(trio.id)).toBe('OFFERED');
    expect(await heldSeats(worse.id)).toBe(3);
  });

  it("never waits for the worse departure's lock: its seats go to a queued promotion, or the sweep", async () => {
    const trip = await createTrip();
    const better = await createDeparture({ trip, capacity: 1, pickupPoints: [{ seats: 1 }] });
    const worse = await createDeparture({ trip, capacity: 1, pickupPoints: [{ seats: 1 }] });
    const woman = await womanClient(server.graphqlUrl);
    const offer = await createRegistration(better, woman.person.id, { status: 'OFFERED' });
    const held = await createRegistration(worse, woman.person.id, { status: 'CONFIRMED' });
    await rank(held.id, 2);
    const waiting = await waitingUnit(worse, 1);

    if (server.database.target.kind === 'pglite') {
      // One connection runs one transaction at a time: nobody can hold the worse departure's lock
      // while the confirmation runs, so it is always free, and its seats are offered at once.
      expect((await woman.client.ok(CONFIRM, { input: { registrationId: offer.globalId } })).confirmTripOffer.data.status).toBe('CONFIRMED');
      expect(await statusOf(held.id)).toBe('CANCELLED');
      expect(await statusOf(waiting.id)).toBe('OFFERED');
      return;
    }
    // Someone else holds the worse departure's lock (a rush on it) until the confirmation is answered.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "TripDeparture" WHERE id = ${worse.id}::uuid FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 60_000 },
    );
    await lockTaken;
    const sent: { queue: string; data: object }[] = [];
    setJobQueue({ send: async (queue, data) => (sent.push({ queue, data }), 'job'), cancel: async () => {} });
    try {
      const answer = await Promise.race([
        woman.client.ok(CONFIRM, { input: { registrationId: offer.globalId } }),
        new Promise((resolve) => setTimeout(() => resolve('waited for the lock'), 10_000)),
      ]);
      expect((answer as { confirmTripOffer: { data: { status: string } } }).confirmTripOffer.data.status).toBe('CONFIRMED');
    } finally {
      setJobQueue(null);
      release();
      await holder;
    }
    expect(await statusOf(held.id)).toBe('CANCELLED');
    expect(await statusOf(waiting.id)).toBe('WAITLISTED');
    expect(sent).toEqual([{ queue: 'trips-waitlist-promote', data: { departureId: worse.id } }]);
    await sweepTripWaitlists();
    expect(await statusOf(waiting.id)).toBe('OFFERED');
  });

  it('nothing is withdrawn when the confirmed one is the worst-ranked', async () => {
    const trip = await createTrip();
    const first = await createDeparture({ trip, capacity: 1, pickupPoints: [{ seats: 1 }] });
    const second = await createDeparture({ trip, capacity: 1, pickupPoints: [{ seats: 1 }] });
    const person = await createPerson({ gender: 'WOMAN', birthDate: '1980-01-01' });
    const preferred = await createRegistration(first, person.id, { status: 'WAITLISTED' });
    const taken = await createRegistration(second, person.id, { status: 'CONFIRMED' });
    await rank(taken.id, 2);
    await prisma.$transaction((tx) => settleBetterDeparture(tx, taken.id, { userId: null, requestId: 't', ip: null }));
    expect(await statusOf(preferred.id)).toBe('WAITLISTED');
    expect(await mails(person.id, 'tripBetterDeparture')).toEqual([]);
  });
});
