// The coordinators' calendar: which shifts a range holds, how full they are, which are at risk, and
// copying a week's shifts to another week.
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import type { ShiftWhereInput } from '../../generated/prisma/models.ts';
import { addDays, istanbulInstant, TIME_ZONE, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { audit } from '../audit/service.ts';
import { SameWeekError } from './errors-planning.ts';
import { closesAt, newCheckInSecret } from './planning.ts';
import { HOLDING } from './rules.ts';

const HOUR = 3_600_000;
/** A shift starting within this many hours that still has free places is at risk. */
export const AT_RISK_HOURS = 72;

export type CalendarFilter = { areaId?: string | null; districtId?: number | null };

export function calendarWhere(from: Date, to: Date, filter: CalendarFilter): ShiftWhereInput {
  return {
    startsAt: { gte: from, lt: to },
    ...(filter.areaId || filter.districtId != null
      ? { opportunity: { ...(filter.areaId ? { areaId: filter.areaId } : {}), ...(filter.districtId != null ? { districtId: filter.districtId } : {}) } }
      : {}),
  };
}

export type FillLevel = 'EMPTY' | 'LOW' | 'PARTIAL' | 'FULL';
export type SignupCounts = { confirmed: number; offered: number; waitlisted: number };
export type Fill = SignupCounts & { held: number; capacity: number; ratio: number; level: FillLevel };

/** How full a shift is, from the counts of people on it by status. */
export function fillOf(capacity: number, counts: SignupCounts): Fill {
  const held = counts.confirmed + counts.offered;
  const ratio = capacity > 0 ? held / capacity : 1;
  const level: FillLevel = held === 0 ? 'EMPTY' : held >= capacity ? 'FULL' : ratio < 0.5 ? 'LOW' : 'PARTIAL';
  return { ...counts, held, capacity, ratio, level };
}

const NONE: SignupCounts = { confirmed: 0, offered: 0, waitlisted: 0 };
const loaders = new WeakMap<object, (shiftId: string) => Promise<SignupCounts>>();

/**
 * The counts of people on shifts by status, one statement (a GROUP BY) for every shift a request
 * asks about at once: a month of 2,000 shifts costs one more statement, not 2,000, and no sign-up
 * row leaves the database. Batched per request (the context), cached by shift id.
 */
export function signupCounts(request: object): (shiftId: string) => Promise<SignupCounts> {
  const existing = loaders.get(request);
  if (existing) return existing;
  const cache = new Map<string, Promise<SignupCounts>>();
  let pending: { shiftId: string; resolve: (counts: SignupCounts) => void; reject: (error: unknown) => void }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const rows = await prisma.shiftSignup.groupBy({
        by: ['shiftId', 'status'],
        where: { shiftId: { in: [...new Set(batch.map((item) => item.shiftId))] }, status: { in: ['CONFIRMED', 'OFFERED', 'WAITLISTED'] } },
        _count: { _all: true },
      });
      const byShift = new Map<string, SignupCounts>();
      for (const row of rows) {
        const counts = byShift.get(row.shiftId) ?? { ...NONE };
        const key = row.status === 'CONFIRMED' ? 'confirmed' : row.status === 'OFFERED' ? 'offered' : 'waitlisted';
        counts[key] += row._count._all;
        byShift.set(row.shiftId, counts);
      }
      for (const item of batch) item.resolve(byShift.get(item.shiftId) ?? NONE);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };
  const load = (shiftId: string) => {
    const hit = cache.get(shiftId);
    if (hit) return hit;
    const promise = new Promise<SignupCounts>((resolve, reject) => {
      pending.push({ shiftId, resolve, reject });
      // Every field of a list is resolved in the same turn: gather them all, then ask once.
      if (pending.length === 1) setImmediate(() => void flush());
    });
    cache.set(shiftId, promise);
    return promise;
  };
  loaders.set(request, load);
  return load;
}

export const isAtRisk = (shift: { startsAt: Date; cancelledAt: Date | null }, fill: Fill, now = Date.now()) =>
  !shift.cancelledAt && fill.held < fill.capacity && shift.startsAt.getTime() > now && shift.startsAt.getTime() <= now + AT_RISK_HOURS * HOUR;

/** Ids of the at-risk shifts, soonest first (one statement). */
export async function atRiskShiftIds(filter: CalendarFilter): Promise<string[]> {
  const now = new Date();
  const shifts = await prisma.shift.findMany({
    where: { ...calendarWhere(now, new Date(now.getTime() + AT_RISK_HOURS * HOUR), filter), cancelledAt: null },
    select: { id: true, capacity: true, _count: { select: { signups: { where: { status: { in: [...HOLDING] } } } } } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
  return shifts.filter((shift) => shift._count.signups < shift.capacity).map((shift) => shift.id);
}

const WALL_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export type CopyOutcome = { createdIds: string[]; skippedIds: string[] };

/**
 * Copies every shift of an İzmir week (Monday to Sunday) to another week: same weekday, same İzmir
 * wall-clock time and length, same roles and cut-off, nobody signed up. A shift that already exists
 * at the very same times for the same opportunity is skipped and reported. One transaction.
 */
export async function copyShiftWeek(fromMonday: string, toMonday: string, filter: CalendarFilter, actor: Actor): Promise<CopyOutcome> {
  if (fromMonday === toMonday) throw new SameWeekError();
  const offset = Math.round((Date.parse(toMonday) - Date.parse(fromMonday)) / (24 * HOUR));
  return prisma.$transaction(async (tx) => {
    // Copies into one week are made one at a time, so two at once cannot both miss each other's shifts.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`shifts.copyWeek:${toMonday}`}))::text`;
    const sources = await tx.shift.findMany({
      where: { ...calendarWhere(istanbulInstant(fromMonday), istanbulInstant(addDays(fromMonday, 7)), filter), cancelledAt: null },
      select: {
        id: true,
        opportunityId: true,
        startsAt: true,
        endsAt: true,
        capacity: true,
        signupClosesAt: true,
        roles: { select: { nameTr: true, nameEn: true, headcount: true, position: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    });
    const planned = sources.map((source) => {
      const startsAt = istanbulInstant(addDays(todayInIstanbul(source.startsAt), offset), WALL_TIME.format(source.startsAt));
      const endsAt = new Date(startsAt.getTime() + (source.endsAt.getTime() - source.startsAt.getTime()));
      return { source, startsAt, endsAt };
    });
    const existing = planned.length
      ? await tx.shift.findMany({
          where: { cancelledAt: null, OR: planned.map((p) => ({ opportunityId: p.source.opportunityId, startsAt: p.startsAt, endsAt: p.endsAt })) },
          select: { opportunityId: true, startsAt: true, endsAt: true },
        })
      : [];
    const key = (s: { opportunityId: string; startsAt: Date; endsAt: Date }) => `${s.opportunityId}|${s.startsAt.toISOString()}|${s.endsAt.toISOString()}`;
    const taken = new Set(existing.map(key));
    const createdIds: string[] = [];
    const skippedIds: string[] = [];
    const now = Date.now();
    for (const { source, startsAt, endsAt } of planned) {
      // A copy that would start in the past is not made (a shift may not start in the past).
      if (taken.has(key({ opportunityId: source.opportunityId, startsAt, endsAt })) || startsAt.getTime() <= now) {
        skippedIds.push(source.id);
        continue;
      }
      const cutoffHours = Math.round((source.startsAt.getTime() - source.signupClosesAt.getTime()) / HOUR);
      const shift = await tx.shift.create({
        data: {
          opportunityId: source.opportunityId,
          startsAt,
          endsAt,
          capacity: source.capacity,
          signupClosesAt: closesAt(startsAt, cutoffHours),
          checkInSecret: newCheckInSecret(),
          roles: { create: source.roles },
        },
        select: { id: true },
      });
      createdIds.push(shift.id);
    }
    await audit(tx, actor, 'shifts.copyWeek', { type: 'ShiftWeek', id: toMonday }, {
      fromMonday,
      filter,
      created: createdIds.length,
      skipped: skippedIds.length,
    });
    return { createdIds, skippedIds };
  });
}
