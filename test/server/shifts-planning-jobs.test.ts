// Planning meets the sign-ups' reminders on the real pg-boss runner: a cancelled shift cancels the
// reminder jobs of its sign-ups; a moved shift (one, or "this and following" of a series) cancels
// them and queues new ones for the new time.
import { prisma } from '@katilim/server/db/prisma';
import { REMINDER_QUEUE } from '@katilim/server/modules/shifts/reminders';
import { addDays, isoWeekday, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, idOf } from '../support/applications-scenarios.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { createOpportunity, createShift, volunteerClient } from '../support/shifts-scenarios.ts';
import { SIGN_UP } from '../support/shifts-signup-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer({ jobs: true });
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const HOUR = 3_600_000;
const EDIT_SHIFT = `mutation($input: EditShiftInput!) { editShift(input: $input) { __typename ... on Error { code } } }`;
const CANCEL_SHIFT = `mutation($input: CancelShiftInput!) { cancelShift(input: $input) { __typename ... on Error { code } } }`;
const CREATE_SERIES = `mutation($input: CreateShiftSeriesInput!) { createShiftSeries(input: $input) { __typename ... on MutationCreateShiftSeriesSuccess { data { id } } ... on Error { code } } }`;
const EDIT_FOLLOWING = `mutation($input: EditFollowingShiftsInput!) { editFollowingShifts(input: $input) { __typename ... on Error { code } } }`;

type JobRow = { id: string; state: string; start_after: Date };
const jobsOf = async (ids: string[]) =>
  (await prisma.$queryRaw<JobRow[]>`SELECT id::text, state::text, start_after FROM pgboss.job WHERE name = ${REMINDER_QUEUE} AND id::text = ANY(${ids})`).sort(
    (a, b) => a.start_after.getTime() - b.start_after.getTime(),
  );

/** A volunteer signed up through the API, so their reminders are queued as in real use. */
async function signedUp(shiftGlobalId: string) {
  const { client } = await volunteerClient(server.graphqlUrl);
  const made = await client.ok(SIGN_UP, { input: { shiftId: shiftGlobalId } });
  expect(made.signUpForShift.data.status).toBe('CONFIRMED');
  const id = idOf(made.signUpForShift.data.id);
  const { reminderJobIds } = await prisma.shiftSignup.findUniqueOrThrow({ where: { id } });
  expect(reminderJobIds).toHaveLength(2);
  return { id, reminderJobIds };
}

const remindersOf = async (signupId: string) => (await prisma.shiftSignup.findUniqueOrThrow({ where: { id: signupId } })).reminderJobIds;

describe('reminders follow the shift', () => {
  it('cancelling a shift cancels the reminder jobs of everyone on it', async () => {
    const shift = await createShift({ startsInHours: 72 });
    const first = await signedUp(shift.globalId);
    const second = await signedUp(shift.globalId);
    expect((await coordinator.ok(CANCEL_SHIFT, { input: { shiftId: shift.globalId } })).cancelShift.__typename).toBe('MutationCancelShiftSuccess');
    for (const signup of [first, second]) {
      expect(await remindersOf(signup.id)).toEqual([]);
      expect((await jobsOf(signup.reminderJobIds)).map((job) => job.state)).toEqual(['cancelled', 'cancelled']);
    }
  });

  it('moving a shift cancels the old reminders and queues new ones for the new time', async () => {
    const shift = await createShift({ startsInHours: 72 });
    const signup = await signedUp(shift.globalId);
    const startsAt = new Date(shift.startsAt.getTime() + 5 * HOUR);
    expect((await coordinator.ok(EDIT_SHIFT, { input: { shiftId: shift.globalId, startsAt: startsAt.toISOString() } })).editShift.__typename).toBe('MutationEditShiftSuccess');
    expect((await jobsOf(signup.reminderJobIds)).map((job) => job.state)).toEqual(['cancelled', 'cancelled']);
    const fresh = await remindersOf(signup.id);
    expect(fresh).toHaveLength(2);
    expect(fresh.some((id) => signup.reminderJobIds.includes(id))).toBe(false);
    expect((await jobsOf(fresh)).map((job) => [job.state, job.start_after.getTime()])).toEqual([
      ['created', startsAt.getTime() - 24 * HOUR],
      ['created', startsAt.getTime() - 2 * HOUR],
    ]);

    // A capacity change alone leaves the reminders as they are.
    await coordinator.ok(EDIT_SHIFT, { input: { shiftId: shift.globalId, capacity: 9 } });
    expect(await remindersOf(signup.id)).toEqual(fresh);
  });

  it('"this and following" re-queues the reminders of moved occurrences and cancels those of dropped ones', async () => {
    const today = todayInIstanbul();
    const monday = addDays(today, 8 - isoWeekday(today) + 7);
    const opportunity = await createOpportunity();
    const created = await coordinator.ok(CREATE_SERIES, {
      input: { opportunityId: opportunity.globalId, startDate: monday, until: addDays(monday, 10), weekdays: [2, 4], startTime: '10:00', durationMinutes: 120, capacity: 5, cutoffHours: 12 },
    });
    const shifts = await prisma.shift.findMany({ where: { seriesId: idOf(created.createShiftSeries.data.id) }, orderBy: { startsAt: 'asc' } });
    expect(shifts).toHaveLength(4); // Tue, Thu, Tue, Thu
    const onTuesday = await signedUp(globalId('Shift', shifts[2]!.id));
    const onThursday = await signedUp(globalId('Shift', shifts[3]!.id));

    // From the second Tuesday on: Tuesdays only, at 11:00. The Tuesday moves, the Thursday is dropped.
    const edited = await coordinator.ok(EDIT_FOLLOWING, {
      input: { shiftId: globalId('Shift', shifts[2]!.id), weekdays: [2], startTime: '11:00', durationMinutes: 120, capacity: 5, cutoffHours: 12, until: addDays(monday, 10) },
    });
    expect(edited.editFollowingShifts.__typename).toBe('MutationEditFollowingShiftsSuccess');
    const moved = await prisma.shift.findUniqueOrThrow({ where: { id: shifts[2]!.id } });
    expect(moved.startsAt.getTime()).toBe(shifts[2]!.startsAt.getTime() + HOUR);
    expect((await jobsOf(onTuesday.reminderJobIds)).map((job) => job.state)).toEqual(['cancelled', 'cancelled']);
    const fresh = await remindersOf(onTuesday.id);
    expect((await jobsOf(fresh)).map((job) => [job.state, job.start_after.getTime()])).toEqual([
      ['created', moved.startsAt.getTime() - 24 * HOUR],
      ['created', moved.startsAt.getTime() - 2 * HOUR],
    ]);
    expect(await remindersOf(onThursday.id)).toEqual([]);
    expect((await jobsOf(onThursday.reminderJobIds)).map((job) => job.state)).toEqual(['cancelled', 'cancelled']);
  });
});
