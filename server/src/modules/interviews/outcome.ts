// The interview scorecard: attendance, a score per criterion of the round, the outcome and a note
// for coordinators. The outcome moves the application (ACCEPTED, REJECTED or WAITLISTED) through
// the state machine, in the same transaction.
//
// A no-show (attended: false) is recorded on the booking and the application stays
// INTERVIEW_SCHEDULED: the coordinator then either rejects it (outcome REJECT, in the same call or
// a later one) or cancels the booking so the applicant can book another time. A no-show cannot be
// scored, accepted or waitlisted (see validation.ts).
import type { ApplicationStatusName } from '@katilim/schema/application-status';
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { transitionApplication } from '../volunteer-applications/transitions.ts';
import { BookingNotActiveError, InvalidScoreError } from './errors.ts';
import type { RecordOutcomeInput } from './validation.ts';

const STATUS_OF_OUTCOME = { ACCEPT: 'ACCEPTED', REJECT: 'REJECTED', WAITLIST: 'WAITLISTED' } as const satisfies Record<
  string,
  ApplicationStatusName
>;

export async function recordOutcome(actor: Actor, input: RecordOutcomeInput) {
  const booking = await prisma.$transaction(async (tx) => {
    const found = await tx.interviewBooking.findUnique({ where: { id: input.bookingId }, select: { applicationId: true } });
    if (!found) throw new NotFoundError();
    await tx.$queryRaw`SELECT id FROM "VolunteerApplication" WHERE id = ${found.applicationId}::uuid FOR UPDATE`;
    const booking = await tx.interviewBooking.findUniqueOrThrow({
      where: { id: input.bookingId },
      select: { id: true, cancelledAt: true, outcome: true, application: { select: { id: true, roundId: true, status: true } } },
    });
    // A decided scorecard is final; later moves (e.g. from the waiting list) belong to the board.
    if (booking.cancelledAt || booking.outcome) throw new BookingNotActiveError();
    if (!input.outcome && booking.application.status !== 'INTERVIEW_SCHEDULED') throw new BookingNotActiveError();

    const criteria = await tx.interviewCriterion.findMany({ where: { roundId: booking.application.roundId }, select: { id: true, maxScore: true } });
    const maxOf = new Map(criteria.map((criterion) => [criterion.id, criterion.maxScore]));
    for (const { criterionId, score } of input.scores) {
      const max = maxOf.get(criterionId);
      if (max === undefined || score < 0 || score > max) throw new InvalidScoreError(criterionId, max ?? null);
    }

    await tx.interviewBooking.update({
      where: { id: booking.id },
      data: {
        attended: input.attended,
        outcome: input.outcome,
        outcomeNote: input.note,
        decidedAt: input.outcome ? new Date() : null,
      },
    });
    await tx.interviewScore.deleteMany({ where: { bookingId: booking.id } });
    await tx.interviewScore.createMany({ data: input.scores.map((score) => ({ bookingId: booking.id, ...score })) });
    if (input.outcome) {
      // The note stays on the booking (coordinators only), never on the applicant's timeline.
      await transitionApplication(tx, actor, { applicationId: booking.application.id, to: STATUS_OF_OUTCOME[input.outcome], by: 'COORDINATOR' });
    }
    await audit(tx, actor, 'interview.outcome', { type: 'InterviewBooking', id: booking.id }, {
      attended: input.attended,
      outcome: input.outcome,
      scores: input.scores.length,
    });
    return { id: booking.id };
  });
  notifyOutbox();
  return booking;
}
