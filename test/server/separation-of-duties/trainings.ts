// Separation-of-duties rows of trainings: its staff mutations about a person (with a case that names the
// caller's own record) and about nobody (with the reason). Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import { createApplication, createRound } from '../../support/applications-scenarios.ts';
import { createCourse, enrol } from '../../support/trainings-scenarios.ts';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {
    enrolInTraining: {
      inputType: 'EnrolInTrainingInput',
      input: async (applicant) => {
        const round = await createRound({ status: 'TRAINING' });
        const course = await createCourse(round);
        return { courseId: course.globalId, applicationIds: [(await createApplication(round, { applicant, status: 'ACCEPTED' })).globalId] };
      },
    },
    recordSessionAttendance: {
      inputType: 'RecordSessionAttendanceInput',
      input: async (applicant) => {
        const round = await createRound({ status: 'TRAINING' });
        const course = await createCourse(round, { sessions: 1 });
        const enrolment = await enrol(course, await createApplication(round, { applicant, status: 'IN_TRAINING' }));
        return { sessionId: course.sessions[0]!.globalId, entries: [{ enrolmentId: enrolment.globalId, status: 'ATTENDED' }] };
      },
    },
    activateVolunteer: {
      inputType: 'ActivateVolunteerInput',
      input: async (applicant) => ({
        applicationId: (await createApplication(await createRound({ status: 'TRAINING' }), { applicant, status: 'IN_TRAINING' })).globalId,
      }),
    },
  },
  aboutNobody: {
    createQualification: 'a kind of qualification',
    setRoundRequiredQualifications: 'a round’s rule',
    createTrainingCourse: 'a course',
    addTrainingSession: 'a session of a course',
  },
  counts: async () => ({ enrolments: await prisma.trainingEnrolment.count(), attendance: await prisma.sessionAttendance.count() }),
};
