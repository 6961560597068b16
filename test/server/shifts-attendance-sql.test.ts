// The SQL of attendance's pages, snapshotted: a coordinator's attendance sheet (the shift, its
// roster, each volunteer and their no-show standing) and a volunteer's hours page cost a fixed number
// of statements however many people and shifts there are.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { attendedShift, createShift, createVolunteer, pauseForNoShows, signUp, volunteerClient, type Shift } from '../support/shifts-scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const normalise = (sql: string) => sql.replace(/"public"\./g, '').replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)').replace(/\$\d+/g, '$?');

const SHEET = `query($id: ID!) { node(id: $id) { id ... on Shift {
  startsAt endsAt capacity checkInQr checkInUrl opportunity { id title }
  attendanceRoster { id checkedInAt checkedOutAt attendance minutes hoursApprovedAt volunteer { id fullName } volunteerStanding { noShows pausedAt } }
} } }`;

const HOURS = `query($year: Int!) {
  myShiftHours(year: $year) { totalMinutes months { month minutes } areas { name minutes } }
  myShiftRecord(year: $year) { id checkedInAt attendance minutes hoursApprovedAt shift { id startsAt endsAt opportunity { id title } } }
  myParticipationCertificates { id code totalMinutes downloadPath }
}`;

async function addPeople(shift: Shift, count: number) {
  for (let i = 0; i < count; i += 1) {
    const person = await createVolunteer();
    const signup = await signUp(shift, person.id);
    await prisma.shiftSignup.update({ where: { id: signup.id }, data: { checkedInAt: new Date(), attendance: i % 3 === 0 ? 'NO_SHOW' : 'PRESENT', minutes: 60 } });
    if (i % 2 === 0) await pauseForNoShows(person.id, 1);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
async function record(client: GraphQLClient, document: string, variables: Record<string, unknown>): Promise<{ data: any; statements: string[] }> {
  const { result, statements } = await recordSql(() => client.ok(document, variables));
  return { data: result, statements: statements.map(normalise).sort() };
}

describe('statements of attendance’s pages', () => {
  it('the attendance sheet: the same statements for 2 people and for 30', { timeout: 120_000 }, async () => {
    const shift = await createShift({ startsInHours: -2, cutoffHours: 1, capacity: 40 });
    await addPeople(shift, 2);
    const few = await record(coordinator, SHEET, { id: shift.globalId });
    expect(few.data.node.attendanceRoster).toHaveLength(2);
    await addPeople(shift, 28);
    const many = await record(coordinator, SHEET, { id: shift.globalId });
    expect(many.data.node.attendanceRoster).toHaveLength(30);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
  });

  it('my hours: the same statements for 2 shifts and for 20', { timeout: 120_000 }, async () => {
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric' }).format(new Date(Date.now() - 26 * 3_600_000)));
    for (let i = 0; i < 2; i += 1) await attendedShift(person.id, { minutes: 60 });
    const few = await record(client, HOURS, { year });
    expect(few.data.myShiftRecord).toHaveLength(2);
    for (let i = 0; i < 18; i += 1) await attendedShift(person.id, { minutes: 30, approved: i % 2 === 0 });
    const many = await record(client, HOURS, { year });
    expect(many.data.myShiftRecord).toHaveLength(20);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
  });
});
