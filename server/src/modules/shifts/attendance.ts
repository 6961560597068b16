// Attendance on shifts: check-in by the shift's QR code, check-out, the coordinator's roster
// (present / no-show / excused, minutes), hours approval, and the no-show pause.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { ShiftAttendance } from '../../generated/prisma/enums.ts';
import { publicUrl } from '../accounts/service.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import {
  AlreadyCheckedOutError,
  AttendanceTooEarlyError,
  CheckInClosedError,
  CheckInNotOpenError,
  HoursAlreadyApprovedError,
  HoursNotApprovableError,
  InvalidCheckInCodeError,
  MinutesExceedShiftError,
  NotCheckedInError,
  NotOnShiftError,
  NotPausedError,
  SignupNotOnShiftError,
} from './errors-attendance.ts';

/** Check-in opens this long before the start and closes at the end. */
export const CHECK_IN_OPENS_MINUTES = 30;
const MINUTE = 60_000;

type ShiftTimes = { startsAt: Date; endsAt: Date };

// ── The check-in code ──

const signatureOf = (shiftId: string, secret: string) => createHmac('sha256', secret).update(`check-in:${shiftId}`).digest('base64url').slice(0, 22);

/**
 * What the QR code carries: the shift's id and an HMAC of it under the shift's random secret, so a
 * code cannot be made up from an id seen elsewhere (in a calendar, say).
 */
export function checkInCode(shift: { id: string; checkInSecret: string }): string {
  return `${shift.id}.${signatureOf(shift.id, shift.checkInSecret)}`;
}

export function checkInUrl(shift: { id: string; checkInSecret: string }): string {
  return `${publicUrl()}/shifts/check-in/${checkInCode(shift)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The shift a code names, when its signature is right; null otherwise. */
async function shiftOfCode(tx: Tx, code: string) {
  const [shiftId, signature] = code.trim().split('.');
  if (!shiftId || !signature || !UUID.test(shiftId)) return null;
  const shift = await tx.shift.findUnique({ where: { id: shiftId }, select: { id: true, checkInSecret: true, startsAt: true, endsAt: true, cancelledAt: true } });
  if (!shift) return null;
  const expected = Buffer.from(signatureOf(shift.id, shift.checkInSecret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? shift : null;
}

// ── Minutes ──

/**
 * Minutes served: check-in to check-out clamped to the shift; a missing check-in counts from the
 * start, a missing check-out to the end (so "present" without times is the shift's length).
 */
export function minutesServed(shift: ShiftTimes, checkedInAt: Date | null, checkedOutAt: Date | null): number {
  const start = shift.startsAt.getTime();
  const end = shift.endsAt.getTime();
  const from = Math.min(Math.max(checkedInAt?.getTime() ?? start, start), end);
  const to = Math.min(Math.max(checkedOutAt?.getTime() ?? end, start), end);
  return Math.max(0, Math.floor((to - from) / MINUTE));
}

const shiftMinutes = (shift: ShiftTimes) => Math.floor((shift.endsAt.getTime() - shift.startsAt.getTime()) / MINUTE);

// ── Volunteer: check-in and check-out ──

/** Checks the caller in to the shift the code names; checking in twice answers the same sign-up. */
export async function checkInToShift(userId: string, code: string, actor: Actor, now = new Date()) {
  const outcome = await prisma.$transaction(async (tx) => {
    const shift = await shiftOfCode(tx, code);
    if (!shift) throw new InvalidCheckInCodeError();
    if (shift.cancelledAt || now > shift.endsAt) throw new CheckInClosedError();
    const opensAt = new Date(shift.startsAt.getTime() - CHECK_IN_OPENS_MINUTES * MINUTE);
    if (now < opensAt) throw new CheckInNotOpenError(opensAt);
    const [signup] = await tx.$queryRaw<{ id: string; status: string; checkedInAt: Date | null; attendance: ShiftAttendance | null; hoursApprovedAt: Date | null }[]>`
      SELECT id, status, "checkedInAt", attendance, "hoursApprovedAt" FROM "ShiftSignup"
      WHERE "shiftId" = ${shift.id}::uuid AND "userId" = ${userId}::uuid FOR UPDATE`;
    if (!signup || signup.status !== 'CONFIRMED') throw new NotOnShiftError();
    if (signup.checkedInAt || signup.hoursApprovedAt) return { signupId: signup.id, shiftId: shift.id, changed: false };
    await tx.shiftSignup.update({
      where: { id: signup.id },
      data: { checkedInAt: now, attendance: 'PRESENT', minutes: minutesServed(shift, now, null) },
    });
    // A coordinator who marked a no-show too early is corrected by the person turning up.
    if (signup.attendance === 'NO_SHOW') await countNoShow(tx, userId, -1, actor);
    await audit(tx, actor, 'shift.checkIn', { type: 'ShiftSignup', id: signup.id }, { shiftId: shift.id });
    return { signupId: signup.id, shiftId: shift.id, changed: true };
  });
  return outcome;
}

/** Checks the caller out of a shift they checked in to; the minutes follow from both times. */
export async function checkOutOfShift(userId: string, signupId: string, actor: Actor, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const [signup] = await tx.$queryRaw<{ id: string; userId: string; checkedInAt: Date | null; checkedOutAt: Date | null; hoursApprovedAt: Date | null }[]>`
      SELECT id, "userId", "checkedInAt", "checkedOutAt", "hoursApprovedAt" FROM "ShiftSignup" WHERE id = ${signupId}::uuid FOR UPDATE`;
    if (!signup || signup.userId !== userId) throw new NotFoundError();
    if (!signup.checkedInAt) throw new NotCheckedInError();
    if (signup.checkedOutAt) throw new AlreadyCheckedOutError();
    if (signup.hoursApprovedAt) throw new HoursAlreadyApprovedError();
    const shift = await tx.shift.findFirstOrThrow({ where: { signups: { some: { id: signupId } } }, select: { startsAt: true, endsAt: true } });
    const minutes = minutesServed(shift, signup.checkedInAt, now);
    await tx.shiftSignup.update({ where: { id: signupId }, data: { checkedOutAt: now, minutes } });
    await audit(tx, actor, 'shift.checkOut', { type: 'ShiftSignup', id: signupId }, { minutes });
    return { signupId };
  });
}

// ── Coordinator: the roster ──

export type AttendanceEntry = { signupId: string; attendance: ShiftAttendance; minutes: number | null };

/**
 * Records attendance for several sign-ups of one shift in one transaction (rows locked in id order).
 * PRESENT takes the minutes given, else those from check-in/out (the shift's length without times);
 * NO_SHOW counts towards the pause; EXCUSED counts nothing. Approved sign-ups no longer change.
 */
export async function recordShiftAttendance(shiftId: string, entries: readonly AttendanceEntry[], actor: Actor, now = new Date()) {
  const bySignup = new Map(entries.map((entry) => [entry.signupId, entry]));
  const signupIds = [...bySignup.keys()];
  const result = await prisma.$transaction(async (tx) => {
    const shift = await tx.shift.findUnique({ where: { id: shiftId }, select: { id: true, startsAt: true, endsAt: true, cancelledAt: true } });
    if (!shift) throw new NotFoundError();
    if (now.getTime() < shift.startsAt.getTime() - CHECK_IN_OPENS_MINUTES * MINUTE) throw new AttendanceTooEarlyError();
    const rows = await tx.$queryRaw<
      { id: string; userId: string; status: string; checkedInAt: Date | null; checkedOutAt: Date | null; attendance: ShiftAttendance | null; hoursApprovedAt: Date | null }[]
    >`
      SELECT id, "userId", status, "checkedInAt", "checkedOutAt", attendance, "hoursApprovedAt" FROM "ShiftSignup"
      WHERE id = ANY(${signupIds}::uuid[]) AND "shiftId" = ${shiftId}::uuid
      ORDER BY id FOR UPDATE`;
    if (rows.length !== signupIds.length || rows.some((row) => row.status !== 'CONFIRMED')) throw new SignupNotOnShiftError();
    if (rows.some((row) => row.hoursApprovedAt)) throw new HoursAlreadyApprovedError();
    const longest = shiftMinutes(shift);
    let pausedSomeone = false;
    for (const row of rows) {
      const entry = bySignup.get(row.id)!;
      if (entry.minutes !== null && entry.minutes > longest) throw new MinutesExceedShiftError(longest);
      const minutes =
        entry.attendance === 'PRESENT' ? (entry.minutes ?? minutesServed(shift, row.checkedInAt, row.checkedOutAt)) : entry.attendance === 'NO_SHOW' ? 0 : null;
      await tx.shiftSignup.update({ where: { id: row.id }, data: { attendance: entry.attendance, minutes } });
      const delta = (entry.attendance === 'NO_SHOW' ? 1 : 0) - (row.attendance === 'NO_SHOW' ? 1 : 0);
      if (delta !== 0 && (await countNoShow(tx, row.userId, delta, actor))) pausedSomeone = true;
    }
    await audit(tx, actor, 'shift.recordAttendance', { type: 'Shift', id: shiftId }, {
      entries: rows.map((row) => ({ signupId: row.id, attendance: bySignup.get(row.id)!.attendance, minutes: bySignup.get(row.id)!.minutes })),
    });
    return { signupIds, pausedSomeone };
  });
  if (result.pausedSomeone) notifyOutbox();
  return result.signupIds;
}

/**
 * Moves a person's no-show count by `delta`; reaching the programme's threshold pauses their sign-up
 * and tells them. Answers whether this call paused them.
 */
async function countNoShow(tx: Tx, userId: string, delta: number, actor: Actor): Promise<boolean> {
  const [standing] = await tx.$queryRaw<{ noShows: number; pausedAt: Date | null }[]>`
    INSERT INTO "ShiftStanding" ("userId", "noShows", "updatedAt") VALUES (${userId}::uuid, ${Math.max(delta, 0)}, now())
    ON CONFLICT ("userId") DO UPDATE SET "noShows" = GREATEST("ShiftStanding"."noShows" + ${delta}, 0), "updatedAt" = now()
    RETURNING "noShows", "pausedAt"`;
  if (delta <= 0 || !standing || standing.pausedAt) return false;
  const settings = await tx.shiftSettings.findFirst({ where: { programme: { kind: 'VOLUNTEERING' } }, select: { noShowPauseAfter: true } });
  const threshold = settings?.noShowPauseAfter ?? 3;
  if (standing.noShows < threshold) return false;
  await tx.shiftStanding.update({ where: { userId }, data: { pausedAt: new Date() } });
  await audit(tx, actor, 'shift.signupPaused', { type: 'User', id: userId }, { noShows: standing.noShows });
  const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, firstName: true, locale: true, erasedAt: true } });
  if (!person.erasedAt) {
    await enqueueEmail(tx, {
      template: 'shiftSignupPaused',
      locale: person.locale,
      to: person.email,
      userId,
      params: { firstName: person.firstName, noShows: standing.noShows, profileUrl: `${publicUrl()}/shifts/my-hours` },
    });
  }
  return true;
}

// ── Hours approval and the pause ──

/**
 * Approves the hours of sign-ups marked present, all or nothing; already approved ones stay as they
 * are. Answers the sign-up ids.
 */
export async function approveShiftHours(signupIds: readonly string[], actor: Actor, now = new Date()) {
  const ids = [...new Set(signupIds)];
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; attendance: ShiftAttendance | null; minutes: number | null; hoursApprovedAt: Date | null; status: string }[]>`
      SELECT id, attendance, minutes, "hoursApprovedAt", status FROM "ShiftSignup" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
    if (rows.length !== ids.length) throw new NotFoundError();
    const refused = rows.filter((row) => row.status !== 'CONFIRMED' || row.attendance !== 'PRESENT' || row.minutes === null);
    if (refused.length) throw new HoursNotApprovableError(refused.length);
    const pending = rows.filter((row) => !row.hoursApprovedAt).map((row) => row.id);
    if (pending.length) {
      await tx.shiftSignup.updateMany({ where: { id: { in: pending } }, data: { hoursApprovedAt: now, hoursApprovedById: actor.userId } });
      for (const id of pending) await audit(tx, actor, 'shift.approveHours', { type: 'ShiftSignup', id }, {});
    }
    return ids;
  });
}

/** Lifts a person's no-show pause and starts their count afresh. */
export async function liftShiftPause(userId: string, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.shiftStanding.updateMany({
      where: { userId, pausedAt: { not: null } },
      data: { pausedAt: null, noShows: 0, liftedAt: new Date(), liftedById: actor.userId },
    });
    if (count === 0) throw new NotPausedError();
    await audit(tx, actor, 'shift.liftPause', { type: 'User', id: userId }, {});
    return userId;
  });
}
