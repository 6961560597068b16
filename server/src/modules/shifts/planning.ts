// One-off shifts: create with roles, edit one shift (detaching it from its series), cancel. The
// helpers here (locks, held places, role sync, notices) serve recurrence.ts and calendar.ts too.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { CapacityBelowSignupsError, OpportunityArchivedError, ShiftCancelledError, ShiftStartedError, StartsInPastError } from './errors-planning.ts';
import { cancelReminders, scheduleReminders } from './reminders.ts';
import { HOLDING, ON_SHIFT } from './rules.ts';
import { promoteLocked } from './waitlist.ts';

const HOUR = 3_600_000;

/** CONFIRMED and OFFERED hold a place; WAITLISTED people are still on the shift's list. */

export type RoleInput = { nameTr: string; nameEn: string; headcount: number };

/** With roles, the places are their headcounts added up. */
export const capacityOf = (capacity: number | null | undefined, roles: readonly RoleInput[]) =>
  roles.length ? roles.reduce((sum, role) => sum + role.headcount, 0) : (capacity ?? 1);

export const newCheckInSecret = () => randomBytes(24).toString('base64url');

/** Locks shifts (the row sign-ups lock too) so a capacity edit and a sign-up are decided one at a time. */
export async function lockShifts(tx: Tx, ids: readonly string[]) {
  if (!ids.length) return;
  await tx.$queryRaw`SELECT id FROM "Shift" WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id FOR UPDATE`;
}

/** Places held on each shift, in all and per role. */
export async function heldPlaces(tx: Tx, shiftIds: readonly string[]) {
  const rows = await tx.shiftSignup.groupBy({
    by: ['shiftId', 'roleId'],
    where: { shiftId: { in: [...shiftIds] }, status: { in: [...HOLDING] } },
    _count: { _all: true },
  });
  const total = new Map<string, number>();
  const byRole = new Map<string, number>();
  for (const row of rows) {
    total.set(row.shiftId, (total.get(row.shiftId) ?? 0) + row._count._all);
    if (row.roleId) byRole.set(row.roleId, row._count._all);
  }
  return { total: (shiftId: string) => total.get(shiftId) ?? 0, role: (roleId: string) => byRole.get(roleId) ?? 0 };
}

/**
 * Makes a shift's roles the given list, position by position: a kept position keeps its id (and the
 * sign-ups on it); a role dropped lets its people stay on the shift without a role. Answers whether a
 * role gained places (a headcount raised, a role added), which the waitlist may take.
 */
export async function syncRoles(tx: Tx, shiftId: string, roles: readonly RoleInput[], held?: Awaited<ReturnType<typeof heldPlaces>>): Promise<boolean> {
  const existing = await tx.shiftRole.findMany({ where: { shiftId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, headcount: true } });
  let gained = false;
  for (const [position, role] of roles.entries()) {
    const current = existing[position];
    if (current) {
      const taken = held?.role(current.id) ?? 0;
      if (role.headcount < taken) throw new CapacityBelowSignupsError(role.headcount, taken);
      if (role.headcount > current.headcount) gained = true;
      await tx.shiftRole.update({ where: { id: current.id }, data: { ...role, position } });
    } else {
      gained = true;
      await tx.shiftRole.create({ data: { shiftId, ...role, position } });
    }
  }
  const dropped = existing.slice(roles.length).map((role) => role.id);
  if (dropped.length) await tx.shiftRole.deleteMany({ where: { id: { in: dropped } } });
  return gained;
}

async function openOpportunity(tx: Tx, opportunityId: string) {
  const opportunity = await tx.shiftOpportunity.findUnique({ where: { id: opportunityId }, select: { id: true, archivedAt: true } });
  if (!opportunity) throw new NotFoundError();
  if (opportunity.archivedAt) throw new OpportunityArchivedError();
  return opportunity;
}
export { openOpportunity };

export type ShiftInput = {
  opportunityId: string;
  startsAt: Date;
  endsAt: Date;
  capacity?: number | null;
  cutoffHours: number;
  roles: readonly RoleInput[];
};

/** The cut-off instant: never before the shift's creation makes sense, never after its start. */
export const closesAt = (startsAt: Date, cutoffHours: number) => new Date(startsAt.getTime() - cutoffHours * HOUR);

/** Refuses a start that is not ahead of now. */
export function assertAhead(startsAt: Date, now = new Date()) {
  if (startsAt.getTime() <= now.getTime()) throw new StartsInPastError();
}

export async function createShift(input: ShiftInput, actor: Actor) {
  assertAhead(input.startsAt);
  return prisma.$transaction(async (tx) => {
    await openOpportunity(tx, input.opportunityId);
    const shift = await tx.shift.create({
      data: {
        opportunityId: input.opportunityId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: capacityOf(input.capacity, input.roles),
        signupClosesAt: closesAt(input.startsAt, input.cutoffHours),
        checkInSecret: newCheckInSecret(),
        roles: { create: input.roles.map((role, position) => ({ ...role, position })) },
      },
      select: { id: true, capacity: true },
    });
    await audit(tx, actor, 'shifts.createShift', { type: 'Shift', id: shift.id }, {
      opportunityId: input.opportunityId,
      startsAt: input.startsAt.toISOString(),
      capacity: shift.capacity,
      roles: input.roles.length,
    });
    return shift;
  });
}

export type ShiftEdit = {
  startsAt?: Date | null;
  endsAt?: Date | null;
  capacity?: number | null;
  cutoffHours?: number | null;
  roles?: readonly RoleInput[] | null;
};

type Snapshot = { id: string; startsAt: Date; endsAt: Date };

/**
 * Reminder work a planning transaction leaves for after its commit (pg-boss is outside it): the jobs
 * it took off sign-ups, to cancel, and the confirmed sign-ups of moved shifts, to queue for the new time.
 */
export type ReminderChanges = { cancel: string[]; reschedule: string[] };
export const reminderChanges = (): ReminderChanges => ({ cancel: [], reschedule: [] });

/** Takes the queued reminders off the confirmed sign-ups of these shifts; with `reschedule`, they are queued again after the commit. */
export async function takeReminders(tx: Tx, shiftIds: readonly string[], changes: ReminderChanges, options: { reschedule: boolean }) {
  if (!shiftIds.length) return;
  const confirmed = await tx.shiftSignup.findMany({
    where: { shiftId: { in: [...shiftIds] }, status: 'CONFIRMED' },
    select: { id: true, reminderJobIds: true },
    orderBy: { id: 'asc' },
  });
  const withJobs = confirmed.filter((signup) => signup.reminderJobIds.length);
  if (withJobs.length) await tx.shiftSignup.updateMany({ where: { id: { in: withJobs.map((signup) => signup.id) } }, data: { reminderJobIds: [] } });
  changes.cancel.push(...withJobs.flatMap((signup) => signup.reminderJobIds));
  if (options.reschedule) changes.reschedule.push(...confirmed.map((signup) => signup.id));
}

/** After the commit: old reminder jobs cancelled, those of moved shifts queued for their new time. */
export async function applyReminderChanges(changes: ReminderChanges) {
  await cancelReminders(changes.cancel);
  await scheduleReminders(changes.reschedule);
}

/**
 * Applies an edit to a locked shift: times, cut-off, capacity and roles. Refuses a capacity (or a
 * role's headcount) below the places held. Answers whether its time moved (the people on it are told)
 * and whether places may have opened (capacity raised, roles changed): the waitlist is then offered them.
 */
export async function applyShiftEdit(
  tx: Tx,
  shift: Snapshot & { capacity: number; signupClosesAt: Date },
  edit: ShiftEdit,
  extra: { detached?: boolean; seriesId?: string | null } = {},
): Promise<{ moved: boolean; opened: boolean }> {
  const startsAt = edit.startsAt ?? shift.startsAt;
  if (startsAt.getTime() !== shift.startsAt.getTime()) assertAhead(startsAt);
  const endsAt = edit.endsAt ?? (edit.startsAt ? new Date(shift.endsAt.getTime() + (startsAt.getTime() - shift.startsAt.getTime())) : shift.endsAt);
  const cutoffHours = edit.cutoffHours ?? Math.round((shift.startsAt.getTime() - shift.signupClosesAt.getTime()) / HOUR);
  const held = await heldPlaces(tx, [shift.id]);
  const capacity = edit.roles?.length ? capacityOf(null, edit.roles) : (edit.capacity ?? shift.capacity);
  if (capacity < held.total(shift.id)) throw new CapacityBelowSignupsError(capacity, held.total(shift.id));
  const rolesGained = edit.roles ? await syncRoles(tx, shift.id, edit.roles, held) : false;
  await tx.shift.update({
    where: { id: shift.id },
    data: { startsAt, endsAt, capacity, signupClosesAt: closesAt(startsAt, cutoffHours), ...extra },
  });
  return {
    moved: startsAt.getTime() !== shift.startsAt.getTime() || endsAt.getTime() !== shift.endsAt.getTime(),
    opened: capacity > shift.capacity || rolesGained,
  };
}

async function lockedShift(tx: Tx, shiftId: string) {
  await lockShifts(tx, [shiftId]);
  const shift = await tx.shift.findUnique({
    where: { id: shiftId },
    select: { id: true, startsAt: true, endsAt: true, capacity: true, signupClosesAt: true, cancelledAt: true, seriesId: true },
  });
  if (!shift) throw new NotFoundError();
  if (shift.cancelledAt) throw new ShiftCancelledError();
  if (shift.startsAt <= new Date()) throw new ShiftStartedError();
  return shift;
}

/** Edits one shift; one of a series becomes `detached`, so later edits of the series leave it alone. */
export async function editShift(shiftId: string, edit: ShiftEdit, actor: Actor) {
  const reminders = reminderChanges();
  const told = await prisma.$transaction(async (tx) => {
    const shift = await lockedShift(tx, shiftId);
    const { moved, opened } = await applyShiftEdit(tx, shift, edit, shift.seriesId ? { detached: true } : {});
    if (moved) {
      await noticeRescheduled(tx, [shift]);
      await takeReminders(tx, [shiftId], reminders, { reschedule: true });
    }
    // New places go to the waitlist now, under the lock this edit holds, not at the next sweep.
    const offered = opened ? await promoteLocked(tx, shiftId, actor) : [];
    await audit(tx, actor, 'shifts.editShift', { type: 'Shift', id: shiftId }, {
      startsAt: edit.startsAt?.toISOString(),
      endsAt: edit.endsAt?.toISOString(),
      capacity: edit.capacity,
      cutoffHours: edit.cutoffHours,
      roles: edit.roles?.length,
      detached: shift.seriesId !== null,
    });
    return moved || offered.length > 0;
  });
  if (told) notifyOutbox();
  await applyReminderChanges(reminders);
}

/**
 * Cancels shifts (kept as records, never deleted): everyone holding a place or waiting is taken off
 * and told through the outbox.
 */
export async function cancelShiftsIn(tx: Tx, shiftIds: readonly string[], reminders: ReminderChanges): Promise<number> {
  if (!shiftIds.length) return 0;
  const now = new Date();
  await takeReminders(tx, shiftIds, reminders, { reschedule: false });
  await tx.shift.updateMany({ where: { id: { in: [...shiftIds] } }, data: { cancelledAt: now } });
  const told = await notice(tx, shiftIds, 'shiftCancelled');
  await tx.shiftSignup.updateMany({
    where: { shiftId: { in: [...shiftIds] }, status: { in: [...ON_SHIFT] } },
    data: { status: 'CANCELLED', cancelledAt: now, holdExpiresAt: null },
  });
  await tx.shiftInvitation.updateMany({ where: { shiftId: { in: [...shiftIds] }, status: 'PENDING' }, data: { status: 'EXPIRED' } });
  return told;
}

export async function cancelShift(shiftId: string, actor: Actor) {
  const reminders = reminderChanges();
  const told = await prisma.$transaction(async (tx) => {
    await lockedShift(tx, shiftId);
    const told = await cancelShiftsIn(tx, [shiftId], reminders);
    await audit(tx, actor, 'shifts.cancelShift', { type: 'Shift', id: shiftId }, { told });
    return told;
  });
  if (told) notifyOutbox();
  await applyReminderChanges(reminders);
}

/** Tells the people on moved shifts their new time (the snapshots hold the old one). */
export async function noticeRescheduled(tx: Tx, before: readonly Snapshot[]): Promise<number> {
  const previous = new Map(before.map((shift) => [shift.id, shift]));
  return notice(tx, [...previous.keys()], 'shiftRescheduled', previous);
}

async function notice(tx: Tx, shiftIds: readonly string[], template: 'shiftCancelled' | 'shiftRescheduled', previous?: Map<string, Snapshot>) {
  const signups = await tx.shiftSignup.findMany({
    where: { shiftId: { in: [...shiftIds] }, status: { in: [...ON_SHIFT] }, user: { erasedAt: null } },
    select: {
      user: { select: { id: true, email: true, firstName: true, locale: true } },
      shift: { select: { id: true, startsAt: true, endsAt: true, opportunity: { select: { titleTr: true, titleEn: true } } } },
    },
    orderBy: { id: 'asc' },
  });
  for (const { user, shift } of signups) {
    const title = user.locale === 'en' ? shift.opportunity.titleEn : shift.opportunity.titleTr;
    const base = { firstName: user.firstName, title, startsAt: shift.startsAt, endsAt: shift.endsAt };
    const old = previous?.get(shift.id);
    if (template === 'shiftRescheduled' && old) {
      await enqueueEmail(tx, {
        template: 'shiftRescheduled',
        locale: user.locale,
        to: user.email,
        userId: user.id,
        params: { ...base, previousStartsAt: old.startsAt, previousEndsAt: old.endsAt },
      });
    } else {
      await enqueueEmail(tx, { template: 'shiftCancelled', locale: user.locale, to: user.email, userId: user.id, params: base });
    }
  }
  return signups.length;
}
