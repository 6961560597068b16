// Whom this module's records are about, for separation of duties (common/separation-of-duties.ts).
import { prisma } from '../../db/prisma.ts';
import { about, declareSubjects } from '../common/separation-of-duties.ts';

declareSubjects('TrainingEnrolment', async (ids) =>
  (
    await prisma.trainingEnrolment.findMany({ where: { id: { in: ids } }, select: { application: { select: { applicantId: true } } } })
  ).map((row) => row.application.applicantId),
);

/** The enrolments a staff action touches, from ids as the caller sent them. */
export const enrolments = (ids: unknown) => about('TrainingEnrolment', ids);
