// Taking part: registration for an OPEN session (up to capacity, then the waitlist) and applications
// to a FOCUS_GROUP session (an answer to every profile question). The person's eligibility is checked
// first, then, under the session's lock (lockSession), the places: so capacity holds however many
// arrive at once. Cancelling a confirmed place gives it to the first on the waitlist.
import { ageOn } from '@katilim/schema/age';
import { istanbulDayOf } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { ForumRegistrationStatus, Gender } from '../../generated/prisma/enums.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import {
  ForumAccessibilityConsentError,
  ForumAlreadyRegisteredError,
  ForumAnswersError,
  ForumEventClosedError,
  ForumNotActiveError,
  ForumNotEligibleError,
  ForumRegistrationClosedError,
  ForumRegistrationNotOpenError,
  ForumSelectionCommittedError,
  ForumSessionKindError,
} from './errors.ts';
import { lockSession, type LockedSession } from './events.ts';

export type EligibilityRule = { gender: Gender | null; minAge: number; maxAge: number | null; residentOfIzmir: boolean };
export type Person = { birthDate: Date; gender: Gender | null; districtId: number | null };

/**
 * Whether the person meets the event's rule on the session's İzmir day: gender when the event sets
 * one, age in the band, and (residentOfIzmir) a district of İzmir's (every District row is one).
 */
export function checkEligibility(rule: EligibilityRule, person: Person, startsAt: Date, knownDistrict: boolean): void {
  if (rule.gender !== null && person.gender !== rule.gender) throw new ForumNotEligibleError('GENDER');
  const age = ageOn(person.birthDate.toISOString().slice(0, 10), istanbulDayOf(startsAt)) ?? -1;
  if (age < rule.minAge || (rule.maxAge !== null && age > rule.maxAge)) throw new ForumNotEligibleError('AGE', rule.minAge, rule.maxAge);
  if (rule.residentOfIzmir && (person.districtId === null || !knownDistrict)) throw new ForumNotEligibleError('DISTRICT');
}

/** The session takes people now: its event published, the window open. */
function checkWindow(session: LockedSession, now: Date): void {
  if (session.event.status === 'CLOSED') throw new ForumEventClosedError();
  if (session.event.status !== 'PUBLISHED') throw new NotFoundError();
  if (now < session.opensAt) throw new ForumRegistrationNotOpenError(session.opensAt);
  if (now >= session.closesAt) throw new ForumRegistrationClosedError(session.closesAt);
}

export function isWindowOpen(session: { opensAt: Date; closesAt: Date }, now = new Date()): boolean {
  return now >= session.opensAt && now < session.closesAt;
}

async function eligiblePerson(tx: Tx, session: LockedSession, userId: string) {
  const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { birthDate: true, gender: true, districtId: true, district: { select: { id: true } } } });
  checkEligibility(session.event, person, session.startsAt, person.district !== null);
}

export type RegisterInput = { sessionId: string; accessibilityNeeds: string | null; accessibilityConsent: boolean };

/** Registers the actor for an OPEN session: CONFIRMED while seats last, then WAITLISTED at the end of the line. */
export async function register(input: RegisterInput, actor: Actor & { userId: string }, now = new Date()): Promise<{ id: string; status: ForumRegistrationStatus }> {
  if (input.accessibilityNeeds && !input.accessibilityConsent) throw new ForumAccessibilityConsentError();
  return prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, input.sessionId);
    if (session.kind !== 'OPEN') throw new ForumSessionKindError('OPEN');
    checkWindow(session, now);
    await eligiblePerson(tx, session, actor.userId);
    const existing = await tx.forumRegistration.findUnique({ where: { sessionId_userId: { sessionId: session.id, userId: actor.userId } }, select: { id: true, status: true } });
    if (existing && existing.status !== 'CANCELLED') throw new ForumAlreadyRegisteredError();
    const confirmed = await tx.forumRegistration.count({ where: { sessionId: session.id, status: 'CONFIRMED' } });
    const status: ForumRegistrationStatus = confirmed < session.capacity! ? 'CONFIRMED' : 'WAITLISTED';
    const waitlistPosition = status === 'WAITLISTED' ? await nextWaitlistPosition(tx, session.id) : null;
    const data = {
      status,
      waitlistPosition,
      accessibilityNeeds: input.accessibilityNeeds || null,
      accessibilityConsentAt: input.accessibilityNeeds ? now : null,
      attended: null,
      cancelledAt: null,
    };
    const registration = existing
      ? await tx.forumRegistration.update({ where: { id: existing.id }, data, select: { id: true, status: true } })
      : await tx.forumRegistration.create({ data: { ...data, sessionId: session.id, userId: actor.userId }, select: { id: true, status: true } });
    await audit(tx, actor, 'forums.register', { type: 'ForumRegistration', id: registration.id }, { status, accessibilityNeeds: Boolean(data.accessibilityNeeds) });
    return registration;
  });
}

async function nextWaitlistPosition(tx: Tx, sessionId: string): Promise<number> {
  const last = await tx.forumRegistration.aggregate({ where: { sessionId, status: 'WAITLISTED' }, _max: { waitlistPosition: true } });
  return (last._max.waitlistPosition ?? 0) + 1;
}

/** Cancels the actor's own registration; a confirmed seat goes to the first on the waitlist, who is told. */
export async function cancelRegistration(id: string, actor: Actor & { userId: string }, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const found = await tx.forumRegistration.findUnique({ where: { id }, select: { sessionId: true, userId: true } });
    if (!found || found.userId !== actor.userId) throw new NotFoundError();
    const session = await lockSession(tx, found.sessionId);
    const registration = await tx.forumRegistration.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (registration.status === 'CANCELLED') throw new ForumNotActiveError();
    await tx.forumRegistration.update({ where: { id }, data: { status: 'CANCELLED', cancelledAt: now, waitlistPosition: null } });
    await audit(tx, actor, 'forums.cancelRegistration', { type: 'ForumRegistration', id }, { from: registration.status });
    if (registration.status === 'CONFIRMED') await promoteWaitlist(tx, session, actor);
  });
  notifyOutbox();
}

/** Fills free seats from the waitlist in order (the caller holds the session's lock). */
async function promoteWaitlist(tx: Tx, session: LockedSession, actor: Actor): Promise<void> {
  const confirmed = await tx.forumRegistration.count({ where: { sessionId: session.id, status: 'CONFIRMED' } });
  const free = Math.max(0, session.capacity! - confirmed);
  if (free === 0) return;
  const next = await tx.forumRegistration.findMany({
    where: { sessionId: session.id, status: 'WAITLISTED' },
    orderBy: [{ waitlistPosition: 'asc' }, { id: 'asc' }],
    take: free,
    select: { id: true, user: { select: { id: true, email: true, firstName: true, locale: true, erasedAt: true } } },
  });
  for (const registration of next) {
    await tx.forumRegistration.update({ where: { id: registration.id }, data: { status: 'CONFIRMED', waitlistPosition: null } });
    await audit(tx, actor, 'forums.promoteFromWaitlist', { type: 'ForumRegistration', id: registration.id });
    const { user } = registration;
    if (user.erasedAt) continue;
    await enqueueEmail(tx, {
      template: 'forumSeatConfirmed',
      locale: user.locale,
      to: user.email,
      userId: user.id,
      params: { firstName: user.firstName, session: session.title, event: user.locale === 'tr' ? session.event.titleTr : session.event.titleEn, startsAt: session.startsAt, placeName: session.placeName },
    });
  }
}

export type ApplyInput = { sessionId: string; answers: { questionKey: string; value: string }[] };

/** Applies to a FOCUS_GROUP session with one answer, among its options, to every profile question of the event. */
export async function apply(input: ApplyInput, actor: Actor & { userId: string }, now = new Date()): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, input.sessionId);
    if (session.kind !== 'FOCUS_GROUP') throw new ForumSessionKindError('FOCUS_GROUP');
    checkWindow(session, now);
    if (session.selection) throw new ForumSelectionCommittedError();
    await eligiblePerson(tx, session, actor.userId);
    const questions = await tx.forumProfileQuestion.findMany({ where: { eventId: session.eventId }, include: { options: { select: { value: true } } }, orderBy: { position: 'asc' } });
    const given = new Map<string, string>();
    for (const answer of input.answers) {
      if (given.has(answer.questionKey)) throw new ForumAnswersError(answer.questionKey);
      given.set(answer.questionKey, answer.value);
    }
    for (const key of given.keys()) if (!questions.some((q) => q.key === key)) throw new ForumAnswersError(key);
    for (const question of questions) {
      const value = given.get(question.key);
      if (value === undefined || !question.options.some((o) => o.value === value)) throw new ForumAnswersError(question.key);
    }
    const existing = await tx.forumApplication.findUnique({ where: { sessionId_userId: { sessionId: session.id, userId: actor.userId } }, select: { id: true, status: true } });
    if (existing && existing.status !== 'WITHDRAWN') throw new ForumAlreadyRegisteredError();
    const answers = questions.map((q) => ({ questionId: q.id, optionValue: given.get(q.key)! }));
    const application = existing
      ? await tx.forumApplication.update({ where: { id: existing.id }, data: { status: 'APPLIED', waitlistRank: null, answers: { deleteMany: {}, create: answers } }, select: { id: true } })
      : await tx.forumApplication.create({ data: { sessionId: session.id, userId: actor.userId, answers: { create: answers } }, select: { id: true } });
    await audit(tx, actor, 'forums.apply', { type: 'ForumApplication', id: application.id });
    return application;
  });
}

/** Withdraws the actor's own application: before the selection is committed (afterwards the pool is fixed). */
export async function withdrawApplication(id: string, actor: Actor & { userId: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const found = await tx.forumApplication.findUnique({ where: { id }, select: { sessionId: true, userId: true } });
    if (!found || found.userId !== actor.userId) throw new NotFoundError();
    const session = await lockSession(tx, found.sessionId);
    const application = await tx.forumApplication.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (application.status === 'WITHDRAWN' || application.status === 'REPLACED') throw new ForumNotActiveError();
    if (session.selection && session.selection.status === 'COMMITTED') throw new ForumSelectionCommittedError();
    await tx.forumApplication.update({ where: { id }, data: { status: 'WITHDRAWN' } });
    await audit(tx, actor, 'forums.withdrawApplication', { type: 'ForumApplication', id }, { from: application.status });
  });
}
