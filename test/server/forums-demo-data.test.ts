// The forums demo: idempotent, "Eşitlik için Gençlik Forumu" published with an open forum taking
// registrations and a focus group whose ~30 demo applicants and quotas give every one a probability.
import { prisma } from '@katilim/server/db/prisma';
import { seedDemo } from '@katilim/server/seed/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemo();
});
afterAll(() => server?.close());

const counts = async () => ({
  events: await prisma.forumEvent.count(),
  sessions: await prisma.forumSession.count(),
  questions: await prisma.forumProfileQuestion.count(),
  options: await prisma.forumProfileOption.count(),
  quotas: await prisma.forumQuota.count(),
  registrations: await prisma.forumRegistration.count(),
  applications: await prisma.forumApplication.count(),
  answers: await prisma.forumApplicationAnswer.count(),
});

describe('the forums demo', () => {
  it('is idempotent', async () => {
    const first = await counts();
    await seedDemo();
    expect(await counts()).toEqual(first);
    expect(first).toMatchObject({ events: 1, sessions: 2, questions: 2, options: 5, quotas: 5 });
    expect(first.applications).toBeGreaterThanOrEqual(20);
    expect(first.answers).toBe(first.applications * 2);
  });

  it('is public, and the coordinator previews the focus group: every applicant a probability, quotas met', { timeout: 60_000 }, async () => {
    const list = await (await clientFor(server.graphqlUrl)).client.ok(`{ forumEvents(first: 5) { edges { node { title sessions { id kind registrationOpen } } } } }`);
    const event = list.forumEvents.edges[0].node;
    expect(event.title).toBe('Eşitlik için Gençlik Forumu');
    expect(event.sessions.map((s: { kind: string; registrationOpen: boolean }) => [s.kind, s.registrationOpen])).toEqual([
      ['OPEN', true],
      ['FOCUS_GROUP', true],
    ]);
    const coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
    const preview = await coordinator.ok(`query($s: ID!) { forumSelectionPreview(sessionId: $s) { ... on QueryForumSelectionPreviewSuccess { data { feasible minimumProbability probabilities { probability } } } } }`, {
      s: event.sessions[1].id,
    });
    const data = preview.forumSelectionPreview.data;
    expect(data.feasible).toBe(true);
    expect(data.probabilities).toHaveLength(await prisma.forumApplication.count());
    expect(data.minimumProbability).toBeGreaterThan(0);
  });
});
