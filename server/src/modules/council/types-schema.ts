// The council's base types. Each part of the module adds its own fields and operations to them
// (members-, meetings-, proposals- and reports-schema.ts). Privacy lives here, once: a child's
// personal fields carry their own authScopes (policy.ts), so no part can expose them by accident.
import { builder, registerNodeType } from '../../builder.ts';
import {
  CouncilAttendanceStatus,
  CouncilConsentMethod,
  CouncilLeaveReason,
  CouncilMeetingKind,
  CouncilMeetingStatus,
  CouncilMemberStatus,
  CouncilPosition,
  CouncilProposalStatus,
  CouncilVoteChoice,
} from '../../generated/prisma/enums.ts';
import { localized } from '../../i18n/localized.ts';
import { GenderEnum, LocaleEnum } from '../accounts/schema.ts';
import { ConsentPurposeEnum } from '../consent/schema.ts';
import { councilReach, readsChild, readsChildrenOf, runsCommittee, seesMeeting, seesMember } from './policy.ts';
import { isPublicStatus, seesCommitteeProposals } from './proposals.ts';

export const CouncilMemberStatusEnum = builder.enumType(CouncilMemberStatus, {
  name: 'CouncilMemberStatus',
  description: 'SUSPENDED: without a standing participation consent the child takes part in nothing until it is given again.',
});
export const CouncilLeaveReasonEnum = builder.enumType(CouncilLeaveReason, { name: 'CouncilLeaveReason' });
export const CouncilPositionEnum = builder.enumType(CouncilPosition, { name: 'CouncilPosition' });
export const CouncilConsentMethodEnum = builder.enumType(CouncilConsentMethod, { name: 'CouncilConsentMethod' });
export const CouncilMeetingKindEnum = builder.enumType(CouncilMeetingKind, { name: 'CouncilMeetingKind' });
export const CouncilMeetingStatusEnum = builder.enumType(CouncilMeetingStatus, { name: 'CouncilMeetingStatus' });
export const CouncilAttendanceStatusEnum = builder.enumType(CouncilAttendanceStatus, { name: 'CouncilAttendanceStatus' });
export const CouncilProposalStatusEnum = builder.enumType(CouncilProposalStatus, { name: 'CouncilProposalStatus' });
export const CouncilVoteChoiceEnum = builder.enumType(CouncilVoteChoice, { name: 'CouncilVoteChoice' });

/** The consent purposes of a council member, in the order forms list them. */
export const COUNCIL_CONSENT_PURPOSES = ['COUNCIL_PARTICIPATION', 'COUNCIL_MEDIA', 'COUNCIL_TRIPS', 'COUNCIL_CHILD_CONTACT'] as const;
export type CouncilConsentPurpose = (typeof COUNCIL_CONSENT_PURPOSES)[number];

registerNodeType('CouncilTerm');
export const CouncilTermType = builder.prismaNode('CouncilTerm', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  description: 'A council term (e.g. 2026–2027) with its committees and age band. Public.',
  authScopes: { public: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    minAge: t.exposeInt('minAge'),
    maxAge: t.exposeInt('maxAge', { description: 'Members leave the council on the day they turn maxAge + 1.' }),
  }),
});

registerNodeType('CouncilCommittee');
export const CouncilCommitteeType = builder.prismaNode('CouncilCommittee', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  description: 'A committee of a term (e.g. Urban Rights). Its name and description are public.',
  authScopes: { public: true },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.string({ select: { nameTr: true, nameEn: true }, resolve: (o, _args, ctx) => localized(ctx, o.nameTr, o.nameEn) }),
    nameTr: t.exposeString('nameTr'),
    nameEn: t.exposeString('nameEn'),
    description: t.string({
      select: { descriptionTr: true, descriptionEn: true },
      resolve: (o, _args, ctx) => localized(ctx, o.descriptionTr, o.descriptionEn),
    }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
    term: t.relation('term'),
    viewerRuns: t.boolean({
      description: 'Whether the caller runs this committee (its facilitator, or a council coordinator).',
      select: { id: true },
      resolve: async (o, _args, ctx) => runsCommittee(ctx, await councilReach(ctx), o.id),
    }),
    viewerReadsChildren: t.boolean({
      description: 'Whether the caller may read this committee’s children’s personal data.',
      select: { id: true },
      resolve: async (o, _args, ctx) => readsChildrenOf(await councilReach(ctx), o.id),
    }),
  }),
});

/** A child's personal field: the committee's facilitators, coordinators, admins and the child's guardian. */
const childOnly = {
  authScopes: async (member: { id: string; committeeId: string }, _args: unknown, ctx: Parameters<typeof councilReach>[0]) =>
    readsChild(await councilReach(ctx), member),
} as const;

registerNodeType('CouncilMember');
export const CouncilMemberType = builder.prismaNode('CouncilMember', {
  id: { field: 'id' },
  select: { id: true, committeeId: true },
  nullable: true,
  description:
    'A child member. Other members’ guardians see the first name only; the rest is read by the committee’s facilitators, council coordinators, admins and the child’s guardian. Never public.',
  authScopes: async (member, ctx) => seesMember(await councilReach(ctx), member),
  fields: (t) => ({
    firstName: t.exposeString('firstName'),
    committee: t.relation('committee'),
    status: t.expose('status', { type: CouncilMemberStatusEnum }),
    position: t.expose('position', { type: CouncilPositionEnum, nullable: true }),
    lastName: t.exposeString('lastName', childOnly),
    birthDate: t.expose('birthDate', { type: 'Date', ...childOnly }),
    gender: t.expose('gender', { type: GenderEnum, nullable: true, ...childOnly }),
    school: t.exposeString('school', childOnly),
    district: t.relation('district', childOnly),
    joinedOn: t.expose('joinedOn', { type: 'Date', ...childOnly }),
    leftAt: t.expose('leftAt', { type: 'DateTime', nullable: true, ...childOnly }),
    leftReason: t.expose('leftReason', { type: CouncilLeaveReasonEnum, nullable: true, ...childOnly }),
    guardian: t.relation('guardian', childOnly),
    consents: t.relation('consents', {
      ...childOnly,
      description: 'Every consent recorded for the child, withdrawn ones included, newest first.',
      query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
    }),
    standingConsents: t.field({
      type: [ConsentPurposeEnum],
      ...childOnly,
      description: 'The purposes whose consent stands today (given and not withdrawn). Lists mark a child without COUNCIL_MEDIA.',
      select: { consents: { where: { withdrawnAt: null }, select: { purpose: true } } },
      resolve: (member) => [...new Set(member.consents.map((consent) => consent.purpose))],
    }),
    mediaAllowed: t.boolean({
      ...childOnly,
      description: 'Whether photos and media of the child may be taken and used (COUNCIL_MEDIA stands).',
      select: { consents: { where: { withdrawnAt: null, purpose: 'COUNCIL_MEDIA' }, select: { id: true }, take: 1 } },
      resolve: (member) => member.consents.length > 0,
    }),
  }),
});

export const CouncilGuardianType = builder.prismaObject('CouncilGuardian', {
  select: { id: true },
  description:
    'A child’s guardian: name and relationship. Contact details are read through councilMemberContact, which is audited.',
  fields: (t) => ({
    id: t.exposeID('id'),
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    relationship: t.exposeString('relationship'),
    hasAccount: t.boolean({ select: { userId: true }, resolve: (guardian) => guardian.userId !== null }),
    locale: t.expose('locale', { type: LocaleEnum }),
  }),
});

export const CouncilConsentType = builder.prismaObject('CouncilConsent', {
  select: { id: true },
  description: 'A guardian’s consent for one purpose, as given (on paper with a scan, or in the app), and its withdrawal.',
  fields: (t) => ({
    id: t.exposeID('id'),
    purpose: t.expose('purpose', { type: ConsentPurposeEnum }),
    method: t.expose('method', { type: CouncilConsentMethodEnum }),
    givenOn: t.expose('givenOn', { type: 'Date' }),
    textVersion: t.string({ select: { consentText: { select: { version: true } } }, resolve: (o) => o.consentText.version }),
    hasScan: t.boolean({ select: { scanSha256: true }, resolve: (o) => o.scanSha256 !== null }),
    withdrawnAt: t.expose('withdrawnAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

registerNodeType('CouncilMeeting');
export const CouncilMeetingType = builder.prismaNode('CouncilMeeting', {
  id: { field: 'id' },
  select: { id: true, committeeId: true, termId: true },
  nullable: true,
  description:
    'A committee meeting or a general assembly. A committee meeting is seen by the committee’s runners and readers and its members’ guardians; an assembly by every runner and every guardian of a member of the term.',
  authScopes: async (meeting, ctx) => seesMeeting(ctx, meeting),
  fields: (t) => ({
    kind: t.expose('kind', { type: CouncilMeetingKindEnum }),
    title: t.exposeString('title'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    placeName: t.exposeString('placeName'),
    address: t.exposeString('address'),
    status: t.expose('status', { type: CouncilMeetingStatusEnum }),
    committee: t.relation('committee', { nullable: true }),
    term: t.relation('term'),
  }),
});

export const CouncilAgendaItemType = builder.prismaObject('CouncilAgendaItem', {
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    title: t.exposeString('title'),
    notes: t.exposeString('notes'),
    committee: t.relation('committee', { nullable: true, description: 'At a general assembly: the committee reporting under this item.' }),
    report: t.exposeString('report'),
  }),
});

export const CouncilAttendanceType = builder.prismaObject('CouncilAttendance', {
  select: { meetingId: true, memberId: true },
  fields: (t) => ({
    member: t.relation('member'),
    status: t.expose('status', { type: CouncilAttendanceStatusEnum }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
  }),
});

export const CouncilDecisionType = builder.prismaObject('CouncilDecision', {
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    text: t.exposeString('text'),
  }),
});

registerNodeType('CouncilProposal');
export const CouncilProposalType = builder.prismaNode('CouncilProposal', {
  id: { field: 'id' },
  select: { id: true, committeeId: true, status: true },
  nullable: true,
  description: 'A committee’s proposal to the municipality. Once submitted it is public (no personal data in it).',
  // Public once submitted; before that (draft, adopted, rejected) only the committee's people see it.
  authScopes: async (proposal, ctx) => isPublicStatus(proposal.status) || seesCommitteeProposals(await councilReach(ctx), proposal.committeeId),
  fields: (t) => ({
    title: t.exposeString('title'),
    problem: t.exposeString('problem'),
    suggestion: t.exposeString('suggestion'),
    district: t.relation('district', { nullable: true }),
    status: t.expose('status', { type: CouncilProposalStatusEnum }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    answer: t.exposeString('answer', { description: 'The municipality’s latest answer.' }),
    committee: t.relation('committee'),
  }),
});

export const CouncilProposalVoteType = builder.prismaObject('CouncilProposalVote', {
  select: { proposalId: true, memberId: true },
  fields: (t) => ({
    member: t.relation('member'),
    choice: t.expose('choice', { type: CouncilVoteChoiceEnum }),
  }),
});

export const CouncilProposalResponseType = builder.prismaObject('CouncilProposalResponse', {
  select: { id: true },
  description: 'A status the municipality gave a proposal, with its date and answer.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: CouncilProposalStatusEnum }),
    answer: t.exposeString('answer'),
    respondedOn: t.expose('respondedOn', { type: 'Date' }),
  }),
});

export const CouncilElectionType = builder.prismaObject('CouncilElection', {
  select: { id: true },
  description: 'An election to a committee position, as recorded.',
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.expose('position', { type: CouncilPositionEnum }),
    elected: t.relation('elected'),
    votesFor: t.exposeInt('votesFor'),
    votesCast: t.exposeInt('votesCast'),
    heldOn: t.expose('heldOn', { type: 'Date' }),
  }),
});
