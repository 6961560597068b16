// Trips, the registration rush through real HTTP (the "2,000 for 45 seats", scaled to stay
// fast: bench/trip-rush.ts runs the full 2,000): 300 women at once for a 45-seat FIRST_COME departure
// with two pick-up points (20 and 30 seats): exactly 45 confirmed, no point over its seats, nobody
// twice, every answer a typed result, no 500s.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fireAtOnce } from '../support/concurrency.ts';
import { createDeparture } from '../support/trips-scenarios.ts';
import { REGISTER, womenCrowd } from '../support/trips-reg-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const PEOPLE = 300;

// The machine is shared (2 cores): the time it takes is the bench's business, not this test's.
it(`${PEOPLE} registrations at once for 45 seats: exactly 45 confirmed, per pick-up point too, all typed, no 500s`, { timeout: 180_000 }, async () => {
  const departure = await createDeparture({ capacity: 45, pickupPoints: [{ seats: 20, vehicle: 'BOAT' }, { seats: 30 }] });
  const [a, b] = departure.pickupPoints;
  const crowd = await womenCrowd(server.graphqlUrl, PEOPLE);
  const responses = await fireAtOnce(PEOPLE, (i) =>
    crowd[i]!.client.request(REGISTER, { input: { departureId: departure.globalId, pickupPointId: (i % 2 ? b : a)!.id } }),
  );

  expect(responses.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
  const answers = responses.map((r) => r.data.registerForTrip);
  const confirmed = answers.filter((x) => x.__typename === 'MutationRegisterForTripSuccess');
  const full = answers.filter((x) => x.__typename === 'TripFullError');
  expect(confirmed).toHaveLength(45);
  expect(full).toHaveLength(PEOPLE - 45);
  expect(full.every((x) => x.code === 'TRIP_FULL' && x.message.length > 0)).toBe(true);

  const rows = await prisma.tripRegistration.findMany({ where: { departureId: departure.id }, select: { userId: true, status: true, pickupPointId: true } });
  expect(rows).toHaveLength(45);
  expect(rows.every((r) => r.status === 'CONFIRMED')).toBe(true);
  expect(new Set(rows.map((r) => r.userId)).size).toBe(45);
  const atA = rows.filter((r) => r.pickupPointId === a!.id).length;
  const atB = rows.filter((r) => r.pickupPointId === b!.id).length;
  expect(atA).toBe(20);
  expect(atB).toBe(25);
});
