// Publishing interview slots in bulk: every date of a range on the chosen weekdays, at the chosen
// Istanbul times, with the same interviewers. All or nothing: a batch in which an interviewer would
// be in two interviews at once (with an existing slot of any round, or within the batch) is
// refused whole, naming the clashes.
import { isoWeekday, istanbulInstant } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { addMinutes } from '../../time.ts';
import { audit } from '../audit/service.ts';
import { InterviewerConflictError, InvalidInterviewerError, NoSlotsToPublishError, type InterviewerClash } from './errors.ts';
import { datesInRange, WEEKDAYS, type PublishSlotsInput } from './validation.ts';

/** At most this many clashes are listed; the error still tells how many there are. */
const MAX_CLASHES_LISTED = 50;

type Span = { startsAt: Date; endsAt: Date };

const overlaps = (a: Span, b: Span) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** The slots a batch describes, in time order, those already begun left out. */
export function slotTimes(input: PublishSlotsInput, now = new Date()): Span[] {
  const weekdays = new Set(input.weekdays.map((day) => WEEKDAYS.indexOf(day) + 1));
  const times = [...input.times].sort();
  return datesInRange(input.fromDate, input.toDate, weekdays, isoWeekday)
    .flatMap((day) => times.map((time) => istanbulInstant(day, time)))
    .filter((startsAt) => startsAt > now)
    .map((startsAt) => ({ startsAt, endsAt: addMinutes(startsAt, input.durationMinutes) }));
}

/**
 * Clashes of one batch: every interviewer takes part in every slot of the batch, so two slots of
 * the batch that overlap are a clash for each of them; so is a slot that overlaps one they are
 * already in.
 */
export function findClashes(
  batch: Span[],
  interviewers: { id: string; name: string }[],
  existing: { userId: string; startsAt: Date; endsAt: Date }[],
): InterviewerClash[] {
  const clashes: InterviewerClash[] = [];
  for (let i = 0; i < batch.length; i += 1) {
    const slot = batch[i]!;
    // Sorted by start, all of one length: only the next slots can overlap this one.
    for (let j = i + 1; j < batch.length && batch[j]!.startsAt < slot.endsAt; j += 1) {
      const other = batch[j]!;
      for (const person of interviewers) {
        clashes.push({ interviewerId: person.id, interviewerName: person.name, ...slot, conflictingStartsAt: other.startsAt, conflictingEndsAt: other.endsAt, existing: false });
      }
    }
  }
  const names = new Map(interviewers.map((person) => [person.id, person.name]));
  for (const busy of existing) {
    for (const slot of batch) {
      if (!overlaps(slot, busy)) continue;
      clashes.push({
        interviewerId: busy.userId,
        interviewerName: names.get(busy.userId) ?? '',
        ...slot,
        conflictingStartsAt: busy.startsAt,
        conflictingEndsAt: busy.endsAt,
        existing: true,
      });
    }
  }
  return clashes.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.interviewerName.localeCompare(b.interviewerName, 'tr'));
}

/** Serializes publishing per interviewer, so two batches cannot both pass the clash check. */
async function lockInterviewers(tx: Tx, ids: string[]): Promise<void> {
  for (const id of [...ids].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`katilim.interviewer:${id}`}))`;
  }
}

export async function publishSlots(actor: Actor, input: PublishSlotsInput): Promise<string[]> {
  const batch = slotTimes(input);
  return prisma.$transaction(
    async (tx) => {
      const round = await tx.recruitmentRound.findUnique({ where: { id: input.roundId }, select: { id: true } });
      if (!round) throw new NotFoundError();
      const people = await tx.user.findMany({
        where: { id: { in: input.interviewerIds }, erasedAt: null, roles: { some: { role: 'COORDINATOR' } } },
        select: { id: true, firstName: true, lastName: true },
      });
      if (people.length !== input.interviewerIds.length) throw new InvalidInterviewerError();
      if (batch.length === 0) throw new NoSlotsToPublishError();

      await lockInterviewers(tx, input.interviewerIds);
      const busy = await tx.interviewSlotInterviewer.findMany({
        where: {
          userId: { in: input.interviewerIds },
          slot: { startsAt: { lt: batch.at(-1)!.endsAt }, endsAt: { gt: batch[0]!.startsAt } },
        },
        select: { userId: true, slot: { select: { startsAt: true, endsAt: true } } },
      });
      const interviewers = people.map((person) => ({ id: person.id, name: `${person.firstName} ${person.lastName}` }));
      const clashes = findClashes(batch, interviewers, busy.map((row) => ({ userId: row.userId, ...row.slot })));
      if (clashes.length > 0) throw new InterviewerConflictError(clashes.slice(0, MAX_CLASHES_LISTED), clashes.length);

      const slots = await tx.interviewSlot.createManyAndReturn({
        data: batch.map((slot) => ({
          roundId: round.id,
          ...slot,
          location: input.location,
          onlineUrl: input.onlineUrl,
          capacity: input.capacity,
        })),
        select: { id: true },
      });
      await tx.interviewSlotInterviewer.createMany({
        data: slots.flatMap((slot) => input.interviewerIds.map((userId) => ({ slotId: slot.id, userId }))),
      });
      await audit(tx, actor, 'interview.publishSlots', { type: 'RecruitmentRound', id: round.id }, {
        slots: slots.length,
        fromDate: input.fromDate,
        toDate: input.toDate,
        times: input.times,
        durationMinutes: input.durationMinutes,
        capacity: input.capacity,
        interviewerIds: input.interviewerIds,
      });
      return slots.map((slot) => slot.id);
    },
    { timeout: 20_000 },
  );
}
