// Whom boarding's records are about, for separation of duties (common/separation-of-duties.ts): a
// coordinator who travels on a departure does not record their own unit's boarding.
import { prisma } from '../../db/prisma.ts';
import { about, declareSubjects } from '../common/separation-of-duties.ts';

// A participant is about the registrant of their unit (the woman, or the children's guardian).
declareSubjects('TripParticipant', async (ids) =>
  (await prisma.tripRegistration.findMany({ where: { participants: { some: { id: { in: ids } } } }, select: { userId: true } })).map((row) => row.userId),
);

/** The participants a staff action touches, by their ids as the caller sent them. */
export const participants = (ids: unknown) => about('TripParticipant', ids);
