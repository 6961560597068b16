// Demo data for the Eşit İzmir volunteer pipeline: a recruitment round in every state, filled with
// applications of the demo people in fitting statuses, each with its timeline, interviews with
// scores, trainings with attendance, and active volunteers with qualifications and areas.
// Deterministic and idempotent: every row has a stable id derived from its name and is written with
// createMany(skipDuplicates), so a second run inserts nothing. Dates follow the day of the first run
// (Istanbul), so the open round is open whenever the demo starts.
import { startOfIstanbulDay, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '../db/prisma.ts';
import type { ApplicationStatus, Availability } from '../generated/prisma/enums.ts';
import { VOLUNTEER_APPLICATION_CONSENT_VERSION, VOLUNTEER_AREAS } from './reference.ts';
import { planInterviews, writeInterviews } from './volunteering-interviews.ts';
import {
  DAY,
  DEMO_VOLUNTEER_STAGES,
  HOUR,
  MINUTE,
  STAGES,
  pathOf,
  random,
  seedId,
  timelineOf,
  type Clock,
  type Planned,
  type Stage,
} from './volunteering-plan.ts';
import { seedTrainings } from './volunteering-trainings.ts';
import { CRITERIA, EXPERIENCES, LANGUAGES, MOTIVATIONS, OUTCOME_NOTES, QUALIFICATIONS, ROUNDS, SCREENING_NOTES } from './volunteering-texts.ts';

export async function seedVolunteering(options: { today?: string } = {}): Promise<{ rounds: number; applications: number }> {
  const today = options.today ?? todayInIstanbul();
  const midnight = startOfIstanbulDay(today).getTime();
  /** A moment on the day `days` from today, at an Istanbul time of day. */
  const at: Clock = (days, hour = 10, minute = 0) => new Date(midnight + days * DAY + hour * HOUR + minute * MINUTE);
  const next = random(1923);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

  const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: 'koordinator@katilim.demo' }, select: { id: true } });
  const volunteer = await prisma.user.findUniqueOrThrow({ where: { email: 'gonullu@katilim.demo' }, select: { id: true, email: true, districtId: true } });
  const people = await prisma.user.findMany({
    where: { email: { endsWith: '@ornek.katilim.demo' } },
    orderBy: [{ createdAt: 'asc' }, { email: 'asc' }],
    select: { id: true, email: true, districtId: true },
  });
  const consentText = await prisma.consentText.findUniqueOrThrow({
    where: { purpose_version: { purpose: 'VOLUNTEER_APPLICATION', version: VOLUNTEER_APPLICATION_CONSENT_VERSION } },
    select: { id: true },
  });

  // ── Reference: areas (also in reference data), qualifications ──
  await prisma.volunteerArea.createMany({ data: VOLUNTEER_AREAS, skipDuplicates: true });
  const areas = await prisma.volunteerArea.findMany({ where: { slug: { in: VOLUNTEER_AREAS.map((a) => a.slug) } }, select: { id: true, slug: true } });
  const areaId = new Map(areas.map((a) => [a.slug, a.id]));
  await prisma.qualification.createMany({
    data: QUALIFICATIONS.map((q) => ({ id: seedId(`qualification:${q.slug}`), ...q })),
    skipDuplicates: true,
  });
  const qualifications = await prisma.qualification.findMany({ where: { slug: { in: QUALIFICATIONS.map((q) => q.slug) } } });
  const basic = qualifications.find((q) => q.slug === 'toplumsal-cinsiyet-esitligi-temel-egitimi')!;

  // ── Rounds with their areas, interview criteria and required qualification ──
  await prisma.recruitmentRound.createMany({
    data: ROUNDS.map(({ opensInDays, closesInDays, areas: _areas, ...round }) => ({
      id: seedId(`round:${round.slug}`),
      ...round,
      opensAt: at(opensInDays, 9),
      closesAt: at(closesInDays, 23, 59),
      createdById: coordinator.id,
      createdAt: at(opensInDays - 14, 11),
    })),
    skipDuplicates: true,
  });
  const rounds = await prisma.recruitmentRound.findMany({ where: { slug: { in: ROUNDS.map((r) => r.slug) } }, select: { id: true, slug: true } });
  const roundId = new Map(rounds.map((r) => [r.slug, r.id]));
  await prisma.roundArea.createMany({
    data: ROUNDS.flatMap((round) => round.areas.map((slug) => ({ roundId: roundId.get(round.slug)!, areaId: areaId.get(slug)! }))),
    skipDuplicates: true,
  });
  await prisma.interviewCriterion.createMany({
    data: ROUNDS.flatMap((round) =>
      CRITERIA.map((criterion, index) => ({
        id: seedId(`criterion:${round.slug}:${index}`),
        roundId: roundId.get(round.slug)!,
        ...criterion,
        maxScore: 5,
        position: index + 1,
      })),
    ),
    skipDuplicates: true,
  });
  await prisma.roundQualification.createMany({
    data: ROUNDS.map((round) => ({ roundId: roundId.get(round.slug)!, qualificationId: basic.id })),
    skipDuplicates: true,
  });

  // ── Applications and their timelines ──
  const planned: Planned[] = [];
  let cursor = 0;
  for (const round of ROUNDS) {
    const stages = STAGES[round.slug]!;
    const own = DEMO_VOLUNTEER_STAGES[round.slug];
    const entries: { person: Planned['person']; stage: Stage }[] = [
      ...(own ? [{ person: volunteer, stage: own }] : []),
      ...stages.map((stage) => ({ person: people[cursor++ % people.length]!, stage })),
    ];
    entries.forEach(({ person, stage }, index) => {
      const choices = 1 + Math.floor(next() * 3);
      const offered = [...round.areas];
      const areaSlugs: string[] = [];
      for (let i = 0; i < choices && offered.length; i += 1) areaSlugs.push(offered.splice(Math.floor(next() * offered.length), 1)[0]!);
      planned.push({
        id: seedId(`application:${round.slug}:${person.email}`),
        roundSlug: round.slug,
        person,
        stage,
        path: pathOf(stage),
        areaSlugs,
        index,
      });
    });
  }

  const interviews = planInterviews(planned, at, roundId);
  const moments = new Map(planned.map((application) => [application.id, timelineOf(application, at, interviews.bookingOf.get(application.id))]));

  const availabilities: Availability[][] = [['WEEKENDS'], ['EVENINGS'], ['WEEKDAYS', 'EVENINGS'], ['EVENINGS', 'WEEKENDS'], ['WEEKDAYS', 'EVENINGS', 'WEEKENDS']];
  const levels = ['INTERMEDIATE', 'ADVANCED', 'NATIVE'] as const;
  await prisma.volunteerApplication.createMany({
    data: planned.map((application) => {
      const when = moments.get(application.id)!;
      const status = application.path.at(-1)!;
      const submitted = application.path.indexOf('SUBMITTED');
      const screened = application.path.includes('SCREENING');
      const translating = application.areaSlugs.includes('translation');
      return {
        id: application.id,
        roundId: roundId.get(application.roundSlug)!,
        applicantId: application.person.id,
        status,
        districtId: application.person.districtId,
        availability: pick(availabilities),
        languages: translating ? [{ language: pick(LANGUAGES), level: pick(levels) }] : [],
        motivation: pick(MOTIVATIONS),
        experience: pick(EXPERIENCES),
        screeningChecklist: screened
          ? status === 'SCREENING'
            ? { ageVerified: true, consentOnFile: true, motivationAdequate: application.index % 2 === 0 }
            : { ageVerified: true, consentOnFile: true, motivationAdequate: true, availabilityFits: true, referencesChecked: true }
          : {},
        submittedAt: submitted >= 0 ? when[submitted]! : null,
        statusChangedAt: when.at(-1)!,
        createdAt: when[0]!,
        updatedAt: when.at(-1)!,
      };
    }),
    skipDuplicates: true,
  });
  // A person who applied through the app before the seed first ran keeps their own application:
  // only rows whose application is the seeded one get children.
  const seeded = new Set(
    (await prisma.volunteerApplication.findMany({ where: { id: { in: planned.map((a) => a.id) } }, select: { id: true } })).map((a) => a.id),
  );
  const ours = planned.filter((application) => seeded.has(application.id));

  await prisma.applicationAreaChoice.createMany({
    data: ours.flatMap((application) =>
      application.areaSlugs.map((slug, rank) => ({ applicationId: application.id, rank: rank + 1, areaId: areaId.get(slug)! })),
    ),
    skipDuplicates: true,
  });
  const applicantSteps: ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'WITHDRAWN', 'INTERVIEW_SCHEDULED'];
  await prisma.applicationEvent.createMany({
    data: ours.flatMap((application) => {
      const when = moments.get(application.id)!;
      return application.path.map((status, step) => ({
        id: seedId(`event:${application.id}:${step}`),
        applicationId: application.id,
        fromStatus: step === 0 ? null : application.path[step - 1]!,
        toStatus: status,
        // A cancelled booking (back to INTERVIEW_INVITED) was the applicant's doing too.
        actorId: applicantSteps.includes(status) || (status === 'INTERVIEW_INVITED' && step > 3) ? application.person.id : coordinator.id,
        note: status === 'REJECTED' ? OUTCOME_NOTES.REJECT : null,
        createdAt: when[step]!,
      }));
    }),
    skipDuplicates: true,
  });
  await prisma.consentRecord.createMany({
    data: ours
      .filter((application) => application.path.includes('SUBMITTED'))
      .map((application) => ({
        id: seedId(`consent:${application.id}`),
        userId: application.person.id,
        consentTextId: consentText.id,
        purpose: 'VOLUNTEER_APPLICATION' as const,
        acceptedAt: moments.get(application.id)![1]!,
      })),
    skipDuplicates: true,
  });
  await prisma.screeningNote.createMany({
    data: ours
      .filter((application) => application.path.includes('SCREENING') && application.index % 3 === 0)
      .map((application) => ({
        id: seedId(`note:${application.id}`),
        applicationId: application.id,
        authorId: coordinator.id,
        body: SCREENING_NOTES[application.index % SCREENING_NOTES.length]!,
        createdAt: new Date(moments.get(application.id)![2]!.getTime() + HOUR),
      })),
    skipDuplicates: true,
  });

  await writeInterviews({
    plan: interviews,
    planned,
    seeded,
    bookedAt: (application) => moments.get(application.id)![application.path.indexOf('INTERVIEW_SCHEDULED')]!,
    coordinatorId: coordinator.id,
    roundId,
  });
  await seedTrainings({ ours, at, coordinatorId: coordinator.id, roundId, areaId, qualifications });

  return { rounds: ROUNDS.length, applications: planned.length };
}
