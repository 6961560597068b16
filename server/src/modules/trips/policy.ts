// Whom trip records are about, for separation of duties (common/separation-of-duties.ts): a
// registration is about its registrant, so a coordinator never removes their own.
import { prisma } from '../../db/prisma.ts';
import { about, declareSubjects } from '../common/separation-of-duties.ts';

declareSubjects('TripRegistration', async (ids) =>
  (await prisma.tripRegistration.findMany({ where: { id: { in: ids } }, select: { userId: true } })).map((row) => row.userId),
);

/** The registrations a staff action touches, from ids as the caller sent them. */
export const registrations = (ids: unknown) => about('TripRegistration', ids);
