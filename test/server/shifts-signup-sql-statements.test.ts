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
  it('availableShifts and myShiftSignups: the same statements for 2 shifts and for 24', { timeout: 120_000 }, async () => {
    await addShifts(2, 100);
    const few = { available: await record(AVAILABLE), mine: await record(MINE) };
    expect(few.available.data.availableShifts.edges).toHaveLength(2);
    expect(few.mine.data.myShiftSignups.edges).toHaveLength(1);

    await addShifts(22, 200);
    const many = { available: await record(AVAILABLE), mine: await record(MINE) };
    expect(many.available.data.availableShifts.edges).toHaveLength(24);
    const positions = many.mine.data.myShiftSignups.edges.map((e: { node: { status: string; waitlistPosition: number | null } }) => e.node);
    expect(positions.filter((p: { status: string }) => p.status === 'WAITLISTED').every((p: { waitlistPosition: number | null }) => p.waitlistPosition === 2)).toBe(true);

    expect(many.available.statements).toEqual(few.available.statements);
    expect(many.mine.statements).toEqual(few.mine.statements);
    expect({ availableShifts: few.available.statements, myShiftSignups: few.mine.statements }).toMatchSnapshot();
  });
});
