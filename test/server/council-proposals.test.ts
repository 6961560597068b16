// Council proposals: drafting (validated at the edge, typed errors), the committee's vote (active
// members of that committee only, in a held meeting of its own, once), submission, the
// municipality's responses and their transitions, and who sees a proposal before it is public.
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { translate } from '@katilim/server/i18n/messages';
import { todayInIstanbul, addDays } from '@katilim/schema/istanbul-day';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { mutation } from '../support/mutation-document.ts';
import { clientFor } from '../support/scenarios.ts';
import { createChild, createCouncilTerm, facilitatorOf, guardianWithChild, type CouncilCommitteeRow } from '../support/council-scenarios.ts';
import { createProposal, pastMeeting } from '../support/council-proposals-scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
let committee: CouncilCommitteeRow;
let other: CouncilCommitteeRow;
let facilitator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  const term = await createCouncilTerm();
  [committee, other] = term.committees as [CouncilCommitteeRow, CouncilCommitteeRow];
  facilitator = (await facilitatorOf(server.graphqlUrl, committee)).client;
});
afterAll(() => server?.close());

const DRAFT = `mutation($input: DraftCouncilProposalInput!) { draftCouncilProposal(input: $input) {
  __typename
  ... on MutationDraftCouncilProposalSuccess { data { id title status district { name } } }
  ... on InputValidationError { issues { path message } }
  ... on Error { code message } } }`;
const UPDATE = mutation('updateCouncilProposal', 'UpdateCouncilProposalInput', 'data { id title }');
const VOTE = `mutation($input: RecordCouncilProposalVoteInput!) { recordCouncilProposalVote(input: $input) {
  __typename
  ... on MutationRecordCouncilProposalVoteSuccess { data { id status votedAt tally { for against abstain } votes { choice member { firstName } } } }
  ... on CouncilVotersNotEligibleError { memberIds }
  ... on CouncilVoteMeetingError { reason }
  ... on InputValidationError { issues { path message } }
  ... on Error { code message } } }`;
const SUBMIT = mutation('submitCouncilProposal', 'SubmitCouncilProposalInput', 'data { id status submittedAt }');
const RESPOND = `mutation($input: RecordCouncilProposalResponseInput!) { recordCouncilProposalResponse(input: $input) {
  __typename
  ... on MutationRecordCouncilProposalResponseSuccess { data { id status answer responses { status answer respondedOn } } }
  ... on CouncilResponseTransitionError { from to }
  ... on CouncilResponseDateError { earliest latest }
  ... on InputValidationError { issues { path message } }
  ... on Error { code message } } }`;

const draftInput = (more: Record<string, unknown> = {}) => ({
  committeeId: committee.globalId,
  title: 'Parklara çeşme',
  problem: 'Parklarda su yok.',
  suggestion: 'Çeşme yapılsın.',
  districtId: 8,
  ...more,
});

describe('drafting', () => {
  it('a facilitator drafts a proposal for the committee they run, with an audit entry', async () => {
    const data = await facilitator.ok(DRAFT, { input: draftInput() });
    expect(data.draftCouncilProposal.data).toMatchObject({ title: 'Parklara çeşme', status: 'DRAFT', district: { name: 'Buca' } });
    const id = Buffer.from(data.draftCouncilProposal.data.id, 'base64').toString().split(':')[1];
    expect(await prisma.auditEntry.count({ where: { action: 'council.proposal.draft', entityId: id } })).toBe(1);
  });

  it('refuses invalid input with typed, translated errors and writes nothing', async () => {
    const before = await prisma.councilProposal.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '  ' }, 'title'],
      [{ problem: 'a\u0000b' }, 'problem'],
      [{ districtId: 31 }, 'districtId'],
      [{ committeeId: Buffer.from(`CouncilMeeting:${committee.id}`).toString('base64') }, 'committeeId'],
      [{ committeeId: 'not-an-id' }, 'committeeId'],
    ];
    for (const [more, field] of cases) {
      const result = (await facilitator.ok(DRAFT, { input: draftInput(more) })).draftCouncilProposal;
      expect(result.__typename, field).toBe('InputValidationError');
      expect(result.issues.map((issue: { path: string[] }) => issue.path.at(-1))).toContain(field);
      if (field === 'problem') expect(result.issues[0].message).toBe(translate('tr', 'validation.noNul'));
    }
    expect(await prisma.councilProposal.count()).toBe(before);
  });

  it('a facilitator of another committee is refused; a nonexistent committee is not found for a coordinator', async () => {
    const response = await facilitator.request(DRAFT, { input: draftInput({ committeeId: other.globalId }) });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ghost = Buffer.from('CouncilCommittee:00000000-0000-4000-8000-000000000000').toString('base64');
    const result = (await coordinator.ok(DRAFT, { input: draftInput({ committeeId: ghost }) })).draftCouncilProposal;
    expect(result.code).toBe('NOT_FOUND');
  });

  it('edits a draft, and only a draft', async () => {
    const draft = await createProposal(committee);
    const ok = await facilitator.ok(UPDATE, { input: { proposalId: draft.globalId, title: 'Yeni başlık', problem: 'P', suggestion: 'S' } });
    expect(ok.updateCouncilProposal.data.title).toBe('Yeni başlık');
    const adopted = await createProposal(committee, { status: 'ADOPTED' });
    const refused = await facilitator.ok(UPDATE, { input: { proposalId: adopted.globalId, title: 'X', problem: 'P', suggestion: 'S' } });
    expect(refused.updateCouncilProposal).toMatchObject({ code: 'COUNCIL_PROPOSAL_NOT_DRAFT' });
    expect((await prisma.councilProposal.findUniqueOrThrow({ where: { id: adopted.id } })).title).toBe(adopted.title);
  });
});

describe('the vote', () => {
  async function members(n: number, where = committee) {
    const list = [];
    for (let i = 0; i < n; i += 1) list.push(await createChild({ committee: where }));
    return list;
  }

  it('FOR > AGAINST adopts it; the votes, the meeting and the time are recorded in one go', async () => {
    const [a, b, c] = await members(3);
    const meeting = await pastMeeting(committee);
    const draft = await createProposal(committee);
    const votes = [
      { memberId: a!.globalId, choice: 'FOR' },
      { memberId: b!.globalId, choice: 'AGAINST' },
      { memberId: c!.globalId, choice: 'FOR' },
    ];
    const data = (await facilitator.ok(VOTE, { input: { proposalId: draft.globalId, meetingId: meeting.globalId, votes } })).recordCouncilProposalVote.data;
    expect(data.status).toBe('ADOPTED');
    expect(data.tally).toEqual({ for: 2, against: 1, abstain: 0 });
    const row = await prisma.councilProposal.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.votedMeetingId).toBe(meeting.id);
    expect(await prisma.councilProposalVote.count({ where: { proposalId: draft.id } })).toBe(3);
  });

  it('a tie (or abstentions only) rejects it', async () => {
    const [a, b, c] = await members(3);
    const meeting = await pastMeeting(committee);
    const draft = await createProposal(committee);
    const votes = [
      { memberId: a!.globalId, choice: 'FOR' },
      { memberId: b!.globalId, choice: 'AGAINST' },
      { memberId: c!.globalId, choice: 'ABSTAIN' },
    ];
    const data = (await facilitator.ok(VOTE, { input: { proposalId: draft.globalId, meetingId: meeting.globalId, votes } })).recordCouncilProposalVote.data;
    expect(data.status).toBe('REJECTED');
  });

  it('refuses another committee’s member and a suspended member, naming them, and writes nothing', async () => {
    const [a] = await members(1);
    const [foreign] = await members(1, other);
    const suspended = await createChild({ committee, status: 'SUSPENDED', firstName: 'Askıda' });
    const meeting = await pastMeeting(committee);
    const draft = await createProposal(committee);
    const votes = [
      { memberId: a!.globalId, choice: 'FOR' },
      { memberId: foreign!.globalId, choice: 'FOR' },
      { memberId: suspended.globalId, choice: 'FOR' },
    ];
    const result = (await facilitator.ok(VOTE, { input: { proposalId: draft.globalId, meetingId: meeting.globalId, votes } })).recordCouncilProposalVote;
    expect(result.__typename).toBe('CouncilVotersNotEligibleError');
    expect(new Set(result.memberIds)).toEqual(new Set([foreign!.globalId, suspended.globalId]));
    expect(result.message).toContain('Askıda');
    expect(result.message).not.toContain(foreign!.firstName + ' ' + foreign!.lastName);
    expect(await prisma.councilProposalVote.count({ where: { proposalId: draft.id } })).toBe(0);
    expect((await prisma.councilProposal.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('DRAFT');
  });

  it('refuses a cancelled meeting, a future one and another committee’s', async () => {
    const [a] = await members(1);
    const draft = await createProposal(committee);
    const cases: [Awaited<ReturnType<typeof pastMeeting>>, string][] = [
      [await pastMeeting(committee, { status: 'CANCELLED' }), 'CANCELLED'],
      [await pastMeeting(committee, { daysAgo: -3, status: 'SCHEDULED' }), 'FUTURE'],
      [await pastMeeting(other), 'OTHER_COMMITTEE'],
    ];
    for (const [meeting, reason] of cases) {
      const result = (await facilitator.ok(VOTE, { input: { proposalId: draft.globalId, meetingId: meeting.globalId, votes: [{ memberId: a!.globalId, choice: 'FOR' }] } })).recordCouncilProposalVote;
      expect(result).toMatchObject({ __typename: 'CouncilVoteMeetingError', reason });
    }
    expect(await prisma.councilProposalVote.count({ where: { proposalId: draft.id } })).toBe(0);
  });

  it('a proposal votes once; a member votes once', async () => {
    const [a] = await members(1);
    const meeting = await pastMeeting(committee);
    const draft = await createProposal(committee);
    const input = { proposalId: draft.globalId, meetingId: meeting.globalId, votes: [{ memberId: a!.globalId, choice: 'FOR' }] };
    const twice = { ...input, votes: [...input.votes, { memberId: a!.globalId, choice: 'AGAINST' }] };
    expect((await facilitator.ok(VOTE, { input: twice })).recordCouncilProposalVote.__typename).toBe('InputValidationError');
    expect((await facilitator.ok(VOTE, { input })).recordCouncilProposalVote.data.status).toBe('ADOPTED');
    expect((await facilitator.ok(VOTE, { input })).recordCouncilProposalVote).toMatchObject({ code: 'COUNCIL_PROPOSAL_NOT_DRAFT', message: translate('tr', 'error.council.proposals.notDraft') });
    // The same refusal in English for a caller who reads English.
    const english = new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie(SESSION_COOKIE, facilitator.cookie(SESSION_COOKIE)!);
    expect((await english.ok(VOTE, { input })).recordCouncilProposalVote.message).toBe(translate('en', 'error.council.proposals.notDraft'));
    expect(await prisma.councilProposalVote.count({ where: { proposalId: draft.id } })).toBe(1);
  });

  it('a facilitator who is the guardian of a voter may not record that vote', async () => {
    const both = await clientFor(server.graphqlUrl, ['FACILITATOR']);
    await prisma.councilFacilitator.create({ data: { committeeId: committee.id, userId: both.person.id } });
    const child = await createChild({ committee, guardianUserId: both.person.id });
    const meeting = await pastMeeting(committee);
    const draft = await createProposal(committee);
    const response = await both.client.request(VOTE, { input: { proposalId: draft.globalId, meetingId: meeting.globalId, votes: [{ memberId: child.globalId, choice: 'FOR' }] } });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await prisma.councilProposalVote.count({ where: { proposalId: draft.id } })).toBe(0);
  });
});

describe('submission and responses', () => {
  it('submits only an adopted proposal', async () => {
    const adopted = await createProposal(committee, { status: 'ADOPTED' });
    const data = (await facilitator.ok(SUBMIT, { input: { proposalId: adopted.globalId } })).submitCouncilProposal.data;
    expect(data.status).toBe('SUBMITTED');
    expect(data.submittedAt).not.toBeNull();
    for (const status of ['DRAFT', 'REJECTED', 'SUBMITTED'] as const) {
      const proposal = await createProposal(committee, { status });
      expect((await facilitator.ok(SUBMIT, { input: { proposalId: proposal.globalId } })).submitCouncilProposal).toMatchObject({ code: 'COUNCIL_PROPOSAL_NOT_ADOPTED' });
    }
  });

  it('records responses forward, keeps the history, tells the facilitators, and refuses what does not follow', async () => {
    const proposal = await createProposal(committee, { status: 'SUBMITTED', submittedDaysAgo: 5 });
    const today = todayInIstanbul();
    const respond = (status: string, more: Record<string, unknown> = {}) =>
      coordinator.ok(RESPOND, { input: { proposalId: proposal.globalId, status, respondedOn: addDays(today, -1), answer: `Yanıt ${status}`, ...more } });
    const outboxBefore = await prisma.outboxMessage.count({ where: { template: 'councilProposalAnswered' } });
    expect((await respond('RECEIVED')).recordCouncilProposalResponse.data.status).toBe('RECEIVED');
    expect((await respond('IMPLEMENTED')).recordCouncilProposalResponse).toMatchObject({ from: 'RECEIVED', to: 'IMPLEMENTED' });
    expect((await respond('UNDER_REVIEW')).recordCouncilProposalResponse.data.status).toBe('UNDER_REVIEW');
    expect((await respond('ACCEPTED')).recordCouncilProposalResponse.data.status).toBe('ACCEPTED');
    const done = (await respond('IMPLEMENTED', { respondedOn: today })).recordCouncilProposalResponse.data;
    expect(done.responses.map((r: { status: string }) => r.status)).toEqual(['RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED']);
    expect(done.answer).toBe('Yanıt IMPLEMENTED');
    // Each of the committee's facilitators is told of each response.
    const facilitators = await prisma.councilFacilitator.count({ where: { committeeId: committee.id } });
    expect(await prisma.outboxMessage.count({ where: { template: 'councilProposalAnswered' } })).toBe(outboxBefore + 4 * facilitators);
    // Final: nothing but a correction.
    expect((await respond('DECLINED')).recordCouncilProposalResponse).toMatchObject({ __typename: 'CouncilResponseTransitionError' });
    expect((await respond('ACCEPTED', { correction: true })).recordCouncilProposalResponse.data.status).toBe('ACCEPTED');
    expect(await prisma.auditEntry.count({ where: { action: 'council.proposal.response.correct', entityId: proposal.id } })).toBe(1);
  });

  it('refuses a date before the submission or in the future, a draft, and a non-response status', async () => {
    const proposal = await createProposal(committee, { status: 'SUBMITTED', submittedDaysAgo: 2 });
    const today = todayInIstanbul();
    for (const respondedOn of [addDays(today, -10), addDays(today, 1)]) {
      const result = (await coordinator.ok(RESPOND, { input: { proposalId: proposal.globalId, status: 'RECEIVED', respondedOn, answer: '' } })).recordCouncilProposalResponse;
      expect(result.__typename).toBe('CouncilResponseDateError');
    }
    const bad = (await coordinator.ok(RESPOND, { input: { proposalId: proposal.globalId, status: 'ADOPTED', respondedOn: today, answer: '' } })).recordCouncilProposalResponse;
    expect(bad.__typename).toBe('InputValidationError');
    const draft = await createProposal(committee);
    const early = (await coordinator.ok(RESPOND, { input: { proposalId: draft.globalId, status: 'RECEIVED', respondedOn: today, answer: '' } })).recordCouncilProposalResponse;
    expect(early.__typename).toBe('CouncilResponseTransitionError');
    expect(await prisma.councilProposalResponse.count({ where: { proposalId: { in: [proposal.id, draft.id] } } })).toBe(0);
  });
});

describe('visibility', () => {
  const NODE = `query($id: ID!) { node(id: $id) { ... on CouncilProposal { id title status } } }`;
  const LIST = `query($committeeId: ID!) { councilProposals(committeeId: $committeeId, first: 50) { totalCount edges { node { id status title votes { choice } } } } }`;

  it('a draft is hidden from the public and from facilitators of other committees; the committee’s people see it', async () => {
    const draft = await createProposal(committee);
    const submitted = await createProposal(committee, { status: 'SUBMITTED' });
    const anonymous = new GraphQLClient(server.graphqlUrl);
    const stranger = (await facilitatorOf(server.graphqlUrl, other)).client;
    const guardian = await guardianWithChild(server.graphqlUrl, { committee });
    expect((await anonymous.request(NODE, { id: draft.globalId })).data?.node ?? null).toBeNull();
    expect((await stranger.request(NODE, { id: draft.globalId })).data?.node ?? null).toBeNull();
    expect((await anonymous.ok(NODE, { id: submitted.globalId })).node.title).toBe(submitted.title);
    expect((await facilitator.ok(NODE, { id: draft.globalId })).node.status).toBe('DRAFT');
    expect((await guardian.client.ok(NODE, { id: draft.globalId })).node.status).toBe('DRAFT');
    expect((await stranger.request(LIST, { committeeId: committee.globalId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await anonymous.request(LIST, { committeeId: committee.globalId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const ids = (await facilitator.ok(LIST, { committeeId: committee.globalId })).councilProposals.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([draft.globalId, submitted.globalId]));
  });

  it('the committee list costs the same SQL statements for 2 proposals and for 12', { timeout: 60_000 }, async () => {
    const term = await createCouncilTerm({ committees: ['Bilgi'] });
    const own = term.committees[0]!;
    const runner = (await facilitatorOf(server.graphqlUrl, own)).client;
    const child = await createChild({ committee: own });
    const meeting = await pastMeeting(own);
    const normalise = (sql: string) =>
      sql.replace(/^-- Implicit "(\w+)" query via underlying driver$/, '$1').replace(/"public"\./g, '').replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)').replace(/\$\d+/g, '$?');
    const add = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        const p = await createProposal(own, { status: 'ADOPTED' });
        await prisma.councilProposalVote.create({ data: { proposalId: p.id, memberId: child.id, meetingId: meeting.id, choice: 'FOR' } });
      }
    };
    const read = async () => {
      const { result, statements } = await recordSql(() => runner.ok(LIST, { committeeId: own.globalId }));
      // The caller's reach is two statements sent at once: their order is the driver's.
      return { count: result.councilProposals.edges.length as number, statements: statements.map(normalise).sort() };
    };
    await add(2);
    const few = await read();
    await add(10);
    const many = await read();
    expect([few.count, many.count]).toEqual([2, 12]);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
  });
});
