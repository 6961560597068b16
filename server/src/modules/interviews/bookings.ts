// Interview bookings: the applicant books, moves or cancels until the round's cut-off; a
// coordinator assigns, moves or cancels at any time. A place is taken by one conditional UPDATE
// inside the transaction that also moves the application, so a slot never goes above its
// capacity however many people click at once, and a lost race leaves nothing behind.
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { Locale } from '../../i18n/messages.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { transitionApplication } from '../volunteer-applications/transitions.ts';
import { BookingCutoffPassedError, BookingNotActiveError, SlotTakenError } from './errors.ts';
import { interviewWords, slotSummary } from './texts.ts';

/**
 * Who acts: coordinators are not bound by the cut-off nor by owning the application, except on
 * their own application, where they act as any applicant (separation of duties).
 */
export type Caller = { actor: Actor; staff: boolean };

const actsAsStaff = (caller: Caller, applicantId: string) => caller.staff && caller.actor.userId !== applicantId;

// Losers of a race wait for the winner's row lock, and everyone waits for a pooled connection.
const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

/** The last moment an applicant may still book, move or cancel an interview. */
export function cutoffOf(startsAt: Date, cutoffHours: number): Date {
  return new Date(startsAt.getTime() - cutoffHours * 3_600_000);
}

function assertBeforeCutoff(startsAt: Date, cutoffHours: number, now = new Date()) {
  if (now >= cutoffOf(startsAt, cutoffHours)) throw new BookingCutoffPassedError(cutoffHours);
}

/** Takes one place, atomically: 0 rows means the slot was full when this statement ran. */
async function takePlace(tx: Tx, slotId: string): Promise<void> {
  const taken = await tx.$executeRaw`
    UPDATE "InterviewSlot" SET "bookedCount" = "bookedCount" + 1
    WHERE id = ${slotId}::uuid AND "bookedCount" < capacity`;
  if (taken !== 1) throw new SlotTakenError();
}

async function releasePlace(tx: Tx, slotId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "InterviewSlot" SET "bookedCount" = "bookedCount" - 1
    WHERE id = ${slotId}::uuid AND "bookedCount" > 0`;
}

/**
 * Locks the application first, as transitionApplication does, so a booking, a cancellation and
 * an outcome of the same application run one after another. Each transaction locks one
 * application and then slots in id order: no two can wait for each other.
 */
async function lockedApplication(tx: Tx, applicationId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "VolunteerApplication" WHERE id = ${applicationId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError();
  return tx.volunteerApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      applicantId: true,
      roundId: true,
      status: true,
      round: { select: { bookingCutoffHours: true, titleTr: true, titleEn: true } },
      applicant: { select: { id: true, email: true, firstName: true, locale: true, erasedAt: true } },
    },
  });
}

const slotSelect = { id: true, roundId: true, startsAt: true, endsAt: true, location: true, onlineUrl: true } as const;

async function slotOfRound(tx: Tx, slotId: string, roundId: string) {
  const slot = await tx.interviewSlot.findUnique({ where: { id: slotId }, select: slotSelect });
  if (!slot || slot.roundId !== roundId) throw new NotFoundError();
  return slot;
}

/** A booking that can still change: not cancelled or moved, no outcome recorded. */
async function lockedActiveBooking(tx: Tx, bookingId: string, caller: Caller) {
  const found = await tx.interviewBooking.findUnique({
    where: { id: bookingId },
    select: { applicationId: true, application: { select: { applicantId: true } } },
  });
  if (!found || (!caller.staff && found.application.applicantId !== caller.actor.userId)) throw new NotFoundError();
  const asStaff = actsAsStaff(caller, found.application.applicantId);
  const application = await lockedApplication(tx, found.applicationId);
  const booking = await tx.interviewBooking.findUniqueOrThrow({
    where: { id: bookingId },
    select: { id: true, slotId: true, cancelledAt: true, outcome: true, slot: { select: slotSelect } },
  });
  if (booking.cancelledAt || booking.outcome) throw new BookingNotActiveError();
  return { ...booking, application, asStaff };
}

/** Sorted, so two moves between the same two slots cannot deadlock. */
async function lockSlots(tx: Tx, slotIds: string[]): Promise<void> {
  const ids = [...new Set(slotIds)].sort();
  for (const id of ids) await tx.$queryRaw`SELECT id FROM "InterviewSlot" WHERE id = ${id}::uuid FOR UPDATE`;
}

type Applicant = Awaited<ReturnType<typeof lockedApplication>>['applicant'];

async function tellApplicant(tx: Tx, applicant: Applicant, roundTitle: { titleTr: string; titleEn: string }, text: (locale: Locale) => string) {
  if (applicant.erasedAt) return;
  await enqueueEmail(tx, {
    template: 'interviewBookingChanged',
    locale: applicant.locale,
    to: applicant.email,
    userId: applicant.id,
    params: {
      firstName: applicant.firstName,
      roundTitle: applicant.locale === 'en' ? roundTitle.titleEn : roundTitle.titleTr,
      details: text(applicant.locale),
    },
  });
}

/** The applicant books a place for their invited application. */
export async function bookSlot(actor: Actor, input: { applicationId: string; slotId: string }) {
  const booking = await prisma.$transaction(async (tx) => {
    const application = await lockedApplication(tx, input.applicationId);
    if (application.applicantId !== actor.userId) throw new NotFoundError();
    const slot = await slotOfRound(tx, input.slotId, application.roundId);
    assertBeforeCutoff(slot.startsAt, application.round.bookingCutoffHours);
    // INTERVIEW_INVITED → INTERVIEW_SCHEDULED, or IllegalTransitionError from any other status.
    await transitionApplication(tx, actor, {
      applicationId: application.id,
      to: 'INTERVIEW_SCHEDULED',
      by: 'APPLICANT',
      message: slotSummary(application.applicant.locale, slot),
    });
    await takePlace(tx, slot.id);
    const created = await tx.interviewBooking.create({
      data: { slotId: slot.id, applicationId: application.id, bookedById: actor.userId },
      select: { id: true },
    });
    await audit(tx, actor, 'interview.book', { type: 'InterviewBooking', id: created.id }, { slotId: slot.id, applicationId: application.id });
    return created;
  }, TX_OPTIONS);
  notifyOutbox();
  return booking;
}

/**
 * A coordinator books a slot for an applicant. An application still in SCREENING is first
 * invited, then scheduled, in the same transaction (two steps on its timeline).
 */
export async function assignSlot(actor: Actor, input: { applicationId: string; slotId: string }) {
  const booking = await prisma.$transaction(async (tx) => {
    const application = await lockedApplication(tx, input.applicationId);
    const slot = await slotOfRound(tx, input.slotId, application.roundId);
    if (application.status === 'SCREENING') {
      await transitionApplication(tx, actor, { applicationId: application.id, to: 'INTERVIEW_INVITED', by: 'COORDINATOR' });
    }
    await transitionApplication(tx, actor, {
      applicationId: application.id,
      to: 'INTERVIEW_SCHEDULED',
      by: 'COORDINATOR',
      message: slotSummary(application.applicant.locale, slot),
    });
    await takePlace(tx, slot.id);
    const created = await tx.interviewBooking.create({
      data: { slotId: slot.id, applicationId: application.id, bookedById: actor.userId },
      select: { id: true },
    });
    await audit(tx, actor, 'interview.assign', { type: 'InterviewBooking', id: created.id }, { slotId: slot.id, applicationId: application.id });
    return created;
  }, TX_OPTIONS);
  notifyOutbox();
  return booking;
}

/**
 * Moves a booking to another slot of the round: the old booking is marked cancelled (it stays as
 * history) and a new one takes a place in the new slot, or the whole move is undone. For the
 * applicant the cut-off applies to the interview they leave and to the one they choose.
 */
export async function rescheduleBooking(caller: Caller, input: { bookingId: string; slotId: string }) {
  const booking = await prisma.$transaction(async (tx) => {
    const current = await lockedActiveBooking(tx, input.bookingId, caller);
    const { application } = current;
    const hours = application.round.bookingCutoffHours;
    if (!current.asStaff) assertBeforeCutoff(current.slot.startsAt, hours);
    const slot = await slotOfRound(tx, input.slotId, application.roundId);
    if (slot.id === current.slotId) return { id: current.id };
    if (!current.asStaff) assertBeforeCutoff(slot.startsAt, hours);

    await lockSlots(tx, [current.slotId, slot.id]);
    await tx.interviewBooking.update({ where: { id: current.id }, data: { cancelledAt: new Date() } });
    await releasePlace(tx, current.slotId);
    await takePlace(tx, slot.id);
    const moved = await tx.interviewBooking.create({
      data: { slotId: slot.id, applicationId: application.id, bookedById: caller.actor.userId },
      select: { id: true },
    });
    await audit(tx, caller.actor, 'interview.reschedule', { type: 'InterviewBooking', id: moved.id }, {
      fromBookingId: current.id,
      fromSlotId: current.slotId,
      toSlotId: slot.id,
    });
    if (caller.actor.userId !== application.applicantId) {
      await tellApplicant(tx, application.applicant, application.round, (locale) =>
        `${interviewWords(locale).movedByCoordinator}\n\n${slotSummary(locale, slot)}`,
      );
    }
    return moved;
  }, TX_OPTIONS);
  notifyOutbox();
  return booking;
}

/** Cancels a booking; the applicant is back to choosing a slot (INTERVIEW_INVITED). */
export async function cancelBooking(caller: Caller, input: { bookingId: string }) {
  const booking = await prisma.$transaction(async (tx) => {
    const current = await lockedActiveBooking(tx, input.bookingId, caller);
    const { application } = current;
    const byApplicant = caller.actor.userId === application.applicantId;
    if (!current.asStaff) assertBeforeCutoff(current.slot.startsAt, application.round.bookingCutoffHours);

    await tx.interviewBooking.update({ where: { id: current.id }, data: { cancelledAt: new Date() } });
    await releasePlace(tx, current.slotId);
    await transitionApplication(tx, caller.actor, {
      applicationId: application.id,
      to: 'INTERVIEW_INVITED',
      by: byApplicant ? 'APPLICANT' : 'COORDINATOR',
      message: byApplicant ? null : interviewWords(application.applicant.locale).cancelledByCoordinator,
    });
    await audit(tx, caller.actor, 'interview.cancel', { type: 'InterviewBooking', id: current.id }, { slotId: current.slotId, byApplicant });
    return { id: current.id };
  }, TX_OPTIONS);
  notifyOutbox();
  return booking;
}
