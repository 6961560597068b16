// Demo interviews: a slot and a booking for everyone who reached INTERVIEW_SCHEDULED (decided ones
// in the past, with scores and an outcome), one booking given back, and free slots to book.
import { prisma } from '../db/prisma.ts';
import type { ApplicationStatus, InterviewOutcome } from '../generated/prisma/enums.ts';
import { CALENDAR, DAY, HOUR, MINUTE, UPCOMING_INTERVIEW_DAYS, seedId, type Clock, type Planned } from './volunteering-plan.ts';
import { INTERVIEW_ONLINE, INTERVIEW_PLACE, OUTCOME_NOTES } from './volunteering-texts.ts';

export type Booking = {
  id: string;
  slotId: string;
  applicationId: string;
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
  outcome: InterviewOutcome | null;
};
type Slot = { id: string; roundId: string; startsAt: Date; endsAt: Date; capacity: number; online: boolean };
export type InterviewPlan = { slots: Slot[]; bookings: Booking[]; bookingOf: Map<string, Booking> };

export function planInterviews(planned: readonly Planned[], at: Clock, roundId: ReadonlyMap<string, string>): InterviewPlan {
  const slots: Slot[] = [];
  const bookings: Booking[] = [];
  /** The `sequence`-th 45-minute slot of a day from 10:00; free ones are given sequences from 6 (14:30). */
  const slotOf = (roundSlug: string, day: number, sequence: number, capacity = 1): Slot => {
    const startsAt = at(day, 10, sequence * 45);
    const slot = {
      id: seedId(`slot:${roundSlug}:${day}:${sequence}`),
      roundId: roundId.get(roundSlug)!,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 40 * MINUTE),
      capacity,
      online: sequence % 3 === 2,
    };
    slots.push(slot);
    return slot;
  };
  const perDay = new Map<string, number>();
  const nextSequence = (roundSlug: string, day: number) => {
    const key = `${roundSlug}:${day}`;
    const sequence = perDay.get(key) ?? 0;
    perDay.set(key, sequence + 1);
    return sequence;
  };
  const bookingOf = new Map<string, Booking>();
  for (const application of planned) {
    if (!application.path.includes('INTERVIEW_SCHEDULED')) continue;
    const calendar = CALENDAR[application.roundSlug]!;
    const decided = application.path.at(-1) !== 'INTERVIEW_SCHEDULED' && application.stage.status !== 'INTERVIEW_INVITED';
    const days = decided ? calendar.interviewDays : UPCOMING_INTERVIEW_DAYS;
    const day = days[application.index % days.length]!;
    const slot = slotOf(application.roundSlug, day, nextSequence(application.roundSlug, day));
    const outcomeByStatus: Partial<Record<ApplicationStatus, InterviewOutcome>> = { WAITLISTED: 'WAITLIST', REJECTED: 'REJECT' };
    const outcome = decided ? (outcomeByStatus[application.stage.status] ?? 'ACCEPT') : null;
    const booking: Booking = {
      id: seedId(`booking:${application.id}`),
      slotId: slot.id,
      applicationId: application.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      // The one who cancelled gave the slot back two days after booking it.
      cancelledAt: application.stage.status === 'INTERVIEW_INVITED' ? at(calendar.invited + 4, 15) : null,
      outcome,
    };
    bookings.push(booking);
    bookingOf.set(application.id, booking);
  }
  // Free slots to book in the interviewing round, one of them a group interview.
  for (const day of UPCOMING_INTERVIEW_DAYS) for (const sequence of [6, 7]) slotOf('esit-izmir-4-donem', day, sequence);
  slotOf('esit-izmir-4-donem', 7, 0, 4);
  return { slots, bookings, bookingOf };
}

/**
 * Writes the slots, their interviewer, the bookings of the applications written (`seeded`) and the
 * scores of decided interviews. A slot's bookedCount is the number of its bookings not cancelled.
 */
export async function writeInterviews(options: {
  plan: InterviewPlan;
  planned: readonly Planned[];
  seeded: ReadonlySet<string>;
  bookedAt: (application: Planned) => Date;
  coordinatorId: string;
  roundId: ReadonlyMap<string, string>;
}) {
  const { plan, planned, seeded, bookedAt, coordinatorId, roundId } = options;
  const { slots, bookings } = plan;
  const applicationOf = new Map(planned.map((application) => [application.id, application]));
  const ourBookings = bookings.filter((booking) => seeded.has(booking.applicationId));
  const active = (slotId: string) => ourBookings.filter((b) => b.slotId === slotId && !b.cancelledAt).length;
  await prisma.interviewSlot.createMany({
    data: slots.map((slot) => ({
      id: slot.id,
      roundId: slot.roundId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      location: slot.online ? null : INTERVIEW_PLACE,
      onlineUrl: slot.online ? INTERVIEW_ONLINE : null,
      capacity: slot.capacity,
      bookedCount: active(slot.id),
      createdAt: new Date(slot.startsAt.getTime() - 20 * DAY),
    })),
    skipDuplicates: true,
  });
  await prisma.interviewSlotInterviewer.createMany({
    data: slots.map((slot) => ({ slotId: slot.id, userId: coordinatorId })),
    skipDuplicates: true,
  });
  await prisma.interviewBooking.createMany({
    data: ourBookings.map((booking) => ({
      id: booking.id,
      slotId: booking.slotId,
      applicationId: booking.applicationId,
      bookedById: applicationOf.get(booking.applicationId)!.person.id,
      createdAt: bookedAt(applicationOf.get(booking.applicationId)!),
      cancelledAt: booking.cancelledAt,
      attended: booking.outcome ? true : null,
      outcome: booking.outcome,
      outcomeNote: booking.outcome ? OUTCOME_NOTES[booking.outcome] : null,
      decidedAt: booking.outcome ? new Date(booking.endsAt.getTime() + HOUR) : null,
    })),
    skipDuplicates: true,
  });
  const criteria = await prisma.interviewCriterion.findMany({
    where: { roundId: { in: [...roundId.values()] } },
    select: { id: true, roundId: true },
    orderBy: [{ roundId: 'asc' }, { position: 'asc' }],
  });
  const band: Record<InterviewOutcome, [number, number]> = { ACCEPT: [4, 5], WAITLIST: [3, 4], REJECT: [2, 3] };
  await prisma.interviewScore.createMany({
    data: ourBookings
      .filter((booking) => booking.outcome)
      .flatMap((booking) => {
        const round = roundId.get(applicationOf.get(booking.applicationId)!.roundSlug)!;
        const [low, high] = band[booking.outcome!];
        return criteria
          .filter((c) => c.roundId === round)
          .map((criterion, i) => ({ bookingId: booking.id, criterionId: criterion.id, score: (booking.id.charCodeAt(i) + i) % 2 === 0 ? low : high }));
      }),
    skipDuplicates: true,
  });
}
