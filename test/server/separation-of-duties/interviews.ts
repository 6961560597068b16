// Separation-of-duties rows of interviews: its staff mutations about a person (with a case that names the
// caller's own record) and about nobody (with the reason). Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import { createApplication, createRound } from '../../support/applications-scenarios.ts';
import { createBooking, createSlot } from '../../support/interviews-scenarios.ts';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {
    assignInterviewSlot: {
      inputType: 'AssignInterviewSlotInput',
      input: async (applicant) => {
        const round = await createRound({ status: 'INTERVIEWING' });
        const application = await createApplication(round, { applicant, status: 'INTERVIEW_INVITED' });
        return { applicationId: application.globalId, slotId: (await createSlot(round, { inHours: 72 })).globalId };
      },
    },
    recordInterviewOutcome: {
      inputType: 'RecordInterviewOutcomeInput',
      input: async (applicant) => {
        const round = await createRound({ status: 'INTERVIEWING' });
        const booking = await createBooking(round, await createSlot(round, { inHours: -2 }), { applicant });
        return { bookingId: booking.globalId, attended: true, outcome: 'ACCEPT', note: 'Kendi notum' };
      },
    },
  },
  aboutNobody: {
    publishInterviewSlots: 'slots; taking part as an interviewer is the coordinator’s own work',
  },
  counts: async () => ({ bookings: await prisma.interviewBooking.count(), scores: await prisma.interviewScore.count() }),
};
