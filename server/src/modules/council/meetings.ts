// Council meetings: scheduling (one-off or a series), changing one meeting or it and the following
// ones of its series, cancelling. Each is one transaction that also audits and queues the guardians'
// mail; the outbox is nudged after the commit. Services take an Actor and never import GraphQL.
import { randomUUID } from 'node:crypto';
import { addDays, daysBetween, istanbulDayOf, istanbulInstant } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { CouncilMeetingCancelledError, CouncilMeetingInPastError, CouncilMeetingStartedError } from './errors-meetings.ts';
import { CouncilCommitteeArchivedError } from './errors-members.ts';
import { tellGuardians } from './meetings-notices.ts';
import { seriesDays, type MeetingFrequency } from './meetings-recurrence.ts';

export type MeetingTimes = { date: string; startTime: string; endTime: string };
export type MeetingFields = MeetingTimes & { title: string; placeName: string; address: string };
export type AgendaItemInput = { title: string; notes: string };
export type Recurrence = { frequency: MeetingFrequency; occurrences: number } | null;
/** THIS: the one meeting; FOLLOWING: it and the later meetings of its series. */
export type SeriesScope = 'THIS' | 'FOLLOWING';

export const MEETING_FIELDS = { id: true, title: true, startsAt: true, endsAt: true, placeName: true, address: true, committeeId: true, termId: true } as const;

export const timesOn = (day: string, times: { startTime: string; endTime: string }) => ({
  startsAt: istanbulInstant(day, times.startTime),
  endsAt: istanbulInstant(day, times.endTime),
});

/** The meeting locked for the change (a concurrent edit or attendance waits for it). */
export async function lockMeeting(tx: Tx, meetingId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "CouncilMeeting" WHERE id = ${meetingId}::uuid FOR UPDATE`;
  if (!rows.length) throw new NotFoundError();
  return tx.councilMeeting.findUniqueOrThrow({ where: { id: meetingId }, select: { ...MEETING_FIELDS, kind: true, status: true, seriesId: true } });
}

/** Schedules a committee meeting, or a series of them sharing a seriesId, and tells the guardians once. */
export async function scheduleMeeting(
  input: MeetingFields & { committeeId: string; agenda: readonly AgendaItemInput[]; recurrence: Recurrence },
  actor: Actor,
  now = new Date(),
) {
  const days = seriesDays(input.date, input.recurrence);
  const first = timesOn(days[0]!, input);
  if (first.startsAt <= now) throw new CouncilMeetingInPastError(first.startsAt);
  const outcome = await prisma.$transaction(async (tx) => {
    const committee = await tx.councilCommittee.findUnique({ where: { id: input.committeeId }, select: { termId: true, archivedAt: true } });
    if (!committee) throw new NotFoundError();
    if (committee.archivedAt) throw new CouncilCommitteeArchivedError();
    const seriesId = days.length > 1 ? randomUUID() : null;
    const meetings = await tx.councilMeeting.createManyAndReturn({
      data: days.map((day) => ({
        termId: committee.termId,
        committeeId: input.committeeId,
        kind: 'COMMITTEE' as const,
        seriesId,
        title: input.title,
        placeName: input.placeName,
        address: input.address,
        createdById: actor.userId,
        ...timesOn(day, input),
      })),
      select: MEETING_FIELDS,
    });
    if (input.agenda.length) {
      await tx.councilAgendaItem.createMany({
        data: meetings.flatMap((meeting) => input.agenda.map((item, position) => ({ meetingId: meeting.id, position, title: item.title, notes: item.notes }))),
      });
    }
    const told = await tellGuardians(tx, 'councilMeetingScheduled', meetings);
    await audit(tx, actor, 'council.meeting.schedule', { type: 'CouncilMeeting', id: meetings[0]!.id }, {
      committeeId: input.committeeId,
      seriesId,
      occurrences: meetings.length,
      told,
    });
    return { ids: meetings.map((meeting) => meeting.id), told };
  });
  if (outcome.told) notifyOutbox();
  return outcome.ids;
}

/** The meeting and, for FOLLOWING, the later live meetings of its series (ordered by start), all locked. */
async function targetsOf(tx: Tx, meetingId: string, scope: SeriesScope, now: Date) {
  const meeting = await lockMeeting(tx, meetingId);
  if (meeting.status === 'CANCELLED') throw new CouncilMeetingCancelledError();
  if (meeting.startsAt <= now || meeting.status === 'HELD') throw new CouncilMeetingStartedError();
  if (scope === 'THIS' || !meeting.seriesId) return { meeting, targets: [meeting] };
  await tx.$queryRaw`SELECT id FROM "CouncilMeeting" WHERE "seriesId" = ${meeting.seriesId}::uuid ORDER BY id FOR UPDATE`;
  const targets = await tx.councilMeeting.findMany({
    where: { seriesId: meeting.seriesId, startsAt: { gte: meeting.startsAt }, status: 'SCHEDULED' },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: { ...MEETING_FIELDS, kind: true, status: true, seriesId: true },
  });
  return { meeting, targets };
}

/**
 * Changes a meeting, or it and the following meetings of its series: each takes the new title, place
 * and times of day, and moves by as many days as the chosen one moved. Guardians are told when the
 * time or place changed.
 */
export async function updateMeeting(meetingId: string, scope: SeriesScope, fields: MeetingFields, actor: Actor, now = new Date()) {
  const outcome = await prisma.$transaction(async (tx) => {
    const { meeting, targets } = await targetsOf(tx, meetingId, scope, now);
    const shift = daysBetween(istanbulDayOf(meeting.startsAt), fields.date);
    const changed = [];
    let moved = false;
    for (const target of targets) {
      const times = timesOn(addDays(istanbulDayOf(target.startsAt), shift), fields);
      if (times.startsAt <= now) throw new CouncilMeetingInPastError(times.startsAt);
      moved ||=
        times.startsAt.getTime() !== target.startsAt.getTime() ||
        times.endsAt.getTime() !== target.endsAt.getTime() ||
        fields.placeName !== target.placeName ||
        fields.address !== target.address;
      changed.push(
        await tx.councilMeeting.update({
          where: { id: target.id },
          data: { title: fields.title, placeName: fields.placeName, address: fields.address, ...times },
          select: MEETING_FIELDS,
        }),
      );
    }
    const told = moved ? await tellGuardians(tx, 'councilMeetingChanged', changed) : 0;
    await audit(tx, actor, 'council.meeting.update', { type: 'CouncilMeeting', id: meetingId }, { scope, meetings: changed.length, moved, told });
    return { ids: changed.map((row) => row.id), told };
  });
  if (outcome.told) notifyOutbox();
  return outcome.ids;
}

/** Cancels a meeting, or it and the following meetings of its series; the guardians are told. */
export async function cancelMeeting(meetingId: string, scope: SeriesScope, actor: Actor, now = new Date()) {
  const outcome = await prisma.$transaction(async (tx) => {
    const { targets } = await targetsOf(tx, meetingId, scope, now);
    const ids = targets.map((target) => target.id);
    await tx.councilMeeting.updateMany({ where: { id: { in: ids } }, data: { status: 'CANCELLED' } });
    const told = await tellGuardians(tx, 'councilMeetingCancelled', targets);
    await audit(tx, actor, 'council.meeting.cancel', { type: 'CouncilMeeting', id: meetingId }, { scope, meetings: ids.length, told });
    return { ids, told };
  });
  if (outcome.told) notifyOutbox();
  return outcome.ids;
}
