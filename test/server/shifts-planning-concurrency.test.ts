// Planning under concurrency, through real HTTP: requests fired at once decide one at a time where
// they touch the same rows (invitations to a shift, copies into a week, splits of a series).
import { prisma } from '@katilim/server/db/prisma';
import { addDays, isoWeekday, istanbulInstant, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, idOf } from '../support/applications-scenarios.ts';
import { fireAtOnce } from '../support/concurrency.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { createOpportunity, createShift, createVolunteer, mailsTo, signUp, type Shift } from '../support/shifts-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinators: GraphQLClient[];
beforeAll(async () => {
  server = await startTestServer();
  coordinators = [];
  for (let i = 0; i < 3; i += 1) coordinators.push((await clientFor(server.graphqlUrl, ['COORDINATOR'])).client);
});
afterAll(() => server?.close());

const mondayAhead = (weeks: number) => {
  const today = todayInIstanbul();
  return addDays(today, 8 - isoWeekday(today) + 7 * (weeks - 1));
};
const caller = (index: number) => coordinators[index % coordinators.length]!;

const INVITE = `mutation($input: InviteToShiftInput!) {
  inviteToShift(input: $input) { __typename ... on MutationInviteToShiftSuccess { data { invitations { id } skipped { reason } } } ... on Error { code } }
}`;
const COPY = `mutation($input: CopyShiftWeekInput!) {
  copyShiftWeek(input: $input) { __typename ... on MutationCopyShiftWeekSuccess { data { created { id } skipped { id } } } ... on Error { code } }
}`;
const CREATE_SERIES = `mutation($input: CreateShiftSeriesInput!) { createShiftSeries(input: $input) { __typename ... on MutationCreateShiftSeriesSuccess { data { id } } } }`;
const EDIT_FOLLOWING = `mutation($input: EditFollowingShiftsInput!) {
  editFollowingShifts(input: $input) { __typename ... on MutationEditFollowingShiftsSuccess { data { updated created cancelled } } ... on Error { code } }
}`;

describe('at once', () => {
  it('eight invitations of the same person to a shift make one invitation and one mail', async () => {
    const shift = await createShift({ startsInHours: 100 });
    const volunteer = await createVolunteer();
    const results = await fireAtOnce(8, (i) => caller(i).request(INVITE, { input: { shiftId: shift.globalId, userIds: [globalId('User', volunteer.id)] } }));
    expect(results.map((r) => [r.status, r.errors])).toEqual(Array.from({ length: 8 }, () => [200, undefined]));
    const data = results.map((r) => r.data.inviteToShift.data);
    expect(data.filter((d) => d.invitations.length === 1)).toHaveLength(1);
    expect(data.filter((d) => d.skipped[0]?.reason === 'ALREADY_INVITED')).toHaveLength(7);
    expect(await prisma.shiftInvitation.count({ where: { shiftId: shift.id } })).toBe(1);
    expect(await mailsTo(volunteer.id)).toHaveLength(1);
  });

  it('three copies of a week into the same week create each shift once', async () => {
    const from = mondayAhead(8);
    const to = addDays(from, 7);
    const opportunity = await createOpportunity();
    for (const [offset, time] of [[0, '09:00'], [2, '14:00'], [4, '18:30']] as const) {
      await createShift({ opportunity, startsInHours: (istanbulInstant(addDays(from, offset), time).getTime() - Date.now()) / 3_600_000 });
    }
    const results = await fireAtOnce(3, (i) => caller(i).request(COPY, { input: { fromWeek: from, toWeek: to } }));
    expect(results.map((r) => [r.status, r.errors, r.data.copyShiftWeek.__typename])).toEqual(Array.from({ length: 3 }, () => [200, undefined, 'MutationCopyShiftWeekSuccess']));
    const created = results.map((r) => r.data.copyShiftWeek.data.created.length).sort();
    expect(created).toEqual([0, 0, 3]);
    expect(await prisma.shift.count({ where: { opportunityId: opportunity.id } })).toBe(6);
  });

  it('two "this and following" edits of one series leave exactly one live shift a day, sign-ups kept', async () => {
    const opportunity = await createOpportunity();
    const monday = mondayAhead(3);
    const created = await caller(0).ok(CREATE_SERIES, {
      input: { opportunityId: opportunity.globalId, startDate: monday, until: addDays(monday, 27), weekdays: [1, 3], startTime: '10:00', durationMinutes: 120, capacity: 4, cutoffHours: 6 },
    });
    const shifts = await prisma.shift.findMany({ where: { seriesId: idOf(created.createShiftSeries.data.id) }, orderBy: { startsAt: 'asc' } });
    expect(shifts).toHaveLength(8);
    const volunteer = await createVolunteer();
    await signUp({ ...shifts[6]!, opportunity, globalId: globalId('Shift', shifts[6]!.id) } as unknown as Shift, volunteer.id);

    const [a, b] = await fireAtOnce(2, (i) =>
      caller(i).request(EDIT_FOLLOWING, {
        input: {
          shiftId: globalId('Shift', shifts[i === 0 ? 2 : 4]!.id),
          weekdays: [1, 3],
          startTime: i === 0 ? '11:00' : '12:00',
          durationMinutes: 120,
          capacity: 4,
          cutoffHours: 6,
          until: addDays(monday, 27),
        },
      }),
    );
    for (const result of [a!, b!]) {
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(result.data.editFollowingShifts.__typename).toBe('MutationEditFollowingShiftsSuccess');
    }
    const live = await prisma.shift.findMany({ where: { opportunityId: opportunity.id, cancelledAt: null }, orderBy: { startsAt: 'asc' } });
    const days = live.map((s) => s.occurrenceDate!.toISOString().slice(0, 10));
    expect(days).toEqual([0, 2, 7, 9, 14, 16, 21, 23].map((d) => addDays(monday, d)));
    expect(await prisma.shift.count({ where: { opportunityId: opportunity.id } })).toBe(8);
    expect(await prisma.shiftSeries.count({ where: { opportunityId: opportunity.id } })).toBe(3);
    expect((await prisma.shiftSignup.findFirstOrThrow({ where: { userId: volunteer.id } })).shiftId).toBe(shifts[6]!.id);
  });
});
