// Authorization rows of the council's proposals and reports. Running a committee (drafting, voting,
// submitting) is for its facilitators and the council's coordinators: the FACILITATOR caller here
// runs no committee, so only COORDINATOR passes. Responses are the coordinators'; the report is for
// coordinators and admins; the public list is everyone's.
import { prisma } from '@katilim/server/db/prisma';
import { createChild, createCouncilTerm } from '../../support/council-scenarios.ts';
import { createProposal, pastMeeting } from '../../support/council-proposals-scenarios.ts';
import { EVERYONE, STAFF, type Operations } from './table.ts';

const committee = async () => (await createCouncilTerm({ committees: ['Yetki'] })).committees[0]!;
const proposalAt = async (status: 'DRAFT' | 'ADOPTED' | 'SUBMITTED') => createProposal(await committee(), { status });

export const operations: Operations = {
  'Query.publicCouncilProposals': {
    document: `{ publicCouncilProposals(first: 5) { totalCount edges { node { title status answer responses { status } } } } }`,
    allowed: EVERYONE,
  },
  'Query.publicCouncilCommittees': {
    document: `{ publicCouncilCommittees { id name description term { name } } }`,
    allowed: EVERYONE,
  },
  'Query.councilProposals': {
    document: `query($committeeId: ID!) { councilProposals(committeeId: $committeeId, first: 5) { totalCount } }`,
    variables: async () => ({ committeeId: (await committee()).globalId }),
    allowed: ['COORDINATOR', 'ADMIN'],
  },
  'Query.councilProposalsAwaitingAnswer': {
    document: `{ councilProposalsAwaitingAnswer(first: 5) { totalCount } }`,
    allowed: STAFF,
  },
  'Query.councilReport': {
    document: `query($termId: ID!) { councilReport(termId: $termId, from: "2026-09-01", to: "2026-12-31") { ... on QueryCouncilReportSuccess { data { totalMembers } } } }`,
    variables: async () => ({ termId: (await createCouncilTerm({ committees: [] })).term.globalId }),
    allowed: ['COORDINATOR', 'ADMIN'],
  },
  'Mutation.draftCouncilProposal': {
    document: `mutation($input: DraftCouncilProposalInput!) { draftCouncilProposal(input: $input) { __typename } }`,
    variables: async () => ({ input: { committeeId: (await committee()).globalId, title: 'T', problem: 'P', suggestion: 'S' } }),
    allowed: STAFF,
  },
  'Mutation.updateCouncilProposal': {
    document: `mutation($input: UpdateCouncilProposalInput!) { updateCouncilProposal(input: $input) { __typename } }`,
    variables: async () => ({ input: { proposalId: (await proposalAt('DRAFT')).globalId, title: 'T', problem: 'P', suggestion: 'S' } }),
    allowed: STAFF,
  },
  'Mutation.recordCouncilProposalVote': {
    document: `mutation($input: RecordCouncilProposalVoteInput!) { recordCouncilProposalVote(input: $input) { __typename } }`,
    variables: async () => {
      const where = await committee();
      const term = await prisma.councilCommittee.findUniqueOrThrow({ where: { id: where.id } });
      const child = await createChild({ committee: where });
      const meeting = await pastMeeting(term);
      const proposal = await createProposal(where);
      return { input: { proposalId: proposal.globalId, meetingId: meeting.globalId, votes: [{ memberId: child.globalId, choice: 'FOR' }] } };
    },
    allowed: STAFF,
  },
  'Mutation.submitCouncilProposal': {
    document: `mutation($input: SubmitCouncilProposalInput!) { submitCouncilProposal(input: $input) { __typename } }`,
    variables: async () => ({ input: { proposalId: (await proposalAt('ADOPTED')).globalId } }),
    allowed: STAFF,
  },
  'Mutation.recordCouncilProposalResponse': {
    document: `mutation($input: RecordCouncilProposalResponseInput!) { recordCouncilProposalResponse(input: $input) { __typename } }`,
    variables: async () => ({ input: { proposalId: (await proposalAt('SUBMITTED')).globalId, status: 'RECEIVED', respondedOn: new Date().toISOString().slice(0, 10), answer: '' } }),
    allowed: STAFF,
  },
};
