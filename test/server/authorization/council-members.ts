// Authorization rows of the council, members part: the public terms; committees run by their
// facilitators and council coordinators (the table's FACILITATOR runs no committee, so only a
// coordinator may run these); children read by their committee's readers (coordinators, admins);
// a guardian's own children. Collected by authorization.test.ts.
import { randomUUID } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { createChild, createCouncilTerm } from '../../support/council-scenarios.ts';
import { PNG_BASE64, recordInput } from '../../support/council-members-scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { createPerson } from '../../support/scenarios.ts';
import { EVERYONE, globalId, LOGGED_IN, STAFF, type Caller, type Operations } from './table.ts';

const READERS: readonly Caller[] = ['COORDINATOR', 'ADMIN'];
const committee = async () => (await createCouncilTerm({ committees: ['Kent Hakları'] })).committees[0]!;
const child = async (spec: Partial<Parameters<typeof createChild>[0]> = {}) => createChild({ committee: await committee(), ...spec });

export const operations: Operations = {
  'Query.councilTerms': { document: `{ councilTerms { id name minAge maxAge committees { id name memberCount } } }`, allowed: EVERYONE },
  'Query.councilFacilitation': { document: `{ councilFacilitation { id name viewerRuns } }`, allowed: ['FACILITATOR', 'COORDINATOR'] },
  'Query.councilMembers': {
    document: `query($c: ID!) { councilMembers(committeeId: $c, first: 5) { totalCount edges { node { id firstName lastName mediaAllowed } } } }`,
    variables: async () => {
      const made = await child();
      return { c: globalId('CouncilCommittee', made.committeeId) };
    },
    allowed: READERS,
  },
  'Query.councilMemberContact': {
    document: `query($m: ID!) { councilMemberContact(memberId: $m) { __typename ... on QueryCouncilMemberContactSuccess { data { guardianPhone } } } }`,
    variables: async () => ({ m: (await child()).globalId }),
    allowed: READERS,
  },
  'Query.myCouncilChildren': { document: `{ myCouncilChildren { id firstName lastName } }`, allowed: LOGGED_IN },
  'Query.councilFacilitatorCandidates': { document: `{ councilFacilitatorCandidates { id fullName } }`, allowed: STAFF },
  'Mutation.saveCouncilTerm': {
    document: mutation('saveCouncilTerm', 'CouncilTermInput'),
    variables: () => ({ input: { name: `Dönem ${randomUUID().slice(0, 8)}`, startsOn: '2027-09-01', endsOn: '2028-08-31', minAge: 10, maxAge: 17 } }),
    allowed: STAFF,
  },
  'Mutation.createCouncilCommittee': {
    document: mutation('createCouncilCommittee', 'CreateCouncilCommitteeInput'),
    variables: async () => {
      const { term } = await createCouncilTerm({ committees: [] });
      return { input: { termId: term.globalId, nameTr: 'Spor Komisyonu', nameEn: 'Sports Committee' } };
    },
    allowed: STAFF,
  },
  'Mutation.updateCouncilCommittee': {
    document: mutation('updateCouncilCommittee', 'UpdateCouncilCommitteeInput'),
    variables: async () => ({ input: { id: (await committee()).globalId, nameTr: 'Kent Hakları', nameEn: 'Urban Rights', archived: true } }),
    allowed: STAFF,
  },
  'Mutation.assignCouncilFacilitator': {
    document: mutation('assignCouncilFacilitator', 'CouncilFacilitatorInput'),
    variables: async () => {
      const person = await createPerson({ roles: ['FACILITATOR'] });
      return { input: { committeeId: (await committee()).globalId, userId: globalId('User', person.id) } };
    },
    allowed: STAFF,
  },
  'Mutation.removeCouncilFacilitator': {
    document: mutation('removeCouncilFacilitator', 'CouncilFacilitatorInput'),
    variables: async () => {
      const person = await createPerson({ roles: ['FACILITATOR'] });
      const made = await committee();
      await prisma.councilFacilitator.create({ data: { committeeId: made.id, userId: person.id } });
      return { input: { committeeId: made.globalId, userId: globalId('User', person.id) } };
    },
    allowed: STAFF,
  },
  'Mutation.recordCouncilMember': {
    document: mutation('recordCouncilMember', 'RecordCouncilMemberInput'),
    variables: async () => ({ input: recordInput((await committee()).globalId) }),
    allowed: STAFF,
  },
  'Mutation.recordMyCouncilChild': {
    document: mutation('recordMyCouncilChild', 'RecordMyCouncilChildInput'),
    variables: async () => {
      const { guardian: _guardian, ...input } = recordInput((await committee()).globalId);
      return { input: { ...input, consents: input.consents.map(({ scan: _scan, ...consent }) => consent) } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.giveCouncilConsent': {
    document: mutation('giveCouncilConsent', 'CouncilConsentInput'),
    variables: async () => ({
      input: { memberId: (await child({ consents: ['COUNCIL_PARTICIPATION'] })).globalId, consent: { purpose: 'COUNCIL_MEDIA', givenOn: todayInIstanbul(), scan: { base64: PNG_BASE64 } } },
    }),
    allowed: STAFF,
  },
  'Mutation.withdrawCouncilConsent': {
    document: mutation('withdrawCouncilConsent', 'WithdrawCouncilConsentInput'),
    variables: async () => ({ input: { memberId: (await child()).globalId, purpose: 'COUNCIL_MEDIA' } }),
    allowed: STAFF,
  },
  'Mutation.updateCouncilMember': {
    document: mutation('updateCouncilMember', 'UpdateCouncilMemberInput'),
    variables: async () => ({ input: { memberId: (await child()).globalId, school: 'Alsancak Ortaokulu' } }),
    allowed: STAFF,
  },
  'Mutation.removeCouncilMember': {
    document: mutation('removeCouncilMember', 'RemoveCouncilMemberInput'),
    variables: async () => ({ input: { memberId: (await child()).globalId, reason: 'GUARDIAN_WITHDREW' } }),
    allowed: STAFF,
  },
  'Mutation.recordCouncilElection': {
    document: mutation('recordCouncilElection', 'RecordCouncilElectionInput'),
    variables: async () => ({ input: { electedId: (await child()).globalId, position: 'CHAIR', votesFor: 3, votesCast: 5, heldOn: todayInIstanbul() } }),
    allowed: STAFF,
  },
  'Mutation.eraseCouncilMember': {
    document: mutation('eraseCouncilMember', 'CouncilMemberRefInput', '__typename'),
    variables: async () => ({ input: { memberId: (await child()).globalId } }),
    allowed: STAFF,
  },
};
