// Forum events and their sessions: created, edited, published and closed by coordinators, who also
// assign a session's facilitators and define the event's profile questions. Each write one
// transaction with its audit entry.
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { ForumEventStatus, ForumSessionKind, Gender } from '../../generated/prisma/enums.ts';
import { audit } from '../audit/service.ts';
import { ForumCapacityBelowTakenError, ForumEventClosedError, ForumNotAFacilitatorError, ForumQuestionsAnsweredError, ForumSelectionCommittedError } from './errors.ts';

export type EventFields = {
  titleTr: string;
  titleEn: string;
  descriptionTr: string;
  descriptionEn: string;
  gender: Gender | null;
  minAge: number;
  maxAge: number | null;
  residentOfIzmir: boolean;
};

export type SessionFields = {
  title: string;
  startsAt: Date;
  endsAt: Date;
  placeName: string;
  address: string;
  capacity: number | null;
  panelSize: number | null;
  agenda: string;
  opensAt: Date;
  closesAt: Date;
};

export type QuestionFields = { key: string; labelTr: string; labelEn: string; options: { value: string; labelTr: string; labelEn: string }[] };

/** The forums programme every event belongs to. */
async function forumsProgrammeId(tx: Tx): Promise<string> {
  const programme = await tx.programme.findUnique({ where: { kind: 'FORUMS' }, select: { id: true } });
  if (!programme) throw new NotFoundError();
  return programme.id;
}

async function openEvent(tx: Tx, id: string) {
  const event = await tx.forumEvent.findUnique({ where: { id }, select: { id: true, status: true } });
  if (!event) throw new NotFoundError();
  if (event.status === 'CLOSED') throw new ForumEventClosedError();
  return event;
}

export async function createEvent(fields: EventFields, actor: Actor): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const event = await tx.forumEvent.create({ data: { ...fields, programmeId: await forumsProgrammeId(tx), createdById: actor.userId }, select: { id: true } });
    await audit(tx, actor, 'forums.createEvent', { type: 'ForumEvent', id: event.id });
    return event;
  });
}

export async function updateEvent(id: string, fields: EventFields, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await openEvent(tx, id);
    await tx.forumEvent.update({ where: { id }, data: fields });
    await audit(tx, actor, 'forums.updateEvent', { type: 'ForumEvent', id }, { fields: Object.keys(fields) });
  });
}

/** DRAFT → PUBLISHED → CLOSED (a published event may go back to draft only while nobody has signed up). */
export async function setEventStatus(id: string, status: ForumEventStatus, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const event = await tx.forumEvent.findUnique({ where: { id }, select: { status: true } });
    if (!event) throw new NotFoundError();
    if (event.status === status) return;
    if (event.status === 'CLOSED') throw new ForumEventClosedError();
    await tx.forumEvent.update({ where: { id }, data: { status } });
    await audit(tx, actor, 'forums.setEventStatus', { type: 'ForumEvent', id }, { from: event.status, to: status });
  });
}

export async function createSession(eventId: string, kind: ForumSessionKind, fields: SessionFields, actor: Actor): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    await openEvent(tx, eventId);
    const session = await tx.forumSession.create({ data: { ...fields, eventId, kind }, select: { id: true } });
    await audit(tx, actor, 'forums.createSession', { type: 'ForumSession', id: session.id }, { eventId, kind });
    return session;
  });
}

/** Changes a session; its kind stays. Seats never go below the confirmed; a committed selection freezes the panel size. */
export async function updateSession(id: string, fields: SessionFields, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, id);
    if (session.event.status === 'CLOSED') throw new ForumEventClosedError();
    if (session.kind === 'OPEN') {
      const taken = await tx.forumRegistration.count({ where: { sessionId: id, status: 'CONFIRMED' } });
      if ((fields.capacity ?? 0) < taken) throw new ForumCapacityBelowTakenError(fields.capacity ?? 0, taken);
    } else if (session.selection && fields.panelSize !== session.panelSize) throw new ForumSelectionCommittedError();
    await tx.forumSession.update({ where: { id }, data: fields });
    await audit(tx, actor, 'forums.updateSession', { type: 'ForumSession', id }, { fields: Object.keys(fields) });
  });
}

/** Replaces a session's facilitators; each must hold the FACILITATOR role. */
export async function setFacilitators(sessionId: string, userIds: readonly string[], actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const wanted = [...new Set(userIds)];
    const holders = await tx.roleGrant.count({ where: { userId: { in: wanted }, role: 'FACILITATOR', user: { erasedAt: null } } });
    if (holders !== wanted.length) throw new ForumNotAFacilitatorError();
    await tx.forumFacilitator.deleteMany({ where: { sessionId, userId: { notIn: wanted } } });
    await tx.forumFacilitator.createMany({ data: wanted.map((userId) => ({ sessionId, userId, assignedById: actor.userId })), skipDuplicates: true });
    await audit(tx, actor, 'forums.setFacilitators', { type: 'ForumSession', id: sessionId }, { userIds: wanted });
  });
}

/**
 * Replaces the event's profile questions and their options (in the order given). Refused once any
 * focus group of the event has applications: their answers name these options.
 */
export async function setProfileQuestions(eventId: string, questions: readonly QuestionFields[], actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await openEvent(tx, eventId);
    const answered = await tx.forumApplication.count({ where: { session: { eventId } } });
    if (answered > 0) throw new ForumQuestionsAnsweredError();
    await tx.forumProfileQuestion.deleteMany({ where: { eventId } });
    for (const [position, question] of questions.entries()) {
      await tx.forumProfileQuestion.create({
        data: {
          eventId,
          key: question.key,
          labelTr: question.labelTr,
          labelEn: question.labelEn,
          position,
          options: { create: question.options.map((option, index) => ({ ...option, position: index })) },
        },
      });
    }
    await audit(tx, actor, 'forums.setProfileQuestions', { type: 'ForumEvent', id: eventId }, { keys: questions.map((q) => q.key) });
  });
}

export type LockedSession = Awaited<ReturnType<typeof loadSession>>;

function loadSession(tx: Tx, id: string) {
  return tx.forumSession.findUniqueOrThrow({ where: { id }, include: { event: true, selection: { select: { id: true, status: true } } } });
}

/**
 * Locks the session's row for the rest of the transaction (as trips lock a departure): every write
 * that gives or frees a place, or changes the selection, runs one at a time per session.
 */
export async function lockSession(tx: Tx, id: string): Promise<LockedSession> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ForumSession" WHERE id = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError();
  return loadSession(tx, id);
}
