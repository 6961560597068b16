// Shifts, sign-up under contention, through real HTTP: 200 volunteers sign up at once for 10 places;
// the waitlist keeps arrival (commit) order; cancellations offer places to the first in line with
// holds; an expired hold passes on; two workers promoting at once offer each place once.
import { prisma } from '@katilim/server/db/prisma';
import { promoteWaitlist, sweepWaitlists } from '@katilim/server/modules/shifts/waitlist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/applications-scenarios.ts';
import { fireAtOnce } from '../support/concurrency.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { createShift, createVolunteer, signUp, type Shift } from '../support/shifts-scenarios.ts';
import { SIGN_UP, volunteerCrowd } from '../support/shifts-signup-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const PEOPLE = 200;
const PLACES = 10;
const HOUR = 3_600_000;

const CANCEL = `mutation($input: ShiftSignupRefInput!) {
  cancelShiftSignup(input: $input) { __typename ... on MutationCancelShiftSignupSuccess { data { status } } ... on Error { code } }
}`;

const byLine = { orderBy: [{ waitlistedAt: 'asc' as const }, { id: 'asc' as const }] };

describe(`${PEOPLE} volunteers, ${PLACES} places, all at once`, () => {
  let shift: Shift;
  let crowd: { person: { id: string }; client: GraphQLClient }[];

  it(`confirms exactly ${PLACES}, waitlists ${PEOPLE - PLACES} in arrival order, no duplicates, no errors`, async () => {
    shift = await createShift({ capacity: PLACES, startsInHours: 24 * 10 });
    crowd = await volunteerCrowd(server.graphqlUrl, PEOPLE);
    const responses = await fireAtOnce(PEOPLE, (i) => crowd[i]!.client.request(SIGN_UP, { input: { shiftId: shift.globalId, joinWaitlist: true } }));

    expect(responses.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
    const answers = responses.map((r) => r.data.signUpForShift);
    expect(answers.every((a) => a.__typename === 'MutationSignUpForShiftSuccess')).toBe(true);
    const statuses = answers.map((a) => a.data.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(PLACES);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(PEOPLE - PLACES);

    const rows = await prisma.shiftSignup.findMany({ where: { shiftId: shift.id }, ...byLine });
    expect(rows).toHaveLength(PEOPLE);
    expect(new Set(rows.map((r) => r.userId)).size).toBe(PEOPLE);
    const confirmed = rows.filter((r) => r.status === 'CONFIRMED');
    const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
    expect(confirmed).toHaveLength(PLACES);

    // Arrival order is commit order: each waitlisted answer's position, read right after its own
    // commit, is its place in the final line; every position 1…190 once, in waitlistedAt order.
    const positionOf = new Map(answers.filter((a) => a.data.status === 'WAITLISTED').map((a) => [a.data.id, a.data.waitlistPosition]));
    expect(waitlisted.map((r) => positionOf.get(globalId('ShiftSignup', r.id)))).toEqual(Array.from({ length: PEOPLE - PLACES }, (_, i) => i + 1));
    // Strictly increasing instants, and every confirmation committed before the first waitlisting.
    const instants = waitlisted.map((r) => r.waitlistedAt!.getTime());
    expect(instants.every((t, i) => i === 0 || t > instants[i - 1]!)).toBe(true);
    expect(Math.max(...confirmed.map((r) => r.confirmedAt!.getTime()))).toBeLessThanOrEqual(instants[0]!);
  }, 120_000);

  it('3 cancellations at once offer the places to exactly the first 3 waitlisted, with holds', async () => {
    const confirmed = await prisma.shiftSignup.findMany({ where: { shiftId: shift.id, status: 'CONFIRMED' }, orderBy: { id: 'asc' }, take: 3 });
    const clientOf = new Map(crowd.map((c) => [c.person.id, c.client]));
    const responses = await fireAtOnce(3, (i) => clientOf.get(confirmed[i]!.userId)!.request(CANCEL, { input: { signupId: globalId('ShiftSignup', confirmed[i]!.id) } }));
    expect(responses.map((r) => r.data.cancelShiftSignup.data.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);

    const line = await prisma.shiftSignup.findMany({ where: { shiftId: shift.id, waitlistedAt: { not: null } }, ...byLine });
    expect(line.slice(0, 3).map((r) => r.status)).toEqual(['OFFERED', 'OFFERED', 'OFFERED']);
    expect(line.slice(3).every((r) => r.status === 'WAITLISTED')).toBe(true);
    for (const offered of line.slice(0, 3)) {
      // Ten days out: the long hold (12 hours).
      expect(offered.holdExpiresAt!.getTime() - offered.offeredAt!.getTime()).toBe(12 * HOUR);
    }
    expect(await prisma.shiftSignup.count({ where: { shiftId: shift.id, status: { in: ['CONFIRMED', 'OFFERED'] } } })).toBe(PLACES);
    const mails = await prisma.outboxMessage.findMany({ where: { template: 'shiftOffered', userId: { in: line.map((r) => r.userId) } } });
    expect(mails.map((m) => m.userId).sort()).toEqual(line.slice(0, 3).map((r) => r.userId).sort());
  });

  it('an expired hold passes the place to the next in line', async () => {
    const [first] = await prisma.shiftSignup.findMany({ where: { shiftId: shift.id, status: 'OFFERED' }, ...byLine, take: 1 });
    await prisma.shiftSignup.update({ where: { id: first!.id }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    const fourth = (await prisma.shiftSignup.findMany({ where: { shiftId: shift.id, status: 'WAITLISTED' }, ...byLine, take: 1 }))[0]!;

    expect(await sweepWaitlists()).toEqual({ expired: 1, offered: 1 });
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id: first!.id } })).status).toBe('EXPIRED');
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id: fourth.id } })).status).toBe('OFFERED');
    expect(await prisma.outboxMessage.count({ where: { template: 'shiftOfferExpired', userId: first!.userId } })).toBe(1);
    // A second sweep finds nothing more to do.
    expect(await sweepWaitlists()).toEqual({ expired: 0, offered: 0 });
  });

  it('two workers promoting the same shift at once offer each freed place once', async () => {
    // Free 4 places behind promotion's back, as a crash between a cancellation and its promotion would.
    const freed = await prisma.shiftSignup.findMany({ where: { shiftId: shift.id, status: 'CONFIRMED' }, orderBy: { id: 'asc' }, take: 4 });
    await prisma.shiftSignup.updateMany({ where: { id: { in: freed.map((f) => f.id) } }, data: { status: 'CANCELLED' } });
    const nextFour = await prisma.shiftSignup.findMany({ where: { shiftId: shift.id, status: 'WAITLISTED' }, ...byLine, take: 4 });

    const [a, b] = await Promise.all([promoteWaitlist(shift.id), promoteWaitlist(shift.id)]);
    expect([...a, ...b].sort()).toEqual(nextFour.map((r) => r.id).sort());
    expect(await prisma.shiftSignup.count({ where: { shiftId: shift.id, status: { in: ['CONFIRMED', 'OFFERED'] } } })).toBe(PLACES);
    expect(await prisma.outboxMessage.count({ where: { template: 'shiftOffered', userId: { in: nextFour.map((r) => r.userId) } } })).toBe(4);
  });

  it('several sweeps at once expire each hold once and fill each place once', async () => {
    const offered = await prisma.shiftSignup.findMany({ where: { shiftId: shift.id, status: 'OFFERED' } });
    await prisma.shiftSignup.updateMany({ where: { id: { in: offered.map((o) => o.id) } }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    const results = await Promise.all([sweepWaitlists(), sweepWaitlists(), sweepWaitlists()]);
    expect(results.reduce((sum, r) => sum + r.expired, 0)).toBe(offered.length);
    expect(results.reduce((sum, r) => sum + r.offered, 0)).toBe(offered.length);
    expect(await prisma.shiftSignup.count({ where: { shiftId: shift.id, status: { in: ['CONFIRMED', 'OFFERED'] } } })).toBe(PLACES);
  });
});

describe('places added to a shift', () => {
  it('a raised capacity is offered to the waitlist by the next sweep', async () => {
    const shift = await createShift({ capacity: 1, startsInHours: 100 });
    await signUp(shift, (await createVolunteer()).id);
    const first = await signUp(shift, (await createVolunteer()).id, 'WAITLISTED', new Date(Date.now() - 2000));
    const second = await signUp(shift, (await createVolunteer()).id, 'WAITLISTED', new Date(Date.now() - 1000));
    const third = await signUp(shift, (await createVolunteer()).id, 'WAITLISTED');
    await prisma.shift.update({ where: { id: shift.id }, data: { capacity: 3 } });
    await sweepWaitlists();
    const statuses = await prisma.shiftSignup.findMany({ where: { id: { in: [first.id, second.id, third.id] } }, ...byLine, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(['OFFERED', 'OFFERED', 'WAITLISTED']);
  });
});

describe('places freed on a shift close to its start', () => {
  it('offers the short hold, ending no later than the start', async () => {
    const near = await createShift({ capacity: 1, startsInHours: 1.5, cutoffHours: 0 });
    const holder = await signUp(near, (await createVolunteer()).id);
    const waiting = await signUp(near, (await createVolunteer()).id, 'WAITLISTED');
    await prisma.shiftSignup.update({ where: { id: holder.id }, data: { status: 'CANCELLED' } });
    await promoteWaitlist(near.id);
    const offered = await prisma.shiftSignup.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(offered.status).toBe('OFFERED');
    expect(offered.holdExpiresAt).toEqual(near.startsAt);
  });
});
