// Separation-of-duties rows of shift planning: an invitation is about the person invited, so a
// coordinator who is also a volunteer cannot invite themselves; everything else is about the work.
// Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import { globalId } from '../../support/applications-scenarios.ts';
import { createShift } from '../../support/shifts-scenarios.ts';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {
    inviteToShift: {
      inputType: 'InviteToShiftInput',
      input: async (person) => {
        // The coordinator is a volunteer too: the invitation would be theirs.
        await prisma.roleGrant.upsert({ where: { userId_role: { userId: person.id, role: 'VOLUNTEER' } }, create: { userId: person.id, role: 'VOLUNTEER' }, update: {} });
        return { shiftId: (await createShift({ startsInHours: 60 })).globalId, userIds: [globalId('User', person.id)] };
      },
    },
  },
  aboutNobody: {
    updateShiftSettings: 'the programme’s shift rules',
    createShiftOpportunity: 'a piece of volunteer work',
    updateShiftOpportunity: 'a piece of volunteer work',
    archiveShiftOpportunity: 'a piece of volunteer work',
    createShift: 'a time slot',
    editShift: 'a time slot (its people are told, not judged)',
    cancelShift: 'a time slot (its people are told, not judged)',
    createShiftSeries: 'a recurring rule',
    editFollowingShifts: 'a recurring rule',
    copyShiftWeek: 'time slots',
  },
  counts: async () => ({ invitations: await prisma.shiftInvitation.count(), shifts: await prisma.shift.count() }),
};
