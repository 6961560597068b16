// Authorization rows of slots, bookings, outcomes (module interviews): who may call each of its root operations.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { addDays, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { createPerson } from '../../support/scenarios.ts';
import { createApplication, createRound } from '../../support/applications-scenarios.ts';
import { createBooking, createSlot } from '../../support/interviews-scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { LOGGED_IN, globalId, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.interviewSlots': {
    document: `query($roundId: ID!, $from: Date!, $to: Date!) {
      interviewSlots(roundId: $roundId, from: $from, to: $to) { id startsAt placesLeft interviewers { fullName } bookings { id applicant { fullName } } }
    }`,
    variables: async ({ other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      await createBooking(round, await createSlot(round, { inHours: 48, capacity: 2 }), { applicant: other });
      return { roundId: round.globalId, from: todayInIstanbul(), to: addDays(todayInIstanbul(), 7) };
    },
    allowed: ['COORDINATOR'],
  },
  'Query.availableInterviewSlots': {
    document: `query($applicationId: ID!) { availableInterviewSlots(applicationId: $applicationId) { id startsAt placesLeft } }`,
    variables: async ({ self, other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      await createSlot(round, { inHours: 72 });
      return { applicationId: (await createApplication(round, { applicant: self ?? other, status: 'INTERVIEW_INVITED' })).globalId };
    },
    allowed: LOGGED_IN,
  },
  'Query.interviewers': { document: `{ interviewers { id fullName } }`, allowed: ['COORDINATOR'] },
  'Mutation.publishInterviewSlots': {
    document: mutation('publishInterviewSlots', 'PublishInterviewSlotsInput'),
    variables: async () => {
      const day = addDays(todayInIstanbul(), 10);
      return {
        input: {
          roundId: (await createRound({ status: 'INTERVIEWING' })).globalId,
          fromDate: day,
          toDate: day,
          weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'],
          times: ['10:00'],
          durationMinutes: 45,
          interviewerIds: [globalId('User', (await createPerson({ roles: ['COORDINATOR'] })).id)],
          location: 'Konak',
          capacity: 1,
        },
      };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.bookInterviewSlot': {
    document: mutation('bookInterviewSlot', 'BookInterviewSlotInput'),
    variables: async ({ self, other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      const slot = await createSlot(round, { inHours: 72 });
      const application = await createApplication(round, { applicant: self ?? other, status: 'INTERVIEW_INVITED' });
      return { input: { applicationId: application.globalId, slotId: slot.globalId } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.rescheduleInterviewBooking': {
    document: mutation('rescheduleInterviewBooking', 'RescheduleInterviewBookingInput'),
    variables: async ({ self, other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      const booking = await createBooking(round, await createSlot(round, { inHours: 72 }), { applicant: self ?? other });
      return { input: { bookingId: booking.globalId, slotId: (await createSlot(round, { inHours: 96 })).globalId } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.cancelInterviewBooking': {
    document: mutation('cancelInterviewBooking', 'CancelInterviewBookingInput'),
    variables: async ({ self, other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      const booking = await createBooking(round, await createSlot(round, { inHours: 72 }), { applicant: self ?? other });
      return { input: { bookingId: booking.globalId } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.assignInterviewSlot': {
    document: mutation('assignInterviewSlot', 'AssignInterviewSlotInput'),
    variables: async ({ other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      const application = await createApplication(round, { applicant: other, status: 'INTERVIEW_INVITED' });
      return { input: { applicationId: application.globalId, slotId: (await createSlot(round, { inHours: 72 })).globalId } };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.recordInterviewOutcome': {
    document: mutation('recordInterviewOutcome', 'RecordInterviewOutcomeInput'),
    variables: async ({ other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      const booking = await createBooking(round, await createSlot(round, { inHours: -2 }), { applicant: other });
      return { input: { bookingId: booking.globalId, attended: true, outcome: 'ACCEPT', note: 'Gizli not' } };
    },
    allowed: ['COORDINATOR'],
  },
};
