// The SQL the volunteers' shift pages send, snapshotted: the shifts a volunteer may sign up for (with
// places, waitlist and their own sign-up) and their own sign-ups (with waitlist positions) cost a
// fixed number of statements however many shifts, roles and sign-ups there are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { createOpportunity, createQualification, createShift, createVolunteer, signUp, volunteerClient } from '../support/shifts-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let volunteer: GraphQLClient;
let volunteerId: string;
beforeAll(async () => {
  server = await startTestServer();
  const made = await volunteerClient(server.graphqlUrl);
  volunteer = made.client;
  volunteerId = made.person.id;
});
afterAll(() => server?.close());

function normalise(sql: string): string {
  return sql
    .replace(/"public"\./g, '')
    .replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)')
    .replace(/\$\d+/g, '$?');
}

const AVAILABLE = `{
  availableShifts(first: 100) {
    edges { node {
      id startsAt endsAt signupClosesAt capacity placesLeft waitlistLength
      opportunity { id title online address area { id name } district { id name } qualifications { id name } }
      roles { id name headcount placesLeft }
      mySignups { id status waitlistPosition }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const MINE = `{
  myShiftSignups(first: 100) {
    edges { node { id status waitlistPosition holdExpiresAt lateCancellation role { name } pendingSwaps { id toName } shift { id startsAt opportunity { title } } } }
  }
}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
async function record(query: string): Promise<{ data: any; statements: string[] }> {
  const { result, statements } = await recordSql(() => volunteer.ok(query));
  return { data: result, statements: statements.map(normalise).sort() };
}

/** Shifts with roles, others signed up and on the waitlist, and the volunteer on some of them. */
async function addShifts(count: number, offsetHours: number) {
  const qualification = await createQualification();
  const opportunity = await createOpportunity();
  await createOpportunity({ qualifications: [qualification] });
  for (let i = 0; i < count; i += 1) {
    const shift = await createShift({
      opportunity,
      startsInHours: offsetHours + i * 5,
      roles: [
        { nameTr: 'Ekip lideri', nameEn: 'Team lead', headcount: 1 },
        { nameTr: 'Gönüllü', nameEn: 'Volunteer', headcount: 2 },
      ],
    });
    await signUp(shift, (await createVolunteer()).id);
    await signUp(shift, (await createVolunteer()).id, 'WAITLISTED', new Date(Date.now() - 1000));
    if (i % 2 === 0) await signUp(shift, volunteerId, i % 4 === 0 ? 'CONFIRMED' : 'WAITLISTED');
  }
}

describe('statements of the volunteers’ shift pages', () => {
  it('availableShifts and myShiftSignups: the same statements for 3 shifts and for 24', { timeout: 120_000 }, async () => {
    await addShifts(3, 100);
    const few = { available: await record(AVAILABLE), mine: await record(MINE) };
    expect(few.available.data.availableShifts.edges).toHaveLength(3);
    // Confirmed on one, waitlisted (second in line) on another: the positions' one statement is in the count.
    expect(few.mine.data.myShiftSignups.edges.map((e: { node: { status: string; waitlistPosition: number | null } }) => [e.node.status, e.node.waitlistPosition])).toEqual([
      ['CONFIRMED', null],
      ['WAITLISTED', 2],
    ]);

    await addShifts(21, 200);
    const many = { available: await record(AVAILABLE), mine: await record(MINE) };
    expect(many.available.data.availableShifts.edges).toHaveLength(24);
    const positions = many.mine.data.myShiftSignups.edges.map((e: { node: { status: string; waitlistPosition: number | null } }) => e.node);
    expect(positions.filter((p: { status: string }) => p.status === 'WAITLISTED').every((p: { waitlistPosition: number | null }) => p.waitlistPosition === 2)).toBe(true);

    expect(many.available.statements).toEqual(few.available.statements);
    expect(many.mine.statements).toEqual(few.mine.statements);
    expect({ availableShifts: few.available.statements, myShiftSignups: few.mine.statements }).toMatchSnapshot();
  });

  it('counts the place in line in SQL: earlier waitlistedAt first, the same instant by id, only that shift’s waitlist', async () => {
    const shift = await createShift({ capacity: 1, startsInHours: 400 });
    const other = await createShift({ capacity: 1, startsInHours: 410 });
    await signUp(shift, (await createVolunteer()).id);
    const at = new Date(Date.now() - 60_000);
    const first = await signUp(shift, (await createVolunteer()).id, 'WAITLISTED', new Date(at.getTime() - 1000));
    const tied = [await signUp(shift, (await createVolunteer()).id, 'WAITLISTED', at), await signUp(shift, (await createVolunteer()).id, 'WAITLISTED', at)];
    await signUp(other, (await createVolunteer()).id, 'WAITLISTED', new Date(at.getTime() - 5000));
    await signUp(shift, volunteerId, 'WAITLISTED');
    const { data } = await record(MINE);
    const mine = data.myShiftSignups.edges.map((e: { node: { id: string; waitlistPosition: number | null } }) => e.node);
    expect(mine.at(-1)!.waitlistPosition).toBe(4);
    // The tie is broken by id, as the promotion does.
    const [low] = [...tied].sort((a, b) => (a.id < b.id ? -1 : 1));
    const { waitlistPositions } = await import('@katilim/server/modules/shifts/waitlist-position');
    const request = {};
    expect(await Promise.all([first, ...tied].map((s) => waitlistPositions(request)(s.id)))).toEqual([1, ...tied.map((s) => (s.id === low!.id ? 2 : 3))]);
  });
});
