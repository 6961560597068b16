// The SQL the coordinators' shift calendar sends, snapshotted: a month of shifts with their
// opportunity, area, district, qualifications, roles, series and fill level costs a fixed number of
// statements however many shifts and sign-ups it holds.
import { prisma } from '@katilim/server/db/prisma';
import { addDays, isoWeekday, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { createOpportunity, createQualification, createShift, createVolunteer, signUp } from '../support/shifts-scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

function normalise(sql: string): string {
  return sql
    .replace(/"public"\./g, '')
    .replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)')
    .replace(/\$\d+/g, '$?');
}

export const MONTH_CALENDAR = `query($from: Date!, $to: Date!) {
  shiftCalendar(from: $from, to: $to) {
    id startsAt endsAt capacity cutoffHours cancelledAt recurring detached occurrenceDate atRisk
    fill { held confirmed offered waitlisted capacity ratio level }
    roles { id name headcount }
    series { id startTime weekdays }
    opportunity { id title online address area { id name } district { id name } qualifications { id name } }
  }
}`;

const HOUR = 3_600_000;
const today = todayInIstanbul();
const firstMonday = addDays(today, 8 - isoWeekday(today));
const range = { from: firstMonday, to: addDays(firstMonday, 34) };

/** `count` shifts over the range, each with roles and `people` on it in every state. */
async function addShifts(count: number, people: number) {
  const qualification = await createQualification();
  const opportunity = await createOpportunity({ qualifications: [qualification] });
  const online = await createOpportunity({ districtId: null, areaSlug: 'social-media' });
  const volunteers = [];
  for (let i = 0; i < people; i += 1) volunteers.push(await createVolunteer());
  const startHours = (Date.parse(`${firstMonday}T07:00:00Z`) - Date.now()) / HOUR;
  for (let i = 0; i < count; i += 1) {
    const shift = await createShift({
      opportunity: i % 2 ? online : opportunity,
      startsInHours: startHours + i * 17,
      roles: [
        { nameTr: 'Lider', nameEn: 'Lead', headcount: 1 },
        { nameTr: 'Gönüllü', nameEn: 'Volunteer', headcount: 3 },
      ],
    });
    for (const [index, person] of volunteers.entries()) await signUp(shift, person.id, index < 3 ? 'CONFIRMED' : index === 3 ? 'OFFERED' : 'WAITLISTED');
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
async function record(): Promise<{ data: any; statements: string[] }> {
  const { result, statements } = await recordSql(() => coordinator.ok(MONTH_CALENDAR, range));
  return { data: result, statements: statements.map(normalise).sort() };
}

describe('statements of the shift calendar', () => {
  it('shiftCalendar: the same statements for 2 shifts of 2 people and for 40 shifts of 6', { timeout: 120_000 }, async () => {
    await addShifts(2, 2);
    const few = await record();
    expect(few.data.shiftCalendar).toHaveLength(2);
    expect(few.data.shiftCalendar[0].fill).toMatchObject({ held: 2, capacity: 4, level: 'PARTIAL' });

    await addShifts(38, 6);
    const many = await record();
    expect(many.data.shiftCalendar).toHaveLength(40);
    expect(many.data.shiftCalendar.at(-1).fill).toEqual({ held: 4, confirmed: 3, offered: 1, waitlisted: 2, capacity: 4, ratio: 1, level: 'FULL' });
    expect(await prisma.shiftSignup.count()).toBe(2 * 2 + 38 * 6);

    expect(many.statements).toHaveLength(few.statements.length);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
  });
});
