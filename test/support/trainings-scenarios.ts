// Scenario builders for trainings: qualifications, courses with their sessions, enrolments and
// attendance made straight in the database, so a test states only the rule it is about.
import { addMonthsInIstanbul } from '@katilim/schema/istanbul-day';
import { randomUUID } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import type { AttendanceStatus, CompletionRule } from '@katilim/server/generated/prisma/enums';
import { globalId, type Round } from './applications-scenarios.ts';

const DAY = 86_400_000;
let made = 0;

export async function createQualification(spec: { validityMonths?: number; nameTr?: string; nameEn?: string } = {}) {
  made += 1;
  const suffix = `${made}-${randomUUID().slice(0, 6)}`;
  const qualification = await prisma.qualification.create({
    data: {
      slug: `yeterlilik-${suffix}`,
      nameTr: spec.nameTr ?? `Toplumsal Cinsiyet Eşitliği Temel Eğitimi ${suffix}`,
      nameEn: spec.nameEn ?? `Gender Equality Basics ${suffix}`,
      validityMonths: spec.validityMonths ?? 24,
    },
  });
  return { ...qualification, globalId: globalId('Qualification', qualification.id) };
}
export type Qualification = Awaited<ReturnType<typeof createQualification>>;

/** Makes the round require these qualifications for activation. */
export async function requireQualifications(round: Round, ...qualifications: Qualification[]) {
  await prisma.roundQualification.createMany({ data: qualifications.map((q) => ({ roundId: round.id, qualificationId: q.id })) });
}

export type CourseSpec = {
  rule?: CompletionRule;
  minSessions?: number;
  /** Regular sessions, a week apart, the first `firstInDays` days from now (negative: in the past). */
  sessions?: number;
  capacity?: number | number[];
  firstInDays?: number;
  qualification?: Qualification;
};

/** A course of the round with its regular sessions (three, in the past, 20 seats each by default). */
export async function createCourse(round: Round, spec: CourseSpec = {}) {
  made += 1;
  const qualification = spec.qualification ?? (await createQualification());
  const rule = spec.rule ?? 'ALL_SESSIONS';
  const count = spec.sessions ?? 3;
  const first = Date.now() + (spec.firstInDays ?? -30) * DAY;
  const course = await prisma.trainingCourse.create({
    data: {
      roundId: round.id,
      titleTr: `Temel Eğitim ${made}`,
      titleEn: `Basic Training ${made}`,
      completionRule: rule,
      minSessions: rule === 'MIN_SESSIONS' ? (spec.minSessions ?? 2) : null,
      qualificationId: qualification.id,
    },
  });
  const capacity = spec.capacity ?? 20;
  const capacities = Array.isArray(capacity) ? capacity : Array.from({ length: count }, () => capacity);
  const sessions = [];
  for (let i = 0; i < count; i += 1) {
    const startsAt = new Date(first + i * 7 * DAY);
    sessions.push(
      await prisma.trainingSession.create({
        data: {
          courseId: course.id,
          title: `${i + 1}. oturum`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
          place: 'Konak Kadın Danışma Merkezi',
          trainer: 'Dr. Selin Aras',
          capacity: capacities[i] ?? 20,
        },
      }),
    );
  }
  return {
    ...course,
    qualification,
    sessions: sessions.map((s) => ({ ...s, globalId: globalId('TrainingSession', s.id) })),
    globalId: globalId('TrainingCourse', course.id),
  };
}
export type Course = Awaited<ReturnType<typeof createCourse>>;

/** A make-up session standing in for one regular session of the course, a few days after it. */
export async function createMakeUp(course: Course, forSession: Course['sessions'][number]) {
  const startsAt = new Date(forSession.startsAt.getTime() + 3 * DAY);
  const session = await prisma.trainingSession.create({
    data: {
      courseId: course.id,
      title: `Telafi: ${forSession.title}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      place: 'Karşıyaka Kadın Kültür Evi',
      trainer: 'Dr. Selin Aras',
      capacity: 10,
      makeUpForId: forSession.id,
    },
  });
  return { ...session, globalId: globalId('TrainingSession', session.id) };
}

/** Enrols an application directly (no status change: give it IN_TRAINING when it matters). */
export async function enrol(course: Course, application: { id: string }) {
  const enrolment = await prisma.trainingEnrolment.create({
    data: { courseId: course.id, applicationId: application.id },
    include: { application: { select: { applicantId: true } } },
  });
  return { ...enrolment, globalId: globalId('TrainingEnrolment', enrolment.id) };
}

export async function markAttendance(sessionId: string, enrolmentId: string, status: AttendanceStatus) {
  await prisma.sessionAttendance.create({ data: { sessionId, enrolmentId, status } });
}

/** A qualification held by the person, granted `monthsAgo` months ago (expired when older than its validity). */
export async function grantQualification(userId: string, qualification: Qualification, monthsAgo = 1) {
  const grantedAt = addMonthsInIstanbul(new Date(), -monthsAgo);
  return prisma.userQualification.create({
    data: { userId, qualificationId: qualification.id, grantedAt, expiresAt: addMonthsInIstanbul(grantedAt, qualification.validityMonths) },
  });
}

/** The rows a training write touches, to prove a refused request wrote nothing. */
export async function trainingWriteCounts() {
  const [enrolments, attendance, qualifications, events, audit, outbox, roles, areas, completed, statuses] = await Promise.all([
    prisma.trainingEnrolment.count(),
    prisma.sessionAttendance.count(),
    prisma.userQualification.count(),
    prisma.applicationEvent.count(),
    prisma.auditEntry.count(),
    prisma.outboxMessage.count(),
    prisma.roleGrant.count(),
    prisma.volunteerAreaAssignment.count(),
    prisma.trainingEnrolment.count({ where: { completedAt: { not: null } } }),
    prisma.volunteerApplication.groupBy({ by: ['status'], _count: true, orderBy: { status: 'asc' } }),
  ]);
  return { enrolments, attendance, qualifications, events, audit, outbox, roles, areas, completed, statuses };
}
