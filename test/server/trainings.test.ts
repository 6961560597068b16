// Trainings: courses and sessions, enrolment of accepted applicants, attendance with make-up
// sessions, the completion rules, qualifications with their validity, and activation into an
// active volunteer. Refused requests are shown to write nothing.
import { addMonthsInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '@katilim/server/db/prisma';
import { completionProgress } from '@katilim/server/modules/trainings/completion';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { createApplication, createRound, globalId, type Round } from '../support/applications-scenarios.ts';
import { fireAtOnce } from '../support/concurrency.ts';
import { clientFor, createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import {
  createCourse,
  createMakeUp,
  createQualification,
  enrol,
  grantQualification,
  markAttendance,
  requireQualifications,
  trainingWriteCounts,
} from '../support/trainings-scenarios.ts';

let server: TestServer;
let coordinator: GraphQLClient;
let coordinatorId: string;
beforeAll(async () => {
  server = await startTestServer();
  const made = await clientFor(server.graphqlUrl, ['COORDINATOR']);
  coordinator = made.client;
  coordinatorId = made.person.id;
});
afterAll(() => server?.close());

const RESULT = (success: string, data: string) =>
  `__typename ... on ${success} { data { ${data} } } ... on InputValidationError { issues { path message } } ... on Error { code message }`;

const RECORD = `mutation($input: RecordSessionAttendanceInput!) {
  recordSessionAttendance(input: $input) {
    ${RESULT('MutationRecordSessionAttendanceSuccess', 'id completedAt progress { attended required complete } attendance { sessionId status }')}
  }
}`;

const ENROL = `mutation($input: EnrolInTrainingInput!) {
  enrolInTraining(input: $input) {
    __typename
    ... on MutationEnrolInTrainingSuccess {
      data { enrolled { id applicationStatus applicant { fullName } } skipped { applicationId reason } course { id enrolments { id } } }
    }
    ... on TrainingFullError { code message capacity enrolled requested }
    ... on CourseNotReadyError { code sessionsNeeded sessions }
    ... on Error { code message }
  }
}`;

const ACTIVATE = `mutation($input: ActivateVolunteerInput!) {
  activateVolunteer(input: $input) {
    __typename
    ... on MutationActivateVolunteerSuccess { data { id status trainings { id applicationStatus } } }
    ... on QualificationsMissingError { code message missing { id name } }
    ... on IllegalTransitionError { code from to }
    ... on Error { code message }
  }
}`;

const ADD_SESSION = `mutation($input: AddTrainingSessionInput!) {
  addTrainingSession(input: $input) {
    ${RESULT('MutationAddTrainingSessionSuccess', 'id title isMakeUp makeUpFor { id } capacity')}
    ... on CapacityBelowEnrolmentsError { capacity enrolled }
  }
}`;

const CREATE_COURSE = `mutation($input: CreateTrainingCourseInput!) {
  createTrainingCourse(input: $input) {
    ${RESULT('MutationCreateTrainingCourseSuccess', 'id title titleEn completionRule minSessions qualification { id name } sessions { id }')}
  }
}`;

type Entry = { enrolmentId: string; status: 'ATTENDED' | 'ABSENT' | 'EXCUSED' };
async function record(sessionGlobalId: string, entries: Entry[], client: GraphQLClient = coordinator) {
  return (await client.ok(RECORD, { input: { sessionId: sessionGlobalId, entries } })).recordSessionAttendance;
}

async function trainee(round: Round, spec: Parameters<typeof createApplication>[1] = {}) {
  return createApplication(round, { status: 'IN_TRAINING', ...spec });
}

describe('completion rules', () => {
  const S = [
    { id: 's1', makeUpForId: null },
    { id: 's2', makeUpForId: null },
    { id: 's3', makeUpForId: null },
    { id: 'm2', makeUpForId: 's2' },
  ];
  const ALL = { completionRule: 'ALL_SESSIONS' as const, minSessions: null };
  const TWO_OF_THREE = { completionRule: 'MIN_SESSIONS' as const, minSessions: 2 };

  it.each([
    ['all sessions, every one attended', ALL, ['s1', 's2', 's3'], { attended: 3, required: 3, complete: true }],
    ['all sessions, the missed one made up', ALL, ['s1', 'm2', 's3'], { attended: 3, required: 3, complete: true }],
    ['all sessions, one missed and not made up', ALL, ['s1', 's3'], { attended: 2, required: 3, complete: false }],
    ['all sessions, original and make-up both attended count once', ALL, ['s1', 's2', 'm2'], { attended: 2, required: 3, complete: false }],
    ['2 of 3, two attended', TWO_OF_THREE, ['s1', 's3'], { attended: 2, required: 2, complete: true }],
    ['2 of 3, one attended and one made up', TWO_OF_THREE, ['s1', 'm2'], { attended: 2, required: 2, complete: true }],
    ['2 of 3, one attended', TWO_OF_THREE, ['s3'], { attended: 1, required: 2, complete: false }],
    ['2 of 3, nothing attended', TWO_OF_THREE, [], { attended: 0, required: 2, complete: false }],
  ] as const)('%s', (_name, course, attended, expected) => {
    expect(completionProgress(course, S, new Set(attended))).toEqual(expected);
  });

  it('completes nobody on a course without sessions', () => {
    expect(completionProgress({ completionRule: 'ALL_SESSIONS', minSessions: null }, [], new Set())).toEqual({
      attended: 0,
      required: 0,
      complete: false,
    });
  });
});

describe('attendance and completion', () => {
  it('ALL_SESSIONS: a make-up covers a missed session; completing grants the qualification and mails the person', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const qualification = await createQualification({ validityMonths: 24, nameTr: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi' });
    const course = await createCourse(round, { rule: 'ALL_SESSIONS', sessions: 3, qualification });
    const [s1, s2, s3] = course.sessions as [typeof course.sessions[number], typeof course.sessions[number], typeof course.sessions[number]];
    const makeUp = await createMakeUp(course, s2);
    const missed = await trainee(round);
    const steady = await trainee(round);
    await prisma.user.update({ where: { id: steady.applicant.id }, data: { locale: 'en' } });
    const a = await enrol(course, missed);
    const b = await enrol(course, steady);

    await record(s1.globalId, [
      { enrolmentId: a.globalId, status: 'ATTENDED' },
      { enrolmentId: b.globalId, status: 'ATTENDED' },
    ]);
    await record(s2.globalId, [
      { enrolmentId: a.globalId, status: 'ABSENT' },
      { enrolmentId: b.globalId, status: 'ATTENDED' },
    ]);
    const third = await record(s3.globalId, [
      { enrolmentId: a.globalId, status: 'ATTENDED' },
      { enrolmentId: b.globalId, status: 'ATTENDED' },
    ]);
    expect(third.__typename).toBe('MutationRecordSessionAttendanceSuccess');
    const after3 = new Map(third.data.map((e: { id: string }) => [e.id, e]));
    expect(after3.get(a.globalId)).toMatchObject({ completedAt: null, progress: { attended: 2, required: 3, complete: false } });
    expect(after3.get(b.globalId)).toMatchObject({ progress: { attended: 3, required: 3, complete: true } });
    expect(await prisma.userQualification.count({ where: { userId: missed.applicant.id } })).toBe(0);

    const madeUp = await record(makeUp.globalId, [{ enrolmentId: a.globalId, status: 'ATTENDED' }]);
    expect(madeUp.data).toEqual([
      expect.objectContaining({ id: a.globalId, completedAt: expect.any(String), progress: { attended: 3, required: 3, complete: true } }),
    ]);

    for (const [application, enrolment] of [
      [missed, a],
      [steady, b],
    ] as const) {
      const completed = await prisma.trainingEnrolment.findUniqueOrThrow({ where: { id: enrolment.id } });
      const granted = await prisma.userQualification.findMany({ where: { userId: application.applicant.id } });
      expect(granted).toHaveLength(1);
      expect(granted[0]).toMatchObject({ qualificationId: qualification.id, courseId: course.id, grantedAt: completed.completedAt });
      expect(granted[0]!.expiresAt).toEqual(addMonthsInIstanbul(completed.completedAt!, 24));
      const months = (granted[0]!.expiresAt.getTime() - granted[0]!.grantedAt.getTime()) / (30.44 * 86_400_000);
      expect(Math.round(months)).toBe(24);
      expect(await prisma.auditEntry.count({ where: { action: 'training.complete', entityId: enrolment.id, actorId: coordinatorId } })).toBe(1);
    }

    const mails = await prisma.outboxMessage.findMany({ where: { template: 'trainingCompleted' }, orderBy: { createdAt: 'asc' } });
    expect(mails.map((m) => [m.toAddress, m.locale])).toEqual([
      [steady.applicant.email, 'en'],
      [missed.applicant.email, 'tr'],
    ]);
    expect(mails[1]!.subject).toContain(course.titleTr);
    expect(mails[1]!.bodyText).toContain('Toplumsal Cinsiyet Eşitliği Temel Eğitimi');
    expect(mails[0]!.subject).toContain(course.titleEn);
    expect(mails[0]!.bodyText).toMatch(/valid until \d{1,2} \w+ 20\d\d/);

    // Recording the last session again neither completes twice nor grants twice.
    await record(s3.globalId, [{ enrolmentId: b.globalId, status: 'ATTENDED' }]);
    expect(await prisma.userQualification.count({ where: { userId: steady.applicant.id } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { template: 'trainingCompleted' } })).toBe(2);
  });

  it('MIN_SESSIONS: N of M completes; short of N does not, and nothing is granted', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const course = await createCourse(round, { rule: 'MIN_SESSIONS', minSessions: 2, sessions: 3 });
    const [s1, s2, s3] = course.sessions as [typeof course.sessions[number], typeof course.sessions[number], typeof course.sessions[number]];
    const enough = await enrol(course, await trainee(round));
    const short = await enrol(course, await trainee(round));
    const outboxBefore = await prisma.outboxMessage.count();

    await record(s1.globalId, [
      { enrolmentId: enough.globalId, status: 'ATTENDED' },
      { enrolmentId: short.globalId, status: 'ATTENDED' },
    ]);
    await record(s2.globalId, [
      { enrolmentId: enough.globalId, status: 'ABSENT' },
      { enrolmentId: short.globalId, status: 'EXCUSED' },
    ]);
    const last = await record(s3.globalId, [
      { enrolmentId: enough.globalId, status: 'ATTENDED' },
      { enrolmentId: short.globalId, status: 'ABSENT' },
    ]);
    const byId = new Map(last.data.map((e: { id: string }) => [e.id, e]));
    expect(byId.get(enough.globalId)).toMatchObject({ completedAt: expect.any(String), progress: { attended: 2, required: 2, complete: true } });
    expect(byId.get(short.globalId)).toMatchObject({ completedAt: null, progress: { attended: 1, required: 2, complete: false } });
    expect(await prisma.userQualification.count({ where: { courseId: course.id } })).toBe(1);
    expect(await prisma.outboxMessage.count()).toBe(outboxBefore + 1);
  });

  it('corrects a recorded status in place: one row per person and session, audited each time', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const course = await createCourse(round, { sessions: 2 });
    const enrolment = await enrol(course, await trainee(round));
    const session = course.sessions[0]!;
    await record(session.globalId, [{ enrolmentId: enrolment.globalId, status: 'ABSENT' }]);
    const corrected = await record(session.globalId, [{ enrolmentId: enrolment.globalId, status: 'ATTENDED' }]);
    expect(corrected.data[0].attendance).toEqual([{ sessionId: session.globalId, status: 'ATTENDED' }]);
    expect(await prisma.sessionAttendance.count({ where: { enrolmentId: enrolment.id } })).toBe(1);
    const audits = await prisma.auditEntry.findMany({ where: { action: 'training.recordAttendance', entityId: session.id }, orderBy: { createdAt: 'asc' } });
    expect(audits.map((a) => a.data)).toEqual([
      { entries: [{ enrolmentId: enrolment.id, status: 'ABSENT' }] },
      { entries: [{ enrolmentId: enrolment.id, status: 'ATTENDED' }] },
    ]);
  });

  it('completes once when a session and its make-up are recorded at the same moment', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const course = await createCourse(round, { sessions: 2 });
    const [s1, s2] = course.sessions as [typeof course.sessions[number], typeof course.sessions[number]];
    const makeUp = await createMakeUp(course, s1);
    const PEOPLE = 8;
    const enrolments: Awaited<ReturnType<typeof enrol>>[] = [];
    for (let i = 0; i < PEOPLE; i += 1) enrolments.push(await enrol(course, await trainee(round)));
    await record(s1.globalId, enrolments.map((e) => ({ enrolmentId: e.globalId, status: 'ABSENT' as const })));
    const others = await Promise.all(enrolments.map(async () => (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client));

    // For each person, one coordinator records the last session while another records the make-up.
    const results = await fireAtOnce(PEOPLE * 2, (i) => {
      const enrolment = enrolments[Math.floor(i / 2)]!;
      return i % 2 === 0
        ? record(s2.globalId, [{ enrolmentId: enrolment.globalId, status: 'ATTENDED' }])
        : record(makeUp.globalId, [{ enrolmentId: enrolment.globalId, status: 'ATTENDED' }], others[Math.floor(i / 2)]!);
    });
    expect(new Set(results.map((r) => r.__typename))).toEqual(new Set(['MutationRecordSessionAttendanceSuccess']));
    // Whichever came second saw the first's attendance: everyone completed, each exactly once.
    expect(await prisma.trainingEnrolment.count({ where: { courseId: course.id, completedAt: null } })).toBe(0);
    expect(await prisma.userQualification.count({ where: { courseId: course.id } })).toBe(PEOPLE);
    expect(await prisma.outboxMessage.count({ where: { template: 'trainingCompleted', userId: { in: enrolments.map((e) => e.application.applicantId) } } })).toBe(PEOPLE);
  });

  it('grants nothing to someone who withdrew, though their attendance is kept', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const course = await createCourse(round, { sessions: 1 });
    const enrolment = await enrol(course, await createApplication(round, { status: 'WITHDRAWN' }));
    const result = await record(course.sessions[0]!.globalId, [{ enrolmentId: enrolment.globalId, status: 'ATTENDED' }]);
    expect(result.data).toEqual([expect.objectContaining({ completedAt: null, progress: { attended: 1, required: 1, complete: true } })]);
    expect(await prisma.userQualification.count({ where: { courseId: course.id } })).toBe(0);
  });

  it('refuses attendance for someone not enrolled in the course, writing nothing', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const course = await createCourse(round);
    const other = await createCourse(round);
    const inCourse = await enrol(course, await trainee(round));
    const elsewhere = await enrol(other, await trainee(round));
    const before = await trainingWriteCounts();
    const result = await record(course.sessions[0]!.globalId, [
      { enrolmentId: inCourse.globalId, status: 'ATTENDED' },
      { enrolmentId: elsewhere.globalId, status: 'ATTENDED' },
    ]);
    expect(result).toMatchObject({ __typename: 'EnrolmentNotInCourseError', code: 'ENROLMENT_NOT_IN_COURSE' });
    expect(await trainingWriteCounts()).toEqual(before);
  });

  it.each(['no role', 'VOLUNTEER', 'FACILITATOR', 'the trainee themself'] as const)(
    'refuses a caller with %s: only coordinators record attendance',
    async (caller) => {
      const round = await createRound({ status: 'TRAINING' });
      const course = await createCourse(round);
      const roles = caller === 'the trainee themself' ? (['VOLUNTEER'] as const) : caller === 'no role' ? [] : [caller];
      const { person, client } = await clientFor(server.graphqlUrl, [...roles]);
      const application = await trainee(round, caller === 'the trainee themself' ? { applicant: person } : {});
      const enrolment = await enrol(course, application);
      const before = await trainingWriteCounts();
      const response = await client.request(RECORD, {
        input: { sessionId: course.sessions[0]!.globalId, entries: [{ enrolmentId: enrolment.globalId, status: 'ATTENDED' }] },
      });
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(response.data?.recordSessionAttendance ?? null).toBeNull();
      expect(await trainingWriteCounts()).toEqual(before);
    },
  );
});

describe('courses and sessions', () => {
  it('creates a course; "N of M" needs its N, and "all sessions" keeps no stray minimum', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const qualification = await createQualification();
    const base = { roundId: round.globalId, titleTr: 'Temel Eğitim', titleEn: 'Basic Training', qualificationId: qualification.globalId };

    const missingN = (await coordinator.ok(CREATE_COURSE, { input: { ...base, completionRule: 'MIN_SESSIONS' } })).createTrainingCourse;
    expect(missingN.__typename).toBe('InputValidationError');
    expect(missingN.issues).toEqual([{ path: ['minSessions'], message: '"En az N oturum" kuralı için oturum sayısını girin.' }]);

    const all = (await coordinator.ok(CREATE_COURSE, { input: { ...base, completionRule: 'ALL_SESSIONS', minSessions: 3 } })).createTrainingCourse;
    expect(all.data).toMatchObject({ title: 'Temel Eğitim', titleEn: 'Basic Training', completionRule: 'ALL_SESSIONS', minSessions: null, sessions: [] });
    expect(all.data.qualification.id).toBe(qualification.globalId);

    const nOfM = (await coordinator.ok(CREATE_COURSE, { input: { ...base, completionRule: 'MIN_SESSIONS', minSessions: 2 } })).createTrainingCourse;
    expect(nOfM.data).toMatchObject({ completionRule: 'MIN_SESSIONS', minSessions: 2 });
    expect(await prisma.auditEntry.count({ where: { action: 'training.createCourse', actorId: coordinatorId } })).toBeGreaterThanOrEqual(2);
  });

  it('adds regular and make-up sessions; a make-up must replace a regular session of the same course', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const course = await createCourse(round, { sessions: 1 });
    const other = await createCourse(round, { sessions: 1 });
    const session = (startsAt: string, extra: Record<string, unknown> = {}) => ({
      courseId: course.globalId,
      title: 'Toplumsal cinsiyet ve medya',
      startsAt,
      endsAt: new Date(new Date(startsAt).getTime() + 2 * 3_600_000).toISOString(),
      place: 'Alsancak Gençlik Merkezi',
      trainer: 'Ece Tan',
      capacity: 25,
      ...extra,
    });

    const regular = (await coordinator.ok(ADD_SESSION, { input: session('2026-12-05T07:00:00.000Z') })).addTrainingSession;
    expect(regular.data).toMatchObject({ title: 'Toplumsal cinsiyet ve medya', isMakeUp: false, makeUpFor: null, capacity: 25 });

    const makeUp = (await coordinator.ok(ADD_SESSION, { input: session('2026-12-08T15:00:00.000Z', { makeUpForId: regular.data.id, capacity: 5 }) }))
      .addTrainingSession;
    expect(makeUp.data).toMatchObject({ isMakeUp: true, makeUpFor: { id: regular.data.id }, capacity: 5 });

    const before = await prisma.trainingSession.count();
    for (const makeUpForId of [makeUp.data.id, other.sessions[0]!.globalId]) {
      const refused = (await coordinator.ok(ADD_SESSION, { input: session('2026-12-09T15:00:00.000Z', { makeUpForId }) })).addTrainingSession;
      expect(refused).toMatchObject({ __typename: 'InvalidMakeUpError', code: 'INVALID_MAKE_UP' });
    }
    const backwards = (await coordinator.ok(ADD_SESSION, {
      input: { ...session('2026-12-09T15:00:00.000Z'), endsAt: '2026-12-09T14:00:00.000Z' },
    })).addTrainingSession;
    expect(backwards.__typename).toBe('InputValidationError');
    expect(backwards.issues.map((i: { path: string[] }) => i.path)).toEqual([['endsAt']]);
    expect(await prisma.trainingSession.count()).toBe(before);
  });

  it('refuses a regular session with fewer seats than people enrolled (a make-up may be smaller)', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const course = await createCourse(round, { sessions: 1 });
    for (let i = 0; i < 3; i += 1) await enrol(course, await trainee(round));
    const input = {
      courseId: course.globalId,
      title: 'Ek oturum',
      startsAt: '2026-12-10T07:00:00.000Z',
      endsAt: '2026-12-10T09:00:00.000Z',
      place: 'Buca Kadın Merkezi',
      trainer: 'Ece Tan',
      capacity: 2,
    };
    const refused = (await coordinator.ok(ADD_SESSION, { input })).addTrainingSession;
    expect(refused).toMatchObject({ __typename: 'CapacityBelowEnrolmentsError', capacity: 2, enrolled: 3 });
    const makeUp = (await coordinator.ok(ADD_SESSION, { input: { ...input, makeUpForId: course.sessions[0]!.globalId } })).addTrainingSession;
    expect(makeUp.__typename).toBe('MutationAddTrainingSessionSuccess');
  });
});

describe('enrolment', () => {
  it('enrols accepted applicants (→ IN_TRAINING) and people already in training; skips the rest with a reason', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const elsewhere = await createRound({ status: 'TRAINING' });
    const first = await createCourse(round);
    const second = await createCourse(round);
    const accepted = await createApplication(round, { status: 'ACCEPTED' });
    const inTraining = await createApplication(round, { status: 'IN_TRAINING' });
    await enrol(first, inTraining);
    const submitted = await createApplication(round, { status: 'SUBMITTED' });
    const waitlisted = await createApplication(round, { status: 'WAITLISTED' });
    const rejected = await createApplication(round, { status: 'REJECTED' });
    const otherRound = await createApplication(elsewhere, { status: 'ACCEPTED' });
    const alreadyIn = await createApplication(round, { status: 'IN_TRAINING' });
    await enrol(second, alreadyIn);
    const eventsBefore = await prisma.applicationEvent.count();

    const result = (
      await coordinator.ok(ENROL, {
        input: {
          courseId: second.globalId,
          applicationIds: [accepted, inTraining, submitted, waitlisted, rejected, otherRound, alreadyIn].map((a) => a.globalId),
        },
      })
    ).enrolInTraining;
    expect(result.__typename).toBe('MutationEnrolInTrainingSuccess');
    expect(result.data.enrolled.map((e: { applicationStatus: string }) => e.applicationStatus)).toEqual(['IN_TRAINING', 'IN_TRAINING']);
    expect(new Set(result.data.enrolled.map((e: { applicant: { fullName: string } }) => e.applicant.fullName))).toEqual(
      new Set([accepted, inTraining].map((a) => `${(a.applicant as { firstName: string }).firstName} ${(a.applicant as { lastName: string }).lastName}`)),
    );
    expect(result.data.skipped).toEqual([
      { applicationId: submitted.globalId, reason: 'NOT_ACCEPTED' },
      { applicationId: waitlisted.globalId, reason: 'NOT_ACCEPTED' },
      { applicationId: rejected.globalId, reason: 'NOT_ACCEPTED' },
      { applicationId: otherRound.globalId, reason: 'OTHER_ROUND' },
      { applicationId: alreadyIn.globalId, reason: 'ALREADY_ENROLLED' },
    ]);
    expect(result.data.course.enrolments).toHaveLength(3);

    // Only the accepted one moved on the timeline, with its audit entry and mail.
    expect(await prisma.applicationEvent.count()).toBe(eventsBefore + 1);
    expect(await prisma.applicationEvent.findFirst({ where: { applicationId: accepted.id }, orderBy: { createdAt: 'desc' } })).toMatchObject({
      fromStatus: 'ACCEPTED',
      toStatus: 'IN_TRAINING',
      actorId: coordinatorId,
    });
    expect(await prisma.outboxMessage.count({ where: { toAddress: (accepted.applicant as { email: string }).email, template: 'applicationStatusChanged' } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { action: 'training.enrol', entityId: second.id } })).toBe(1);
    expect((await prisma.volunteerApplication.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe('SUBMITTED');
  });

  it('respects the seats of the smallest regular session: too many refuses the whole batch', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const course = await createCourse(round, { sessions: 3, capacity: [3, 2, 5] });
    await createMakeUp(course, course.sessions[0]!);
    await enrol(course, await trainee(round));
    const two = [await createApplication(round, { status: 'ACCEPTED' }), await createApplication(round, { status: 'ACCEPTED' })];
    const before = await trainingWriteCounts();

    const refused = (await coordinator.ok(ENROL, { input: { courseId: course.globalId, applicationIds: two.map((a) => a.globalId) } })).enrolInTraining;
    expect(refused).toMatchObject({ __typename: 'TrainingFullError', code: 'TRAINING_FULL', capacity: 2, enrolled: 1, requested: 2 });
    expect(refused.message).toContain('2 kişilik');
    expect(await trainingWriteCounts()).toEqual(before);

    const one = (await coordinator.ok(ENROL, { input: { courseId: course.globalId, applicationIds: [two[0]!.globalId] } })).enrolInTraining;
    expect(one.data.enrolled).toHaveLength(1);
  });

  it.each([
    ['no sessions yet', { rule: 'ALL_SESSIONS' as const, sessions: 0 }, { sessionsNeeded: 1, sessions: 0 }],
    ['fewer sessions than N', { rule: 'MIN_SESSIONS' as const, minSessions: 3, sessions: 2 }, { sessionsNeeded: 3, sessions: 2 }],
  ])('refuses enrolment in a course with %s', async (_name, spec, expected) => {
    const round = await createRound({ status: 'TRAINING' });
    const course = await createCourse(round, spec);
    const application = await createApplication(round, { status: 'ACCEPTED' });
    const before = await trainingWriteCounts();
    const refused = (await coordinator.ok(ENROL, { input: { courseId: course.globalId, applicationIds: [application.globalId] } })).enrolInTraining;
    expect(refused).toMatchObject({ __typename: 'CourseNotReadyError', code: 'COURSE_NOT_READY', ...expected });
    expect(await trainingWriteCounts()).toEqual(before);
  });
});

describe('activation', () => {
  async function completedTrainee(spec: { requires?: boolean; alreadyVolunteer?: boolean } = {}) {
    const round = await createRound({ status: 'TRAINING' });
    const qualification = await createQualification({ validityMonths: 24 });
    if (spec.requires !== false) await requireQualifications(round, qualification);
    const applicant = await createPerson({ roles: spec.alreadyVolunteer ? ['VOLUNTEER'] : [] });
    const application = await createApplication(round, { status: 'IN_TRAINING', applicant, areas: ['workshops', 'social-media'] });
    const course = await createCourse(round, { qualification });
    await enrol(course, application);
    await grantQualification(applicant.id, qualification, 1);
    return { round, qualification, applicant, application };
  }

  it('makes a trained person an active volunteer: status, timeline, VOLUNTEER role, areas, audit and mail', async () => {
    const { round, applicant, application } = await completedTrainee();
    const result = (await coordinator.ok(ACTIVATE, { input: { applicationId: application.globalId } })).activateVolunteer;
    expect(result).toMatchObject({ __typename: 'MutationActivateVolunteerSuccess', data: { id: application.globalId, status: 'ACTIVE' } });
    expect(result.data.trainings).toEqual([expect.objectContaining({ applicationStatus: 'ACTIVE' })]);

    expect(await prisma.applicationEvent.findFirst({ where: { applicationId: application.id }, orderBy: { createdAt: 'desc' } })).toMatchObject({
      fromStatus: 'IN_TRAINING',
      toStatus: 'ACTIVE',
      actorId: coordinatorId,
    });
    expect(await prisma.roleGrant.findMany({ where: { userId: applicant.id }, select: { role: true, grantedById: true } })).toEqual([
      { role: 'VOLUNTEER', grantedById: coordinatorId },
    ]);
    const areas = await prisma.volunteerAreaAssignment.findMany({ where: { userId: applicant.id }, select: { areaId: true } });
    expect(new Set(areas.map((a) => a.areaId))).toEqual(new Set([round.area('workshops').id, round.area('social-media').id]));
    const actions = (await prisma.auditEntry.findMany({ where: { actorId: coordinatorId, entityId: { in: [application.id, applicant.id] } } })).map((a) => a.action);
    expect(actions.sort()).toEqual(['application.transition', 'role.grant', 'volunteer.activate']);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: applicant.email, template: 'applicationStatusChanged' } });
    expect(mail.subject).toContain('Aktif gönüllü');
  });

  it('keeps a VOLUNTEER role already held, and activates when the round requires no qualification', async () => {
    const { applicant, application } = await completedTrainee({ requires: false, alreadyVolunteer: true });
    const result = (await coordinator.ok(ACTIVATE, { input: { applicationId: application.globalId } })).activateVolunteer;
    expect(result.data.status).toBe('ACTIVE');
    expect(await prisma.roleGrant.count({ where: { userId: applicant.id } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { action: 'role.grant', entityId: applicant.id } })).toBe(0);
  });

  type Failure = { setup: () => Promise<{ applicationId: string; missing?: string }>; expected: Record<string, unknown> };
  const failures: [string, Failure][] = [
    [
      'the person holds no qualification the round requires',
      {
        setup: async () => {
          const round = await createRound({ status: 'TRAINING' });
          const required = await createQualification({ nameTr: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi (gerekli)' });
          await requireQualifications(round, required);
          const application = await trainee(round);
          return { applicationId: application.globalId, missing: required.globalId };
        },
        expected: { __typename: 'QualificationsMissingError', code: 'QUALIFICATIONS_MISSING' },
      },
    ],
    [
      'the qualification has expired',
      {
        setup: async () => {
          const round = await createRound({ status: 'TRAINING' });
          const required = await createQualification({ validityMonths: 24 });
          await requireQualifications(round, required);
          const application = await trainee(round);
          await grantQualification(application.applicantId, required, 25);
          return { applicationId: application.globalId, missing: required.globalId };
        },
        expected: { __typename: 'QualificationsMissingError', code: 'QUALIFICATIONS_MISSING' },
      },
    ],
    ...(['ACCEPTED', 'REJECTED', 'DRAFT', 'ACTIVE'] as const).map(
      (status): [string, Failure] => [
        `the application is ${status} (activation without training is illegal)`,
        {
          setup: async () => {
            const round = await createRound({ status: 'TRAINING' });
            const qualification = await createQualification();
            await requireQualifications(round, qualification);
            const application = await createApplication(round, { status });
            await grantQualification(application.applicantId, qualification, 1);
            return { applicationId: application.globalId };
          },
          expected: { __typename: 'IllegalTransitionError', code: 'ILLEGAL_TRANSITION', from: status, to: 'ACTIVE' },
        },
      ],
    ),
  ];

  it.each(failures)('refuses when %s, writing nothing', async (_name, { setup, expected }) => {
    const { applicationId, missing } = await setup();
    const before = await trainingWriteCounts();
    const result = (await coordinator.ok(ACTIVATE, { input: { applicationId } })).activateVolunteer;
    expect(result).toMatchObject(expected);
    if (missing) {
      expect(result.missing.map((q: { id: string }) => q.id)).toEqual([missing]);
      expect(result.message).toContain('yeterlilik');
    }
    expect(await trainingWriteCounts()).toEqual(before);
  });
});

describe("the applicant's trainings", () => {
  const TRAININGS = `query($id: ID!) { node(id: $id) { ... on VolunteerApplication { status trainings {
    completedAt progress { attended required complete } attendance { sessionId status }
    course { title qualification { name } sessions { id title place trainer isMakeUp makeUpFor { id } } }
  } } } }`;

  it('shows the applicant the sessions to attend and their attendance; nobody else sees them', async () => {
    const round = await createRound({ status: 'TRAINING' });
    const { person, client } = await clientFor(server.graphqlUrl, []);
    const application = await trainee(round, { applicant: person });
    const course = await createCourse(round, { sessions: 2, qualification: await createQualification({ nameTr: 'Temel Eğitim Yeterliliği' }) });
    const makeUp = await createMakeUp(course, course.sessions[0]!);
    const enrolment = await enrol(course, application);
    await markAttendance(course.sessions[0]!.id, enrolment.id, 'ABSENT');

    const seen = (await client.ok(TRAININGS, { id: application.globalId })).node;
    expect(seen.trainings).toEqual([
      {
        completedAt: null,
        progress: { attended: 0, required: 2, complete: false },
        attendance: [{ sessionId: course.sessions[0]!.globalId, status: 'ABSENT' }],
        course: {
          title: course.titleTr,
          qualification: { name: 'Temel Eğitim Yeterliliği' },
          sessions: [
            expect.objectContaining({ id: course.sessions[0]!.globalId, isMakeUp: false, place: 'Konak Kadın Danışma Merkezi' }),
            expect.objectContaining({ id: makeUp.globalId, isMakeUp: true, makeUpFor: { id: course.sessions[0]!.globalId } }),
            expect.objectContaining({ id: course.sessions[1]!.globalId, isMakeUp: false }),
          ],
        },
      },
    ]);

    const stranger = (await clientFor(server.graphqlUrl, ['VOLUNTEER'])).client;
    const refused = await stranger.request(TRAININGS, { id: application.globalId });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(refused.data)).not.toContain('Temel Eğitim Yeterliliği');
    // The course's other participants are not the applicant's business.
    const others = await client.request(`query($id: ID!) { node(id: $id) { ... on VolunteerApplication { trainings { course { enrolments { id } } } } } }`, {
      id: application.globalId,
    });
    expect(others.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('the volunteer profile', () => {
  const PROFILE = `query($id: ID!) { node(id: $id) { ... on User { volunteerProfile { hoursServed areas { name } qualifications { name grantedAt expiresAt valid } } } } }`;

  async function volunteer() {
    const round = await createRound({ status: 'COMPLETED' });
    const { person, client } = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const current = await createQualification({ validityMonths: 24, nameTr: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi' });
    const old = await createQualification({ validityMonths: 12, nameTr: 'İlk Yardım' });
    await grantQualification(person.id, current, 2);
    await grantQualification(person.id, old, 14);
    await prisma.volunteerAreaAssignment.create({ data: { userId: person.id, areaId: round.area('translation').id } });
    return { person, client };
  }

  it('shows the person their qualifications with validity, their areas and hours', async () => {
    const { person, client } = await volunteer();
    const me = await client.ok(`{ me { volunteerProfile { hoursServed areas { name } qualifications { name valid expiresAt } } } }`);
    expect(me.me.volunteerProfile).toMatchObject({
      hoursServed: 0,
      areas: [{ name: 'Çeviri' }],
      qualifications: [
        { name: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi', valid: true },
        { name: 'İlk Yardım', valid: false },
      ],
    });
    const admin = (await clientFor(server.graphqlUrl, ['ADMIN'])).client;
    const seen = await admin.ok(PROFILE, { id: globalId('User', person.id) });
    expect(seen.node.volunteerProfile.qualifications).toHaveLength(2);
    const byCoordinator = await coordinator.ok(PROFILE, { id: globalId('User', person.id) });
    expect(byCoordinator.node.volunteerProfile.areas).toEqual([{ name: 'Çeviri' }]);
  });

  it('is hidden from another volunteer', async () => {
    const { person } = await volunteer();
    const { client } = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const response = await client.request(PROFILE, { id: globalId('User', person.id) });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(response.data)).not.toContain('İlk Yardım');
  });
});
