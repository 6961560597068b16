// Recurring shifts: a series is an RFC 5545 rule (rrule) over İzmir calendar dates plus a wall-clock
// start; each occurrence is a Shift row. The rule is evaluated on "floating" dates (UTC midnight
// standing for an İzmir day) and each day's start is then placed in Europe/Istanbul, so 10:00 stays
// 10:00 in İzmir whatever daylight saving does elsewhere.
import * as rruleModule from 'rrule';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { addMinutes } from '../../time.ts';
import { addDays, istanbulInstant } from '@katilim/schema/istanbul-day';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { NotRecurringError, SeriesEmptyError, ShiftCancelledError, ShiftStartedError } from './errors-planning.ts';
import {
  applyReminderChanges,
  applyShiftEdit,
  assertAhead,
  cancelShiftsIn,
  capacityOf,
  closesAt,
  lockShifts,
  newCheckInSecret,
  noticeRescheduled,
  openOpportunity,
  reminderChanges,
  takeReminders,
  type RoleInput,
} from './planning.ts';
import { promoteLocked } from './waitlist.ts';

// rrule's `main` is a UMD build: Node's ESM loader sees it as CommonJS with only a default export.
const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

/** A series runs at most a year: a bound on the rows one request writes. */
const MAX_OCCURRENCES = 366;
const WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

const floating = (day: string) => new Date(`${day}T00:00:00.000Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** FREQ=WEEKLY;BYDAY=…;UNTIL=… for ISO weekdays (1 = Monday) until an İzmir date, inclusive. */
export function weeklyRule(weekdays: readonly number[], until: string): string {
  const byweekday = [...new Set(weekdays)].sort().map((day) => WEEKDAYS[day - 1]!);
  return RRule.optionsToString({ freq: RRule.WEEKLY, byweekday, until: new Date(`${until}T23:59:59.000Z`) }).replace(/^RRULE:/, '');
}

/** The rule's ISO weekdays and last day. */
export function describeRule(rrule: string): { weekdays: number[]; until: string | null } {
  const options = RRule.parseString(rrule);
  const days = (Array.isArray(options.byweekday) ? options.byweekday : options.byweekday == null ? [] : [options.byweekday]).map((day) =>
    typeof day === 'number' ? day + 1 : typeof day === 'string' ? ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(day) + 1 : day.weekday + 1,
  );
  return { weekdays: days.sort(), until: options.until ? dayOf(options.until) : null };
}

/** The same rule ending on another day (how "this and following" ends the old series). */
export function ruleUntil(rrule: string, until: string): string {
  return RRule.optionsToString({ ...RRule.parseString(rrule), until: new Date(`${until}T23:59:59.000Z`) }).replace(/^RRULE:/, '');
}

/** The İzmir dates of a rule from its first day, optionally only those on or after `from`. */
export function occurrenceDates(rrule: string, startDate: string, from = startDate): string[] {
  const rule = new RRule({ ...RRule.parseString(rrule), dtstart: floating(startDate) });
  const dates: string[] = [];
  rule.all((date, index) => {
    if (index >= MAX_OCCURRENCES * 2) return false;
    const day = dayOf(date);
    if (day >= from) dates.push(day);
    return dates.length < MAX_OCCURRENCES;
  });
  return dates;
}

/** An occurrence's instants: the wall-clock start on that İzmir day, and its length. */
export function occurrenceTimes(day: string, startTime: string, durationMinutes: number) {
  const startsAt = istanbulInstant(day, startTime);
  return { startsAt, endsAt: addMinutes(startsAt, durationMinutes) };
}

export type SeriesShape = {
  weekdays: readonly number[];
  until: string;
  startTime: string;
  durationMinutes: number;
  capacity?: number | null;
  cutoffHours: number;
  roles: readonly RoleInput[];
};

async function createOccurrences(tx: Tx, series: { id: string; opportunityId: string }, days: readonly string[], shape: SeriesShape) {
  if (!days.length) return [];
  const capacity = capacityOf(shape.capacity, shape.roles);
  const shifts = await tx.shift.createManyAndReturn({
    data: days.map((day) => {
      const { startsAt, endsAt } = occurrenceTimes(day, shape.startTime, shape.durationMinutes);
      return {
        opportunityId: series.opportunityId,
        seriesId: series.id,
        occurrenceDate: floating(day),
        startsAt,
        endsAt,
        capacity,
        signupClosesAt: closesAt(startsAt, shape.cutoffHours),
        checkInSecret: newCheckInSecret(),
      };
    }),
    select: { id: true },
  });
  if (shape.roles.length) {
    await tx.shiftRole.createMany({ data: shifts.flatMap((shift) => shape.roles.map((role, position) => ({ shiftId: shift.id, ...role, position }))) });
  }
  return shifts;
}

export async function createSeries(input: SeriesShape & { opportunityId: string; startDate: string }, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    await openOpportunity(tx, input.opportunityId);
    const rrule = weeklyRule(input.weekdays, input.until);
    const days = occurrenceDates(rrule, input.startDate);
    if (!days.length) throw new SeriesEmptyError();
    assertAhead(occurrenceTimes(days[0]!, input.startTime, input.durationMinutes).startsAt);
    const series = await tx.shiftSeries.create({
      data: {
        opportunityId: input.opportunityId,
        rrule,
        startDate: floating(input.startDate),
        startTime: input.startTime,
        durationMinutes: input.durationMinutes,
        capacity: capacityOf(input.capacity, input.roles),
        cutoffHours: input.cutoffHours,
        roles: input.roles.map((role) => ({ ...role })),
      },
      select: { id: true, opportunityId: true },
    });
    const shifts = await createOccurrences(tx, series, days, input);
    await audit(tx, actor, 'shifts.createSeries', { type: 'ShiftSeries', id: series.id }, { opportunityId: input.opportunityId, rrule, occurrences: shifts.length });
    return series;
  });
}

/**
 * The chosen occurrence with its series locked. The series is locked before any of its shifts (the
 * order every series edit takes); a split committed meanwhile may have moved the occurrence to a
 * newer series, which is then locked in turn.
 */
async function lockedPivot(tx: Tx, shiftId: string) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const pivot = await tx.shift.findUnique({ where: { id: shiftId }, select: { id: true, seriesId: true, occurrenceDate: true } });
    if (!pivot) throw new NotFoundError();
    if (!pivot.seriesId || !pivot.occurrenceDate) throw new NotRecurringError();
    await tx.$queryRaw`SELECT id FROM "ShiftSeries" WHERE id = ${pivot.seriesId}::uuid FOR UPDATE`;
    const now = await tx.shift.findUniqueOrThrow({ where: { id: shiftId }, select: { seriesId: true } });
    if (now.seriesId === pivot.seriesId) return { ...pivot, seriesId: pivot.seriesId, occurrenceDate: pivot.occurrenceDate };
  }
  throw new NotRecurringError();
}

/** The series split off from this one, and from those, locked in creation order. */
async function lockSuccessors(tx: Tx, seriesId: string) {
  const found: { id: string; rrule: string; startDate: Date }[] = [];
  let frontier = [seriesId];
  while (frontier.length) {
    const next = await tx.shiftSeries.findMany({ where: { previousId: { in: frontier } }, select: { id: true, rrule: true, startDate: true }, orderBy: { id: 'asc' } });
    if (next.length) await tx.$queryRaw`SELECT id FROM "ShiftSeries" WHERE id = ANY(${next.map((series) => series.id)}::uuid[]) ORDER BY id FOR UPDATE`;
    found.push(...next);
    frontier = next.map((series) => series.id);
  }
  return found;
}

export type FollowingOutcome = { seriesId: string; updated: number; created: number; cancelled: number; notified: number };

/**
 * "This and all following": the old series ends the day before the chosen occurrence (UNTIL), a new
 * series that points back at it takes over from that day. Occurrences on days the new rule keeps are
 * updated in place, keeping their sign-ups (told if their time moved); days it drops are cancelled
 * (their people told); new days get new shifts. Occurrences edited on their own (detached) stay.
 */
export async function editSeriesFollowing(shiftId: string, shape: SeriesShape, actor: Actor): Promise<FollowingOutcome> {
  const reminders = reminderChanges();
  let offered = 0;
  const outcome = await prisma.$transaction(async (tx) => {
    const pivot = await lockedPivot(tx, shiftId);
    const old = await tx.shiftSeries.findUniqueOrThrow({ where: { id: pivot.seriesId } });
    const from = dayOf(pivot.occurrenceDate);

    // "Following" includes occurrences a later split already moved to a successor series: this edit
    // supersedes those series from their first day.
    const successors = await lockSuccessors(tx, old.id);
    const candidates = await tx.shift.findMany({
      where: { seriesId: { in: [old.id, ...successors.map((series) => series.id)] }, occurrenceDate: { gte: pivot.occurrenceDate } },
      select: { id: true },
    });
    await lockShifts(tx, candidates.map((shift) => shift.id));
    const following = await tx.shift.findMany({
      where: { id: { in: candidates.map((shift) => shift.id) } },
      select: { id: true, startsAt: true, endsAt: true, capacity: true, signupClosesAt: true, cancelledAt: true, detached: true, occurrenceDate: true },
      orderBy: { startsAt: 'asc' },
    });
    const chosen = following.find((shift) => shift.id === pivot.id)!;
    if (chosen.cancelledAt) throw new ShiftCancelledError();
    if (chosen.startsAt <= new Date()) throw new ShiftStartedError();

    const rrule = weeklyRule(shape.weekdays, shape.until);
    const days = shape.until < from ? [] : occurrenceDates(rrule, from);
    if (!days.length) throw new SeriesEmptyError();

    await tx.shiftSeries.update({ where: { id: old.id }, data: { rrule: ruleUntil(old.rrule, addDays(from, -1)) } });
    for (const series of successors) {
      await tx.shiftSeries.update({ where: { id: series.id }, data: { rrule: ruleUntil(series.rrule, addDays(dayOf(series.startDate), -1)) } });
    }
    const next = await tx.shiftSeries.create({
      data: {
        opportunityId: old.opportunityId,
        rrule,
        startDate: pivot.occurrenceDate,
        startTime: shape.startTime,
        durationMinutes: shape.durationMinutes,
        capacity: capacityOf(shape.capacity, shape.roles),
        cutoffHours: shape.cutoffHours,
        roles: shape.roles.map((role) => ({ ...role })),
        previousId: old.id,
      },
      select: { id: true, opportunityId: true },
    });

    // The chosen occurrence follows the edit even if it was detached before; other detached ones stay.
    const live = following.filter((shift) => !shift.cancelledAt && (!shift.detached || shift.id === pivot.id));
    const byDay = new Map<string, (typeof live)[number]>();
    const duplicates: string[] = [];
    for (const shift of live) {
      const day = dayOf(shift.occurrenceDate!);
      if (byDay.has(day) && shift.id !== pivot.id) duplicates.push(shift.id);
      else byDay.set(day, shift);
    }
    const standIns = new Set(following.filter((shift) => !shift.cancelledAt && shift.detached && shift.id !== pivot.id).map((shift) => dayOf(shift.occurrenceDate!)));
    const moved: typeof live = [];
    const opened: string[] = [];
    const fresh: string[] = [];
    for (const day of days) {
      const shift = byDay.get(day);
      if (!shift) {
        if (!standIns.has(day)) fresh.push(day);
        continue;
      }
      byDay.delete(day);
      const { startsAt, endsAt } = occurrenceTimes(day, shape.startTime, shape.durationMinutes);
      const edit = { startsAt, endsAt, capacity: shape.capacity, cutoffHours: shape.cutoffHours, roles: shape.roles };
      const { moved: itMoved, opened: itOpened } = await applyShiftEdit(tx, shift, edit, { seriesId: next.id, detached: false });
      if (itMoved) moved.push(shift);
      if (itOpened) opened.push(shift.id);
    }
    const dropped = [...byDay.values()].map((shift) => shift.id).concat(duplicates);
    await takeReminders(tx, moved.map((shift) => shift.id), reminders, { reschedule: true });
    const notified = (await noticeRescheduled(tx, moved)) + (await cancelShiftsIn(tx, dropped, reminders));
    // Places the edit opened go to the waitlists now, under the locks held since lockShifts.
    for (const id of opened) offered += (await promoteLocked(tx, id, actor)).length;
    const created = await createOccurrences(tx, next, fresh, shape);
    const outcome = { seriesId: next.id, updated: live.length - dropped.length, created: created.length, cancelled: dropped.length, notified };
    await audit(tx, actor, 'shifts.editSeriesFollowing', { type: 'ShiftSeries', id: next.id }, { previousId: old.id, from, rrule, ...outcome });
    return outcome;
  });
  if (outcome.notified || offered) notifyOutbox();
  await applyReminderChanges(reminders);
  return outcome;
}
