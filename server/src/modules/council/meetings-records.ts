// What is recorded of a meeting: attendance (taken on a phone, all or nothing), the agenda, minutes
// and decisions; and the general assembly, where each committee reports under its own agenda item.
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import type { CouncilAttendanceStatus } from '../../generated/prisma/enums.ts';
import { NotFoundError } from '../../errors.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import {
  CouncilAttendanceNotMarkableError,
  CouncilMeetingCancelledError,
  CouncilMeetingInPastError,
  CouncilNoReportItemError,
  CouncilNotACommitteeMeetingError,
  CouncilTermWithoutCommitteesError,
} from './errors-meetings.ts';
import { lockMeeting, MEETING_FIELDS, timesOn, type AgendaItemInput, type MeetingFields } from './meetings.ts';
import { tellGuardians } from './meetings-notices.ts';

const memberGlobalId = (id: string) => Buffer.from(`CouncilMember:${id}`).toString('base64');

/**
 * Records attendance for a batch of members, upserting each; the meeting becomes HELD. Every member
 * must be an ACTIVE member of the meeting's committee, or nothing is written and the error names them.
 */
export async function recordAttendance(meetingId: string, entries: readonly { memberId: string; status: CouncilAttendanceStatus }[], actor: Actor) {
  // The last mark of a member in the batch is the one that counts (a child toggled twice).
  const marks = new Map(entries.map((entry) => [entry.memberId, entry.status]));
  await prisma.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting.status === 'CANCELLED') throw new CouncilMeetingCancelledError();
    if (!meeting.committeeId) throw new CouncilNotACommitteeMeetingError();
    const members = await tx.councilMember.findMany({
      where: { id: { in: [...marks.keys()] } },
      select: { id: true, firstName: true, committeeId: true, status: true, erasedAt: true },
    });
    const markable = new Set(members.filter((m) => m.committeeId === meeting.committeeId && m.status === 'ACTIVE' && !m.erasedAt).map((m) => m.id));
    const refused = [...marks.keys()].filter((id) => !markable.has(id));
    if (refused.length) {
      // Names only of the meeting's own committee: another committee's children are not the caller's to read.
      const names = members.filter((m) => refused.includes(m.id) && m.committeeId === meeting.committeeId).map((m) => m.firstName);
      throw new CouncilAttendanceNotMarkableError(refused.map(memberGlobalId), names);
    }
    const now = new Date();
    for (const [memberId, status] of marks) {
      await tx.councilAttendance.upsert({
        where: { meetingId_memberId: { meetingId, memberId } },
        create: { meetingId, memberId, status, recordedById: actor.userId, recordedAt: now },
        update: { status, recordedById: actor.userId, recordedAt: now },
      });
    }
    await tx.councilMeeting.update({ where: { id: meetingId }, data: { status: 'HELD' } });
    const counts = { PRESENT: 0, EXCUSED: 0, ABSENT: 0 };
    for (const status of marks.values()) counts[status] += 1;
    await audit(tx, actor, 'council.meeting.attendance', { type: 'CouncilMeeting', id: meetingId }, { recorded: marks.size, ...counts });
  });
}

/** Replaces a committee meeting's agenda items with these, in this order. */
export async function setAgenda(meetingId: string, items: readonly AgendaItemInput[], actor: Actor) {
  await prisma.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting.status === 'CANCELLED') throw new CouncilMeetingCancelledError();
    if (meeting.kind !== 'COMMITTEE') throw new CouncilNotACommitteeMeetingError();
    await tx.councilAgendaItem.deleteMany({ where: { meetingId } });
    if (items.length) await tx.councilAgendaItem.createMany({ data: items.map((item, position) => ({ meetingId, position, ...item })) });
    await audit(tx, actor, 'council.meeting.agenda', { type: 'CouncilMeeting', id: meetingId }, { items: items.length });
  });
}

/** Records the minutes and replaces the decisions (in this order); minutesAt says when. */
export async function recordMinutes(meetingId: string, minutes: string, decisions: readonly string[], actor: Actor) {
  await prisma.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting.status === 'CANCELLED') throw new CouncilMeetingCancelledError();
    await tx.councilMeeting.update({ where: { id: meetingId }, data: { minutes, minutesAt: new Date() } });
    await tx.councilDecision.deleteMany({ where: { meetingId } });
    if (decisions.length) await tx.councilDecision.createMany({ data: decisions.map((text, position) => ({ meetingId, position, text })) });
    // Counts only: minutes are free text and may name children.
    await audit(tx, actor, 'council.meeting.minutes', { type: 'CouncilMeeting', id: meetingId }, { decisions: decisions.length, length: minutes.length });
  });
}

/** A general assembly of the term: one agenda item per committee that is not archived; guardians are told. */
export async function scheduleGeneralAssembly(input: MeetingFields & { termId: string }, actor: Actor, now = new Date()) {
  const times = timesOn(input.date, input);
  if (times.startsAt <= now) throw new CouncilMeetingInPastError(times.startsAt);
  const outcome = await prisma.$transaction(async (tx) => {
    const term = await tx.councilTerm.findUnique({ where: { id: input.termId }, select: { id: true } });
    if (!term) throw new NotFoundError();
    const committees = await tx.councilCommittee.findMany({
      where: { termId: input.termId, archivedAt: null },
      orderBy: [{ createdAt: 'asc' }, { slug: 'asc' }],
      select: { id: true, nameTr: true },
    });
    if (!committees.length) throw new CouncilTermWithoutCommitteesError();
    const meeting = await tx.councilMeeting.create({
      data: {
        termId: input.termId,
        kind: 'GENERAL_ASSEMBLY',
        title: input.title,
        placeName: input.placeName,
        address: input.address,
        createdById: actor.userId,
        ...times,
        agendaItems: { create: committees.map((committee, position) => ({ position, title: committee.nameTr, committeeId: committee.id })) },
      },
      select: MEETING_FIELDS,
    });
    const told = await tellGuardians(tx, 'councilMeetingScheduled', [meeting]);
    await audit(tx, actor, 'council.assembly.schedule', { type: 'CouncilMeeting', id: meeting.id }, { termId: input.termId, committees: committees.length, told });
    return { id: meeting.id, told };
  });
  if (outcome.told) notifyOutbox();
  return outcome.id;
}

/** The committee's report under its item of a general assembly. */
export async function recordCommitteeReport(meetingId: string, committeeId: string, report: string, actor: Actor) {
  await prisma.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting.status === 'CANCELLED') throw new CouncilMeetingCancelledError();
    if (meeting.kind !== 'GENERAL_ASSEMBLY') throw new CouncilNoReportItemError();
    const item = await tx.councilAgendaItem.findFirst({ where: { meetingId, committeeId }, select: { id: true } });
    if (!item) throw new CouncilNoReportItemError();
    await tx.councilAgendaItem.update({ where: { id: item.id }, data: { report } });
    await audit(tx, actor, 'council.assembly.report', { type: 'CouncilAgendaItem', id: item.id }, { meetingId, committeeId, length: report.length });
  });
}
