// Separation-of-duties rows of shifts' attendance part: a coordinator never records their own
// attendance, approves their own hours or lifts their own pause. Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import { attendedShift, confirmedOnRunningShift, pauseForNoShows } from '../../support/shifts-scenarios.ts';
import { globalId } from '../authorization/table.ts';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {
    recordShiftAttendance: {
      inputType: 'RecordShiftAttendanceInput',
      input: async (volunteer) => {
        const { shift, signup } = await confirmedOnRunningShift(volunteer.id);
        return { shiftId: shift.globalId, entries: [{ signupId: signup.globalId, attendance: 'PRESENT', minutes: 120 }] };
      },
    },
    approveShiftHours: {
      inputType: 'ApproveShiftHoursInput',
      input: async (volunteer) => ({ signupIds: [(await attendedShift(volunteer.id, { approved: false })).signup.globalId] }),
    },
    liftShiftPause: {
      inputType: 'LiftShiftPauseInput',
      input: async (volunteer) => {
        await pauseForNoShows(volunteer.id);
        return { userId: globalId('User', volunteer.id) };
      },
    },
  },
  aboutNobody: {},
  counts: async () => ({
    attendance: await prisma.shiftSignup.count({ where: { attendance: { not: null } } }),
    approved: await prisma.shiftSignup.count({ where: { hoursApprovedAt: { not: null } } }),
    paused: await prisma.shiftStanding.count({ where: { pausedAt: { not: null } } }),
  }),
};
