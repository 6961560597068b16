// The SQL the coordinator's trainings page sends, snapshotted: the courses of a round with their
// sessions, enrolments, people, attendance and what each person still lacks cost a fixed number of
// statements however many courses, sessions and people there are.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { createApplication, createRound, type Round } from '../support/applications-scenarios.ts';
import { clientFor } from '../support/scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import {
  createCourse,
  createMakeUp,
  createQualification,
  enrol,
  grantQualification,
  markAttendance,
  requireQualifications,
} from '../support/trainings-scenarios.ts';

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

const COURSES = `query($roundId: ID!) {
  trainingCourses(roundId: $roundId) {
    id title completionRule minSessions
    qualification { id name validityMonths }
    sessions { id title startsAt endsAt place trainer capacity isMakeUp makeUpFor { id title } }
    enrolments {
      id enrolledAt completedAt applicationStatus
      application { id status }
      applicant { id fullName }
      attendance { sessionId status }
      progress { attended required complete }
      missingQualifications { id name }
    }
  }
}`;

/** A course with `people` enrolled, a make-up for its first session, attendance, and some qualified. */
async function addCourse(round: Round, people: number) {
  const qualification = await createQualification();
  const course = await createCourse(round, { sessions: 3, capacity: 40, qualification });
  const makeUp = await createMakeUp(course, course.sessions[0]!);
  for (let i = 0; i < people; i += 1) {
    const application = await createApplication(round, { status: 'IN_TRAINING' });
    const enrolment = await enrol(course, application);
    await markAttendance(course.sessions[0]!.id, enrolment.id, i % 2 === 0 ? 'ATTENDED' : 'ABSENT');
    if (i % 2 === 1) await markAttendance(makeUp.id, enrolment.id, 'ATTENDED');
    if (i % 3 === 0) await grantQualification(application.applicantId, qualification, 1);
  }
  return qualification;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
async function record(round: Round): Promise<{ data: any; statements: string[] }> {
  const { result, statements } = await recordSql(() => coordinator.ok(COURSES, { roundId: round.globalId }));
  return { data: result, statements: statements.map(normalise).sort() };
}

describe('statements of the trainings page', () => {
  it('trainingCourses: the same statements for 2 courses of 2 people and for 4 courses of 40', { timeout: 120_000 }, async () => {
    // Two of everything at least: Prisma words a look-up of one id differently from one of several.
    const round = await createRound({ status: 'TRAINING' });
    const required = await addCourse(round, 2);
    await addCourse(round, 2);
    await requireQualifications(round, required);
    const few = await record(round);
    expect(few.data.trainingCourses).toHaveLength(2);
    expect(few.data.trainingCourses[0].enrolments).toHaveLength(2);
    expect(few.data.trainingCourses[0].sessions).toHaveLength(4);

    await addCourse(round, 18);
    await addCourse(round, 18);
    const many = await record(round);
    expect(many.data.trainingCourses).toHaveLength(4);
    const enrolments = many.data.trainingCourses.flatMap((c: { enrolments: unknown[] }) => c.enrolments);
    expect(enrolments).toHaveLength(40);
    expect(enrolments.filter((e: { missingQualifications: unknown[] }) => e.missingQualifications.length === 0).length).toBeGreaterThan(0);
    expect(enrolments.filter((e: { missingQualifications: unknown[] }) => e.missingQualifications.length > 0).length).toBeGreaterThan(0);
    expect(await prisma.sessionAttendance.count()).toBeGreaterThan(40);

    expect(many.statements).toHaveLength(few.statements.length);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
  });
});
