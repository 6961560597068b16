// Applying: a draft saved and finished later, the submission with its KVKK consent, withdrawal.
// One application per person per round, enforced by the unique key and by locking the row.
import { isAdultOn } from '@katilim/schema/age';
import type { ApplicationStatusName } from '@katilim/schema/application-status';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { InputJsonValue } from '../../generated/prisma/internal/prismaNamespace.ts';
import { audit } from '../audit/service.ts';
import { recordConsent } from '../consent/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { ApplicantTooYoungError, ApplicationExistsError, RoundClosedError } from './errors.ts';
import { acceptsApplications } from './rounds.ts';
import { transitionApplication } from './transitions.ts';
import type { ApplicationDraftInput, SubmitApplicationInput } from './validation.ts';

async function assertRoundOpen(tx: Tx, roundId: string) {
  const round = await tx.recruitmentRound.findUnique({ where: { id: roundId }, select: { status: true, opensAt: true, closesAt: true } });
  // A draft round is invisible to applicants: it does not exist for them.
  if (!round || round.status === 'DRAFT') throw new NotFoundError();
  if (!acceptsApplications(round)) throw new RoundClosedError();
}

/** 18 or older today in İzmir, from the birth date on the account (never from the form). */
async function assertAdult(tx: Tx, userId: string) {
  const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { birthDate: true } });
  if (!isAdultOn(person.birthDate.toISOString().slice(0, 10), todayInIstanbul())) throw new ApplicantTooYoungError();
}

/**
 * The person's application in the round, created as an empty draft when there is none, and locked.
 * INSERT … ON CONFLICT DO NOTHING then SELECT … FOR UPDATE: simultaneous requests of one person
 * wait for each other instead of failing on the unique key.
 */
async function lockOwnApplication(tx: Tx, roundId: string, applicantId: string) {
  const { count: created } = await tx.volunteerApplication.createMany({ data: [{ roundId, applicantId }], skipDuplicates: true });
  const [row] = await tx.$queryRaw<{ id: string; status: ApplicationStatusName }[]>`
    SELECT id, status::text AS status FROM "VolunteerApplication"
    WHERE "roundId" = ${roundId}::uuid AND "applicantId" = ${applicantId}::uuid FOR UPDATE`;
  return { ...row!, created: created === 1 };
}

type ApplicationFields = Partial<Omit<SubmitApplicationInput, 'roundId' | 'acceptConsentVersion'>>;

/** Writes the fields present in the input (undefined: unchanged; null: cleared) and the ranked choices. */
async function writeFields(tx: Tx, applicationId: string, input: { [K in keyof ApplicationFields]?: ApplicationFields[K] | null }) {
  await tx.volunteerApplication.update({
    where: { id: applicationId },
    data: {
      ...(input.languages !== undefined ? { languages: (input.languages ?? []) as InputJsonValue } : {}),
      ...(input.availability !== undefined ? { availability: input.availability ?? [] } : {}),
      ...(input.districtId !== undefined ? { districtId: input.districtId } : {}),
      ...(input.motivation !== undefined ? { motivation: input.motivation ?? '' } : {}),
      ...(input.experience !== undefined ? { experience: input.experience ?? '' } : {}),
    },
  });
  if (input.areaIds !== undefined) {
    await tx.applicationAreaChoice.deleteMany({ where: { applicationId } });
    const areaIds = input.areaIds ?? [];
    if (areaIds.length) {
      await tx.applicationAreaChoice.createMany({ data: areaIds.map((areaId, index) => ({ applicationId, areaId, rank: index + 1 })) });
    }
  }
}

/** Creates or updates the person's draft for a round. */
export async function saveDraft(applicantId: string, input: ApplicationDraftInput, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    await assertRoundOpen(tx, input.roundId);
    await assertAdult(tx, applicantId);
    const application = await lockOwnApplication(tx, input.roundId, applicantId);
    if (application.status !== 'DRAFT') throw new ApplicationExistsError();
    await writeFields(tx, application.id, input);
    if (application.created) {
      await tx.applicationEvent.create({ data: { applicationId: application.id, fromStatus: null, toStatus: 'DRAFT', actorId: applicantId } });
    }
    await audit(tx, actor, application.created ? 'application.draft.create' : 'application.draft.save', {
      type: 'VolunteerApplication',
      id: application.id,
    });
    return { id: application.id };
  });
}

/** Completes (or creates) the application and submits it: consent recorded, timeline, audit and mail. */
export async function submit(applicantId: string, input: SubmitApplicationInput, actor: Actor) {
  const result = await prisma.$transaction(async (tx) => {
    await assertRoundOpen(tx, input.roundId);
    await assertAdult(tx, applicantId);
    const application = await lockOwnApplication(tx, input.roundId, applicantId);
    if (application.status !== 'DRAFT') throw new ApplicationExistsError();
    await writeFields(tx, application.id, input);
    await recordConsent(tx, actor, { userId: applicantId, purpose: 'VOLUNTEER_APPLICATION', acceptedVersion: input.acceptConsentVersion });
    await transitionApplication(tx, actor, { applicationId: application.id, to: 'SUBMITTED', by: 'APPLICANT' });
    return { id: application.id };
  });
  notifyOutbox();
  return result;
}

/**
 * An interview booked in the future is given back when the application leaves the pipeline, so
 * the slot can go to someone else. Past interviews stay on record.
 */
export async function releaseFutureBookings(tx: Tx, applicationId: string) {
  const bookings = await tx.interviewBooking.findMany({
    where: { applicationId, cancelledAt: null, slot: { startsAt: { gt: new Date() } } },
    select: { id: true, slotId: true },
  });
  if (!bookings.length) return;
  await tx.interviewBooking.updateMany({ where: { id: { in: bookings.map((b) => b.id) } }, data: { cancelledAt: new Date() } });
  for (const booking of bookings) {
    await tx.interviewSlot.updateMany({ where: { id: booking.slotId, bookedCount: { gt: 0 } }, data: { bookedCount: { decrement: 1 } } });
  }
}

/** The applicant withdraws their own application (any open status). */
export async function withdraw(applicantId: string, applicationId: string, actor: Actor) {
  const result = await prisma.$transaction(async (tx) => {
    const own = await tx.volunteerApplication.findFirst({ where: { id: applicationId, applicantId }, select: { id: true } });
    if (!own) throw new NotFoundError();
    await transitionApplication(tx, actor, { applicationId, to: 'WITHDRAWN', by: 'APPLICANT' });
    await releaseFutureBookings(tx, applicationId);
    return own;
  });
  notifyOutbox();
  return result;
}
