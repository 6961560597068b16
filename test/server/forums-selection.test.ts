// Forums, a focus group's fair selection through the API: applications answer every profile question;
// coordinators set quotas and see every applicant's probability (or, for quotas that cannot be met
// together, the translated reasons and the smallest relaxation, never an error); the commitment
// stores the distribution with its SHA-256 and publishes the secret's hash; the draw derives the seed
// as the trips' lottery does, marks the selected and the reserve list, tells everyone in their
// language, audits the result and reveals the secret; anyone can recompute the panel; a drop-out's
// replacement keeps the quotas.
import { createHash, createHmac } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import { canonicalInstance, drawPanel, panelViolationsOfIds, type Distribution } from '@katilim/server/modules/forums/selection/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/applications-scenarios.ts';
import { bornYearsAgo, createForumApplication, createForumQuestions, createForumSession, focusGroupWithApplicants, youngWoman } from '../support/forums-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { mutation } from '../support/mutation-document.ts';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
let coordinatorEn: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  const made = await clientFor(server.graphqlUrl, ['COORDINATOR']);
  coordinator = made.client;
  coordinatorEn = new GraphQLClient(server.graphqlUrl, { locale: 'en' });
  for (const [name, value] of [['katilim_session', made.client.cookie('katilim_session')!]] as const) coordinatorEn.setCookie(name, value);
});
afterAll(() => server?.close());

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const APPLY = mutation('applyToForumFocusGroup', 'ApplyToForumFocusGroupInput', 'data { id status answers { questionKey value } }').replace(
  '... on Error { code message }',
  '... on Error { code message } ... on ForumAnswersError { questionKey }',
);
const QUOTAS = mutation('setForumQuotas', 'SetForumQuotasInput', 'data { id panelSize quotas { questionKey value min max } }');
const COMMIT = mutation('commitForumSelection', 'ForumSelectionSessionInput', 'data { id selection { status distributionHash secretHash secret seed } }');
const DRAW = mutation('drawForumSelection', 'DrawForumSelectionInput', 'data { id selection { status distribution distributionHash secretHash secret publicValue seed panelIds waitlistIds } }');
const REPLACE = mutation('replaceForumParticipant', 'ReplaceForumParticipantInput', 'data { id status }');
const PREVIEW = `query($s: ID!) { forumSelectionPreview(sessionId: $s) { __typename ... on QueryForumSelectionPreviewSuccess { data {
  feasible minimumProbability distributionHash probabilities { applicationId probability } conflicts relaxation { questionKey value minFrom minTo maxFrom maxTo } relaxationTotal } } } }`;

describe('applying to a focus group', () => {
  it('takes an answer to every question, among its options, and refuses otherwise, naming the question', async () => {
    const session = await createForumSession({ kind: 'FOCUS_GROUP' });
    await createForumQuestions(session.event);
    const { client } = await clientFor(server.graphqlUrl, [], { gender: 'WOMAN', birthDate: bornYearsAgo(22) });
    const missing = (await client.ok(APPLY, { input: { sessionId: session.globalId, answers: [{ questionKey: 'district', value: 'north' }] } })).applyToForumFocusGroup;
    expect(missing).toMatchObject({ code: 'FORUM_ANSWERS', questionKey: 'age' });
    const foreign = (await client.ok(APPLY, { input: { sessionId: session.globalId, answers: [{ questionKey: 'district', value: 'east' }, { questionKey: 'age', value: '18-24' }] } })).applyToForumFocusGroup;
    expect(foreign).toMatchObject({ code: 'FORUM_ANSWERS', questionKey: 'district' });
    const nul = await client.request(APPLY, { input: { sessionId: session.globalId, answers: [{ questionKey: 'district', value: 'no\u0000rth' }, { questionKey: 'age', value: '18-24' }] } });
    expect(nul.data?.applyToForumFocusGroup.__typename).toBe('InputValidationError');
    const done = (await client.ok(APPLY, { input: { sessionId: session.globalId, answers: [{ questionKey: 'age', value: '25-30' }, { questionKey: 'district', value: 'south' }] } })).applyToForumFocusGroup;
    expect(done.data.status).toBe('APPLIED');
    expect(done.data.answers).toEqual([{ questionKey: 'district', value: 'south' }, { questionKey: 'age', value: '25-30' }]);
    expect(await prisma.forumApplicationAnswer.count({ where: { application: { sessionId: session.id } } })).toBe(2);
  });

  it('hides answers from a facilitator of the session, who still sees who applied', async () => {
    const { session, applications } = await focusGroupWithApplicants(1);
    const facilitator = await clientFor(server.graphqlUrl, ['FACILITATOR']);
    await prisma.forumFacilitator.create({ data: { sessionId: session.id, userId: facilitator.person.id } });
    const read = await facilitator.client.request(`query($id: ID!) { node(id: $id) { ... on ForumApplication { participantName answers { value } } } }`, { id: applications[0]!.globalId });
    expect(read.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const staff = await coordinator.ok(`query($id: ID!) { node(id: $id) { ... on ForumApplication { answers { questionKey value } } } }`, { id: applications[0]!.globalId });
    expect(staff.node.answers).toEqual([{ questionKey: 'district', value: 'north' }, { questionKey: 'age', value: '18-24' }]);
  });
});

describe('quotas and the preview', () => {
  it('gives every applicant a probability; the panel size is their sum', async () => {
    const { session } = await focusGroupWithApplicants(9, { panelSize: 4 });
    const set = (await coordinator.ok(QUOTAS, { input: { sessionId: session.globalId, panelSize: 4, quotas: [{ questionKey: 'district', value: 'north', min: 2, max: 2 }] } })).setForumQuotas;
    expect(set.data.quotas).toEqual([{ questionKey: 'district', value: 'north', min: 2, max: 2 }]);
    const preview = (await coordinator.ok(PREVIEW, { s: session.globalId })).forumSelectionPreview.data;
    expect(preview.feasible).toBe(true);
    expect(preview.probabilities).toHaveLength(9);
    const total = preview.probabilities.reduce((sum: number, p: { probability: number }) => sum + p.probability, 0);
    expect(total).toBeCloseTo(4, 6);
    // 3 from the north share 2 places; 6 from the south share 2.
    const north = await prisma.forumApplication.findMany({ where: { sessionId: session.id, answers: { some: { optionValue: 'north' } } }, select: { id: true } });
    const of = (id: string) => preview.probabilities.find((p: { applicationId: string }) => p.applicationId === globalId('ForumApplication', id)).probability;
    for (const { id } of north) expect(of(id)).toBeCloseTo(2 / 3, 6);
    expect(preview.minimumProbability).toBeCloseTo(1 / 3, 6);
  });

  it('explains quotas that cannot be met together, in the caller’s language, with the smallest relaxation', async () => {
    const { session } = await focusGroupWithApplicants(9, { panelSize: 4 });
    // Only 3 applicants answered "north".
    await coordinator.ok(QUOTAS, { input: { sessionId: session.globalId, panelSize: 4, quotas: [{ questionKey: 'district', value: 'north', min: 4, max: 4 }] } });
    const tr = (await coordinator.ok(PREVIEW, { s: session.globalId })).forumSelectionPreview.data;
    expect(tr.feasible).toBe(false);
    expect(tr.probabilities).toEqual([]);
    expect(tr.conflicts.join(' ')).toContain('"north" yanıtını veren 3 başvuru var');
    expect(tr.relaxation).toEqual([{ questionKey: 'district', value: 'north', minFrom: 4, minTo: 3, maxFrom: null, maxTo: null }]);
    expect(tr.relaxationTotal).toBe(1);
    const en = (await coordinatorEn.ok(PREVIEW, { s: session.globalId })).forumSelectionPreview.data;
    expect(en.conflicts.join(' ')).toContain('Only 3 applicants answered "north"');
    const commit = (await coordinator.ok(COMMIT, { input: { sessionId: session.globalId } })).commitForumSelection;
    expect(commit).toMatchObject({ __typename: 'ForumQuotasInfeasibleError', code: 'FORUM_QUOTAS_INFEASIBLE' });
    expect(commit.message).toContain('3 başvuru');
    expect(await prisma.forumSelection.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it('refuses a quota on an answer the event does not have, and bounds out of order', async () => {
    const { session } = await focusGroupWithApplicants(2);
    const unknown = (await coordinator.ok(QUOTAS, { input: { sessionId: session.globalId, panelSize: 2, quotas: [{ questionKey: 'district', value: 'east', min: 0, max: 1 }] } })).setForumQuotas;
    expect(unknown.code).toBe('FORUM_UNKNOWN_QUOTA');
    const order = await coordinator.request(QUOTAS, { input: { sessionId: session.globalId, panelSize: 2, quotas: [{ questionKey: 'district', value: 'north', min: 2, max: 1 }] } });
    expect(order.data?.setForumQuotas.__typename).toBe('InputValidationError');
  });
});

describe('commit, draw, recompute, replace', () => {
  it('commits, draws from the public value, tells everyone, audits and reveals; anyone recomputes the same panel', { timeout: 120_000 }, async () => {
    const { session } = await focusGroupWithApplicants(10, { panelSize: 4 });
    const en = await youngWoman();
    await prisma.user.update({ where: { id: en.id }, data: { locale: 'en' } });
    await createForumApplication(session, en.id, { district: 'north', age: '25-30' });
    await coordinator.ok(QUOTAS, { input: { sessionId: session.globalId, panelSize: 4, quotas: [{ questionKey: 'district', value: 'north', min: 2, max: 2 }, { questionKey: 'age', value: '18-24', min: 1, max: 3 }] } });

    const committed = (await coordinator.ok(COMMIT, { input: { sessionId: session.globalId } })).commitForumSelection.data.selection;
    expect(committed).toMatchObject({ status: 'COMMITTED', secret: null, seed: null });
    const stored = await prisma.forumSelection.findUniqueOrThrow({ where: { sessionId: session.id } });
    expect(sha256(stored.distribution)).toBe(stored.distributionHash);
    expect(committed.secretHash).toBe(sha256(stored.secret));
    // The pool is frozen: a late application is refused.
    const late = await clientFor(server.graphqlUrl, [], { gender: 'WOMAN', birthDate: bornYearsAgo(20) });
    const lateAnswer = (await late.client.ok(APPLY, { input: { sessionId: session.globalId, answers: [{ questionKey: 'district', value: 'north' }, { questionKey: 'age', value: '18-24' }] } })).applyToForumFocusGroup;
    expect(lateAnswer.code).toBe('FORUM_SELECTION_COMMITTED');

    const drawn = (await coordinator.ok(DRAW, { input: { sessionId: session.globalId, publicValue: 'drand round 9000001' } })).drawForumSelection.data.selection;
    expect(drawn.status).toBe('DRAWN');
    expect(drawn.secret).toBe(stored.secret);
    expect(drawn.seed).toBe(createHmac('sha256', Buffer.from(stored.secret, 'utf8')).update(`${stored.distributionHash}:drand round 9000001`, 'utf8').digest('hex'));
    expect(drawn.panelIds).toHaveLength(4);
    expect(drawn.waitlistIds).toHaveLength(7);
    const again = (await coordinator.ok(DRAW, { input: { sessionId: session.globalId, publicValue: 'another' } })).drawForumSelection;
    expect(again.code).toBe('FORUM_ALREADY_DRAWN');

    // Statuses, reserve ranks, mail in each person's language, the audit entry.
    const apps = await prisma.forumApplication.findMany({ where: { sessionId: session.id }, select: { id: true, status: true, waitlistRank: true, userId: true } });
    const panel = drawn.panelIds.map((id: string) => Buffer.from(id, 'base64').toString().split(':')[1]);
    const waitlist = drawn.waitlistIds.map((id: string) => Buffer.from(id, 'base64').toString().split(':')[1]);
    expect(apps.filter((a) => a.status === 'SELECTED').map((a) => a.id).sort()).toEqual([...panel].sort());
    expect(waitlist.map((id: string) => apps.find((a) => a.id === id)!.waitlistRank)).toEqual(waitlist.map((_: string, i: number) => i + 1));
    const mail = await prisma.outboxMessage.findMany({ where: { userId: { in: apps.map((a) => a.userId) } } });
    expect(mail.filter((m) => m.template === 'forumSelected')).toHaveLength(4);
    expect(mail.filter((m) => m.template === 'forumNotSelected')).toHaveLength(7);
    const hers = mail.find((m) => m.userId === en.id)!;
    expect(hers.subject).toMatch(hers.template === 'forumSelected' ? /you have been selected/ : /the draw for/);
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'forums.drawSelection', entityId: session.id } });
    expect(entry.data).toMatchObject({ seed: drawn.seed, algorithm: 'forums-leximin/1', panel, waitlist });

    // Recompute from the record alone: the distribution, the seed and the committed pool (its rows
    // reversed), which coordinators read and whose SHA-256 the distribution names.
    const distribution = JSON.parse(drawn.distribution) as Distribution;
    const POOL = `query($id: ID!) { node(id: $id) { ... on ForumSession { selection { pool } } } }`;
    const pool = (await coordinator.ok(POOL, { id: session.globalId })).node.selection.pool as string;
    expect(sha256(pool)).toBe(distribution.poolHash);
    const refused = await new GraphQLClient(server.graphqlUrl).request(POOL, { id: session.globalId });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const parsed = JSON.parse(pool) as { panelSize: number; features: Distribution['features']; applicants: { id: string; answers: string[] }[] };
    const input = {
      panelSize: parsed.panelSize,
      features: parsed.features,
      applicants: [...parsed.applicants].reverse().map((a) => ({ id: a.id, answers: Object.fromEntries(parsed.features.map((f, i) => [f.key, a.answers[i]!])) })),
    };
    const instance = canonicalInstance(input);
    const recomputed = drawPanel(instance, distribution, drawn.distributionHash, drawn.seed);
    expect(recomputed.panel).toEqual(panel);
    expect(recomputed.waitlist).toEqual(waitlist);
    expect(panelViolationsOfIds(instance, panel)).toEqual([]);

    // A drop-out's replacement keeps the quotas and is told.
    const leaving = panel[0]!;
    const replaced = (await coordinator.ok(REPLACE, { input: { applicationId: globalId('ForumApplication', leaving) } })).replaceForumParticipant;
    expect(replaced.data.status).toBe('SELECTED');
    const after = await prisma.forumSelection.findUniqueOrThrow({ where: { sessionId: session.id } });
    expect(after.panelIds).not.toContain(leaving);
    expect(panelViolationsOfIds(instance, after.panelIds)).toEqual([]);
    expect((await prisma.forumApplication.findUniqueOrThrow({ where: { id: leaving } })).status).toBe('REPLACED');
    const twice = (await coordinator.ok(REPLACE, { input: { applicationId: globalId('ForumApplication', leaving) } })).replaceForumParticipant;
    expect(twice.code).toBe('FORUM_NOT_SELECTED');
  });
});
