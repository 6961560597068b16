// Whom attendance's records are about, for separation of duties (common/separation-of-duties.ts): a
// coordinator never records or approves their own attendance and hours, nor lifts their own pause.
import { prisma } from '../../db/prisma.ts';
import { about, declareSubjects } from '../common/separation-of-duties.ts';

declareSubjects('ShiftSignup', async (ids) =>
  (await prisma.shiftSignup.findMany({ where: { id: { in: ids } }, select: { userId: true } })).map((row) => row.userId),
);

// A standing is keyed by its person: the row id is the user id.
declareSubjects('ShiftStanding', async (ids) => ids);

/** The sign-ups a staff action touches, from ids as the caller sent them. */
export const signups = (ids: unknown) => about('ShiftSignup', ids);

/** The people whose no-show standing a staff action changes (user ids). */
export const standings = (userIds: unknown) => about('ShiftStanding', userIds);
