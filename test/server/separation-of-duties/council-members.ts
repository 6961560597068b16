// Separation-of-duties rows of the council, members part: a coordinator who is a child's guardian
// (with her account) takes no staff action on her own child's record. Terms, committees and
// facilitators are the council's organisation, about nobody; a child recorded from paper has a
// guardian without an account, so the record is nobody's own. Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { createChild, createCouncilTerm } from '../../support/council-scenarios.ts';
import type { DutiesTable } from './table.ts';

const ownChild = async (guardian: { id: string }) => createChild({ committee: (await createCouncilTerm({ committees: ['Kent Hakları'] })).committees[0]!, guardianUserId: guardian.id });

export const duties: DutiesTable = {
  aboutAPerson: {
    updateCouncilMember: { inputType: 'UpdateCouncilMemberInput', input: async (guardian) => ({ memberId: (await ownChild(guardian)).globalId, school: 'Alsancak Ortaokulu' }) },
    removeCouncilMember: { inputType: 'RemoveCouncilMemberInput', input: async (guardian) => ({ memberId: (await ownChild(guardian)).globalId, reason: 'REMOVED' }) },
    recordCouncilElection: {
      inputType: 'RecordCouncilElectionInput',
      input: async (guardian) => ({ electedId: (await ownChild(guardian)).globalId, position: 'CHAIR', votesFor: 3, votesCast: 5, heldOn: todayInIstanbul() }),
    },
    eraseCouncilMember: { inputType: 'CouncilMemberRefInput', input: async (guardian) => ({ memberId: (await ownChild(guardian)).globalId }) },
  },
  aboutNobody: {
    saveCouncilTerm: 'a council term and its standing committees',
    createCouncilCommittee: 'a committee of a term',
    updateCouncilCommittee: 'a committee of a term (its names, archived or not)',
    assignCouncilFacilitator: 'who runs a committee: staff organisation, no record about the facilitator',
    removeCouncilFacilitator: 'who runs a committee: staff organisation, no record about the facilitator',
    recordCouncilMember: 'a new child from a paper form, whose guardian has no account: nobody’s own record',
  },
  counts: async () => ({
    members: await prisma.councilMember.groupBy({ by: ['status'], _count: true, orderBy: { status: 'asc' } }),
    positions: await prisma.councilMember.count({ where: { position: { not: null } } }),
    elections: await prisma.councilElection.count(),
    erased: await prisma.councilMember.count({ where: { erasedAt: { not: null } } }),
    updated: (await prisma.councilMember.aggregate({ _max: { updatedAt: true } }))._max.updatedAt,
  }),
};
