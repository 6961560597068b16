// A volunteer's own sign-ups: sign up (or join the waitlist when full), cancel (late after the
// cut-off), confirm or decline a place offered from the waitlist, accept or decline an invitation.
// Every write locks the shift's row first, so places are decided one at a time per shift.
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { ShiftSignupStatus } from '../../generated/prisma/enums.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { AlreadySignedUpError, OfferExpiredError, RequestAnsweredError, SignupClosedError, SignupNotActiveError } from './errors-signup.ts';
import { lockShift, placeFor, placesOf } from './places.ts';
import { cancelReminders, scheduleReminders } from './reminders.ts';
import { checkPersonRules, loadShift, ON_SHIFT, settingsOf } from './rules.ts';
import { promoteLocked } from './waitlist.ts';

// Losers of a race wait for the winner's row lock, and everyone waits for a pooled connection.
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

export type SignUpInput = { shiftId: string; roleId?: string | null; joinWaitlist?: boolean | null };
export type SignUpOutcome = { signupId: string; status: ShiftSignupStatus };

/** The instant a new waitlisted person gets: after everyone already waiting, so the order is the commit order. */
async function nextWaitlistInstant(tx: Tx, shiftId: string, now: Date): Promise<Date> {
  const last = await tx.shiftSignup.findFirst({
    where: { shiftId, waitlistedAt: { not: null } },
    orderBy: { waitlistedAt: 'desc' },
    select: { waitlistedAt: true },
  });
  const after = last?.waitlistedAt ? last.waitlistedAt.getTime() + 1 : 0;
  return new Date(Math.max(now.getTime(), after));
}

/** Puts the person on the shift (or its waitlist) under the shift's lock; the rules were checked by the caller. */
async function placePerson(
  tx: Tx,
  userId: string,
  input: SignUpInput,
  extra: { assignedById?: string | null; overrideReason?: string | null } = {},
): Promise<SignUpOutcome> {
  const shift = await lockShift(tx, input.shiftId);
  // Read once the lock is held: instants then follow the order in which sign-ups commit.
  const now = new Date();
  // Cancelled while the caller checked the rules.
  if (shift.cancelledAt) throw new SignupClosedError(shift.cancelledAt);
  const existing = await tx.shiftSignup.findUnique({ where: { shiftId_userId: { shiftId: shift.id, userId } }, select: { id: true, status: true } });
  if (existing && (ON_SHIFT as readonly string[]).includes(existing.status)) throw new AlreadySignedUpError();
  const place = placeFor(shift, await placesOf(tx, shift), input.roleId ?? null);
  const fresh = {
    offeredAt: null,
    holdExpiresAt: null,
    cancelledAt: null,
    checkedInAt: null,
    checkedOutAt: null,
    attendance: null,
    minutes: null,
    hoursApprovedAt: null,
    hoursApprovedById: null,
    reminderJobIds: [],
    assignedById: extra.assignedById ?? null,
    overrideReason: extra.overrideReason ?? null,
  };
  let data;
  if (place instanceof Error) {
    if (!input.joinWaitlist) throw place;
    data = { ...fresh, status: 'WAITLISTED' as const, roleId: input.roleId ?? null, waitlistedAt: await nextWaitlistInstant(tx, shift.id, now), confirmedAt: null };
  } else {
    data = { ...fresh, status: 'CONFIRMED' as const, roleId: place.roleId, waitlistedAt: null, confirmedAt: now };
  }
  const signup = existing
    ? await tx.shiftSignup.update({ where: { id: existing.id }, data, select: { id: true, status: true } })
    : await tx.shiftSignup.create({ data: { ...data, shiftId: shift.id, userId }, select: { id: true, status: true } });
  return { signupId: signup.id, status: signup.status };
}

/**
 * Signs the person up: CONFIRMED while there is a place; when full, ShiftFullError, or WAITLISTED
 * with `joinWaitlist`. With an invitation, the invitation is accepted in the same transaction.
 */
export async function signUpForShift(userId: string, input: SignUpInput, actor: Actor, invitationId?: string): Promise<SignUpOutcome> {
  const outcome = await prisma.$transaction(async (tx) => {
    // The person's own rules first, without the lock: they do not depend on who else holds a place,
    // and checking them outside it keeps the time each sign-up holds the shift's lock short.
    const shift = await loadShift(tx, input.shiftId);
    if (invitationId) {
      const invitation = await tx.shiftInvitation.findFirst({ where: { id: invitationId, userId }, select: { status: true } });
      if (!invitation) throw new NotFoundError();
      if (invitation.status !== 'PENDING') throw new RequestAnsweredError();
    }
    const existing = await tx.shiftSignup.findUnique({ where: { shiftId_userId: { shiftId: shift.id, userId } }, select: { status: true } });
    if (existing && (ON_SHIFT as readonly string[]).includes(existing.status)) throw new AlreadySignedUpError();
    await checkPersonRules(tx, userId, shift, await settingsOf(tx, shift.opportunity.programmeId));
    const placed = await placePerson(tx, userId, input);
    if (invitationId) {
      await tx.shiftInvitation.update({ where: { id: invitationId }, data: { status: 'ACCEPTED', respondedAt: new Date() } });
    }
    await audit(tx, actor, 'shift.signUp', { type: 'ShiftSignup', id: placed.signupId }, { shiftId: shift.id, status: placed.status, invitationId: invitationId ?? null });
    return placed;
  }, TX_OPTIONS);
  if (outcome.status === 'CONFIRMED') await scheduleReminders([outcome.signupId]);
  return outcome;
}

export { placePerson };

async function ownSignup(tx: Tx, userId: string, signupId: string) {
  const signup = await tx.shiftSignup.findFirst({ where: { id: signupId, userId }, select: { id: true, shiftId: true } });
  if (!signup) throw new NotFoundError();
  const shift = await lockShift(tx, signup.shiftId);
  const current = await tx.shiftSignup.findUniqueOrThrow({
    where: { id: signupId },
    select: { id: true, status: true, holdExpiresAt: true, reminderJobIds: true, roleId: true },
  });
  return { shift, signup: current };
}

/**
 * Leaves the shift or its waitlist. A place given up before the cut-off is CANCELLED, after it
 * LATE_CANCELLED (allowed, and counted); an offered place given up is DECLINED. A freed place goes
 * to the waitlist in the same transaction.
 */
export async function cancelShiftSignup(userId: string, signupId: string, actor: Actor): Promise<{ status: ShiftSignupStatus }> {
  const now = new Date();
  const { status, jobIds } = await prisma.$transaction(async (tx) => {
    const { shift, signup } = await ownSignup(tx, userId, signupId);
    if (!(ON_SHIFT as readonly string[]).includes(signup.status)) throw new SignupNotActiveError();
    if (now >= shift.startsAt) throw new SignupClosedError(shift.startsAt);
    const to: ShiftSignupStatus =
      signup.status === 'WAITLISTED' ? 'CANCELLED' : signup.status === 'OFFERED' ? 'DECLINED' : now < shift.signupClosesAt ? 'CANCELLED' : 'LATE_CANCELLED';
    await tx.shiftSignup.update({ where: { id: signupId }, data: { status: to, cancelledAt: now, holdExpiresAt: null, reminderJobIds: [] } });
    await tx.shiftSwap.updateMany({ where: { signupId, status: 'PENDING' }, data: { status: 'WITHDRAWN', respondedAt: now } });
    await audit(tx, actor, 'shift.cancel', { type: 'ShiftSignup', id: signupId }, { from: signup.status, to });
    if (signup.status !== 'WAITLISTED') await promoteLocked(tx, shift.id, actor, now);
    return { status: to, jobIds: signup.reminderJobIds };
  }, TX_OPTIONS);
  await cancelReminders(jobIds);
  notifyOutbox();
  return { status };
}

/**
 * Takes a place offered from the waitlist. The person's rules are checked again (they may have taken
 * another shift meanwhile), the cut-off aside. A hold that ran out is expired here and passed on.
 */
export async function confirmShiftOffer(userId: string, signupId: string, actor: Actor): Promise<void> {
  const now = new Date();
  const expired = await prisma.$transaction(async (tx) => {
    const { shift, signup } = await ownSignup(tx, userId, signupId);
    if (signup.status === 'EXPIRED') return true;
    if (signup.status !== 'OFFERED') throw new SignupNotActiveError();
    if (!signup.holdExpiresAt || signup.holdExpiresAt <= now) {
      await tx.shiftSignup.update({ where: { id: signupId }, data: { status: 'EXPIRED', holdExpiresAt: null } });
      await audit(tx, actor, 'shift.offerExpired', { type: 'Shift', id: shift.id }, { signupIds: [signupId] });
      await promoteLocked(tx, shift.id, actor, now);
      return true;
    }
    await checkPersonRules(tx, userId, shift, await settingsOf(tx, shift.opportunity.programmeId), { now, ignoreCutoff: true });
    await tx.shiftSignup.update({ where: { id: signupId }, data: { status: 'CONFIRMED', confirmedAt: now, holdExpiresAt: null } });
    await audit(tx, actor, 'shift.confirmOffer', { type: 'ShiftSignup', id: signupId });
    return false;
  }, TX_OPTIONS);
  if (expired) {
    notifyOutbox();
    throw new OfferExpiredError();
  }
  await scheduleReminders([signupId]);
}

export async function declineShiftOffer(userId: string, signupId: string, actor: Actor): Promise<void> {
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    const { shift, signup } = await ownSignup(tx, userId, signupId);
    if (signup.status !== 'OFFERED') throw new SignupNotActiveError();
    await tx.shiftSignup.update({ where: { id: signupId }, data: { status: 'DECLINED', cancelledAt: now, holdExpiresAt: null } });
    await audit(tx, actor, 'shift.declineOffer', { type: 'ShiftSignup', id: signupId });
    await promoteLocked(tx, shift.id, actor, now);
  }, TX_OPTIONS);
  notifyOutbox();
}

/** Accepting an invitation goes through every sign-up rule (capacity included). */
export async function acceptShiftInvitation(userId: string, invitationId: string, joinWaitlist: boolean, actor: Actor): Promise<SignUpOutcome> {
  const invitation = await prisma.shiftInvitation.findFirst({ where: { id: invitationId, userId }, select: { shiftId: true } });
  if (!invitation) throw new NotFoundError();
  return signUpForShift(userId, { shiftId: invitation.shiftId, joinWaitlist }, actor, invitationId);
}

export async function declineShiftInvitation(userId: string, invitationId: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const invitation = await tx.shiftInvitation.findFirst({ where: { id: invitationId, userId }, select: { status: true } });
    if (!invitation) throw new NotFoundError();
    if (invitation.status !== 'PENDING') throw new RequestAnsweredError();
    await tx.shiftInvitation.update({ where: { id: invitationId }, data: { status: 'DECLINED', respondedAt: new Date() } });
    await audit(tx, actor, 'shift.declineInvitation', { type: 'ShiftInvitation', id: invitationId });
  });
}
