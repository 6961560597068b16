// The council's proposals: a committee drafts a proposal, votes on it in one of its meetings (one vote
// per ACTIVE member), submits what it adopted to the municipality, and coordinators record the
// municipality's responses. Each step is one transaction with its audit entry; a step that finds the
// proposal in another status changes nothing (updates are conditional on the status they expect).
import { istanbulDayOf, todayInIstanbul } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { CouncilProposalStatus, CouncilVoteChoice } from '../../generated/prisma/enums.ts';
import { audit } from '../audit/service.ts';
import { publicUrl } from '../accounts/service.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import {
  CouncilProposalNotAdoptedError,
  CouncilProposalNotDraftError,
  CouncilResponseDateError,
  CouncilResponseTransitionError,
  CouncilVoteMeetingError,
  CouncilVotersNotEligibleError,
} from './errors-proposals.ts';
import { councilPaths } from './paths.ts';
import type { CouncilReach } from './policy.ts';
import type { ResponseStatus } from './validation-proposals.ts';

/** A global id (base64 of `Type:row id`), for links and error payloads; the service imports no GraphQL. */
const encodeGlobalIdOf = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** Statuses at which a proposal is public: submitted to the municipality, and every answer after. */
export const PUBLIC_STATUSES = ['SUBMITTED', 'RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED', 'DECLINED'] as const satisfies readonly CouncilProposalStatus[];
export const isPublicStatus = (status: CouncilProposalStatus) => (PUBLIC_STATUSES as readonly string[]).includes(status);

/** The committee's people see its proposals at every status: its readers (facilitators, coordinators, admins) and its members' guardians. */
export const seesCommitteeProposals = (reach: CouncilReach, committeeId: string) =>
  reach.readsAll || reach.facilitates.has(committeeId) || reach.guardianOf.has(committeeId);

/**
 * The municipality's answers go forward: received, under review (again, with a newer answer),
 * accepted (again), implemented once accepted. DECLINED and IMPLEMENTED are final; a coordinator
 * who recorded the wrong one sends `correction: true`, which allows any response status and is
 * audited as a correction.
 */
export const TRANSITIONS: Record<string, readonly ResponseStatus[]> = {
  SUBMITTED: ['RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'DECLINED'],
  RECEIVED: ['UNDER_REVIEW', 'ACCEPTED', 'DECLINED'],
  UNDER_REVIEW: ['UNDER_REVIEW', 'ACCEPTED', 'DECLINED'],
  ACCEPTED: ['ACCEPTED', 'IMPLEMENTED', 'DECLINED'],
  IMPLEMENTED: [],
  DECLINED: [],
};

export type ProposalFields = { title: string; problem: string; suggestion: string; districtId: number | null };

export async function draftProposal(committeeId: string, fields: ProposalFields, actor: Actor): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const committee = await tx.councilCommittee.findUnique({ where: { id: committeeId }, select: { id: true, archivedAt: true } });
    if (!committee || committee.archivedAt) throw new NotFoundError();
    const proposal = await tx.councilProposal.create({ data: { committeeId, ...fields, createdById: actor.userId }, select: { id: true } });
    await audit(tx, actor, 'council.proposal.draft', { type: 'CouncilProposal', id: proposal.id }, { committeeId });
    return proposal;
  });
}

export async function updateProposal(proposalId: string, fields: ProposalFields, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.councilProposal.updateMany({ where: { id: proposalId, status: 'DRAFT' }, data: fields });
    if (count === 0) {
      if (!(await tx.councilProposal.count({ where: { id: proposalId } }))) throw new NotFoundError();
      throw new CouncilProposalNotDraftError();
    }
    await audit(tx, actor, 'council.proposal.update', { type: 'CouncilProposal', id: proposalId });
  });
}

export type VoteInput = { memberId: string; choice: CouncilVoteChoice };

/** FOR > AGAINST carries it; abstentions count for neither. */
export const tallyResult = (votes: readonly { choice: CouncilVoteChoice }[]): 'ADOPTED' | 'REJECTED' => {
  const count = (choice: CouncilVoteChoice) => votes.filter((vote) => vote.choice === choice).length;
  return count('FOR') > count('AGAINST') ? 'ADOPTED' : 'REJECTED';
};

export async function recordVote(
  proposalId: string,
  meetingId: string,
  votes: readonly VoteInput[],
  actor: Actor,
  now = new Date(),
): Promise<{ status: 'ADOPTED' | 'REJECTED' }> {
  return prisma.$transaction(async (tx) => {
    const proposal = await tx.councilProposal.findUnique({ where: { id: proposalId }, select: { committeeId: true, status: true } });
    if (!proposal) throw new NotFoundError();
    if (proposal.status !== 'DRAFT') throw new CouncilProposalNotDraftError();
    const meeting = await tx.councilMeeting.findUnique({ where: { id: meetingId }, select: { committeeId: true, status: true, startsAt: true } });
    if (!meeting) throw new NotFoundError();
    if (meeting.committeeId !== proposal.committeeId) throw new CouncilVoteMeetingError('OTHER_COMMITTEE');
    if (meeting.status === 'CANCELLED') throw new CouncilVoteMeetingError('CANCELLED');
    // A meeting held today counts (the vote is recorded as the meeting goes on); a later day's does not.
    if (istanbulDayOf(meeting.startsAt) > todayInIstanbul(now)) throw new CouncilVoteMeetingError('FUTURE');

    const ids = votes.map((vote) => vote.memberId);
    const members = await tx.councilMember.findMany({ where: { id: { in: ids } }, select: { id: true, committeeId: true, status: true, firstName: true, erasedAt: true } });
    const eligible = new Set(
      members.filter((m) => m.committeeId === proposal.committeeId && m.status === 'ACTIVE' && !m.erasedAt).map((m) => m.id),
    );
    const refused = ids.filter((id) => !eligible.has(id));
    if (refused.length) {
      // Another committee's child is not named: the runner of this committee may not know them.
      const names = members.filter((m) => refused.includes(m.id) && m.committeeId === proposal.committeeId).map((m) => m.firstName);
      throw new CouncilVotersNotEligibleError(refused.map((id) => encodeGlobalIdOf('CouncilMember', id)), names);
    }

    const status = tallyResult(votes);
    // Conditional on DRAFT: of two votes recorded at once, the second finds it voted and writes nothing.
    const { count } = await tx.councilProposal.updateMany({
      where: { id: proposalId, status: 'DRAFT' },
      data: { status, votedMeetingId: meetingId, votedAt: now },
    });
    if (count === 0) throw new CouncilProposalNotDraftError();
    await tx.councilProposalVote.createMany({ data: votes.map((vote) => ({ proposalId, meetingId, memberId: vote.memberId, choice: vote.choice, recordedAt: now })) });
    await audit(tx, actor, 'council.proposal.vote', { type: 'CouncilProposal', id: proposalId }, {
      meetingId,
      result: status,
      for: votes.filter((v) => v.choice === 'FOR').length,
      against: votes.filter((v) => v.choice === 'AGAINST').length,
      abstain: votes.filter((v) => v.choice === 'ABSTAIN').length,
    });
    return { status };
  });
}

export async function submitProposal(proposalId: string, actor: Actor, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.councilProposal.updateMany({ where: { id: proposalId, status: 'ADOPTED' }, data: { status: 'SUBMITTED', submittedAt: now } });
    if (count === 0) {
      if (!(await tx.councilProposal.count({ where: { id: proposalId } }))) throw new NotFoundError();
      throw new CouncilProposalNotAdoptedError();
    }
    await audit(tx, actor, 'council.proposal.submit', { type: 'CouncilProposal', id: proposalId });
  });
}

export type ResponseFields = { status: ResponseStatus; respondedOn: string; answer: string; correction: boolean };

export async function recordResponse(proposalId: string, fields: ResponseFields, actor: Actor, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const proposal = await tx.councilProposal.findUnique({
      where: { id: proposalId },
      select: {
        status: true,
        submittedAt: true,
        title: true,
        committee: { select: { nameTr: true, nameEn: true, facilitators: { select: { user: { select: { id: true, email: true, firstName: true, locale: true } } } } } },
      },
    });
    if (!proposal) throw new NotFoundError();
    if (!proposal.submittedAt || !isPublicStatus(proposal.status)) throw new CouncilResponseTransitionError(proposal.status, fields.status);
    if (!fields.correction && !TRANSITIONS[proposal.status]!.includes(fields.status)) {
      throw new CouncilResponseTransitionError(proposal.status, fields.status);
    }
    const earliest = istanbulDayOf(proposal.submittedAt);
    const latest = todayInIstanbul(now);
    if (fields.respondedOn < earliest || fields.respondedOn > latest) throw new CouncilResponseDateError(earliest, latest);

    // Conditional on the status read: a response recorded meanwhile makes this one start over.
    const { count } = await tx.councilProposal.updateMany({
      where: { id: proposalId, status: proposal.status },
      data: { status: fields.status, answer: fields.answer },
    });
    if (count === 0) throw new CouncilResponseTransitionError(proposal.status, fields.status);
    const response = await tx.councilProposalResponse.create({
      data: { proposalId, status: fields.status, answer: fields.answer, respondedOn: new Date(`${fields.respondedOn}T00:00:00Z`), recordedById: actor.userId },
      select: { id: true },
    });
    await audit(tx, actor, fields.correction ? 'council.proposal.response.correct' : 'council.proposal.response', { type: 'CouncilProposal', id: proposalId }, {
      responseId: response.id,
      from: proposal.status,
      to: fields.status,
    });
    const link = `${publicUrl()}${councilPaths.proposal(encodeGlobalIdOf('CouncilProposal', proposalId))}`;
    for (const { user } of proposal.committee.facilitators) {
      await enqueueEmail(tx, {
        template: 'councilProposalAnswered',
        locale: user.locale,
        to: user.email,
        userId: user.id,
        params: { firstName: user.firstName, title: proposal.title, status: fields.status, answer: fields.answer, link },
      });
    }
  });
}

