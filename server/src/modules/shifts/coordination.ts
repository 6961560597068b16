// Coordinators on a shift's roster: assign volunteers (the sign-up rules apply; an override with a
// reason skips them, and is audited, but never capacity), remove sign-ups, message everyone on it.
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { DomainError, NotFoundError } from '../../errors.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { AlreadySignedUpError, ShiftFullError } from './errors-signup.ts';
import { noticeTo } from './notices.ts';
import { lockShift, placesOf } from './places.ts';
import { cancelReminders, scheduleReminders } from './reminders.ts';
import { checkPersonRules, HOLDING, ON_SHIFT, settingsOf } from './rules.ts';
import { placePerson, TX_OPTIONS } from './signups.ts';
import { promoteLocked } from './waitlist.ts';

export type AssignOutcome = { signupIds: string[]; refused: { userId: string; error: DomainError }[] };

/**
 * Puts volunteers on the shift, CONFIRMED. Without an override, each person must pass the sign-up
 * rules; those who do not are reported with the rule and left off. With an override reason the
 * rules are skipped (the audit entry records which ones were broken), but capacity is not: a batch
 * that does not fit is refused whole.
 */
export async function assignToShift(shiftId: string, userIds: readonly string[], overrideReason: string | null, actor: Actor): Promise<AssignOutcome> {
  const wanted = [...new Set(userIds)];
  const outcome = await prisma.$transaction(async (tx) => {
    const shift = await lockShift(tx, shiftId);
    const settings = await settingsOf(tx, shift.opportunity.programmeId);
    const people = await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true } });
    if (people.length !== wanted.length) throw new NotFoundError();
    const refused: AssignOutcome['refused'] = [];
    const overridden: { userId: string; code: string }[] = [];
    const admitted: string[] = [];
    for (const userId of wanted) {
      const theirs = await tx.shiftSignup.findUnique({ where: { shiftId_userId: { shiftId, userId } }, select: { status: true } });
      if (theirs && (HOLDING as readonly string[]).includes(theirs.status)) {
        refused.push({ userId, error: new AlreadySignedUpError() });
        continue;
      }
      try {
        await checkPersonRules(tx, userId, shift, settings);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        if (!overrideReason) {
          refused.push({ userId, error });
          continue;
        }
        overridden.push({ userId, code: error.code });
      }
      admitted.push(userId);
    }
    const places = await placesOf(tx, shift);
    if (admitted.length > places.free) throw new ShiftFullError(shift.capacity);
    const signupIds: string[] = [];
    for (const userId of admitted) {
      // A waitlisted person assigned leaves the waitlist for the place.
      await tx.shiftSignup.updateMany({ where: { shiftId, userId, status: { in: ['WAITLISTED'] } }, data: { status: 'CANCELLED', cancelledAt: new Date() } });
      const placed = await placePerson(tx, userId, { shiftId }, { assignedById: actor.userId, overrideReason });
      signupIds.push(placed.signupId);
      await noticeTo(tx, 'shiftAssigned', userId, shiftId, {});
    }
    if (signupIds.length) {
      await audit(tx, actor, overrideReason ? 'shift.assignOverride' : 'shift.assign', { type: 'Shift', id: shiftId }, {
        signupIds,
        overrideReason,
        overridden,
        refused: refused.map((r) => ({ userId: r.userId, code: r.error.code })),
      });
    }
    return { signupIds, refused };
  }, TX_OPTIONS);
  await scheduleReminders(outcome.signupIds);
  if (outcome.signupIds.length) notifyOutbox();
  return outcome;
}

/** Takes people off shifts (REMOVED); each freed place goes to the waitlist in the same transaction. */
export async function removeFromShift(signupIds: readonly string[], actor: Actor): Promise<string[]> {
  const wanted = [...new Set(signupIds)];
  const now = new Date();
  const { removed, jobIds } = await prisma.$transaction(async (tx) => {
    const rows = await tx.shiftSignup.findMany({ where: { id: { in: wanted } }, select: { id: true, shiftId: true } });
    if (rows.length !== wanted.length) throw new NotFoundError();
    const shiftIds = [...new Set(rows.map((r) => r.shiftId))].sort();
    const removedIds: string[] = [];
    const jobs: string[] = [];
    // Shifts locked in id order: two batches never wait for each other.
    for (const shiftId of shiftIds) {
      await lockShift(tx, shiftId);
      const onIt = await tx.shiftSignup.findMany({
        where: { id: { in: rows.filter((r) => r.shiftId === shiftId).map((r) => r.id) }, status: { in: [...ON_SHIFT] } },
        select: { id: true, userId: true, reminderJobIds: true },
      });
      for (const signup of onIt) {
        await tx.shiftSignup.update({ where: { id: signup.id }, data: { status: 'REMOVED', cancelledAt: now, holdExpiresAt: null, reminderJobIds: [] } });
        await tx.shiftSwap.updateMany({ where: { signupId: signup.id, status: 'PENDING' }, data: { status: 'WITHDRAWN', respondedAt: now } });
        await noticeTo(tx, 'shiftRemoved', signup.userId, shiftId, {});
        removedIds.push(signup.id);
        jobs.push(...signup.reminderJobIds);
      }
      await promoteLocked(tx, shiftId, actor, now);
    }
    if (removedIds.length) await audit(tx, actor, 'shift.remove', { type: 'ShiftSignup', id: removedIds[0]! }, { signupIds: removedIds });
    return { removed: removedIds, jobIds: jobs };
  }, TX_OPTIONS);
  await cancelReminders(jobIds);
  notifyOutbox();
  return removed;
}

/** Mails everyone holding a place on the shift (confirmed or offered). Answers how many were told. */
export async function messageShift(shiftId: string, subject: string, body: string, actor: Actor): Promise<number> {
  const count = await prisma.$transaction(async (tx) => {
    const shift = await tx.shift.findUnique({ where: { id: shiftId }, select: { id: true } });
    if (!shift) throw new NotFoundError();
    const holders = await tx.shiftSignup.findMany({ where: { shiftId, status: { in: [...HOLDING] } }, select: { userId: true }, orderBy: { id: 'asc' } });
    for (const holder of holders) await noticeTo(tx, 'shiftMessage', holder.userId, shiftId, { subject, body });
    await audit(tx, actor, 'shift.message', { type: 'Shift', id: shiftId }, { recipients: holders.length });
    return holders.length;
  }, TX_OPTIONS);
  if (count) notifyOutbox();
  return count;
}
