// Authorization rows of shifts' attendance part: check-in and out, the roster, hours approval, the
// no-show pause, hours, certificates, the calendar feed and reports.
import { attendedShift, checkInCode, confirmedOnRunningShift, pauseForNoShows } from '../../support/shifts-scenarios.ts';
import { prisma } from '@katilim/server/db/prisma';
import { mutation } from '../../support/mutation-document.ts';
import { EVERYONE, LOGGED_IN, globalId, type Operations } from './table.ts';

const SIGNUP = 'data { id attendance minutes }';

export const operations: Operations = {
  'Query.myShiftHours': { document: `{ myShiftHours(year: 2026) { year totalMinutes months { month minutes } areas { name minutes } } }`, allowed: LOGGED_IN },
  'Query.myShiftRecord': { document: `{ myShiftRecord(year: 2026) { id minutes shift { id } } }`, allowed: LOGGED_IN },
  'Query.myParticipationCertificates': { document: `{ myParticipationCertificates { id code totalMinutes } }`, allowed: LOGGED_IN },
  'Query.verifyParticipationCertificate': {
    document: `{ verifyParticipationCertificate(code: "ABCD-EFGH-JKMN") { holderName totalMinutes } }`,
    allowed: EVERYONE,
  },
  'Query.myCalendarFeed': { document: `{ myCalendarFeed { createdAt } }`, allowed: LOGGED_IN },
  'Query.shiftReport': {
    document: `{ shiftReport(from: "2026-01-01", to: "2026-12-31", by: AREA) { month groupName shifts fillRate } }`,
    allowed: ['COORDINATOR'],
  },
  'Query.shiftsForAttendance': {
    document: `{ shiftsForAttendance { id startsAt opportunity { title } } }`,
    variables: async ({ other }) => {
      await confirmedOnRunningShift(other.id);
      return {};
    },
    allowed: ['COORDINATOR'],
  },
  'Query.pausedShiftVolunteers': {
    document: `{ pausedShiftVolunteers { noShows pausedAt volunteer { id } } }`,
    variables: async ({ other }) => {
      await pauseForNoShows(other.id);
      return {};
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.checkInToShift': {
    document: mutation('checkInToShift', 'CheckInToShiftInput', 'data { id checkedInAt }'),
    variables: async ({ self, other }) => {
      const { shift } = await confirmedOnRunningShift(self?.id ?? other.id);
      return { input: { code: checkInCode(shift) } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.checkOutOfShift': {
    document: mutation('checkOutOfShift', 'CheckOutOfShiftInput', 'data { id checkedOutAt minutes }'),
    variables: async ({ self, other }) => {
      const { signup } = await confirmedOnRunningShift(self?.id ?? other.id);
      await prisma.shiftSignup.update({ where: { id: signup.id }, data: { checkedInAt: new Date(Date.now() - 30 * 60_000), attendance: 'PRESENT' } });
      return { input: { signupId: signup.globalId } };
    },
    // Only the person themselves: anyone else's sign-up is not found (a typed error), tested in shifts-attendance.test.ts.
    allowed: LOGGED_IN,
  },
  'Mutation.recordShiftAttendance': {
    document: mutation('recordShiftAttendance', 'RecordShiftAttendanceInput', SIGNUP),
    variables: async ({ other }) => {
      const { shift, signup } = await confirmedOnRunningShift(other.id);
      return { input: { shiftId: shift.globalId, entries: [{ signupId: signup.globalId, attendance: 'PRESENT' }] } };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.approveShiftHours': {
    document: mutation('approveShiftHours', 'ApproveShiftHoursInput', 'data { id hoursApprovedAt }'),
    variables: async ({ other }) => ({ input: { signupIds: [(await attendedShift(other.id, { approved: false })).signup.globalId] } }),
    allowed: ['COORDINATOR'],
  },
  'Mutation.liftShiftPause': {
    document: mutation('liftShiftPause', 'LiftShiftPauseInput', 'data { noShows pausedAt }'),
    variables: async ({ other }) => {
      await pauseForNoShows(other.id);
      return { input: { userId: globalId('User', other.id) } };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.issueParticipationCertificate': {
    document: mutation('issueParticipationCertificate', 'IssueParticipationCertificateInput', 'data { id code }'),
    variables: async ({ self, other }) => {
      await attendedShift(self?.id ?? other.id);
      const year = new Date().getUTCFullYear();
      return { input: { from: `${year - 1}-01-01`, to: `${year + 1}-12-31` } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.createCalendarFeed': { document: mutation('createCalendarFeed', null, 'data { url createdAt }'), allowed: LOGGED_IN },
  'Mutation.revokeCalendarFeed': { document: mutation('revokeCalendarFeed', null, 'data'), allowed: LOGGED_IN },
};
