// Input rules of the council's proposals, as zod schemas. Messages are keys of messages.ts (proposals block).
import { z } from 'zod';
import { globalIdOf, isoDate, requiredText, text } from '../common/validation.ts';

export const MAX_VOTES = 200;

/** One of İzmir's 30 districts (ids 1…30, checked against the table by the service). */
export const districtIdSchema = z.number().int('validation.invalid').min(1, 'validation.invalid').max(30, 'validation.invalid').nullish();

export const proposalFields = {
  title: requiredText(160),
  problem: requiredText(4000),
  suggestion: requiredText(4000),
  districtId: districtIdSchema,
};

export const draftSchema = z.looseObject({ committeeId: globalIdOf('CouncilCommittee'), ...proposalFields });
export const updateSchema = z.looseObject({ proposalId: globalIdOf('CouncilProposal'), ...proposalFields });

export const voteSchema = z.looseObject({
  proposalId: globalIdOf('CouncilProposal'),
  meetingId: globalIdOf('CouncilMeeting'),
  votes: z
    .array(z.looseObject({ memberId: globalIdOf('CouncilMember'), choice: z.enum(['FOR', 'AGAINST', 'ABSTAIN']) }))
    .min(1, 'validation.required')
    .max(MAX_VOTES, 'validation.tooLong')
    .refine((votes) => new Set(votes.map((vote) => vote.memberId)).size === votes.length, 'validation.council.proposals.duplicateVoter'),
});

export const submitSchema = z.looseObject({ proposalId: globalIdOf('CouncilProposal') });

export const RESPONSE_STATUSES = ['RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED', 'DECLINED'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const responseSchema = z.looseObject({
  proposalId: globalIdOf('CouncilProposal'),
  status: z.enum(RESPONSE_STATUSES),
  respondedOn: isoDate,
  answer: text(4000),
  correction: z.boolean().nullish(),
});

/** A report's period: real days, in order, at most five years. */
export const reportPeriodSchema = z
  .looseObject({ termId: globalIdOf('CouncilTerm'), from: isoDate, to: isoDate })
  .refine((period) => period.from <= period.to, { path: ['to'], message: 'validation.council.reports.dateOrder' })
  .refine((period) => Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) <= 5, { path: ['from'], message: 'validation.periodTooLong' });
