// Many applicants booking the last place of an interview slot at the same moment, over real HTTP,
// each with their own session and connection: exactly as many win as there are places, every
// other one gets a typed, translated "slot taken", and a lost race leaves no row behind (the
// pattern of concurrency.test.ts). Run on PGlite and on PostgreSQL, where they truly race.
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRound } from '../support/applications-scenarios.ts';
import { fireAtOnce } from '../support/concurrency.ts';
import type { GraphQLResponse } from '../support/graphql-client.ts';
import { createBooking, createSlot, interviewWriteCounts, invitedApplicants } from '../support/interviews-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const BOOK = /* GraphQL */ `
  mutation Book($input: BookInterviewSlotInput!) {
    bookInterviewSlot(input: $input) {
      __typename
      ... on MutationBookInterviewSlotSuccess { data { id slot { id placesLeft } } }
      ... on Error { code message }
    }
  }
`;

function tally(responses: GraphQLResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) {
    const typename = (response.data?.bookInterviewSlot as { __typename?: string } | undefined)?.__typename ?? 'no result';
    counts[typename] = (counts[typename] ?? 0) + 1;
  }
  return counts;
}

function expectNoServerErrors(responses: GraphQLResponse[]) {
  expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
  expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
}

/** A slot with `capacity` places of which all but `free` are taken, and `callers` invited applicants. */
async function race(capacity: number, free: number, callers: number) {
  const round = await createRound({ status: 'INTERVIEWING' });
  const slot = await createSlot(round, { capacity });
  for (let i = 0; i < capacity - free; i += 1) await createBooking(round, slot);
  const applicants = await invitedApplicants(server.graphqlUrl, round, callers);
  const before = await interviewWriteCounts();

  const responses = await fireAtOnce(callers, (i) =>
    applicants[i]!.client.request(BOOK, { input: { applicationId: applicants[i]!.application.globalId, slotId: slot.globalId } }),
  );
  const winners = applicants.filter((_, i) => responses[i]!.data?.bookInterviewSlot.__typename === 'MutationBookInterviewSlotSuccess');
  return { round, slot, applicants, before, responses, winners };
}

describe('booking the last place of a slot', () => {
  // Repeated, and with a group slot: a race that is lost only sometimes must not pass by luck.
  it.each([
    { round: 1, capacity: 1 },
    { round: 2, capacity: 1 },
    { round: 3, capacity: 4 },
  ])('50 applicants at once: exactly one gets it, 49 hear "slot taken" (round $round, capacity $capacity)', async ({ capacity }) => {
    const { slot, applicants, before, responses, winners } = await race(capacity, 1, 50);

    expectNoServerErrors(responses);
    expect(tally(responses)).toEqual({ MutationBookInterviewSlotSuccess: 1, SlotTakenError: 49 });
    const losers = responses.filter((r) => r.data?.bookInterviewSlot.__typename === 'SlotTakenError');
    for (const loser of losers) {
      expect(loser.data?.bookInterviewSlot).toEqual({ __typename: 'SlotTakenError', code: 'SLOT_TAKEN', message: translate('tr', 'error.slotTaken') });
    }
    const won = responses.find((r) => r.data?.bookInterviewSlot.__typename === 'MutationBookInterviewSlotSuccess')!;
    expect(won.data?.bookInterviewSlot.data.slot).toEqual({ id: slot.globalId, placesLeft: 0 });

    // The database, not the answers, proves it: full to capacity, one new booking, one moved application.
    expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(capacity);
    expect(await prisma.interviewBooking.count({ where: { slotId: slot.id, cancelledAt: null } })).toBe(capacity);
    const [winner] = winners;
    const statuses = await prisma.volunteerApplication.findMany({
      where: { id: { in: applicants.map((a) => a.application.id) } },
      select: { id: true, status: true },
    });
    expect(statuses.filter((a) => a.status === 'INTERVIEW_SCHEDULED').map((a) => a.id)).toEqual([winner!.application.id]);
    expect(statuses.filter((a) => a.status === 'INTERVIEW_INVITED')).toHaveLength(49);
    expect(await prisma.interviewBooking.findMany({ where: { applicationId: { in: applicants.map((a) => a.application.id) } }, select: { applicationId: true } })).toEqual([
      { applicationId: winner!.application.id },
    ]);

    // Nothing half-written: one timeline event, the transition and the booking audited, one mail.
    const after = await interviewWriteCounts();
    expect({
      bookings: after.bookings - before.bookings,
      events: after.events - before.events,
      audit: after.audit - before.audit,
      outbox: after.outbox - before.outbox,
    }).toEqual({ bookings: 1, events: 1, audit: 2, outbox: 1 });
    expect(await prisma.auditEntry.count({ where: { entityId: winner!.application.id, action: 'application.transition' } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { action: 'interview.book', data: { path: ['slotId'], equals: slot.id } } })).toBe(1);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { userId: winner!.person.id } });
    expect(mail).toMatchObject({ template: 'applicationStatusChanged', locale: 'tr' });
    expect(mail.bodyText).toContain('Konak Kadın Dayanışma Merkezi');
    const losersIds = applicants.filter((a) => a !== winner).map((a) => a.person.id);
    expect(await prisma.outboxMessage.count({ where: { userId: { in: losersIds } } })).toBe(0);
    expect(await prisma.applicationEvent.count({ where: { applicationId: { in: applicants.filter((a) => a !== winner).map((a) => a.application.id) }, toStatus: 'INTERVIEW_SCHEDULED' } })).toBe(0);
  });

  it('a group slot of 3 with 20 applicants at once: exactly 3 get a place', async () => {
    const { slot, applicants, before, responses, winners } = await race(3, 3, 20);

    expectNoServerErrors(responses);
    expect(tally(responses)).toEqual({ MutationBookInterviewSlotSuccess: 3, SlotTakenError: 17 });
    expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(3);
    const booked = await prisma.interviewBooking.findMany({ where: { slotId: slot.id }, select: { applicationId: true } });
    expect(booked.map((b) => b.applicationId).sort()).toEqual(winners.map((w) => w.application.id).sort());
    expect(await prisma.volunteerApplication.count({ where: { id: { in: applicants.map((a) => a.application.id) }, status: 'INTERVIEW_SCHEDULED' } })).toBe(3);
    const after = await interviewWriteCounts();
    expect({ bookings: after.bookings - before.bookings, events: after.events - before.events, outbox: after.outbox - before.outbox }).toEqual({
      bookings: 3,
      events: 3,
      outbox: 3,
    });
  });

  it('one applicant clicking "book" on two slots at once gets one interview, not two', async () => {
    const round = await createRound({ status: 'INTERVIEWING' });
    const slots = [await createSlot(round, { capacity: 2 }), await createSlot(round, { capacity: 2, inHours: 96 })];
    const [applicant] = await invitedApplicants(server.graphqlUrl, round, 1);

    const responses = await fireAtOnce(2, (i) =>
      applicant!.client.request(BOOK, { input: { applicationId: applicant!.application.globalId, slotId: slots[i]!.globalId } }),
    );

    expectNoServerErrors(responses);
    expect(tally(responses)).toEqual({ MutationBookInterviewSlotSuccess: 1, IllegalTransitionError: 1 });
    expect(await prisma.interviewBooking.count({ where: { applicationId: applicant!.application.id } })).toBe(1);
    const counts = await prisma.interviewSlot.findMany({ where: { roundId: round.id }, select: { bookedCount: true } });
    expect(counts.map((slot) => slot.bookedCount).sort()).toEqual([0, 1]);
  });
});
