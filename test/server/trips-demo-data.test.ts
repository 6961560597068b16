// The trips demo: idempotent, the departures the README names, every departure within its seats, and
// figures for the coordinators' reports.
import { prisma } from '@katilim/server/db/prisma';
import { seedDemo } from '@katilim/server/seed/demo';
import { addDays, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemo();
});
afterAll(() => server?.close());

const counts = async () => ({
  trips: await prisma.trip.count(),
  departures: await prisma.tripDeparture.count(),
  points: await prisma.tripPickupPoint.count(),
  registrations: await prisma.tripRegistration.count(),
  participants: await prisma.tripParticipant.count(),
});

describe('the trips demo', () => {
  it('is idempotent', async () => {
    const first = await counts();
    await seedDemo();
    expect(await counts()).toEqual(first);
    expect(first).toMatchObject({ trips: 2, departures: 4, points: 6 });
  });

  it('has a first-come gulf tour next week by bus from Buca and boat from Konak, a lottery open in three weeks, and a children’s museum trip', async () => {
    const now = Date.now();
    const departures = await prisma.tripDeparture.findMany({ include: { trip: true, pickupPoints: { orderBy: { position: 'asc' } } }, orderBy: { startsAt: 'asc' } });
    const upcoming = departures.filter((d) => d.startsAt.getTime() > now);
    const nextWeek = upcoming.find((d) => d.allocation === 'FIRST_COME' && d.trip.titleTr === 'Körfez Turu')!;
    expect(nextWeek.pickupPoints.map((p) => [p.vehicle, p.name])).toEqual([['BUS', 'Buca Belediyesi önü'], ['BOAT', 'Konak İskelesi']]);
    const lottery = upcoming.find((d) => d.allocation === 'LOTTERY')!;
    expect(lottery.registrationOpensAt.getTime()).toBeLessThan(now);
    expect(lottery.registrationClosesAt.getTime()).toBeGreaterThan(now);
    expect(lottery.drawSecretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(lottery.capacity).toBe(lottery.pickupPoints.reduce((sum, p) => sum + p.seats, 0));
    expect(upcoming.some((d) => d.trip.audience === 'CHILDREN')).toBe(true);
    for (const d of departures) {
      const held = await prisma.tripRegistration.aggregate({ where: { departureId: d.id, status: { in: ['CONFIRMED', 'OFFERED'] } }, _sum: { seats: true } });
      expect(held._sum.seats ?? 0).toBeLessThanOrEqual(d.capacity);
      const participants = await prisma.tripRegistration.findMany({ where: { departureId: d.id }, include: { _count: { select: { participants: true } } } });
      for (const r of participants) expect(r._count.participants).toBe(r.seats);
    }
    const volunteer = await prisma.user.findUniqueOrThrow({ where: { email: 'gonullu@katilim.demo' } });
    expect(await prisma.tripRegistration.count({ where: { userId: volunteer.id, status: 'CONFIRMED', departure: { startsAt: { gt: new Date() } } } })).toBe(1);
  });

  it('gives the reports figures', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const today = todayInIstanbul();
    const data = await client.ok(`query($from: Date!, $to: Date!) { tripReport(from: $from, to: $to) { total { departures participants attendanceRecorded noShows } } }`, {
      from: addDays(today, -60),
      to: addDays(today, -1),
    });
    expect(data.tripReport.total).toMatchObject({ departures: 1, participants: 4, attendanceRecorded: 3, noShows: 1 });
  });
});
