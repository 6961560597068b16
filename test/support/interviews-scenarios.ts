// Scenario builders for interviews: criteria, slots and bookings made straight in the database, on
// top of the rounds and applications of applications-scenarios.ts.
import { prisma } from '@katilim/server/db/prisma';
import type { ApplicationStatus } from '@katilim/server/generated/prisma/enums';
import { createApplication, globalId, type Round } from './applications-scenarios.ts';
import type { GraphQLClient } from './graphql-client.ts';
import { clientFor } from './scenarios.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The scorecard of a round: "Motivation" /5, "Communication" /5, "Availability" /3 by default. */
export async function addCriteria(round: Round, specs: { labelTr: string; labelEn: string; maxScore: number }[] = DEFAULT_CRITERIA) {
  await prisma.interviewCriterion.createMany({
    data: specs.map((spec, index) => ({ roundId: round.id, position: index + 1, ...spec })),
  });
  return prisma.interviewCriterion.findMany({ where: { roundId: round.id }, orderBy: { position: 'asc' } });
}

const DEFAULT_CRITERIA = [
  { labelTr: 'Motivasyon', labelEn: 'Motivation', maxScore: 5 },
  { labelTr: 'İletişim', labelEn: 'Communication', maxScore: 5 },
  { labelTr: 'Uygunluk', labelEn: 'Availability', maxScore: 3 },
];

export type SlotSpec = {
  /** When it starts, from now (negative: in the past). Three days ahead by default. */
  inHours?: number;
  startsAt?: Date;
  durationMinutes?: number;
  capacity?: number;
  bookedCount?: number;
  interviewers?: { id: string }[];
  location?: string | null;
  onlineUrl?: string | null;
};

export async function createSlot(round: Round, spec: SlotSpec = {}) {
  const startsAt = spec.startsAt ?? new Date(Date.now() + (spec.inHours ?? 72) * HOUR);
  const slot = await prisma.interviewSlot.create({
    data: {
      roundId: round.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (spec.durationMinutes ?? 45) * 60_000),
      location: spec.location === undefined ? 'Konak Kadın Dayanışma Merkezi, Oda 3' : spec.location,
      onlineUrl: spec.onlineUrl ?? null,
      capacity: spec.capacity ?? 1,
      bookedCount: spec.bookedCount ?? 0,
      interviewers: { create: (spec.interviewers ?? []).map((person) => ({ userId: person.id })) },
    },
  });
  return { ...slot, globalId: globalId('InterviewSlot', slot.id) };
}
export type Slot = Awaited<ReturnType<typeof createSlot>>;

/** An application holding a place in the slot: INTERVIEW_SCHEDULED, booking made, place counted. */
export async function createBooking(
  round: Round,
  slot: Slot,
  spec: { applicant?: { id: string }; status?: ApplicationStatus } = {},
) {
  const application = await createApplication(round, { status: spec.status ?? 'INTERVIEW_SCHEDULED', applicant: spec.applicant });
  const booking = await prisma.interviewBooking.create({ data: { slotId: slot.id, applicationId: application.id } });
  await prisma.interviewSlot.update({ where: { id: slot.id }, data: { bookedCount: { increment: 1 } } });
  return { ...booking, application, globalId: globalId('InterviewBooking', booking.id) };
}

/** `count` people, each logged in with their own client and an INTERVIEW_INVITED application. */
export async function invitedApplicants(graphqlUrl: string, round: Round, count: number) {
  const applicants: { client: GraphQLClient; person: { id: string }; application: Awaited<ReturnType<typeof createApplication>> }[] = [];
  for (let i = 0; i < count; i += 1) {
    const { client, person } = await clientFor(graphqlUrl, []);
    const application = await createApplication(round, { status: 'INTERVIEW_INVITED', applicant: person });
    applicants.push({ client, person, application });
  }
  return applicants;
}

/** Everything a booking writes, to prove a refused or lost request wrote nothing. */
export async function interviewWriteCounts() {
  const [slots, bookings, scores, events, audit, outbox] = await Promise.all([
    prisma.interviewSlot.count(),
    prisma.interviewBooking.count(),
    prisma.interviewScore.count(),
    prisma.applicationEvent.count(),
    prisma.auditEntry.count(),
    prisma.outboxMessage.count(),
  ]);
  return { slots, bookings, scores, events, audit, outbox };
}
