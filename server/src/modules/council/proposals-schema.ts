// The council's proposals part (owned by the proposals slice): its queries and mutations. A draft
// is seen by the committee's people only; from submission on a proposal is public, and nothing
// about a child is reachable from it without a session (votes carry their own scope).
import { addDays, istanbulInstant, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { actorOf, isStaff, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { ErrorInterface, errorType, noRows, nonEmpty } from '../common/schema.ts';
import { decodeGlobalIdOf } from '../common/validation.ts';
import {
  CouncilProposalNotAdoptedError,
  CouncilProposalNotDraftError,
  CouncilResponseDateError,
  CouncilResponseTransitionError,
  CouncilVoteMeetingError,
  CouncilVotersNotEligibleError,
} from './errors-proposals.ts';
import { councilReach, runsCommittee } from './policy.ts';
import * as proposals from './proposals.ts';
import { PUBLIC_STATUSES, seesCommitteeProposals, TRANSITIONS } from './proposals.ts';
import { CouncilCommitteeType, CouncilProposalStatusEnum, CouncilVoteChoiceEnum } from './types-schema.ts';
import { draftSchema, responseSchema, submitSchema, updateSchema, voteSchema } from './validation-proposals.ts';

// ── Errors ──

errorType(CouncilProposalNotDraftError, 'CouncilProposalNotDraftError', 'Only a DRAFT proposal is edited or voted on; it was voted already.');
errorType(CouncilProposalNotAdoptedError, 'CouncilProposalNotAdoptedError', 'Only a proposal the committee adopted is submitted.');
builder.objectType(CouncilVoteMeetingError, {
  name: 'CouncilVoteMeetingError',
  description: 'The meeting cannot carry the vote: another committee’s, cancelled, or on a later day.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CouncilVoteMeetingError,
  fields: (t) => ({ reason: t.exposeString('reason', { description: 'OTHER_COMMITTEE, CANCELLED or FUTURE.' }) }),
});
builder.objectType(CouncilVotersNotEligibleError, {
  name: 'CouncilVotersNotEligibleError',
  description: 'Votes of people who are not ACTIVE members of the committee (suspended, left, or of another committee); nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CouncilVotersNotEligibleError,
  fields: (t) => ({ memberIds: t.exposeIDList('memberIds') }),
});
builder.objectType(CouncilResponseTransitionError, {
  name: 'CouncilResponseTransitionError',
  description: 'The response does not follow from the proposal’s status (see recordCouncilProposalResponse).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CouncilResponseTransitionError,
  fields: (t) => ({ from: t.exposeString('from'), to: t.exposeString('to') }),
});
builder.objectType(CouncilResponseDateError, {
  name: 'CouncilResponseDateError',
  description: 'A response is dated between the submission’s İzmir day and today.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CouncilResponseDateError,
  fields: (t) => ({ earliest: t.exposeString('earliest'), latest: t.exposeString('latest') }),
});

// ── Fields on the base types ──

/** Only the committee's people (facilitators, coordinators, admins, its members' guardians). */
const committeePeople = {
  authScopes: async (proposal: { committeeId: string }, _args: unknown, ctx: Context) => seesCommitteeProposals(await councilReach(ctx), proposal.committeeId),
} as const;

const CouncilVoteTally = builder.simpleObject('CouncilVoteTally', {
  description: 'How the committee voted: counts only.',
  fields: (t) => ({ for: t.int(), against: t.int(), abstain: t.int() }),
});

builder.prismaObjectFields('CouncilProposal', (t) => ({
  responses: t.relation('responses', {
    description: 'The municipality’s responses, oldest first: the proposal’s public history. Empty before submission.',
    query: { orderBy: [{ respondedOn: 'asc' }, { createdAt: 'asc' }] },
  }),
  createdAt: t.expose('createdAt', { type: 'DateTime', ...committeePeople }),
  votedAt: t.expose('votedAt', { type: 'DateTime', nullable: true, ...committeePeople }),
  votedMeeting: t.relation('votedMeeting', { nullable: true, ...committeePeople }),
  votes: t.relation('votes', {
    ...committeePeople,
    description: 'Each member’s vote. Never public.',
    query: { orderBy: [{ recordedAt: 'asc' }, { memberId: 'asc' }] },
  }),
  tally: t.field({
    type: CouncilVoteTally,
    nullable: true,
    ...committeePeople,
    description: 'Counts of the vote; null before it.',
    select: { votes: { select: { choice: true } } },
    resolve: (proposal) =>
      proposal.votes.length
        ? {
            for: proposal.votes.filter((v) => v.choice === 'FOR').length,
            against: proposal.votes.filter((v) => v.choice === 'AGAINST').length,
            abstain: proposal.votes.filter((v) => v.choice === 'ABSTAIN').length,
          }
        : null,
  }),
  viewerRuns: t.boolean({
    description: 'Whether the caller runs the proposal’s committee (drafts, votes and submits its proposals).',
    select: { committeeId: true },
    resolve: async (proposal, _args, ctx) => runsCommittee(ctx, await councilReach(ctx), proposal.committeeId),
  }),
  nextResponses: t.field({
    type: [CouncilProposalStatusEnum],
    description: 'Response statuses a coordinator may record next without a correction.',
    select: { status: true },
    resolve: (proposal) => [...(TRANSITIONS[proposal.status] ?? [])],
  }),
}));

/** Only those who run the committee (its facilitators, council coordinators). */
const committeeRunners = {
  authScopes: async (committee: { id: string }, _args: unknown, ctx: Context) => runsCommittee(ctx, await councilReach(ctx), committee.id),
} as const;

builder.prismaObjectFields('CouncilCommittee', (t) => ({
  proposalVoteMeetings: t.relation('meetings', {
    ...committeeRunners,
    description: 'The committee’s meetings a vote may be recorded in (not cancelled, on or before today in İzmir), latest first.',
    query: () => ({
      where: { kind: 'COMMITTEE' as const, status: { not: 'CANCELLED' as const }, startsAt: { lt: istanbulInstant(addDays(todayInIstanbul(), 1)) } },
      orderBy: [{ startsAt: 'desc' as const }, { id: 'asc' as const }],
      take: 20,
    }),
  }),
  proposalVoters: t.relation('members', {
    ...committeeRunners,
    description: 'The committee’s ACTIVE members: who may vote on its proposals.',
    query: { where: { status: 'ACTIVE', erasedAt: null }, orderBy: [{ firstName: 'asc' }, { id: 'asc' }], take: 200 },
  }),
}));

// ── Queries ──

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The row id behind an id as the scope function sees it: already decoded by validation (a row id)
 * or by the relay plugin (`{ typename, id }`), or still a global id.
 */
function rowId(type: string, value: unknown): string | null {
  if (value && typeof value === 'object' && 'id' in value) {
    const { typename, id } = value as { typename?: unknown; id: unknown };
    return (typename === undefined || typename === type) && typeof id === 'string' && UUID.test(id) ? id : null;
  }
  if (typeof value !== 'string') return null;
  return UUID.test(value) ? value : decodeGlobalIdOf(type, value);
}

/** Runs some committee: who may get as far as validation with an id that names nothing. */
const runsAny = async (ctx: Context) => isStaff(ctx.viewer) || (await councilReach(ctx)).facilitates.size > 0;

async function runsProposalCommittee(ctx: Context, rawId: unknown): Promise<boolean> {
  const id = rowId('CouncilProposal', rawId);
  if (id === null) return runsAny(ctx);
  const proposal = await prisma.councilProposal.findUnique({ where: { id }, select: { committeeId: true } });
  if (!proposal) return runsAny(ctx);
  return runsCommittee(ctx, await councilReach(ctx), proposal.committeeId);
}

const publicWhere = (args: { committeeId?: { id: string } | null; status?: string | null; search?: string | null }) => {
  const search = args.search?.trim();
  const status = args.status && (PUBLIC_STATUSES as readonly string[]).includes(args.status) ? [args.status] : [...PUBLIC_STATUSES];
  return {
    status: { in: status as (typeof PUBLIC_STATUSES)[number][] },
    ...(args.committeeId ? { committeeId: args.committeeId.id } : {}),
    ...(search
      ? { OR: (['title', 'problem', 'suggestion', 'answer'] as const).map((field) => ({ [field]: { contains: search, mode: 'insensitive' as const } })) }
      : {}),
  };
};

builder.queryFields((t) => ({
  publicCouncilCommittees: t.prismaField({
    type: ['CouncilCommittee'],
    description: 'The committees of the current council term (the one today falls in, else the latest begun), not archived. Public.',
    authScopes: { public: true },
    resolve: async (query) => {
      const today = new Date(`${todayInIstanbul()}T00:00:00Z`);
      const term =
        (await prisma.councilTerm.findFirst({ where: { startsOn: { lte: today }, endsOn: { gte: today } }, orderBy: { startsOn: 'desc' }, select: { id: true } })) ??
        (await prisma.councilTerm.findFirst({ where: { startsOn: { lte: today } }, orderBy: { startsOn: 'desc' }, select: { id: true } }));
      if (!term) return noRows(query);
      return prisma.councilCommittee.findMany({ ...query, where: { termId: term.id, archivedAt: null }, orderBy: [{ createdAt: 'asc' }, { nameTr: 'asc' }, { id: 'asc' }] });
    },
  }),
  councilProposals: t.prismaConnection({
    type: 'CouncilProposal',
    cursor: 'id',
    description: 'A committee’s proposals at every status, newest first: its facilitators, coordinators, admins and its members’ guardians.',
    args: {
      committeeId: t.arg.globalID({ required: true, for: CouncilCommitteeType }),
      status: t.arg({ type: CouncilProposalStatusEnum, required: false }),
    },
    authScopes: async (_root, args, ctx) => {
      const id = rowId('CouncilCommittee', args.committeeId);
      return id !== null && seesCommitteeProposals(await councilReach(ctx), id);
    },
    resolve: (query, _root, args) =>
      prisma.councilProposal.findMany({
        ...query,
        where: { committeeId: args.committeeId.id, ...(args.status ? { status: args.status } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
    totalCount: (_root, args) => prisma.councilProposal.count({ where: { committeeId: args.committeeId.id, ...(args.status ? { status: args.status } : {}) } }),
  }),
  publicCouncilProposals: t.prismaConnection({
    type: 'CouncilProposal',
    cursor: 'id',
    description: 'Proposals submitted to the municipality (SUBMITTED or later), newest submission first. Public; no personal data.',
    authScopes: { public: true },
    args: {
      committeeId: t.arg.globalID({ required: false, for: CouncilCommitteeType }),
      status: t.arg({ type: CouncilProposalStatusEnum, required: false, description: 'A status before SUBMITTED is ignored.' }),
      search: t.arg.string({ required: false, validate: z.string().max(100, 'validation.tooLong') }),
    },
    resolve: (query, _root, args) =>
      prisma.councilProposal.findMany({ ...query, where: publicWhere(args), orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }] }),
    totalCount: (_root, args) => prisma.councilProposal.count({ where: publicWhere(args) }),
  }),
  councilProposalsAwaitingAnswer: t.prismaConnection({
    type: 'CouncilProposal',
    cursor: 'id',
    description: 'Submitted proposals whose answer is not final (not IMPLEMENTED or DECLINED), oldest submission first: coordinators.',
    authScopes: { staff: true },
    resolve: (query) =>
      prisma.councilProposal.findMany({
        ...query,
        where: { status: { in: ['SUBMITTED', 'RECEIVED', 'UNDER_REVIEW', 'ACCEPTED'] } },
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      }),
    totalCount: () => prisma.councilProposal.count({ where: { status: { in: ['SUBMITTED', 'RECEIVED', 'UNDER_REVIEW', 'ACCEPTED'] } } }),
  }),
}));

// ── Inputs ──

type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];
const proposalFields = (t: InputFields) => ({
  title: t.string({ required: true }),
  problem: t.string({ required: true }),
  suggestion: t.string({ required: true }),
  districtId: t.int({ required: false, description: 'One of İzmir’s 30 districts (District.id), or none.' }),
});

const DraftCouncilProposalInput = builder
  .inputType('DraftCouncilProposalInput', { fields: (t) => ({ committeeId: t.id({ required: true }), ...proposalFields(t) }) })
  .validate(draftSchema);
const UpdateCouncilProposalInput = builder
  .inputType('UpdateCouncilProposalInput', { description: 'Every field, as it is to be (DRAFT only).', fields: (t) => ({ proposalId: t.id({ required: true }), ...proposalFields(t) }) })
  .validate(updateSchema);
const CouncilVoteInput = builder.inputType('CouncilVoteInput', {
  fields: (t) => ({ memberId: t.id({ required: true }), choice: t.field({ type: CouncilVoteChoiceEnum, required: true }) }),
});
const RecordCouncilProposalVoteInput = builder
  .inputType('RecordCouncilProposalVoteInput', {
    description: 'The committee’s vote in one of its meetings (held, or today): one choice per ACTIVE member who voted.',
    fields: (t) => ({ proposalId: t.id({ required: true }), meetingId: t.id({ required: true }), votes: t.field({ type: [CouncilVoteInput], required: true }) }),
  })
  .validate(voteSchema);
const SubmitCouncilProposalInput = builder
  .inputType('SubmitCouncilProposalInput', { fields: (t) => ({ proposalId: t.id({ required: true }) }) })
  .validate(submitSchema);
const RecordCouncilProposalResponseInput = builder
  .inputType('RecordCouncilProposalResponseInput', {
    description:
      'The municipality’s response. Forward only: SUBMITTED → RECEIVED | UNDER_REVIEW | ACCEPTED | DECLINED; RECEIVED → UNDER_REVIEW | ACCEPTED | DECLINED; UNDER_REVIEW → UNDER_REVIEW | ACCEPTED | DECLINED; ACCEPTED → ACCEPTED | IMPLEMENTED | DECLINED; IMPLEMENTED and DECLINED are final. `correction: true` lifts the rule (audited as a correction).',
    fields: (t) => ({
      proposalId: t.id({ required: true }),
      status: t.field({ type: CouncilProposalStatusEnum, required: true, description: 'RECEIVED, UNDER_REVIEW, ACCEPTED, IMPLEMENTED or DECLINED.' }),
      respondedOn: t.field({ type: 'Date', required: true, description: 'Not before the submission’s İzmir day, not after today.' }),
      answer: t.string({ required: true }),
      correction: t.boolean({ required: false }),
    }),
  })
  .validate(responseSchema);

// ── Mutations ──

const reload = (query: object, id: string) => prisma.councilProposal.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  draftCouncilProposal: t.prismaField({
    type: 'CouncilProposal',
    description: 'A new DRAFT proposal of the committee: its facilitators and coordinators.',
    authScopes: async (_root, { input }, ctx) => {
      const id = rowId('CouncilCommittee', (input as { committeeId?: unknown }).committeeId);
      return id === null ? runsAny(ctx) : runsCommittee(ctx, await councilReach(ctx), id);
    },
    args: { input: t.arg({ type: DraftCouncilProposalInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { committeeId, title, problem, suggestion, districtId } = input;
      const { id } = await proposals.draftProposal(committeeId, { title, problem, suggestion, districtId: districtId ?? null }, actorOf(ctx));
      return reload(query, id);
    },
  }),
  updateCouncilProposal: t.prismaField({
    type: 'CouncilProposal',
    description: 'Edits a DRAFT proposal.',
    authScopes: (_root, { input }, ctx) => runsProposalCommittee(ctx, (input as { proposalId?: unknown }).proposalId),
    args: { input: t.arg({ type: UpdateCouncilProposalInput, required: true }) },
    errors: { types: [NotFoundError, CouncilProposalNotDraftError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { proposalId, title, problem, suggestion, districtId } = input;
      await proposals.updateProposal(proposalId, { title, problem, suggestion, districtId: districtId ?? null }, actorOf(ctx));
      return reload(query, proposalId);
    },
  }),
  recordCouncilProposalVote: t.prismaField({
    type: 'CouncilProposal',
    description: 'Records the committee’s vote on a DRAFT in one of its meetings; FOR > AGAINST adopts it, otherwise it is rejected. Once.',
    authScopes: async (_root, { input }, ctx) => {
      const { proposalId, votes } = input as { proposalId?: unknown; votes?: { memberId?: unknown }[] };
      // Nobody records a vote in which their own child votes (separation of duties).
      const reach = await councilReach(ctx);
      const ownChild = (Array.isArray(votes) ? votes : []).some((vote) => reach.ownChildren.has(rowId('CouncilMember', vote?.memberId) ?? ''));
      return !ownChild && runsProposalCommittee(ctx, proposalId);
    },
    args: { input: t.arg({ type: RecordCouncilProposalVoteInput, required: true }) },
    errors: { types: [NotFoundError, CouncilProposalNotDraftError, CouncilVoteMeetingError, CouncilVotersNotEligibleError] },
    resolve: async (query, _root, { input }, ctx) => {
      await proposals.recordVote(input.proposalId, input.meetingId, input.votes, actorOf(ctx));
      return reload(query, input.proposalId);
    },
  }),
  submitCouncilProposal: t.prismaField({
    type: 'CouncilProposal',
    description: 'Submits an ADOPTED proposal to the municipality: from now on it is public.',
    authScopes: (_root, { input }, ctx) => runsProposalCommittee(ctx, (input as { proposalId?: unknown }).proposalId),
    args: { input: t.arg({ type: SubmitCouncilProposalInput, required: true }) },
    errors: { types: [NotFoundError, CouncilProposalNotAdoptedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await proposals.submitProposal(input.proposalId, actorOf(ctx));
      return reload(query, input.proposalId);
    },
  }),
  recordCouncilProposalResponse: t.prismaField({
    type: 'CouncilProposal',
    description: 'Records the municipality’s response (coordinators); the committee’s facilitators are told by mail.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: RecordCouncilProposalResponseInput, required: true }) },
    errors: { types: [NotFoundError, CouncilResponseTransitionError, CouncilResponseDateError] },
    resolve: async (query, _root, { input }, ctx) => {
      await proposals.recordResponse(
        input.proposalId,
        { status: input.status, respondedOn: input.respondedOn, answer: input.answer, correction: input.correction ?? false },
        actorOf(ctx),
      );
      return reload(query, input.proposalId);
    },
  }),
}));
