// Whom planning's records are about, for separation of duties (common/separation-of-duties.ts): an
// invitation is about the person invited, and a person's own record about that person.
import { prisma } from '../../db/prisma.ts';
import { about, declareSubjects } from '../common/separation-of-duties.ts';

declareSubjects('User', async (ids) => ids);

declareSubjects('ShiftInvitation', async (ids) =>
  (await prisma.shiftInvitation.findMany({ where: { id: { in: ids } }, select: { userId: true } })).map((row) => row.userId),
);

/** The people a staff action names, from ids as the caller sent them. */
export const people = (ids: unknown) => about('User', ids);
