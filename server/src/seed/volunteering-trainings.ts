// Demo trainings: the training round's basic course (held, with a make-up session and people who
// finished, made up or fell short) and a field-safety course still to come; the completed round's
// course everyone finished; the qualifications they earned; and the active volunteers' role and areas.
import { addMonthsInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '../db/prisma.ts';
import type { AttendanceStatus } from '../generated/prisma/enums.ts';
import { CALENDAR, seedId, type Clock, type Planned } from './volunteering-plan.ts';
import { PLACES, TRAINERS, type QUALIFICATIONS } from './volunteering-texts.ts';

type QualificationRow = { id: string; slug: string; validityMonths: number };

export async function seedTrainings(options: {
  ours: readonly Planned[];
  at: Clock;
  coordinatorId: string;
  roundId: ReadonlyMap<string, string>;
  areaId: ReadonlyMap<string, string>;
  qualifications: readonly QualificationRow[];
}) {
  const { ours, at, coordinatorId, roundId, areaId, qualifications } = options;
  const qualification = (slug: (typeof QUALIFICATIONS)[number]['slug']) => qualifications.find((q) => q.slug === slug)!;
  const basic = qualification('toplumsal-cinsiyet-esitligi-temel-egitimi');
  const fieldSafety = qualification('saha-calismasinda-guvenlik-ve-etik');
  const children = qualification('cocuklarla-calisma-ve-cocuk-koruma');
  const training = ours.filter((a) => a.roundSlug === 'esit-izmir-3-donem' && a.stage.status === 'IN_TRAINING');
  const activeOnes = ours.filter((a) => a.roundSlug === 'esit-izmir-2-donem' && a.stage.status === 'ACTIVE');
  type CourseSeed = {
    key: string;
    roundSlug: string;
    titleTr: string;
    titleEn: string;
    rule: 'ALL_SESSIONS' | 'MIN_SESSIONS';
    minSessions: number | null;
    qualificationId: string;
    sessionDays: number[];
    sessionTitles: string[];
    makeUp?: { forSession: number; day: number };
    capacity: number;
  };
  const courses: CourseSeed[] = [
    {
      key: 'r3-temel',
      roundSlug: 'esit-izmir-3-donem',
      titleTr: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi — 3. Dönem',
      titleEn: 'Gender Equality Basic Training — round 3',
      rule: 'ALL_SESSIONS',
      minSessions: null,
      qualificationId: basic.id,
      sessionDays: [-40, -33, -26],
      sessionTitles: ['Temel kavramlar ve eşitlik', 'Şiddetin önlenmesi ve yönlendirme', 'Sahada iletişim ve uygulama'],
      makeUp: { forSession: 1, day: -22 },
      capacity: 20,
    },
    {
      key: 'r3-saha',
      roundSlug: 'esit-izmir-3-donem',
      titleTr: 'Saha Çalışmasında Güvenlik ve Etik',
      titleEn: 'Safety and Ethics in Field Work',
      rule: 'MIN_SESSIONS',
      minSessions: 2,
      qualificationId: fieldSafety.id,
      sessionDays: [5, 12, 19],
      sessionTitles: ['Sahada güvenlik ilkeleri', 'Etik, mahremiyet ve rıza', 'Vaka çalışmaları'],
      capacity: 12,
    },
    {
      key: 'r2-temel',
      roundSlug: 'esit-izmir-2-donem',
      titleTr: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi — 2. Dönem',
      titleEn: 'Gender Equality Basic Training — round 2',
      rule: 'ALL_SESSIONS',
      minSessions: null,
      qualificationId: basic.id,
      sessionDays: [-340, -333, -326],
      sessionTitles: ['Temel kavramlar ve eşitlik', 'Şiddetin önlenmesi ve yönlendirme', 'Sahada iletişim ve uygulama'],
      capacity: 25,
    },
  ];
  const sessionId = (course: string, index: number) => seedId(`session:${course}:${index}`);
  const makeUpId = (course: string) => seedId(`session:${course}:make-up`);
  await prisma.trainingCourse.createMany({
    data: courses.map((course) => ({
      id: seedId(`course:${course.key}`),
      roundId: roundId.get(course.roundSlug)!,
      titleTr: course.titleTr,
      titleEn: course.titleEn,
      completionRule: course.rule,
      minSessions: course.minSessions,
      qualificationId: course.qualificationId,
      createdAt: at(course.sessionDays[0]! - 20, 10),
    })),
    skipDuplicates: true,
  });
  await prisma.trainingSession.createMany({
    data: courses.flatMap((course, c) => [
      ...course.sessionDays.map((day, i) => ({
        id: sessionId(course.key, i),
        courseId: seedId(`course:${course.key}`),
        title: course.sessionTitles[i]!,
        startsAt: at(day, 10),
        endsAt: at(day, 13),
        place: PLACES[(c + i) % PLACES.length]!,
        trainer: TRAINERS[(c + i) % TRAINERS.length]!,
        capacity: course.capacity,
        makeUpForId: null,
      })),
      ...(course.makeUp
        ? [
            {
              id: makeUpId(course.key),
              courseId: seedId(`course:${course.key}`),
              title: 'Telafi: Şiddetin önlenmesi ve yönlendirme',
              startsAt: at(course.makeUp.day, 18),
              endsAt: at(course.makeUp.day, 21),
              place: PLACES[1]!,
              trainer: TRAINERS[0]!,
              capacity: 8,
              makeUpForId: sessionId(course.key, course.makeUp.forSession),
            },
          ]
        : []),
    ]),
    skipDuplicates: true,
  });

  type Enrolment = { id: string; course: string; application: Planned; completedAt: Date | null; attendance: [string, AttendanceStatus, Date][] };
  const enrolments: Enrolment[] = [];
  const sessionEnd = (course: CourseSeed, i: number) => at(course.sessionDays[i]!, 13);
  const [r3, r3Field, r2] = courses as [CourseSeed, CourseSeed, CourseSeed];
  training.forEach((application, i) => {
    // 0–7 attended everything; 8–9 missed the second session and came to the make-up;
    // 10–11 missed it (one excused) and have not made it up; 12–13 missed the last one.
    const second: AttendanceStatus = i >= 8 && i <= 11 ? (i === 11 ? 'EXCUSED' : 'ABSENT') : 'ATTENDED';
    const third: AttendanceStatus = i >= 12 ? 'ABSENT' : 'ATTENDED';
    const attendance: Enrolment['attendance'] = [
      [sessionId(r3.key, 0), 'ATTENDED', sessionEnd(r3, 0)],
      [sessionId(r3.key, 1), second, sessionEnd(r3, 1)],
      [sessionId(r3.key, 2), third, sessionEnd(r3, 2)],
    ];
    if (i === 8 || i === 9) attendance.push([makeUpId(r3.key), 'ATTENDED', at(r3.makeUp!.day, 21)]);
    const completedAt = i < 8 ? sessionEnd(r3, 2) : i < 10 ? at(r3.makeUp!.day, 21) : null;
    enrolments.push({ id: seedId(`enrolment:${r3.key}:${application.id}`), course: r3.key, application, completedAt, attendance });
    // The first six also take the field-safety course, which is still to come.
    if (i < 6) enrolments.push({ id: seedId(`enrolment:${r3Field.key}:${application.id}`), course: r3Field.key, application, completedAt: null, attendance: [] });
  });
  for (const application of activeOnes) {
    enrolments.push({
      id: seedId(`enrolment:${r2.key}:${application.id}`),
      course: r2.key,
      application,
      completedAt: sessionEnd(r2, 2),
      attendance: r2.sessionDays.map((_, i) => [sessionId(r2.key, i), 'ATTENDED', sessionEnd(r2, i)]),
    });
  }
  await prisma.trainingEnrolment.createMany({
    data: enrolments.map((e) => ({
      id: e.id,
      courseId: seedId(`course:${e.course}`),
      applicationId: e.application.id,
      enrolledAt: at(CALENDAR[e.application.roundSlug]!.training!, 12),
      completedAt: e.completedAt,
    })),
    skipDuplicates: true,
  });
  await prisma.sessionAttendance.createMany({
    data: enrolments.flatMap((e) =>
      e.attendance.map(([session, status, recordedAt]) => ({ sessionId: session, enrolmentId: e.id, status, recordedById: coordinatorId, recordedAt })),
    ),
    skipDuplicates: true,
  });
  await prisma.userQualification.createMany({
    data: [
      ...enrolments
        .filter((e) => e.completedAt)
        .map((e) => {
          const course = courses.find((c) => c.key === e.course)!;
          const granted = qualifications.find((q) => q.id === course.qualificationId)!;
          return {
            id: seedId(`qualification-grant:${e.id}`),
            userId: e.application.person.id,
            qualificationId: granted.id,
            courseId: seedId(`course:${course.key}`),
            grantedAt: e.completedAt!,
            expiresAt: addMonthsInIstanbul(e.completedAt!, granted.validityMonths),
          };
        }),
      // A few long-standing volunteers let their child-protection training lapse: it shows as expired.
      ...activeOnes.slice(0, 4).map((application) => ({
        id: seedId(`qualification-grant:children:${application.id}`),
        userId: application.person.id,
        qualificationId: children.id,
        courseId: null,
        grantedAt: at(-420, 12),
        expiresAt: addMonthsInIstanbul(at(-420, 12), children.validityMonths),
      })),
    ],
    skipDuplicates: true,
  });

  // ── Active volunteers: the VOLUNTEER role and their areas ──
  await prisma.roleGrant.createMany({
    data: activeOnes.map((application) => ({
      id: seedId(`role:${application.person.id}`),
      userId: application.person.id,
      role: 'VOLUNTEER' as const,
      grantedById: coordinatorId,
      grantedAt: at(CALENDAR[application.roundSlug]!.active!, 12),
    })),
    skipDuplicates: true,
  });
  await prisma.volunteerAreaAssignment.createMany({
    data: activeOnes.flatMap((application) =>
      application.areaSlugs.map((slug) => ({ userId: application.person.id, areaId: areaId.get(slug)!, since: at(CALENDAR[application.roundSlug]!.active!, 12) })),
    ),
    skipDuplicates: true,
  });
}
