// Interviews under KVKK: the person's bookings with the outcome and the coordinators' note about
// them (their data under KVKK article 11), their scores; for interviewers, the slots they sat on.
import { declarePersonalData } from '../privacy/declaration.ts';

export const personalData = declarePersonalData({
  module: 'interviews',
  models: ['InterviewSlotInterviewer', 'InterviewBooking', 'InterviewScore'],
  export: async (tx, subject) => {
    const ownBooking = { booking: { application: { applicantId: subject.id } } };
    const [seats, bookings, scores] = await Promise.all([
      tx.interviewSlotInterviewer.findMany({ where: { userId: subject.id }, include: { slot: { select: { roundId: true, startsAt: true, endsAt: true } } } }),
      tx.interviewBooking.findMany({
        where: { application: { applicantId: subject.id } },
        include: { slot: { select: { startsAt: true, endsAt: true, location: true, onlineUrl: true } } },
        orderBy: { createdAt: 'asc' },
      }),
      tx.interviewScore.findMany({ where: ownBooking, include: { criterion: { select: { labelTr: true, labelEn: true, maxScore: true } } } }),
    ]);
    return {
      InterviewSlotInterviewer: seats,
      // Who booked on their behalf is staff's data: only whether it was the person themself.
      InterviewBooking: bookings.map(({ bookedById, ...booking }) => ({ ...booking, bookedByYou: bookedById === subject.id })),
      InterviewScore: scores,
    };
  },
  erase: async (tx, { subject }) => {
    // Bookings and scores stay for capacity and scorecard statistics, anonymous through the
    // placeholder applicant; the free-text note about the person goes.
    await tx.interviewBooking.updateMany({ where: { application: { applicantId: subject.id }, outcomeNote: { not: null } }, data: { outcomeNote: null } });
    // An erased interviewer stays on past slots as the anonymous placeholder: deleting the row
    // would make an interview look as if nobody held it.
  },
});
