// Trips, registration under contention (fireAtOnce, real HTTP): units of one to four seats at once
// never take more than the departure's capacity nor more than a pick-up point's seats, and every unit
// refused would still not fit when the dust settles; one person firing many registrations at once
// gets exactly one; cancellations racing registrations keep the count exact.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireAtOnce } from '../support/concurrency.ts';
import { createDeparture, createRegistration } from '../support/trips-scenarios.ts';
import { bornYearsAgo, REGISTER, womenCrowd } from '../support/trips-reg-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const held = async (departureId: string) => {
  const rows = await prisma.tripRegistration.groupBy({ by: ['pickupPointId'], where: { departureId, status: { in: ['CONFIRMED', 'OFFERED'] } }, _sum: { seats: true } });
  return new Map(rows.map((row) => [row.pickupPointId, row._sum.seats ?? 0]));
};

describe('units of several seats at once', () => {
  it('80 units of 1–4 seats for 20 seats (points of 8 and 16): never over, overall or at a point; the refused do not fit', { timeout: 120_000 }, async () => {
    const departure = await createDeparture({ capacity: 20, pickupPoints: [{ seats: 8 }, { seats: 16 }] });
    const [a, b] = departure.pickupPoints;
    const crowd = await womenCrowd(server.graphqlUrl, 80);
    const unitOf = (i: number) => ({
      pickupPointId: (i % 3 === 0 ? b : a)!.id,
      travellers: Array.from({ length: i % 4 }, (_, k) => ({ firstName: `Çocuk ${k + 1}`, lastName: 'Kaya', birthDate: bornYearsAgo(3 + k) })),
    });
    const responses = await fireAtOnce(crowd.length, (i) => crowd[i]!.client.request(REGISTER, { input: { departureId: departure.globalId, ...unitOf(i) } }));

    expect(responses.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
    const answers = responses.map((r) => r.data.registerForTrip);
    expect(answers.every((x) => x.__typename === 'MutationRegisterForTripSuccess' || x.__typename === 'TripFullError')).toBe(true);

    const seats = await held(departure.id);
    const total = (seats.get(a!.id) ?? 0) + (seats.get(b!.id) ?? 0);
    expect(seats.get(a!.id) ?? 0).toBeLessThanOrEqual(8);
    expect(seats.get(b!.id) ?? 0).toBeLessThanOrEqual(16);
    expect(total).toBeLessThanOrEqual(20);
    // Every success is a CONFIRMED row of its unit's size; every refusal still does not fit now.
    const confirmed = answers.filter((x) => x.__typename === 'MutationRegisterForTripSuccess');
    expect(confirmed.every((x) => x.data.status === 'CONFIRMED')).toBe(true);
    expect(confirmed.reduce((sum, x) => sum + x.data.seats, 0)).toBe(total);
    const freeTotal = 20 - total;
    answers.forEach((x, i) => {
      if (x.__typename !== 'TripFullError') return;
      const unit = unitOf(i);
      const pointFree = (unit.pickupPointId === a!.id ? 8 : 16) - (seats.get(unit.pickupPointId) ?? 0);
      expect(x.seatsAsked).toBe(1 + unit.travellers.length);
      expect(x.seatsAsked > Math.min(freeTotal, pointFree)).toBe(true);
    });
    // Units of one were refused at both points (checked above: none of them fits now), so the
    // departure ended exactly full.
    expect(total).toBe(20);
    const rows = await prisma.tripRegistration.findMany({ where: { departureId: departure.id }, select: { userId: true, entryNumber: true } });
    expect(new Set(rows.map((r) => r.userId)).size).toBe(rows.length);
    expect(rows.map((r) => r.entryNumber).sort((x, y) => x - y)).toEqual(rows.map((_, i) => i + 1));
  });

  it('one woman sending ten registrations at once gets one, the rest TRIP_ALREADY_REGISTERED', async () => {
    const departure = await createDeparture({ pickupPoints: [{ seats: 10 }] });
    const [woman] = await womenCrowd(server.graphqlUrl, 1);
    const responses = await fireAtOnce(10, () => woman!.client.request(REGISTER, { input: { departureId: departure.globalId, pickupPointId: departure.pickupPoints[0]!.id } }));
    expect(responses.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
    const types = responses.map((r) => r.data.registerForTrip.__typename);
    expect(types.filter((t) => t === 'MutationRegisterForTripSuccess')).toHaveLength(1);
    expect(responses.filter((r) => r.data.registerForTrip.code === 'TRIP_ALREADY_REGISTERED')).toHaveLength(9);
    expect(await prisma.tripRegistration.count({ where: { departureId: departure.id } })).toBe(1);
  });

  it('cancellations racing registrations: the seats held never pass the capacity', { timeout: 120_000 }, async () => {
    const departure = await createDeparture({ capacity: 10, pickupPoints: [{ seats: 10 }] });
    const holders = await womenCrowd(server.graphqlUrl, 10);
    const registrations: Awaited<ReturnType<typeof createRegistration>>[] = [];
    for (const holder of holders) registrations.push(await createRegistration(departure, holder.person.id));
    const newcomers = await womenCrowd(server.graphqlUrl, 30);
    const CANCEL = `mutation($input: TripRegistrationRefInput!) { cancelTripRegistration(input: $input) { __typename ... on Error { code } } }`;
    const responses = await fireAtOnce(40, (i) =>
      i < 10
        ? holders[i]!.client.request(CANCEL, { input: { id: registrations[i]!.globalId } })
        : newcomers[i - 10]!.client.request(REGISTER, { input: { departureId: departure.globalId, pickupPointId: departure.pickupPoints[0]!.id } }),
    );
    expect(responses.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
    expect(responses.slice(0, 10).every((r) => r.data.cancelTripRegistration.__typename === 'MutationCancelTripRegistrationSuccess')).toBe(true);
    const confirmed = responses.slice(10).filter((r) => r.data.registerForTrip.__typename === 'MutationRegisterForTripSuccess').length;
    const seats = await held(departure.id);
    expect(seats.get(departure.pickupPoints[0]!.id) ?? 0).toBe(confirmed);
    expect(confirmed).toBeLessThanOrEqual(10);
  });
});
