// Separation-of-duties rows of the council's proposals: a proposal is the committee's, about no
// person. (The vote names children: a runner who is a voter's guardian is refused by the mutation's
// own scope, tested in council-proposals.test.ts, since facilitators are not `staff`.)
import { prisma } from '@katilim/server/db/prisma';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {},
  aboutNobody: {
    recordCouncilProposalResponse: 'the municipality’s answer to a committee’s proposal',
  },
  counts: async () => ({ proposals: await prisma.councilProposal.count(), responses: await prisma.councilProposalResponse.count() }),
};
