// Trips, the waitlist under contention: 50 confirmed people cancel at the same moment, through real
// HTTP (cancelTripRegistration), on a full departure with a line of mixed units (1–3 seats) waiting.
// Every cancellation offers the freed seats in its own transaction under the departure's lock: no unit is offered twice, held seats never pass
// capacity (or a pick-up point's seats), and nothing that fits is left waiting. Two sweeps at once
// expire each lapsed hold once and offer its seats once.
import { prisma } from '@katilim/server/db/prisma';
import { sweepTripWaitlists } from '@katilim/server/modules/trips/waitlist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireAtOnce } from '../support/concurrency.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { createDeparture, createRegistration, type Departure } from '../support/trips-scenarios.ts';
import { womenCrowd } from '../support/trips-reg-scenarios.ts';
import { childrenFor, heldSeats } from '../support/trips-wait-scenarios.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const CANCELLING = 50;
const WAITING = 60;
const HOUR = 3_600_000;

const CANCEL = `mutation($input: TripRegistrationRefInput!) {
  cancelTripRegistration(input: $input) { __typename ... on MutationCancelTripRegistrationSuccess { data { status cancelReason } } ... on Error { code } }
}`;

/** Every registration offered by the audit's record of offers, once per offer made. */
async function offersMade(departureId: string): Promise<string[]> {
  const entries = await prisma.auditEntry.findMany({ where: { action: 'trip.offer', entityId: departureId } });
  return entries.flatMap((entry) => (entry.data as { offered: string[] }).offered);
}

describe(`${CANCELLING} cancellations at once`, () => {
  let departure: Departure;

  it('offer each waiting unit at most once, never more seats than capacity, and leave nothing that fits waiting', async () => {
    departure = await createDeparture({ capacity: CANCELLING, pickupPoints: [{ seats: 30 }, { seats: 20 }] });
    const [konak, bornova] = departure.pickupPoints.map((p) => p.id) as [string, string];
    const seated = await womenCrowd(server.graphqlUrl, CANCELLING);
    const confirmed: { globalId: string }[] = [];
    for (const [i, { person }] of seated.entries()) {
      confirmed.push(await createRegistration(departure, person.id, { status: 'CONFIRMED', pickupPointId: i < 30 ? konak : bornova }));
    }
    const line = await womenCrowd(server.graphqlUrl, WAITING);
    for (const [i, { person }] of line.entries()) {
      const seats = (i % 3) + 1;
      await createRegistration(departure, person.id, {
        status: 'WAITLISTED',
        companions: childrenFor(seats),
        drawPosition: i + 1,
        pickupPointId: i % 4 === 0 ? bornova : konak,
      });
    }

    const before = new Date();
    const responses = await fireAtOnce(CANCELLING, (i) => seated[i]!.client.request(CANCEL, { input: { id: confirmed[i]!.globalId } }));
    const after = new Date();

    expect(responses.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
    expect(responses.map((r) => r.data.cancelTripRegistration.data?.cancelReason)).toEqual(Array(CANCELLING).fill('SELF'));
    // Each offer made once, by whichever cancellation came first; the audit records every one.
    const offeredIds = await offersMade(departure.id);
    expect(new Set(offeredIds).size).toBe(offeredIds.length);

    const rows = await prisma.tripRegistration.findMany({ where: { departureId: departure.id } });
    const offered = rows.filter((r) => r.status === 'OFFERED');
    expect(offered.map((r) => r.id).sort()).toEqual([...offeredIds].sort());
    expect(offered.length).toBeGreaterThan(0);
    // Offered at once, inside the cancelling transactions.
    expect(offered.every((r) => r.offeredAt! >= before && r.offeredAt! <= after)).toBe(true);
    expect(await heldSeats(departure.id)).toBeLessThanOrEqual(CANCELLING);
    for (const point of departure.pickupPoints) {
      const heldThere = rows.filter((r) => r.pickupPointId === point.id && (r.status === 'OFFERED' || r.status === 'CONFIRMED'));
      expect(heldThere.reduce((sum, r) => sum + r.seats, 0)).toBeLessThanOrEqual(point.seats);
    }
    // Nothing that fits is left waiting: every unit still in line is bigger than its point's free seats.
    const freeAt = new Map(departure.pickupPoints.map((p) => [p.id, p.seats]));
    for (const r of rows) if (r.status === 'OFFERED') freeAt.set(r.pickupPointId, freeAt.get(r.pickupPointId)! - r.seats);
    const free = CANCELLING - (await heldSeats(departure.id));
    for (const r of rows.filter((row) => row.status === 'WAITLISTED')) {
      expect(r.seats > Math.min(free, freeAt.get(r.pickupPointId)!)).toBe(true);
    }
    // One mail per offer, to the person offered.
    const mails = await prisma.outboxMessage.findMany({ where: { template: 'tripSeatOffered', userId: { in: offered.map((r) => r.userId) } } });
    expect(mails.map((m) => m.userId).sort()).toEqual(offered.map((r) => r.userId).sort());
  });

  it('two sweeps at once when the holds run out: each expires once, and each seat is offered once', async () => {
    const lapsedAt = new Date(Date.now() + 49 * HOUR);
    const before = await prisma.tripRegistration.findMany({ where: { departureId: departure.id, status: 'OFFERED' }, select: { id: true, userId: true } });
    const offersBefore = (await offersMade(departure.id)).length;

    const results = await fireAtOnce(2, () => sweepTripWaitlists(lapsedAt));

    const expiredMails = await prisma.outboxMessage.findMany({ where: { template: 'tripOfferExpired', userId: { in: before.map((r) => r.userId) } } });
    expect(expiredMails).toHaveLength(before.length);
    const rows = await prisma.tripRegistration.findMany({ where: { departureId: departure.id } });
    expect(rows.filter((r) => before.some((b) => b.id === r.id)).every((r) => r.status === 'EXPIRED')).toBe(true);
    const newOffers = (await offersMade(departure.id)).slice(offersBefore);
    expect(new Set(newOffers).size).toBe(newOffers.length);
    expect(results.reduce((sum, r) => sum + r.offered, 0)).toBe(newOffers.length);
    expect(await heldSeats(departure.id)).toBeLessThanOrEqual(CANCELLING);
  });
});
