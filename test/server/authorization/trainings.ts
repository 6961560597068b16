// Authorization rows of qualifications, courses, sessions, enrolment, attendance, activation (module trainings): who may call each of its root operations.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { randomUUID } from 'node:crypto';
import { createApplication, createRound } from '../../support/applications-scenarios.ts';
import { createCourse, createQualification, enrol } from '../../support/trainings-scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import type { Operations } from './table.ts';

export const operations: Operations = {
  'Query.qualifications': { document: `{ qualifications { id name validityMonths } }`, allowed: ['COORDINATOR'] },
  'Query.trainingCourses': {
    document: `query($roundId: ID!) { trainingCourses(roundId: $roundId) { id sessions { id } enrolments { id progress { complete } } } }`,
    variables: async () => {
      const round = await createRound({ status: 'TRAINING' });
      await enrol(await createCourse(round), await createApplication(round, { status: 'IN_TRAINING' }));
      return { roundId: round.globalId };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.createQualification': {
    document: mutation('createQualification', 'CreateQualificationInput'),
    variables: () => ({ input: { nameTr: `İlk Yardım ${randomUUID()}`, nameEn: `First Aid ${randomUUID()}`, validityMonths: 36 } }),
    allowed: ['COORDINATOR'],
  },
  'Mutation.setRoundRequiredQualifications': {
    document: mutation('setRoundRequiredQualifications', 'SetRoundRequiredQualificationsInput', 'data { id requiredQualifications { id } }'),
    variables: async () => ({
      input: { roundId: (await createRound({ status: 'DRAFT' })).globalId, qualificationIds: [(await createQualification()).globalId] },
    }),
    allowed: ['COORDINATOR'],
  },
  'Mutation.createTrainingCourse': {
    document: mutation('createTrainingCourse', 'CreateTrainingCourseInput'),
    variables: async () => ({
      input: {
        roundId: (await createRound({ status: 'INTERVIEWING' })).globalId,
        titleTr: 'Temel Eğitim',
        titleEn: 'Basic Training',
        completionRule: 'MIN_SESSIONS',
        minSessions: 2,
        qualificationId: (await createQualification()).globalId,
      },
    }),
    allowed: ['COORDINATOR'],
  },
  'Mutation.addTrainingSession': {
    document: mutation('addTrainingSession', 'AddTrainingSessionInput'),
    variables: async () => ({
      input: {
        courseId: (await createCourse(await createRound({ status: 'TRAINING' }), { sessions: 0 })).globalId,
        title: 'Şiddetin önlenmesi',
        startsAt: '2026-12-12T07:00:00.000Z',
        endsAt: '2026-12-12T10:00:00.000Z',
        place: 'Konak Kadın Danışma Merkezi',
        trainer: 'Dr. Selin Aras',
        capacity: 20,
      },
    }),
    allowed: ['COORDINATOR'],
  },
  'Mutation.enrolInTraining': {
    document: mutation('enrolInTraining', 'EnrolInTrainingInput', 'data { enrolled { id } skipped { reason } }'),
    variables: async () => {
      const round = await createRound({ status: 'TRAINING' });
      const course = await createCourse(round);
      return { input: { courseId: course.globalId, applicationIds: [(await createApplication(round, { status: 'ACCEPTED' })).globalId] } };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.recordSessionAttendance': {
    document: mutation('recordSessionAttendance', 'RecordSessionAttendanceInput', 'data { id completedAt }'),
    variables: async () => {
      const round = await createRound({ status: 'TRAINING' });
      const course = await createCourse(round, { sessions: 1 });
      const enrolment = await enrol(course, await createApplication(round, { status: 'IN_TRAINING' }));
      return { input: { sessionId: course.sessions[0]!.globalId, entries: [{ enrolmentId: enrolment.globalId, status: 'ATTENDED' }] } };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.activateVolunteer': {
    document: mutation('activateVolunteer', 'ActivateVolunteerInput', 'data { id status }'),
    variables: async () => {
      const round = await createRound({ status: 'TRAINING' });
      return { input: { applicationId: (await createApplication(round, { status: 'IN_TRAINING' })).globalId } };
    },
    allowed: ['COORDINATOR'],
  },
};
