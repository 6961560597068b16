// The sign-up rules a person must pass for a shift, capacity aside (signups.ts decides places under
// the shift's row lock): active volunteer, not paused, before the cut-off, qualified through the
// shift's end, no clash with their other shifts, interviews or trainings, under the weekly cap.
import type { Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { ShiftSelect } from '../../generated/prisma/models.ts';
import { addDays, isoWeekday, istanbulInstant, todayInIstanbul } from '@katilim/schema/istanbul-day';
import {
  NotActiveVolunteerError,
  QualificationExpiresError,
  QualificationMissingError,
  ShiftClashError,
  SignupClosedError,
  SignupPausedError,
  WorkloadCapError,
} from './errors-signup.ts';

const HOUR = 3_600_000;
export const HOLDING = ['CONFIRMED', 'OFFERED'] as const;
export const ON_SHIFT = ['CONFIRMED', 'OFFERED', 'WAITLISTED'] as const;

export const DEFAULT_SETTINGS = { maxHoursPerWeek: 12, noShowPauseAfter: 3, holdHours: 12, holdHoursNear: 2, nearWindowHours: 48 };
export type Settings = typeof DEFAULT_SETTINGS;

export const shiftForRules = {
  id: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  signupClosesAt: true,
  cancelledAt: true,
  opportunity: {
    select: {
      programmeId: true,
      titleTr: true,
      titleEn: true,
      qualifications: { select: { qualification: { select: { id: true, nameTr: true, nameEn: true } } } },
    },
  },
  roles: { select: { id: true, nameTr: true, nameEn: true, headcount: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
} satisfies ShiftSelect;

export async function loadShift(tx: Tx, shiftId: string) {
  const shift = await tx.shift.findUnique({ where: { id: shiftId }, select: shiftForRules });
  if (!shift) throw new NotFoundError();
  return shift;
}
export type RuleShift = Awaited<ReturnType<typeof loadShift>>;

export async function settingsOf(tx: Tx, programmeId: string): Promise<Settings> {
  const row = await tx.shiftSettings.findUnique({ where: { programmeId } });
  return row ? { ...DEFAULT_SETTINGS, ...row } : DEFAULT_SETTINGS;
}

/** The İzmir week (Monday 00:00 to the next Monday 00:00) an instant falls in. */
export function izmirWeekOf(at: Date): { from: Date; to: Date } {
  const day = todayInIstanbul(at);
  const monday = addDays(day, 1 - isoWeekday(day));
  return { from: istanbulInstant(monday), to: istanbulInstant(addDays(monday, 7)) };
}

export function assertOpen(shift: Pick<RuleShift, 'signupClosesAt' | 'cancelledAt' | 'startsAt'>, now = new Date()) {
  if (shift.cancelledAt) throw new SignupClosedError(shift.cancelledAt);
  if (now >= shift.signupClosesAt) throw new SignupClosedError(shift.signupClosesAt);
}

/**
 * Throws the first rule the person breaks for the shift. `ignoreCutoff` is for confirming a place
 * offered from the waitlist, which may come after the cut-off (never after the start).
 */
export async function checkPersonRules(
  tx: Tx,
  userId: string,
  shift: RuleShift,
  settings: Settings,
  options: { now?: Date; ignoreCutoff?: boolean } = {},
) {
  const now = options.now ?? new Date();
  const person = await tx.user.findUnique({
    where: { id: userId },
    select: {
      roles: { where: { role: 'VOLUNTEER' }, select: { id: true } },
      shiftStanding: { select: { noShows: true, pausedAt: true, liftedAt: true } },
      qualifications: {
        where: { qualificationId: { in: shift.opportunity.qualifications.map((q) => q.qualification.id) } },
        select: { qualificationId: true, expiresAt: true },
      },
    },
  });
  if (!person) throw new NotFoundError();
  if (person.roles.length === 0) throw new NotActiveVolunteerError();
  const standing = person.shiftStanding;
  if (standing?.pausedAt && (!standing.liftedAt || standing.liftedAt < standing.pausedAt)) throw new SignupPausedError(standing.noShows);
  if (options.ignoreCutoff) {
    if (shift.cancelledAt) throw new SignupClosedError(shift.cancelledAt);
    if (now >= shift.startsAt) throw new SignupClosedError(shift.startsAt);
  } else assertOpen(shift, now);

  const missing: { nameTr: string; nameEn: string }[] = [];
  for (const { qualification } of shift.opportunity.qualifications) {
    const held = person.qualifications.filter((q) => q.qualificationId === qualification.id);
    if (held.length === 0) {
      missing.push(qualification);
      continue;
    }
    const latest = held.reduce((a, b) => (a.expiresAt > b.expiresAt ? a : b));
    if (latest.expiresAt < shift.endsAt) throw new QualificationExpiresError(qualification, latest.expiresAt);
  }
  if (missing.length) throw new QualificationMissingError(missing);

  await assertNoClash(tx, userId, shift);

  const week = izmirWeekOf(shift.startsAt);
  const sameWeek = await tx.shift.findMany({
    where: {
      id: { not: shift.id },
      cancelledAt: null,
      startsAt: { gte: week.from, lt: week.to },
      signups: { some: { userId, status: { in: [...HOLDING] } } },
    },
    select: { startsAt: true, endsAt: true },
  });
  const booked = sameWeek.reduce((sum, s) => sum + (s.endsAt.getTime() - s.startsAt.getTime()) / HOUR, 0);
  const adding = (shift.endsAt.getTime() - shift.startsAt.getTime()) / HOUR;
  if (booked + adding > settings.maxHoursPerWeek) throw new WorkloadCapError(settings.maxHoursPerWeek, booked, adding);
}

/** Another confirmed or offered shift, an interview booked or a training session of theirs overlapping. */
async function assertNoClash(tx: Tx, userId: string, shift: RuleShift) {
  const overlapping = { startsAt: { lt: shift.endsAt }, endsAt: { gt: shift.startsAt } };
  const [otherShift, interview, session] = await Promise.all([
    tx.shift.findFirst({
      where: { id: { not: shift.id }, cancelledAt: null, ...overlapping, signups: { some: { userId, status: { in: [...HOLDING] } } } },
      select: { startsAt: true, opportunity: { select: { titleTr: true, titleEn: true } } },
      orderBy: { startsAt: 'asc' },
    }),
    tx.interviewBooking.findFirst({
      where: { cancelledAt: null, application: { applicantId: userId }, slot: overlapping },
      select: { slot: { select: { startsAt: true, round: { select: { titleTr: true, titleEn: true } } } } },
    }),
    tx.trainingSession.findFirst({
      where: { ...overlapping, course: { enrolments: { some: { application: { applicantId: userId } } } } },
      select: { startsAt: true, title: true },
    }),
  ]);
  if (otherShift) {
    throw new ShiftClashError('SHIFT', { nameTr: otherShift.opportunity.titleTr, nameEn: otherShift.opportunity.titleEn }, otherShift.startsAt);
  }
  if (interview) {
    const round = interview.slot.round;
    throw new ShiftClashError('INTERVIEW', { nameTr: round.titleTr, nameEn: round.titleEn }, interview.slot.startsAt);
  }
  if (session) throw new ShiftClashError('TRAINING', { nameTr: session.title, nameEn: session.title }, session.startsAt);
}
