// Trainings: qualifications, courses and their sessions, and enrolment of accepted applicants.
// Attendance and completion live in completion.ts, activation in activation.ts.
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { CompletionRule } from '../../generated/prisma/enums.ts';
import { slugify } from '../../text.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { transitionApplication } from '../volunteer-applications/transitions.ts';
import { CapacityBelowEnrolmentsError, CourseNotReadyError, InvalidMakeUpError, QualificationExistsError, TrainingFullError } from './errors.ts';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

export async function createQualification(input: { nameTr: string; nameEn: string; validityMonths: number }, actor: Actor) {
  try {
    return await prisma.$transaction(async (tx) => {
      const qualification = await tx.qualification.create({
        data: { slug: slugify(input.nameTr, 'yeterlilik'), nameTr: input.nameTr, nameEn: input.nameEn, validityMonths: input.validityMonths },
      });
      await audit(tx, actor, 'qualification.create', { type: 'Qualification', id: qualification.id }, { validityMonths: input.validityMonths });
      return qualification;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new QualificationExistsError();
    throw error;
  }
}

/** Replaces the set of qualifications a volunteer of the round must hold to be activated. */
export async function setRoundRequiredQualifications(roundId: string, qualificationIds: readonly string[], actor: Actor) {
  const wanted = [...new Set(qualificationIds)];
  return prisma.$transaction(async (tx) => {
    const round = await tx.recruitmentRound.findUnique({ where: { id: roundId }, select: { id: true } });
    if (!round) throw new NotFoundError();
    if ((await tx.qualification.count({ where: { id: { in: wanted } } })) !== wanted.length) throw new NotFoundError();
    const before = (await tx.roundQualification.findMany({ where: { roundId }, select: { qualificationId: true } })).map((r) => r.qualificationId);
    await tx.roundQualification.deleteMany({ where: { roundId, qualificationId: { notIn: wanted } } });
    await tx.roundQualification.createMany({ data: wanted.map((qualificationId) => ({ roundId, qualificationId })), skipDuplicates: true });
    await audit(tx, actor, 'round.setRequiredQualifications', { type: 'RecruitmentRound', id: roundId }, { before, after: wanted });
    return round;
  });
}

export type CreateCourseInput = {
  roundId: string;
  titleTr: string;
  titleEn: string;
  completionRule: CompletionRule;
  minSessions?: number | null;
  qualificationId: string;
};

export async function createTrainingCourse(input: CreateCourseInput, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const [round, qualification] = await Promise.all([
      tx.recruitmentRound.findUnique({ where: { id: input.roundId }, select: { id: true } }),
      tx.qualification.findUnique({ where: { id: input.qualificationId }, select: { id: true } }),
    ]);
    if (!round || !qualification) throw new NotFoundError();
    const course = await tx.trainingCourse.create({
      data: {
        roundId: input.roundId,
        titleTr: input.titleTr,
        titleEn: input.titleEn,
        completionRule: input.completionRule,
        // "All sessions" has no minimum: a stray number must not linger on the course.
        minSessions: input.completionRule === 'MIN_SESSIONS' ? (input.minSessions ?? null) : null,
        qualificationId: input.qualificationId,
      },
    });
    await audit(tx, actor, 'training.createCourse', { type: 'TrainingCourse', id: course.id }, {
      roundId: input.roundId,
      completionRule: course.completionRule,
      minSessions: course.minSessions,
      qualificationId: input.qualificationId,
    });
    return course;
  });
}

/** Locks the course so enrolments and new sessions of one course are decided one at a time. */
async function lockCourse(tx: Tx, courseId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "TrainingCourse" WHERE id = ${courseId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError();
  return tx.trainingCourse.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      id: true,
      roundId: true,
      completionRule: true,
      minSessions: true,
      sessions: { select: { id: true, capacity: true, makeUpForId: true } },
      _count: { select: { enrolments: true } },
    },
  });
}

export type AddSessionInput = {
  courseId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  trainer: string;
  capacity: number;
  makeUpForId?: string | null;
};

export async function addTrainingSession(input: AddSessionInput, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const course = await lockCourse(tx, input.courseId);
    if (input.makeUpForId) {
      // A make-up stands in for one regular session of the same course; a make-up of a make-up would
      // make "which session did they attend" ambiguous.
      const original = course.sessions.find((s) => s.id === input.makeUpForId);
      if (!original || original.makeUpForId !== null) throw new InvalidMakeUpError();
    } else if (input.capacity < course._count.enrolments) {
      // Everyone enrolled attends every regular session.
      throw new CapacityBelowEnrolmentsError(input.capacity, course._count.enrolments);
    }
    const session = await tx.trainingSession.create({
      data: {
        courseId: input.courseId,
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place: input.place,
        trainer: input.trainer,
        capacity: input.capacity,
        makeUpForId: input.makeUpForId ?? null,
      },
    });
    await audit(tx, actor, 'training.addSession', { type: 'TrainingSession', id: session.id }, {
      courseId: input.courseId,
      startsAt: input.startsAt.toISOString(),
      capacity: input.capacity,
      makeUpForId: session.makeUpForId,
    });
    return session;
  });
}

export type EnrolmentSkipReason = 'NOT_FOUND' | 'OTHER_ROUND' | 'NOT_ACCEPTED' | 'ALREADY_ENROLLED';
export type EnrolmentOutcome = {
  enrolmentIds: string[];
  skipped: { applicationId: string; reason: EnrolmentSkipReason }[];
};

/** Regular sessions a course needs before anyone can be enrolled: enough to satisfy its rule. */
export function sessionsNeeded(course: { completionRule: CompletionRule; minSessions: number | null }): number {
  return course.completionRule === 'MIN_SESSIONS' ? Math.max(1, course.minSessions ?? 1) : 1;
}

/**
 * Enrols accepted applicants of the course's round (and people already in training, for a second
 * course). ACCEPTED applications move to IN_TRAINING on the timeline. Anyone else is skipped with a
 * reason; a course without room for all of them refuses the whole batch.
 */
export async function enrolInTraining(courseId: string, applicationIds: readonly string[], actor: Actor): Promise<EnrolmentOutcome> {
  const wanted = [...new Set(applicationIds)];
  const outcome = await prisma.$transaction(async (tx) => {
    const course = await lockCourse(tx, courseId);
    const regular = course.sessions.filter((s) => s.makeUpForId === null);
    const needed = sessionsNeeded(course);
    if (regular.length < needed) throw new CourseNotReadyError(needed, regular.length);

    const applications = await tx.volunteerApplication.findMany({
      where: { id: { in: wanted } },
      select: { id: true, roundId: true, status: true, enrolments: { where: { courseId }, select: { id: true } } },
    });
    const byId = new Map(applications.map((a) => [a.id, a]));
    const skipped: EnrolmentOutcome['skipped'] = [];
    const admitted: { id: string; status: string }[] = [];
    for (const applicationId of wanted) {
      const application = byId.get(applicationId);
      const reason: EnrolmentSkipReason | null = !application
        ? 'NOT_FOUND'
        : application.roundId !== course.roundId
          ? 'OTHER_ROUND'
          : application.enrolments.length > 0
            ? 'ALREADY_ENROLLED'
            : application.status !== 'ACCEPTED' && application.status !== 'IN_TRAINING'
              ? 'NOT_ACCEPTED'
              : null;
      if (reason) skipped.push({ applicationId, reason });
      else admitted.push(application!);
    }

    const capacity = Math.min(...regular.map((s) => s.capacity));
    if (course._count.enrolments + admitted.length > capacity) {
      throw new TrainingFullError(capacity, course._count.enrolments, admitted.length);
    }
    for (const application of admitted) {
      if (application.status === 'ACCEPTED') {
        await transitionApplication(tx, actor, { applicationId: application.id, to: 'IN_TRAINING', by: 'COORDINATOR' });
      }
    }
    await tx.trainingEnrolment.createMany({ data: admitted.map((a) => ({ courseId, applicationId: a.id })) });
    const enrolments = await tx.trainingEnrolment.findMany({
      where: { courseId, applicationId: { in: admitted.map((a) => a.id) } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    if (admitted.length) {
      await audit(tx, actor, 'training.enrol', { type: 'TrainingCourse', id: courseId }, {
        applicationIds: admitted.map((a) => a.id),
        skipped,
      });
    }
    return { enrolmentIds: enrolments.map((e) => e.id), skipped };
  });
  if (outcome.enrolmentIds.length) notifyOutbox();
  return outcome;
}
