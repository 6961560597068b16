// Scenario builders for the Children's Council: a term with committees, facilitators, and children
// with guardians and consents made straight in the database, so a test states only the rule it is
// about. (Recording a child through the API is tested on its own.)
import { randomUUID } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import type { ConsentPurpose, CouncilMemberStatus, CouncilPosition, Gender } from '@katilim/server/generated/prisma/enums';
import { globalId } from './applications-scenarios.ts';
import { clientFor, createPerson } from './scenarios.ts';

let made = 0;

export const COUNCIL_PURPOSES = ['COUNCIL_PARTICIPATION', 'COUNCIL_MEDIA', 'COUNCIL_TRIPS', 'COUNCIL_CHILD_CONTACT'] as const;

/** A term (ages 10–17, this school year by default) with the given committees (two by default). */
export async function createCouncilTerm(spec: { committees?: string[]; minAge?: number; maxAge?: number } = {}) {
  made += 1;
  const programme = await prisma.programme.findUniqueOrThrow({ where: { kind: 'CHILDRENS_COUNCIL' } });
  const term = await prisma.councilTerm.create({
    data: {
      programmeId: programme.id,
      name: `Test ${made} ${randomUUID().slice(0, 6)}`,
      startsOn: new Date('2026-09-01'),
      endsOn: new Date('2027-08-31'),
      minAge: spec.minAge ?? 10,
      maxAge: spec.maxAge ?? 17,
    },
  });
  const committees = [];
  for (const [index, name] of (spec.committees ?? ['Kent Hakları', 'Doğa ve Ekoloji']).entries()) {
    const committee = await prisma.councilCommittee.create({
      data: { termId: term.id, slug: `c${index}-${made}`, nameTr: name, nameEn: `${name} (en)` },
    });
    committees.push({ ...committee, globalId: globalId('CouncilCommittee', committee.id) });
  }
  return { term: { ...term, globalId: globalId('CouncilTerm', term.id) }, committees };
}
export type CouncilCommitteeRow = Awaited<ReturnType<typeof createCouncilTerm>>['committees'][number];

/** A signed-in facilitator of the given committees. */
export async function facilitatorOf(graphqlUrl: string, ...committees: { id: string }[]) {
  const facilitator = await clientFor(graphqlUrl, ['FACILITATOR']);
  await prisma.councilFacilitator.createMany({ data: committees.map((committee) => ({ committeeId: committee.id, userId: facilitator.person.id })) });
  return facilitator;
}

export type ChildSpec = {
  committee: { id: string };
  firstName?: string;
  lastName?: string;
  /** YYYY-MM-DD; 12 years before today by default. */
  birthDate?: string;
  gender?: Gender | null;
  districtId?: number;
  status?: CouncilMemberStatus;
  position?: CouncilPosition | null;
  /** Purposes consented (default all four). */
  consents?: readonly ConsentPurpose[];
  /** The guardian's account, when they have one. */
  guardianUserId?: string | null;
  guardianEmail?: string;
  guardianLocale?: 'tr' | 'en';
  childEmail?: string | null;
};

/** A child member with a guardian and standing consents (on paper), ACTIVE when participation stands. */
export async function createChild(spec: ChildSpec) {
  made += 1;
  const consents = spec.consents ?? COUNCIL_PURPOSES;
  const texts = await prisma.consentText.findMany({ where: { purpose: { in: [...consents] } }, orderBy: { publishedAt: 'desc' } });
  const guardian = await prisma.councilGuardian.create({
    data: {
      userId: spec.guardianUserId ?? null,
      firstName: 'Veli',
      lastName: `Soyadı${made}`,
      relationship: 'Anne',
      email: spec.guardianEmail ?? `guardian-${made}-${randomUUID().slice(0, 6)}@test.katilim`,
      phone: `+90533${String(1_000_000 + made).padStart(7, '0')}`,
      locale: spec.guardianLocale ?? 'tr',
    },
  });
  const birthDate = spec.birthDate ?? `${new Date().getUTCFullYear() - 12}-03-15`;
  const member = await prisma.councilMember.create({
    data: {
      committeeId: spec.committee.id,
      guardianId: guardian.id,
      firstName: spec.firstName ?? 'Çocuk',
      lastName: spec.lastName ?? `Aile${made}`,
      birthDate: new Date(`${birthDate}T00:00:00Z`),
      gender: spec.gender === undefined ? 'WOMAN' : spec.gender,
      school: 'Konak Ortaokulu',
      districtId: spec.districtId ?? 15,
      email: spec.childEmail ?? null,
      status: spec.status ?? (consents.includes('COUNCIL_PARTICIPATION') ? 'ACTIVE' : 'SUSPENDED'),
      position: spec.position ?? null,
      joinedOn: new Date('2026-09-15T00:00:00Z'),
      nameSearchText: '',
      consents: {
        create: consents.map((purpose) => ({
          purpose,
          consentTextId: texts.find((text) => text.purpose === purpose)!.id,
          method: 'PAPER' as const,
          givenOn: new Date('2026-09-15T00:00:00Z'),
        })),
      },
    },
  });
  return { ...member, guardian, globalId: globalId('CouncilMember', member.id) };
}
export type CouncilChild = Awaited<ReturnType<typeof createChild>>;

/** A guardian with an account and a session, and a child of theirs in the committee. */
export async function guardianWithChild(graphqlUrl: string, spec: ChildSpec) {
  const guardian = await clientFor(graphqlUrl, []);
  const child = await createChild({ ...spec, guardianUserId: guardian.person.id, guardianEmail: guardian.person.email });
  return { ...guardian, child };
}

/** A committee meeting (one hour, a week from now by default). */
export async function createCouncilMeeting(spec: { committee: { id: string; termId: string }; startsInHours?: number; title?: string }) {
  const startsAt = new Date(Date.now() + (spec.startsInHours ?? 7 * 24) * 3_600_000);
  const meeting = await prisma.councilMeeting.create({
    data: {
      termId: spec.committee.termId,
      committeeId: spec.committee.id,
      kind: 'COMMITTEE',
      title: spec.title ?? 'Komite toplantısı',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      placeName: 'Konak Çocuk Meclisi Salonu',
    },
  });
  return { ...meeting, globalId: globalId('CouncilMeeting', meeting.id) };
}

export { createPerson };
