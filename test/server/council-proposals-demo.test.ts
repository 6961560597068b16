// The council proposals' demo: idempotent, and the proposals the README and the e2e test rely on (a
// draft, an adopted one, one under review with an answer, one implemented with its history), the
// answered ones public and the draft not.
import { prisma } from '@katilim/server/db/prisma';
import { demoCommitteeId } from '@katilim/server/modules/council/demo-data';
import { seedDemo } from '@katilim/server/seed/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemo();
}, 120_000);
afterAll(() => server?.close());

const counts = async () => ({
  proposals: await prisma.councilProposal.count(),
  responses: await prisma.councilProposalResponse.count(),
  votes: await prisma.councilProposalVote.count(),
  meetings: await prisma.councilMeeting.count(),
});

describe('the council proposals demo', () => {
  it('is idempotent and has a proposal at each step', { timeout: 120_000 }, async () => {
    const first = await counts();
    await seedDemo();
    expect(await counts()).toEqual(first);
    const proposals = await prisma.councilProposal.findMany({ include: { responses: { orderBy: { respondedOn: 'asc' } } } });
    expect(proposals.map((p) => p.status).sort()).toEqual(['ADOPTED', 'DRAFT', 'IMPLEMENTED', 'UNDER_REVIEW']);
    const review = proposals.find((p) => p.status === 'UNDER_REVIEW')!;
    expect(review.committeeId).toBe(demoCommitteeId('kent-haklari'));
    expect(review.answer).not.toBe('');
    expect(review.responses.at(-1)!.answer).toBe(review.answer);
    expect(proposals.find((p) => p.status === 'IMPLEMENTED')!.responses.map((r) => r.status)).toEqual(['ACCEPTED', 'IMPLEMENTED']);
    const meeting = await prisma.councilMeeting.findUniqueOrThrow({ where: { id: review.votedMeetingId! } });
    expect(meeting).toMatchObject({ status: 'HELD', committeeId: demoCommitteeId('kent-haklari') });
    expect(meeting.startsAt.getTime()).toBeLessThan(Date.now());
  });

  it('shows the public the answered proposals, not the draft or the adopted one', async () => {
    const data = await new GraphQLClient(server.graphqlUrl).ok(`{ publicCouncilProposals(first: 20) { edges { node { status title } } } }`);
    expect(data.publicCouncilProposals.edges.map((e: { node: { status: string } }) => e.node.status).sort()).toEqual(['IMPLEMENTED', 'UNDER_REVIEW']);
  });
});
