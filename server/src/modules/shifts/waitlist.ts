// The waitlist's promotion: when places free up, the first WAITLISTED people (by waitlistedAt, id)
// are offered them with a hold; a hold that runs out passes the place on. Promotion fills every free
// place of a shift in one transaction under the shift's row lock, so several places freed at once,
// or two workers promoting the same shift, offer each place exactly once.
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { audit } from '../audit/service.ts';
import { holdExpiry } from '../common/hold-expiry.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { noticeTo } from './notices.ts';
import { lockShift, placeFor, placesOf, take } from './places.ts';
import { settingsOf } from './rules.ts';

const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 };
export const JOB_ACTOR: Actor = { userId: null, requestId: 'job:shifts-waitlist', ip: null };

/**
 * Offers every free place of the shift to the first fitting waitlisted people. The caller holds the
 * shift's row lock (lockShift) in `tx`. Answers the ids of the sign-ups offered a place.
 */
export async function promoteLocked(tx: Tx, shiftId: string, actor: Actor, now = new Date()): Promise<string[]> {
  const shift = await tx.shift.findUniqueOrThrow({ where: { id: shiftId }, select: { startsAt: true, cancelledAt: true } });
  if (shift.cancelledAt || shift.startsAt <= now) return [];
  const full = await lockShift(tx, shiftId);
  const places = await placesOf(tx, full);
  if (places.free <= 0) return [];
  const settings = await settingsOf(tx, full.opportunity.programmeId);
  const waiting = await tx.shiftSignup.findMany({
    where: { shiftId, status: 'WAITLISTED' },
    orderBy: [{ waitlistedAt: 'asc' }, { id: 'asc' }],
    select: { id: true, userId: true, roleId: true },
  });
  const holdExpiresAt = holdExpiry(full.startsAt, settings, now);
  const offered: string[] = [];
  for (const person of waiting) {
    if (places.free <= 0) break;
    const place = placeFor(full, places, person.roleId);
    // Someone waiting for a role that is still full lets the next person take another role's place.
    if (place instanceof Error) continue;
    take(places, place.roleId);
    await tx.shiftSignup.update({
      where: { id: person.id },
      data: { status: 'OFFERED', roleId: place.roleId, offeredAt: now, holdExpiresAt },
    });
    await noticeTo(tx, 'shiftOffered', person.userId, shiftId, { holdExpiresAt });
    offered.push(person.id);
  }
  if (offered.length) await audit(tx, actor, 'shift.promote', { type: 'Shift', id: shiftId }, { offered, holdExpiresAt: holdExpiresAt.toISOString() });
  return offered;
}

/** Promotion in a transaction of its own (a worker, a sweep). */
export async function promoteWaitlist(shiftId: string, actor: Actor = JOB_ACTOR, now = new Date()): Promise<string[]> {
  const offered = await prisma.$transaction((tx) => promoteLocked(tx, shiftId, actor, now), TX_OPTIONS);
  if (offered.length) notifyOutbox();
  return offered;
}

/**
 * The sweep: holds that ran out become EXPIRED and their places pass on; shifts with free places and
 * people waiting (a capacity raised, a promotion missed) are promoted. Safe to run on several servers at once.
 */
export async function sweepWaitlists(now = new Date()): Promise<{ expired: number; offered: number }> {
  const lapsed = await prisma.shiftSignup.findMany({
    where: { status: 'OFFERED', holdExpiresAt: { lte: now } },
    select: { shiftId: true },
    distinct: ['shiftId'],
  });
  const waiting = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "Shift" s
    WHERE s."cancelledAt" IS NULL AND s."startsAt" > ${now}
      AND EXISTS (SELECT 1 FROM "ShiftSignup" w WHERE w."shiftId" = s.id AND w.status = 'WAITLISTED')
      AND s.capacity > (SELECT count(*) FROM "ShiftSignup" h WHERE h."shiftId" = s.id AND h.status IN ('CONFIRMED', 'OFFERED'))`;
  const shiftIds = [...new Set([...lapsed.map((l) => l.shiftId), ...waiting.map((w) => w.id)])].sort();
  let expired = 0;
  let offered = 0;
  for (const shiftId of shiftIds) {
    const result = await prisma.$transaction(async (tx) => {
      await lockShift(tx, shiftId);
      const ran = await tx.shiftSignup.findMany({
        where: { shiftId, status: 'OFFERED', holdExpiresAt: { lte: now } },
        select: { id: true, userId: true },
      });
      for (const signup of ran) {
        await tx.shiftSignup.update({ where: { id: signup.id }, data: { status: 'EXPIRED', holdExpiresAt: null } });
        await noticeTo(tx, 'shiftOfferExpired', signup.userId, shiftId, {}, '/shifts');
      }
      if (ran.length) await audit(tx, JOB_ACTOR, 'shift.offerExpired', { type: 'Shift', id: shiftId }, { signupIds: ran.map((s) => s.id) });
      return { expired: ran.length, offered: (await promoteLocked(tx, shiftId, JOB_ACTOR, now)).length };
    }, TX_OPTIONS);
    expired += result.expired;
    offered += result.offered;
  }
  if (expired || offered) notifyOutbox();
  return { expired, offered };
}
