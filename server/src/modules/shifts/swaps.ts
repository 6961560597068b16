// Swaps: a confirmed volunteer offers their place to a named colleague, who must pass every sign-up
// rule for the shift; accepting moves the place in one transaction (the giver's sign-up SWAPPED).
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { DomainError, NotFoundError } from '../../errors.ts';
import { foldForSearch } from '../../text.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { AlreadySignedUpError, RequestAnsweredError, SignupNotActiveError, SwapToSelfError } from './errors-signup.ts';
import { noticeTo } from './notices.ts';
import { lockShift } from './places.ts';
import { cancelReminders, scheduleReminders } from './reminders.ts';
import { checkPersonRules, loadShift, ON_SHIFT, settingsOf } from './rules.ts';
import { TX_OPTIONS } from './signups.ts';

const nameOf = async (userId: string) => {
  const person = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { firstName: true, lastName: true } });
  return `${person.firstName} ${person.lastName}`;
};

async function assertCanTake(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], toUserId: string, shiftId: string) {
  const shift = await lockShift(tx, shiftId);
  const theirs = await tx.shiftSignup.findUnique({ where: { shiftId_userId: { shiftId, userId: toUserId } }, select: { status: true } });
  if (theirs && (ON_SHIFT as readonly string[]).includes(theirs.status)) throw new AlreadySignedUpError();
  await checkPersonRules(tx, toUserId, shift, await settingsOf(tx, shift.opportunity.programmeId));
  return shift;
}

export async function offerShiftSwap(userId: string, signupId: string, toUserId: string, actor: Actor): Promise<{ swapId: string }> {
  if (toUserId === userId) throw new SwapToSelfError();
  const fromName = await nameOf(userId);
  const swap = await prisma.$transaction(async (tx) => {
    const signup = await tx.shiftSignup.findFirst({ where: { id: signupId, userId }, select: { id: true, shiftId: true } });
    if (!signup) throw new NotFoundError();
    if (!(await tx.user.findUnique({ where: { id: toUserId }, select: { id: true } }))) throw new NotFoundError();
    await assertCanTake(tx, toUserId, signup.shiftId);
    const { status } = await tx.shiftSignup.findUniqueOrThrow({ where: { id: signupId }, select: { status: true } });
    if (status !== 'CONFIRMED') throw new SignupNotActiveError();
    // One open offer per place: a new one withdraws the last.
    await tx.shiftSwap.updateMany({ where: { signupId, status: 'PENDING' }, data: { status: 'WITHDRAWN', respondedAt: new Date() } });
    const created = await tx.shiftSwap.create({ data: { signupId, fromUserId: userId, toUserId }, select: { id: true } });
    await noticeTo(tx, 'shiftSwapOffered', toUserId, signup.shiftId, { fromName });
    await audit(tx, actor, 'shift.offerSwap', { type: 'ShiftSwap', id: created.id }, { signupId, toUserId });
    return created;
  }, TX_OPTIONS);
  notifyOutbox();
  return { swapId: swap.id };
}

export async function acceptShiftSwap(userId: string, swapId: string, actor: Actor): Promise<{ signupId: string }> {
  const now = new Date();
  const toName = await nameOf(userId);
  const result = await prisma.$transaction(async (tx) => {
    const swap = await tx.shiftSwap.findFirst({ where: { id: swapId, toUserId: userId }, select: { id: true, signupId: true, fromUserId: true, signup: { select: { shiftId: true } } } });
    if (!swap) throw new NotFoundError();
    const shiftId = swap.signup.shiftId;
    await assertCanTake(tx, userId, shiftId);
    const [current, giver] = await Promise.all([
      tx.shiftSwap.findUniqueOrThrow({ where: { id: swapId }, select: { status: true } }),
      tx.shiftSignup.findUniqueOrThrow({ where: { id: swap.signupId }, select: { status: true, roleId: true, reminderJobIds: true } }),
    ]);
    if (current.status !== 'PENDING' || giver.status !== 'CONFIRMED') throw new RequestAnsweredError();
    await tx.shiftSignup.update({ where: { id: swap.signupId }, data: { status: 'SWAPPED', cancelledAt: now, reminderJobIds: [] } });
    const data = { status: 'CONFIRMED' as const, roleId: giver.roleId, confirmedAt: now, waitlistedAt: null, offeredAt: null, holdExpiresAt: null, cancelledAt: null, reminderJobIds: [] };
    const taken = await tx.shiftSignup.upsert({
      where: { shiftId_userId: { shiftId, userId } },
      create: { ...data, shiftId, userId },
      update: data,
      select: { id: true },
    });
    await tx.shiftSwap.update({ where: { id: swapId }, data: { status: 'ACCEPTED', respondedAt: now } });
    await noticeTo(tx, 'shiftSwapAnswered', swap.fromUserId, shiftId, { toName, accepted: true });
    await audit(tx, actor, 'shift.acceptSwap', { type: 'ShiftSwap', id: swapId }, { from: swap.signupId, to: taken.id });
    return { signupId: taken.id, jobIds: giver.reminderJobIds };
  }, TX_OPTIONS);
  await cancelReminders(result.jobIds);
  await scheduleReminders([result.signupId]);
  notifyOutbox();
  return { signupId: result.signupId };
}

export async function declineShiftSwap(userId: string, swapId: string, actor: Actor): Promise<void> {
  const toName = await nameOf(userId);
  await prisma.$transaction(async (tx) => {
    const swap = await tx.shiftSwap.findFirst({ where: { id: swapId, toUserId: userId }, select: { status: true, fromUserId: true, signup: { select: { shiftId: true } } } });
    if (!swap) throw new NotFoundError();
    if (swap.status !== 'PENDING') throw new RequestAnsweredError();
    await tx.shiftSwap.update({ where: { id: swapId }, data: { status: 'DECLINED', respondedAt: new Date() } });
    await noticeTo(tx, 'shiftSwapAnswered', swap.fromUserId, swap.signup.shiftId, { toName, accepted: false });
    await audit(tx, actor, 'shift.declineSwap', { type: 'ShiftSwap', id: swapId });
  }, TX_OPTIONS);
  notifyOutbox();
}

const BY_NAME = new Intl.Collator('tr-TR');

export type SwapCandidate = { userId: string; firstName: string; lastInitial: string };

/**
 * Colleagues the caller may offer their confirmed place to: active volunteers, by name (Turkish-folded
 * search), not on the shift, who would pass every sign-up rule for it. Only a first name and a last
 * initial leave the server: nobody learns an address or whether one has an account.
 */
export async function swapCandidates(userId: string, signupId: string, search: string | null, limit = 20): Promise<SwapCandidate[]> {
  const signup = await prisma.shiftSignup.findFirst({ where: { id: signupId, userId, status: 'CONFIRMED' }, select: { shiftId: true } });
  if (!signup) throw new NotFoundError();
  const shift = await loadShift(prisma, signup.shiftId);
  const settings = await settingsOf(prisma, shift.opportunity.programmeId);
  const words = foldForSearch(search ?? '').split(/\s+/).filter(Boolean);
  // What SQL can decide narrows the pool (qualifications valid through the end); the rules decide the rest.
  const pool = await prisma.user.findMany({
    where: {
      id: { not: userId },
      erasedAt: null,
      roles: { some: { role: 'VOLUNTEER' } },
      shiftSignups: { none: { shiftId: shift.id, status: { in: [...ON_SHIFT] } } },
      AND: [
        ...words.map((word) => ({ nameSearchText: { contains: word } })),
        ...shift.opportunity.qualifications.map(({ qualification }) => ({
          qualifications: { some: { qualificationId: qualification.id, expiresAt: { gte: shift.endsAt } } },
        })),
      ],
    },
    select: { id: true, firstName: true, lastName: true },
    orderBy: [{ firstName: 'asc' }, { lastName: 'asc' }, { id: 'asc' }],
    take: limit * 3,
  });
  const fit: SwapCandidate[] = [];
  // Turkish alphabetical order (Ç after C, I before İ), which the database's collation may not know.
  pool.sort((a, b) => BY_NAME.compare(`${a.firstName} ${a.lastName}`, `${b.firstName} ${b.lastName}`));
  for (const person of pool) {
    if (fit.length >= limit) break;
    try {
      await checkPersonRules(prisma, person.id, shift, settings);
    } catch (error) {
      if (error instanceof DomainError) continue;
      throw error;
    }
    fit.push({ userId: person.id, firstName: person.firstName, lastInitial: person.lastName.trim().charAt(0).toLocaleUpperCase('tr-TR') });
  }
  return fit;
}
