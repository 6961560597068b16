// The staffing assistant: for an under-filled shift, the active volunteers worth inviting, ranked
// and explained; and the invitations themselves (accepting one is the sign-up part's mutation).
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { translate, type Locale } from '../../i18n/messages.ts';
import { addDays, istanbulInstant, isoWeekday, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { ShiftCancelledError, ShiftStartedError } from './errors-planning.ts';
import { MY_SHIFTS_PATH } from './notices.ts';
import { shiftSettingsOf } from './opportunities.ts';
import { lockShifts } from './planning.ts';
import { ON_SHIFT } from './rules.ts';

const DAY = 86_400_000;
/** Fairness looks back this far: fewer shifts lately ranks higher. */
const FAIRNESS_DAYS = 60;
const MAX_SUGGESTIONS = 50;

export type Suggestion = {
  userId: string;
  firstName: string;
  lastName: string;
  districtName: string;
  sameDistrict: boolean;
  choseArea: boolean;
  recentShifts: number;
  weekMinutes: number;
  maxHoursPerWeek: number;
};

async function shiftToStaff(shiftId: string, tx: Tx = prisma) {
  const shift = await tx.shift.findUnique({
    where: { id: shiftId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      cancelledAt: true,
      opportunityId: true,
      opportunity: { select: { areaId: true, districtId: true, programmeId: true, online: true, address: true, titleTr: true, titleEn: true, district: { select: { name: true } } } },
    },
  });
  if (!shift) throw new NotFoundError();
  if (shift.cancelledAt) throw new ShiftCancelledError();
  if (shift.startsAt <= new Date()) throw new ShiftStartedError();
  return shift;
}

/** The İzmir week (Monday 00:00 to Monday 00:00) a shift starts in, where the weekly cap counts. */
function weekOf(instant: Date) {
  const day = todayInIstanbul(instant);
  const monday = addDays(day, 1 - isoWeekday(day));
  return { from: istanbulInstant(monday), to: istanbulInstant(addDays(monday, 7)) };
}

/**
 * Active volunteers who could take the shift: qualified through its end, not already on it, not
 * paused, free at that time (no other held shift, interview or training session overlapping) and
 * under their weekly cap with it. Ranked: same district, chose the area, fewer shifts lately, fewer
 * hours this week, then by name (Turkish order).
 */
export async function staffingSuggestions(shiftId: string): Promise<Suggestion[]> {
  const shift = await shiftToStaff(shiftId);
  const { maxHoursPerWeek } = await shiftSettingsOf(shift.opportunity.programmeId);
  const week = weekOf(shift.startsAt);
  const now = new Date();
  const since = new Date(now.getTime() - FAIRNESS_DAYS * DAY);
  const minutes = Math.round((shift.endsAt.getTime() - shift.startsAt.getTime()) / 60_000);
  const rows = await prisma.$queryRaw<(Omit<Suggestion, 'maxHoursPerWeek' | 'sameDistrict'> & { districtId: number })[]>`
    SELECT u.id AS "userId", u."firstName", u."lastName", u."districtId", d.name AS "districtName",
      EXISTS (SELECT 1 FROM "VolunteerAreaAssignment" a WHERE a."userId" = u.id AND a."areaId" = ${shift.opportunity.areaId}::uuid) AS "choseArea",
      (SELECT count(*)::int FROM "ShiftSignup" g JOIN "Shift" s ON s.id = g."shiftId"
        WHERE g."userId" = u.id AND g.status = 'CONFIRMED' AND s."cancelledAt" IS NULL AND s."startsAt" >= ${since} AND s."startsAt" < ${now}) AS "recentShifts",
      (SELECT coalesce(sum(extract(epoch FROM (s."endsAt" - s."startsAt")) / 60), 0)::int FROM "ShiftSignup" g JOIN "Shift" s ON s.id = g."shiftId"
        WHERE g."userId" = u.id AND g.status IN ('CONFIRMED', 'OFFERED') AND s."cancelledAt" IS NULL AND s."startsAt" >= ${week.from} AND s."startsAt" < ${week.to}) AS "weekMinutes"
    FROM "User" u JOIN "District" d ON d.id = u."districtId"
    WHERE u."erasedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "RoleGrant" r WHERE r."userId" = u.id AND r.role = 'VOLUNTEER')
      AND NOT EXISTS (SELECT 1 FROM "ShiftSignup" g WHERE g."userId" = u.id AND g."shiftId" = ${shift.id}::uuid AND g.status IN ('CONFIRMED', 'OFFERED', 'WAITLISTED'))
      AND NOT EXISTS (
        SELECT 1 FROM "ShiftOpportunityQualification" q WHERE q."opportunityId" = ${shift.opportunityId}::uuid AND NOT EXISTS (
          SELECT 1 FROM "UserQualification" h WHERE h."userId" = u.id AND h."qualificationId" = q."qualificationId" AND h."expiresAt" >= ${shift.endsAt}))
      AND NOT EXISTS (
        SELECT 1 FROM "ShiftStanding" st WHERE st."userId" = u.id AND st."pausedAt" IS NOT NULL AND (st."liftedAt" IS NULL OR st."liftedAt" < st."pausedAt"))
      AND NOT EXISTS (
        SELECT 1 FROM "ShiftSignup" g JOIN "Shift" s ON s.id = g."shiftId"
        WHERE g."userId" = u.id AND g.status IN ('CONFIRMED', 'OFFERED') AND s."cancelledAt" IS NULL
          AND s."startsAt" < ${shift.endsAt} AND s."endsAt" > ${shift.startsAt})
      AND NOT EXISTS (
        SELECT 1 FROM "InterviewBooking" b JOIN "InterviewSlot" sl ON sl.id = b."slotId" JOIN "VolunteerApplication" va ON va.id = b."applicationId"
        WHERE va."applicantId" = u.id AND b."cancelledAt" IS NULL AND sl."startsAt" < ${shift.endsAt} AND sl."endsAt" > ${shift.startsAt})
      AND NOT EXISTS (
        SELECT 1 FROM "TrainingEnrolment" e JOIN "VolunteerApplication" va ON va.id = e."applicationId" JOIN "TrainingSession" ts ON ts."courseId" = e."courseId"
        WHERE va."applicantId" = u.id AND ts."startsAt" < ${shift.endsAt} AND ts."endsAt" > ${shift.startsAt})`;
  const collator = new Intl.Collator('tr', { sensitivity: 'base' });
  return rows
    .filter((row) => row.weekMinutes + minutes <= maxHoursPerWeek * 60)
    .map(({ districtId, ...row }) => ({ ...row, sameDistrict: districtId === shift.opportunity.districtId, maxHoursPerWeek }))
    .sort(
      (a, b) =>
        Number(b.sameDistrict) - Number(a.sameDistrict) ||
        Number(b.choseArea) - Number(a.choseArea) ||
        a.recentShifts - b.recentShifts ||
        a.weekMinutes - b.weekMinutes ||
        collator.compare(`${a.lastName} ${a.firstName}`, `${b.lastName} ${b.firstName}`) ||
        a.userId.localeCompare(b.userId),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/** One line saying why someone is suggested, in the caller's language. */
export function explain(s: Suggestion, locale: Locale): string {
  const hours = Math.round((s.weekMinutes / 60) * 10) / 10;
  return [
    translate(locale, s.sameDistrict ? 'shifts.planning.reason.sameDistrict' : 'shifts.planning.reason.otherDistrict', { district: s.districtName }),
    translate(locale, s.choseArea ? 'shifts.planning.reason.choseArea' : 'shifts.planning.reason.otherArea'),
    translate(locale, 'shifts.planning.reason.recentShifts', { count: s.recentShifts }),
    translate(locale, 'shifts.planning.reason.weekHours', { hours: hours.toLocaleString(locale), cap: s.maxHoursPerWeek }),
  ].join(' · ');
}

export type InviteSkipReason = 'NOT_A_VOLUNTEER' | 'ALREADY_ON_SHIFT' | 'ALREADY_INVITED';
export type InviteOutcome = { invitationIds: string[]; skipped: { userId: string; reason: InviteSkipReason }[] };

const publicUrl = () => (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 4000}`).replace(/\/$/, '');

/**
 * Invites people to a shift: a PENDING invitation each (again PENDING for one declined or expired
 * before) and a mail through the outbox. People who are not active volunteers, already on the shift
 * or already invited are skipped with the reason.
 */
export async function inviteToShift(shiftId: string, userIds: readonly string[], actor: Actor): Promise<InviteOutcome> {
  const wanted = [...new Set(userIds)];
  const outcome = await prisma.$transaction(async (tx) => {
    // Invitations to one shift are decided one request at a time: two at once for the same person
    // would otherwise both find none and both insert.
    await lockShifts(tx, [shiftId]);
    const shift = await shiftToStaff(shiftId, tx);
    const people = await tx.user.findMany({
      where: { id: { in: wanted } },
      select: {
        id: true,
        email: true,
        firstName: true,
        locale: true,
        erasedAt: true,
        roles: { where: { role: 'VOLUNTEER' }, select: { role: true } },
        shiftSignups: { where: { shiftId, status: { in: [...ON_SHIFT] } }, select: { id: true } },
        shiftInvitations: { where: { shiftId }, select: { id: true, status: true } },
      },
    });
    const byId = new Map(people.map((person) => [person.id, person]));
    const skipped: InviteOutcome['skipped'] = [];
    const invitationIds: string[] = [];
    for (const userId of wanted) {
      const person = byId.get(userId);
      const previous = person?.shiftInvitations[0];
      const reason: InviteSkipReason | null =
        !person || person.erasedAt || !person.roles.length
          ? 'NOT_A_VOLUNTEER'
          : person.shiftSignups.length
            ? 'ALREADY_ON_SHIFT'
            : previous?.status === 'PENDING' || previous?.status === 'ACCEPTED'
              ? 'ALREADY_INVITED'
              : null;
      if (reason || !person) {
        skipped.push({ userId, reason: reason ?? 'NOT_A_VOLUNTEER' });
        continue;
      }
      const invitation = previous
        ? await tx.shiftInvitation.update({ where: { id: previous.id }, data: { status: 'PENDING', invitedById: actor.userId, respondedAt: null, createdAt: new Date() }, select: { id: true } })
        : await tx.shiftInvitation.create({ data: { shiftId, userId, invitedById: actor.userId }, select: { id: true } });
      invitationIds.push(invitation.id);
      const o = shift.opportunity;
      await enqueueEmail(tx, {
        template: 'shiftInvitation',
        locale: person.locale,
        to: person.email,
        userId,
        params: {
          firstName: person.firstName,
          title: person.locale === 'en' ? o.titleEn : o.titleTr,
          startsAt: shift.startsAt,
          endsAt: shift.endsAt,
          place: o.online ? (person.locale === 'en' ? 'online' : 'çevrim içi') : [o.address, o.district?.name].filter(Boolean).join(', '),
          // Answered (and highlighted) on the volunteer's own shifts page.
          url: `${publicUrl()}${MY_SHIFTS_PATH}?invitation=${encodeURIComponent(encodeGlobalID('ShiftInvitation', invitation.id))}`,
        },
      });
    }
    if (invitationIds.length) {
      await audit(tx, actor, 'shifts.invite', { type: 'Shift', id: shiftId }, { userIds: wanted.filter((id) => !skipped.some((s) => s.userId === id)), skipped });
    }
    return { invitationIds, skipped };
  });
  if (outcome.invitationIds.length) notifyOutbox();
  return outcome;
}
