// Whom shift records are about, for separation of duties (common/separation-of-duties.ts): a
// coordinator never assigns, removes or otherwise acts on their own sign-up.
import { prisma } from '../../db/prisma.ts';
import { about, declareSubjects } from '../common/separation-of-duties.ts';

declareSubjects('ShiftSignup', async (ids) =>
  (await prisma.shiftSignup.findMany({ where: { id: { in: ids } }, select: { userId: true } })).map((row) => row.userId),
);

// A person named directly (a volunteer assigned or invited) is about themselves.
declareSubjects('User', async (ids) => ids);

export const shiftSignups = (ids: unknown) => about('ShiftSignup', ids);
export const people = (ids: unknown) => about('User', ids);
