// Whom this module's records are about, for separation of duties (common/separation-of-duties.ts).
import { prisma } from '../../db/prisma.ts';
import { about, declareSubjects } from '../common/separation-of-duties.ts';

declareSubjects('VolunteerApplication', async (ids) =>
  (await prisma.volunteerApplication.findMany({ where: { id: { in: ids } }, select: { applicantId: true } })).map((row) => row.applicantId),
);

/** The applications a staff action touches, from ids as the caller sent them. */
export const applications = (ids: unknown) => about('VolunteerApplication', ids);
