// Whom this module's records are about, for separation of duties (common/separation-of-duties.ts).
import { prisma } from '../../db/prisma.ts';
import { about, declareSubjects } from '../common/separation-of-duties.ts';

declareSubjects('InterviewBooking', async (ids) =>
  (
    await prisma.interviewBooking.findMany({ where: { id: { in: ids } }, select: { application: { select: { applicantId: true } } } })
  ).map((row) => row.application.applicantId),
);

/** The bookings a staff action touches, from ids as the caller sent them. */
export const bookings = (ids: unknown) => about('InterviewBooking', ids);
