// Scenario builders for shifts: opportunities, shifts with roles, active volunteers with their
// qualifications, and sign-ups made straight in the database, so a test states only the rule it is
// about. (Sign-up itself is tested through the API.)
import { randomBytes } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import type { ShiftSignupStatus } from '@katilim/server/generated/prisma/enums';
import { globalId } from './applications-scenarios.ts';
import { clientFor, createPerson, type PersonSpec } from './scenarios.ts';
import { createQualification, type Qualification } from './trainings-scenarios.ts';

const HOUR = 3_600_000;
let made = 0;

async function volunteeringProgramme() {
  return prisma.programme.findUniqueOrThrow({ where: { kind: 'VOLUNTEERING' } });
}

/** The programme's shift rules (created with their defaults), changed as given. */
export async function setShiftSettings(settings: Partial<{ maxHoursPerWeek: number; noShowPauseAfter: number; holdHours: number; holdHoursNear: number; nearWindowHours: number }>) {
  const programme = await volunteeringProgramme();
  return prisma.shiftSettings.upsert({ where: { programmeId: programme.id }, create: { programmeId: programme.id, ...settings }, update: settings });
}

export type OpportunitySpec = {
  areaSlug?: string;
  districtId?: number | null;
  qualifications?: Qualification[];
  titleTr?: string;
  titleEn?: string;
};

/** An opportunity of the volunteering programme (field work in Karabağlar by default). */
export async function createOpportunity(spec: OpportunitySpec = {}) {
  made += 1;
  const programme = await volunteeringProgramme();
  const area = await prisma.volunteerArea.findUniqueOrThrow({ where: { slug: spec.areaSlug ?? 'field-work' } });
  const online = spec.districtId === null;
  const opportunity = await prisma.shiftOpportunity.create({
    data: {
      programmeId: programme.id,
      areaId: area.id,
      titleTr: spec.titleTr ?? `Saha araştırması ${made}`,
      titleEn: spec.titleEn ?? `Field survey ${made}`,
      descriptionTr: 'Mahallelerde anket.',
      descriptionEn: 'Door-to-door survey.',
      online,
      districtId: online ? null : (spec.districtId ?? 18),
      address: online ? null : 'Karabağlar Belediyesi önü',
      qualifications: { create: (spec.qualifications ?? []).map((q) => ({ qualificationId: q.id })) },
    },
  });
  return { ...opportunity, area, globalId: globalId('ShiftOpportunity', opportunity.id) };
}
export type Opportunity = Awaited<ReturnType<typeof createOpportunity>>;

export type ShiftSpec = {
  /** Hours from now to the start (default 72). */
  startsInHours?: number;
  hours?: number;
  capacity?: number;
  /** Sign-up closes this many hours before the start (default 12). */
  cutoffHours?: number;
  roles?: { nameTr: string; nameEn: string; headcount: number }[];
  opportunity?: Opportunity;
};

/** A shift (3 hours, 5 places, three days from now by default), with its opportunity if none is given. */
export async function createShift(spec: ShiftSpec = {}) {
  const opportunity = spec.opportunity ?? (await createOpportunity());
  const startsAt = new Date(Date.now() + (spec.startsInHours ?? 72) * HOUR);
  const roles = spec.roles ?? [];
  const capacity = roles.length ? roles.reduce((sum, r) => sum + r.headcount, 0) : (spec.capacity ?? 5);
  const shift = await prisma.shift.create({
    data: {
      opportunityId: opportunity.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (spec.hours ?? 3) * HOUR),
      capacity,
      signupClosesAt: new Date(startsAt.getTime() - (spec.cutoffHours ?? 12) * HOUR),
      checkInSecret: randomBytes(24).toString('base64url'),
      roles: { create: roles.map((role, position) => ({ ...role, position })) },
    },
    include: { roles: { orderBy: { position: 'asc' } } },
  });
  return { ...shift, opportunity, globalId: globalId('Shift', shift.id) };
}
export type Shift = Awaited<ReturnType<typeof createShift>>;

export type VolunteerSpec = PersonSpec & {
  /** Qualifications held, valid for a year unless `expiresInDays` says otherwise. */
  qualifications?: Qualification[];
  expiresInDays?: number;
  areaSlugs?: string[];
};

/** An active volunteer (the VOLUNTEER role, areas and qualifications), as activation leaves them. */
export async function createVolunteer(spec: VolunteerSpec = {}) {
  const person = await createPerson({ ...spec, roles: [...new Set([...(spec.roles ?? []), 'VOLUNTEER' as const])] });
  await grantQualifications(person.id, spec.qualifications ?? [], spec.expiresInDays ?? 365);
  const areas = await prisma.volunteerArea.findMany({ where: { slug: { in: spec.areaSlugs ?? ['field-work'] } } });
  await prisma.volunteerAreaAssignment.createMany({ data: areas.map((area) => ({ userId: person.id, areaId: area.id })) });
  return person;
}

/** A logged-in client for a new active volunteer. */
export async function volunteerClient(graphqlUrl: string, spec: VolunteerSpec = {}) {
  const { person, client } = await clientFor(graphqlUrl, [...new Set([...(spec.roles ?? []), 'VOLUNTEER' as const])], spec);
  await grantQualifications(person.id, spec.qualifications ?? [], spec.expiresInDays ?? 365);
  const areas = await prisma.volunteerArea.findMany({ where: { slug: { in: spec.areaSlugs ?? ['field-work'] } } });
  await prisma.volunteerAreaAssignment.createMany({ data: areas.map((area) => ({ userId: person.id, areaId: area.id })) });
  return { person, client };
}

async function grantQualifications(userId: string, qualifications: Qualification[], expiresInDays: number) {
  await prisma.userQualification.createMany({
    data: qualifications.map((q) => ({ userId, qualificationId: q.id, expiresAt: new Date(Date.now() + expiresInDays * 24 * HOUR) })),
  });
}

/** Puts a person on a shift in the given state (CONFIRMED by default) without the sign-up rules. */
export async function signUp(shift: Shift, userId: string, status: ShiftSignupStatus = 'CONFIRMED', at = new Date()) {
  const signup = await prisma.shiftSignup.create({
    data: {
      shiftId: shift.id,
      userId,
      status,
      confirmedAt: status === 'CONFIRMED' ? at : null,
      waitlistedAt: status === 'WAITLISTED' || status === 'OFFERED' ? at : null,
    },
  });
  return { ...signup, globalId: globalId('ShiftSignup', signup.id) };
}

export { createQualification };

// ── Attendance ──

/** A shift under way (started an hour ago, three hours long) with the person confirmed on it. */
export async function confirmedOnRunningShift(userId: string, spec: ShiftSpec = {}) {
  const shift = await createShift({ startsInHours: -1, hours: 3, cutoffHours: 1, ...spec });
  return { shift, signup: await signUp(shift, userId) };
}

/** A finished shift whose attendance was recorded: PRESENT with its minutes, approved or not. */
export async function attendedShift(userId: string, spec: ShiftSpec & { minutes?: number; approved?: boolean } = {}) {
  const shift = await createShift({ startsInHours: -26, hours: 3, cutoffHours: 1, ...spec });
  const signup = await signUp(shift, userId);
  await prisma.shiftSignup.update({
    where: { id: signup.id },
    data: { attendance: 'PRESENT', minutes: spec.minutes ?? 180, hoursApprovedAt: spec.approved === false ? null : new Date() },
  });
  return { shift, signup };
}

/** The person's sign-up is paused for no-shows. */
export async function pauseForNoShows(userId: string, noShows = 3) {
  return prisma.shiftStanding.upsert({ where: { userId }, create: { userId, noShows, pausedAt: new Date() }, update: { noShows, pausedAt: new Date() } });
}

/** The QR code's content for a shift. */
export { checkInCode } from '@katilim/server/modules/shifts/attendance';

// ── Planning (coordinators): write counts, to prove a refused planning request wrote nothing ──

/** Everything planning writes: shifts, series, roles, sign-up states, invitations, audit and outbox. */
export async function planningWriteCounts() {
  const [opportunities, series, shifts, roles, signups, invitations, audit, outbox, cancelled] = await Promise.all([
    prisma.shiftOpportunity.count(),
    prisma.shiftSeries.count(),
    prisma.shift.count(),
    prisma.shiftRole.count(),
    prisma.shiftSignup.groupBy({ by: ['status'], _count: { _all: true }, orderBy: { status: 'asc' } }),
    prisma.shiftInvitation.count(),
    prisma.auditEntry.count(),
    prisma.outboxMessage.count(),
    prisma.shift.count({ where: { cancelledAt: { not: null } } }),
  ]);
  return { opportunities, series, shifts, roles, signups, invitations, audit, outbox, cancelled };
}

/** The outbox mails queued for a person, oldest first. */
export async function mailsTo(userId: string) {
  return prisma.outboxMessage.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { template: true, subject: true, bodyText: true, locale: true } });
}
