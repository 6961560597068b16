// Separation-of-duties rows of shifts, sign-up part: a coordinator never assigns themselves to a
// shift or removes their own sign-up. Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import { globalId } from '../../support/applications-scenarios.ts';
import { createShift, signUp } from '../../support/shifts-scenarios.ts';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {
    assignToShift: {
      inputType: 'AssignToShiftInput',
      // With an override, so the colleague's assignment goes through whatever the rules say about the person.
      input: async (applicant) => ({ shiftId: (await createShift()).globalId, userIds: [globalId('User', applicant.id)], overrideReason: 'Ekip eksik' }),
    },
    removeFromShift: {
      inputType: 'RemoveFromShiftInput',
      input: async (applicant) => ({ signupIds: [(await signUp(await createShift(), applicant.id)).globalId] }),
    },
  },
  aboutNobody: {
    messageShift: 'a message to everyone on a shift, the sender included if they are on it',
  },
  counts: async () => ({ signups: await prisma.shiftSignup.count(), confirmed: await prisma.shiftSignup.count({ where: { status: 'CONFIRMED' } }) }),
};
