// Scenario builders for recruitment: rounds, areas and applications made straight in the database,
// so a test states only what matters to it (the status it starts from, the areas, the applicant).
import { randomUUID } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import type { ApplicationStatus, Availability, LanguageLevel, RoundStatus } from '@katilim/server/generated/prisma/enums';
import { VOLUNTEER_APPLICATION_CONSENT_VERSION, VOLUNTEER_AREAS } from '@katilim/server/seed/reference';
import { searchTextsOf } from '@katilim/server/modules/accounts/service';
import { createPerson, type PersonSpec } from './scenarios.ts';

export const applicationConsentVersion = VOLUNTEER_APPLICATION_CONSENT_VERSION;
export type AreaSlug = (typeof VOLUNTEER_AREAS)[number]['slug'];

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
export const idOf = (global: string) => Buffer.from(global, 'base64').toString('utf8').split(':')[1]!;

const DAY = 86_400_000;
let rounds = 0;

export type RoundSpec = {
  status?: RoundStatus;
  /** Area slugs the round offers; all six by default. */
  areas?: AreaSlug[];
  opensAt?: Date;
  closesAt?: Date;
  seatsSought?: number;
  slug?: string;
};

/** A round (OPEN, opened yesterday, closing in a month by default) with its areas. */
export async function createRound(spec: RoundSpec = {}) {
  rounds += 1;
  const areas = await prisma.volunteerArea.findMany({
    where: { slug: { in: spec.areas ?? VOLUNTEER_AREAS.map((area) => area.slug) } },
    orderBy: { createdAt: 'asc' },
  });
  const round = await prisma.recruitmentRound.create({
    data: {
      slug: spec.slug ?? `donem-${rounds}-${randomUUID().slice(0, 6)}`,
      titleTr: `Eşit İzmir Gönüllüleri ${rounds}. Dönem`,
      titleEn: `Eşit İzmir Volunteers, round ${rounds}`,
      descriptionTr: 'Toplumsal cinsiyet eşitliği için gönüllüler arıyoruz.',
      descriptionEn: 'We are looking for volunteers for gender equality.',
      trainingInfoTr: 'Üç oturumluk temel eğitim.',
      trainingInfoEn: 'A basic training of three sessions.',
      status: spec.status ?? 'OPEN',
      opensAt: spec.opensAt ?? new Date(Date.now() - DAY),
      closesAt: spec.closesAt ?? new Date(Date.now() + 30 * DAY),
      seatsSought: spec.seatsSought ?? 40,
      areas: { create: areas.map((area) => ({ areaId: area.id })) },
    },
  });
  const area = (slug: AreaSlug) => {
    const found = areas.find((a) => a.slug === slug);
    if (!found) throw new Error(`the round has no area ${slug}`);
    return found;
  };
  return { ...round, areas, area, globalId: globalId('RecruitmentRound', round.id) };
}
export type Round = Awaited<ReturnType<typeof createRound>>;

export const areaGlobalId = (area: { id: string }) => globalId('VolunteerArea', area.id);

export type ApplicationSpec = {
  status?: ApplicationStatus;
  applicant?: { id: string } | PersonSpec;
  areas?: AreaSlug[];
  languages?: { language: string; level: LanguageLevel }[];
  availability?: Availability[];
  districtId?: number;
  motivation?: string;
};

/** An application in the given status (SUBMITTED by default) with a one-event timeline. */
export async function createApplication(round: Round, spec: ApplicationSpec = {}) {
  const applicant =
    spec.applicant && 'id' in spec.applicant
      ? await prisma.user.findUniqueOrThrow({ where: { id: spec.applicant.id } })
      : await createPerson(spec.applicant as PersonSpec | undefined);
  const status = spec.status ?? 'SUBMITTED';
  const application = await prisma.volunteerApplication.create({
    data: {
      roundId: round.id,
      applicantId: applicant.id,
      status,
      districtId: spec.districtId ?? 21,
      availability: spec.availability ?? ['WEEKENDS'],
      languages: spec.languages ?? [],
      motivation: spec.motivation ?? 'Eşitlik için yerelde emek vermek istiyorum; atölyelerde görev almak isterim.',
      submittedAt: status === 'DRAFT' ? null : new Date(),
      choices: { create: (spec.areas ?? ['workshops']).map((slug, index) => ({ rank: index + 1, areaId: round.area(slug).id })) },
      events: { create: [{ fromStatus: status === 'DRAFT' ? null : 'DRAFT', toStatus: status, actorId: applicant.id }] },
    },
  });
  return { ...application, applicant, globalId: globalId('VolunteerApplication', application.id) };
}

export type ManyApplicationsSpec = { prefix?: string; statuses?: ApplicationStatus[] };

/**
 * `count` applicants and their applications in plain bulk inserts (board benchmarks and snapshots).
 * Spread over every status given, every district, all areas of the round, birth years 1950–2006;
 * every seventh speaks English, every fifth is called IŞIK.
 */
export async function createManyApplications(round: Round, count: number, spec: ManyApplicationsSpec = {}) {
  const prefix = spec.prefix ?? `board${round.id.slice(-6)}`;
  const statuses = spec.statuses ?? ['SUBMITTED', 'SCREENING', 'INTERVIEW_INVITED', 'REJECTED'];
  const names = ['Ayşe', 'Işıl', 'Mehmet', 'Çağrı', 'İpek', 'Oğuz'];
  for (let offset = 0; offset < count; offset += 1000) {
    const size = Math.min(1000, count - offset);
    const people = Array.from({ length: size }, (_, i) => {
      const n = offset + i;
      const firstName = names[n % names.length]!;
      const lastName = n % 5 === 0 ? `IŞIK${n}` : `Yılmaz${n}`;
      const email = `${prefix}-${n}@${prefix}.katilim`;
      const phone = `+90534${String(n).padStart(7, '0')}`;
      return {
        id: randomUUID(),
        email,
        passwordHash: 'not-a-login',
        firstName,
        lastName,
        phone,
        birthDate: new Date(Date.UTC(1950 + (n % 57), n % 12, 1 + (n % 28))),
        districtId: 1 + (n % 30),
        emailVerifiedAt: new Date(),
        ...searchTextsOf({ firstName, lastName, email, phone }),
      };
    });
    await prisma.user.createMany({ data: people });
    const applications = people.map((person, i) => {
      const n = offset + i;
      return {
        id: randomUUID(),
        roundId: round.id,
        applicantId: person.id,
        status: statuses[n % statuses.length]!,
        districtId: person.districtId,
        availability: ['WEEKDAYS', 'EVENINGS', 'WEEKENDS'].slice(0, 1 + (n % 3)) as Availability[],
        languages: n % 7 === 0 ? [{ language: 'en', level: 'ADVANCED' }] : [],
        motivation: 'Eşitlik için yerelde emek vermek istiyorum.',
        submittedAt: new Date(),
      };
    });
    await prisma.volunteerApplication.createMany({ data: applications });
    await prisma.applicationAreaChoice.createMany({
      data: applications.flatMap((application, i) => {
        const first = round.areas[(offset + i) % round.areas.length]!;
        const second = round.areas[(offset + i + 1) % round.areas.length]!;
        return first.id === second.id
          ? [{ applicationId: application.id, rank: 1, areaId: first.id }]
          : [
              { applicationId: application.id, rank: 1, areaId: first.id },
              { applicationId: application.id, rank: 2, areaId: second.id },
            ];
      }),
    });
  }
}

/** A complete, valid submission for the round; override any field. */
export function submission(round: Round, overrides: Record<string, unknown> = {}) {
  return {
    roundId: round.globalId,
    areaIds: [areaGlobalId(round.area('workshops'))],
    languages: [],
    availability: ['WEEKENDS', 'EVENINGS'],
    districtId: 7,
    motivation: 'Kadın dayanışmasına katkı vermek ve atölyelerde çocuklarla çalışmak istiyorum.',
    experience: 'Üniversitede iki yıl gönüllü öğretmenlik.',
    acceptConsentVersion: applicationConsentVersion,
    ...overrides,
  };
}

/** The rows an application write touches, to prove a refused request wrote nothing. */
export async function applicationWriteCounts() {
  const [applications, choices, events, audit, outbox, consents, notes] = await Promise.all([
    prisma.volunteerApplication.count(),
    prisma.applicationAreaChoice.count(),
    prisma.applicationEvent.count(),
    prisma.auditEntry.count(),
    prisma.outboxMessage.count(),
    prisma.consentRecord.count(),
    prisma.screeningNote.count(),
  ]);
  return { applications, choices, events, audit, outbox, consents, notes };
}
