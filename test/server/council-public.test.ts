// The council's public side holds no personal data: children with distinctive names (and guardians
// with distinctive contacts) vote on proposals that reach the public list with answers; every public
// query a signed-out caller can make about the council is run, and its JSON searched for each
// child's surname, full name and birth date and each guardian's phone and email: none is there.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { createChild, createCouncilTerm, type CouncilChild } from '../support/council-scenarios.ts';
import { createProposal, pastMeeting } from '../support/council-proposals-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const PUBLIC_LIST = `query($committeeId: ID, $status: CouncilProposalStatus, $search: String) {
  publicCouncilProposals(committeeId: $committeeId, status: $status, search: $search, first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id title problem suggestion status submittedAt answer nextResponses viewerRuns
      district { id name }
      committee { id slug name nameTr nameEn description archivedAt viewerRuns viewerReadsChildren term { id name startsOn endsOn minAge maxAge } }
      responses { id status answer respondedOn }
    } }
  }
}`;
const NODE = `query($id: ID!) { node(id: $id) {
  id
  ... on CouncilProposal { title problem suggestion answer status submittedAt responses { status answer respondedOn } committee { name } district { name } }
  ... on CouncilCommittee { name description term { name } }
  ... on CouncilTerm { name }
} }`;
// Fields that name or count children: refused (or null) without a session.
const PRIVATE_FIELDS = `query($id: ID!) { node(id: $id) { ... on CouncilProposal { votes { choice member { firstName lastName } } tally { for } votedMeeting { title } createdAt votedAt } } }`;

describe('the public council pages', () => {
  it('hold no child’s or guardian’s personal data', { timeout: 60_000 }, async () => {
    const { term, committees } = await createCouncilTerm({ committees: ['Kent Hakları'] });
    const committee = committees[0]!;
    const surnames = ['Zümrütoğlu', 'Karabıyıkgil', 'Ellialtıoğlu', 'Pekşimşek'];
    const children: CouncilChild[] = [];
    for (const [index, lastName] of surnames.entries()) {
      children.push(
        await createChild({ committee, firstName: ['Defne', 'Poyraz', 'Ada', 'Kuzey'][index], lastName, birthDate: `2013-0${index + 1}-1${index}`, guardianEmail: `veli.${lastName.toLowerCase()}@ornek.test` }),
      );
    }
    const meeting = await pastMeeting(committee);
    const submitted = await createProposal(committee, { status: 'UNDER_REVIEW', answer: 'İnceleniyor.' });
    const draft = await createProposal(committee, { status: 'DRAFT', title: 'Gizli taslak' });
    await prisma.councilProposal.update({ where: { id: submitted.id }, data: { votedMeetingId: meeting.id, votedAt: meeting.startsAt } });
    await prisma.councilProposalVote.createMany({ data: children.map((child) => ({ proposalId: submitted.id, memberId: child.id, meetingId: meeting.id, choice: 'FOR' as const })) });
    await prisma.councilProposalResponse.create({ data: { proposalId: submitted.id, status: 'UNDER_REVIEW', answer: 'İnceleniyor.', respondedOn: new Date() } });

    const anonymous = new GraphQLClient(server.graphqlUrl);
    const answers: unknown[] = [];
    for (const variables of [{}, { committeeId: committee.globalId }, { status: 'UNDER_REVIEW' }, { search: 'Öneri' }, { status: 'DRAFT' }]) {
      answers.push(await anonymous.ok(PUBLIC_LIST, variables));
    }
    answers.push(await anonymous.ok(`{ publicCouncilCommittees { id slug name description term { name startsOn endsOn } } }`));
    for (const id of [submitted.globalId, committee.globalId, term.globalId]) answers.push(await anonymous.ok(NODE, { id }));
    const hidden = await anonymous.request(NODE, { id: draft.globalId });
    answers.push(hidden);
    const refused = await anonymous.request(PRIVATE_FIELDS, { id: submitted.globalId });
    answers.push(refused);

    // The rules the search relies on: the submitted proposal is there, the draft is not, private fields are refused.
    const listed = (answers[0] as { publicCouncilProposals: { edges: { node: { id: string } }[] } }).publicCouncilProposals.edges.map((e) => e.node.id);
    expect(listed).toContain(submitted.globalId);
    expect(listed).not.toContain(draft.globalId);
    expect((answers[4] as { publicCouncilProposals: { totalCount: number } }).publicCouncilProposals.totalCount).toBeGreaterThan(0);
    expect(hidden.data?.node ?? null).toBeNull();
    expect(refused.errors?.length).toBeGreaterThan(0);

    const json = JSON.stringify(answers);
    expect(json).toContain(submitted.title);
    const guardians = await prisma.councilGuardian.findMany({ where: { id: { in: children.map((child) => child.guardianId) } } });
    const needles = [
      ...children.flatMap((child) => [child.lastName, `${child.firstName} ${child.lastName}`, child.birthDate.toISOString().slice(0, 10)]),
      ...guardians.flatMap((guardian) => [guardian.phone, guardian.email!, guardian.lastName]),
    ];
    expect(needles.filter((needle) => json.includes(needle))).toEqual([]);
  });
});
