// Attendance per session and the completion rules of a course. Completing a course grants its
// qualification, valid for the qualification's number of months, and tells the person by mail.
import { addMonthsInIstanbul } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { AttendanceStatus, CompletionRule } from '../../generated/prisma/enums.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { EnrolmentNotInCourseError } from './errors.ts';

type SessionShape = { id: string; makeUpForId: string | null };

/**
 * The regular sessions a person counts as having attended: directly, or through a make-up session
 * that stands in for one they missed.
 */
export function attendedRegularSessions(sessions: readonly SessionShape[], attendedSessionIds: ReadonlySet<string>): Set<string> {
  const covered = new Set<string>();
  for (const session of sessions) {
    if (!attendedSessionIds.has(session.id)) continue;
    const regularId = session.makeUpForId ?? session.id;
    if (sessions.some((s) => s.id === regularId && s.makeUpForId === null)) covered.add(regularId);
  }
  return covered;
}

export type CompletionProgress = { attended: number; required: number; complete: boolean };

/** How far a person is through a course under its rule: all regular sessions, or at least N of them. */
export function completionProgress(
  course: { completionRule: CompletionRule; minSessions: number | null },
  sessions: readonly SessionShape[],
  attendedSessionIds: ReadonlySet<string>,
): CompletionProgress {
  const regular = sessions.filter((s) => s.makeUpForId === null).length;
  const attended = attendedRegularSessions(sessions, attendedSessionIds).size;
  const required = course.completionRule === 'MIN_SESSIONS' ? (course.minSessions ?? regular) : regular;
  // A course without sessions is completed by nobody.
  return { attended, required, complete: regular > 0 && required > 0 && attended >= required };
}

export type AttendanceEntry = { enrolmentId: string; status: AttendanceStatus };

/**
 * Records (or corrects) attendance at one session, then completes the course for everyone the
 * change brings over the line, in the same transaction. Completion is one-way: a later correction
 * does not take back a qualification already granted.
 */
export async function recordSessionAttendance(sessionId: string, entries: readonly AttendanceEntry[], actor: Actor) {
  // The last entry for a person wins, as it would on a form edited twice.
  const byEnrolment = new Map(entries.map((entry) => [entry.enrolmentId, entry.status]));
  const enrolmentIds = [...byEnrolment.keys()];
  const result = await prisma.$transaction(async (tx) => {
    const session = await tx.trainingSession.findUnique({ where: { id: sessionId }, select: { id: true, courseId: true } });
    if (!session) throw new NotFoundError();
    // Locked in id order, so that two recordings for one person (a session and its make-up, say)
    // are judged one after the other and the second sees the first's attendance.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "TrainingEnrolment"
      WHERE id = ANY(${enrolmentIds}::uuid[]) AND "courseId" = ${session.courseId}::uuid
      ORDER BY id FOR UPDATE`;
    if (locked.length !== enrolmentIds.length) throw new EnrolmentNotInCourseError();

    const now = new Date();
    for (const [enrolmentId, status] of byEnrolment) {
      await tx.sessionAttendance.upsert({
        where: { sessionId_enrolmentId: { sessionId, enrolmentId } },
        create: { sessionId, enrolmentId, status, recordedById: actor.userId, recordedAt: now },
        update: { status, recordedById: actor.userId, recordedAt: now },
      });
    }
    await audit(tx, actor, 'training.recordAttendance', { type: 'TrainingSession', id: sessionId }, {
      entries: [...byEnrolment].map(([enrolmentId, status]) => ({ enrolmentId, status })),
    });
    const completed = await completeWhereDue(tx, actor, session.courseId, enrolmentIds, now);
    return { enrolmentIds, completed };
  });
  if (result.completed.length) notifyOutbox();
  return result;
}

async function completeWhereDue(tx: Tx, actor: Actor, courseId: string, enrolmentIds: readonly string[], now: Date) {
  const course = await tx.trainingCourse.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      id: true,
      titleTr: true,
      titleEn: true,
      completionRule: true,
      minSessions: true,
      sessions: { select: { id: true, makeUpForId: true } },
      qualification: { select: { id: true, nameTr: true, nameEn: true, validityMonths: true } },
    },
  });
  const enrolments = await tx.trainingEnrolment.findMany({
    // Someone who withdrew (or was taken off the programme) earns nothing by attending.
    where: { id: { in: [...enrolmentIds] }, completedAt: null, application: { status: { in: ['IN_TRAINING', 'ACTIVE'] } } },
    select: {
      id: true,
      attendance: { where: { status: 'ATTENDED' }, select: { sessionId: true } },
      application: {
        select: { applicant: { select: { id: true, email: true, firstName: true, locale: true, erasedAt: true } } },
      },
    },
  });
  const completed: string[] = [];
  for (const enrolment of enrolments) {
    const attended = new Set(enrolment.attendance.map((a) => a.sessionId));
    if (!completionProgress(course, course.sessions, attended).complete) continue;

    // Only the first of two racing recordings completes the enrolment (and grants once).
    const { count } = await tx.trainingEnrolment.updateMany({ where: { id: enrolment.id, completedAt: null }, data: { completedAt: now } });
    if (count === 0) continue;
    const person = enrolment.application.applicant;
    const expiresAt = addMonthsInIstanbul(now, course.qualification.validityMonths);
    const granted = await tx.userQualification.create({
      data: { userId: person.id, qualificationId: course.qualification.id, courseId, grantedAt: now, expiresAt },
      select: { id: true },
    });
    await audit(tx, actor, 'training.complete', { type: 'TrainingEnrolment', id: enrolment.id }, {
      courseId,
      userQualificationId: granted.id,
      qualificationId: course.qualification.id,
      expiresAt: expiresAt.toISOString(),
    });
    if (!person.erasedAt) {
      const en = person.locale === 'en';
      await enqueueEmail(tx, {
        template: 'trainingCompleted',
        locale: person.locale,
        to: person.email,
        userId: person.id,
        params: {
          firstName: person.firstName,
          courseTitle: en ? course.titleEn : course.titleTr,
          qualificationName: en ? course.qualification.nameEn : course.qualification.nameTr,
          expiresAt,
        },
      });
    }
    completed.push(enrolment.id);
  }
  return completed;
}
