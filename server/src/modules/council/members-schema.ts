// The council's members part: terms, committees and their facilitators; children recorded with their
// guardian and a consent per purpose; consents given and withdrawn; elections; the audited contact
// read; a guardian's own children. Who may do what is policy.ts; a child's fields guard themselves
// (types-schema.ts).
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { actorOf, isStaff, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { CouncilMemberStatus } from '../../generated/prisma/enums.ts';
import { foldForSearch } from '../../text.ts';
import { GenderEnum, LocaleEnum } from '../accounts/schema.ts';
import { emailSchema, phoneSchema } from '../accounts/validation.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { keysetPage } from '../common/keyset.ts';
import { globalIdOf } from '../common/validation.ts';
import { ConsentPurposeEnum } from '../consent/schema.ts';
import {
  CouncilAgeOutOfBandError,
  CouncilCommitteeArchivedError,
  CouncilConsentUnchangedError,
  CouncilMemberLeftError,
  CouncilMemberNotActiveError,
  CouncilOtherTermError,
  CouncilScanInvalidError,
  CouncilScanMissingError,
} from './errors-members.ts';
import * as members from './members.ts';
import { committeeOfMember, guardianOrRunner, rowId, runnerOnCommittee, runnerOnMember, type Input } from './members-access.ts';
import { councilMembers, councilReach, readsChildrenOf } from './policy.ts';
import { COUNCIL_CONSENT_PURPOSES, CouncilLeaveReasonEnum, CouncilMemberStatusEnum, CouncilPositionEnum } from './types-schema.ts';
import {
  birthDay,
  nameText,
  notFutureDay,
  relationshipText,
  scanBase64,
  schoolText,
  voteCount,
  votesRuleSchema,
} from './validation-members.ts';

// ── Errors ──

builder.objectType(CouncilAgeOutOfBandError, {
  name: 'CouncilAgeOutOfBandError',
  description: "The child's age today is outside the term's age band.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CouncilAgeOutOfBandError,
  fields: (t) => ({ age: t.exposeInt('age'), minAge: t.exposeInt('minAge'), maxAge: t.exposeInt('maxAge') }),
});
errorType(CouncilCommitteeArchivedError, 'CouncilCommitteeArchivedError', 'The committee is archived.');
errorType(CouncilMemberLeftError, 'CouncilMemberLeftError', 'The member has left the council.');
errorType(CouncilMemberNotActiveError, 'CouncilMemberNotActiveError', 'The member is not active in this committee.');
errorType(CouncilScanInvalidError, 'CouncilScanInvalidError', 'The scan is not a PDF, JPEG or PNG of at most 2 MB.');
errorType(CouncilScanMissingError, 'CouncilScanMissingError', 'A paper consent needs the scan of the signed form.');
errorType(CouncilConsentUnchangedError, 'CouncilConsentUnchangedError', 'That consent already stands (or does not stand).');
errorType(CouncilOtherTermError, 'CouncilOtherTermError', 'A member moves only between committees of the same term.');

import './members-terms-schema.ts';

// ── Fields on the base types ──

builder.prismaObjectFields('CouncilMember', (t) => ({
  elections: t.relation('elections', {
    description: 'Elections the child won, newest first.',
    authScopes: async (member, _args, ctx) => (await councilReach(ctx)).readsAll || readsChildrenOf(await councilReach(ctx), member.committeeId) || (await councilReach(ctx)).ownChildren.has(member.id),
    query: { orderBy: [{ heldOn: 'desc' }, { id: 'desc' }] },
  }),
}));

export const CouncilMemberContactType = builder.simpleObject('CouncilMemberContact', {
  description: 'A child’s guardian’s contact, and the child’s own while COUNCIL_CHILD_CONTACT stands. Each read is audited.',
  fields: (t) => ({
    guardianPhone: t.string(),
    guardianEmail: t.string({ nullable: true }),
    childEmail: t.string({ nullable: true }),
    childPhone: t.string({ nullable: true }),
    childContactAllowed: t.boolean(),
  }),
});

// ── Queries ──

type MembersArgs = { committeeId: string; search?: string | null; status?: CouncilMemberStatus | null };

/** Members by first name (a guardian's search): folded the app's way, one committee's roll is small. */
async function firstNameMatches(committeeId: string, words: string[]): Promise<string[]> {
  const roll = await prisma.councilMember.findMany({ where: { committeeId, erasedAt: null }, select: { id: true, firstName: true } });
  return roll.filter((member) => words.every((word) => foldForSearch(member.firstName).includes(word))).map((member) => member.id);
}

// The page and its total ask for the same where: once per request.
const wheres = new WeakMap<object, Map<string, Promise<object>>>();
function membersWhere(args: MembersArgs, ctx: Context): Promise<object> {
  const key = JSON.stringify([args.committeeId, args.search ?? '', args.status ?? '']);
  const cache = wheres.get(ctx) ?? new Map<string, Promise<object>>();
  wheres.set(ctx, cache);
  const hit = cache.get(key) ?? buildMembersWhere(args, ctx);
  cache.set(key, hit);
  return hit;
}

async function buildMembersWhere(args: MembersArgs, ctx: Context) {
  const committeeId = rowId('CouncilCommittee', args.committeeId) ?? '00000000-0000-0000-0000-000000000000';
  const words = foldForSearch(args.search ?? '').split(' ').filter(Boolean);
  const reads = readsChildrenOf(await councilReach(ctx), committeeId);
  // Only those who read surnames search on them: a guardian's search matches first names alone.
  const search = !words.length ? {} : reads ? { AND: words.map((word) => ({ nameSearchText: { contains: word } })) } : { id: { in: await firstNameMatches(committeeId, words) } };
  return { committeeId, erasedAt: null, status: args.status ?? { not: 'LEFT' as const }, ...search };
}

builder.queryFields((t) => ({
  councilMembers: t.prismaConnection({
    type: 'CouncilMember',
    cursor: 'id',
    description:
      'A committee’s members in the order they joined (LEFT only when asked by status). Its readers see every field; guardians of its members see first names, and search on them alone.',
    authScopes: async (_root, args, ctx) => {
      const committeeId = rowId('CouncilCommittee', args.committeeId);
      if (!committeeId) return true;
      const reach = await councilReach(ctx);
      return readsChildrenOf(reach, committeeId) || reach.guardianOf.has(committeeId);
    },
    args: {
      committeeId: t.arg.id({ required: true, validate: globalIdOf('CouncilCommittee') }),
      search: t.arg.string({ required: false, validate: z.string().max(100, 'validation.tooLong') }),
      status: t.arg({ type: CouncilMemberStatusEnum, required: false }),
    },
    resolve: async (query, _root, args, ctx) => prisma.councilMember.findMany(keysetPage(query, await membersWhere(args, ctx), 'asc')),
    totalCount: async (_root, args, ctx) => prisma.councilMember.count({ where: await membersWhere(args, ctx) }),
  }),
  councilMemberContact: t.field({
    type: CouncilMemberContactType,
    description: 'The guardian’s contact (and the child’s own while its consent stands), for the committee’s readers. Every call is written to the audit log.',
    authScopes: async (_root, args, ctx) => {
      const memberId = rowId('CouncilMember', args.memberId);
      if (!memberId) return true;
      const committeeId = await committeeOfMember(memberId);
      return committeeId !== null && readsChildrenOf(await councilReach(ctx), committeeId);
    },
    args: { memberId: t.arg.id({ required: true, validate: globalIdOf('CouncilMember') }) },
    errors: { types: [NotFoundError] },
    resolve: (_root, args, ctx) => members.memberContact(args.memberId, actorOf(ctx)),
  }),
  myCouncilChildren: t.prismaField({
    type: ['CouncilMember'],
    description: 'The children whose guardian the caller is (with an account), left ones included.',
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) =>
      prisma.councilMember.findMany({ ...query, where: { guardian: { userId: ctx.viewer!.id }, erasedAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 50 }),
  }),
}));

// ── Inputs ──

const CouncilConsentScanInput = builder.inputType('CouncilConsentScanInput', {
  description: 'The signed paper form: a PDF, JPEG or PNG of at most 2 MB, base64.',
  fields: (t) => ({ base64: t.string({ required: true, validate: scanBase64 }) }),
});
const CouncilConsentGivenInput = builder.inputType('CouncilConsentGivenInput', {
  description: 'A consent as the guardian gave it, for the current text of its purpose. A scan is required on paper (by a runner).',
  fields: (t) => ({
    purpose: t.field({ type: ConsentPurposeEnum, required: true, validate: z.enum(COUNCIL_CONSENT_PURPOSES, 'validation.invalid') }),
    givenOn: t.field({ type: 'Date', required: true, validate: notFutureDay }),
    scan: t.field({ type: CouncilConsentScanInput, required: false }),
  }),
});
const CouncilGuardianInput = builder.inputType('CouncilGuardianInput', {
  fields: (t) => ({
    firstName: t.string({ required: true, validate: nameText }),
    lastName: t.string({ required: true, validate: nameText }),
    relationship: t.string({ required: true, validate: relationshipText }),
    phone: t.string({ required: true, validate: phoneSchema }),
    email: t.string({ required: false, validate: emailSchema.nullish().or(z.literal('').transform(() => null)) }),
    locale: t.field({ type: LocaleEnum, required: false }),
  }),
});

type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];
const childFields = (t: InputFields) => ({
  committeeId: t.id({ required: true, validate: globalIdOf('CouncilCommittee') }),
  firstName: t.string({ required: true, validate: nameText }),
  lastName: t.string({ required: true, validate: nameText }),
  birthDate: t.field({ type: 'Date', required: true, validate: birthDay }),
  gender: t.field({ type: GenderEnum, required: false }),
  school: t.string({ required: true, validate: schoolText }),
  districtId: t.int({ required: true }),
  email: t.string({ required: false, validate: emailSchema.nullish().or(z.literal('').transform(() => null)), description: 'The child’s own; used only while COUNCIL_CHILD_CONTACT stands.' }),
  phone: t.string({ required: false, validate: phoneSchema.nullish().or(z.literal('').transform(() => null)) }),
  consents: t.field({ type: [CouncilConsentGivenInput], required: true, validate: z.array(z.unknown()).max(4, 'validation.invalid') }),
});

const RecordCouncilMemberInput = builder.inputType('RecordCouncilMemberInput', {
  description: 'A child recorded by a runner of the committee from the guardian’s signed paper form.',
  fields: (t) => ({ ...childFields(t), guardian: t.field({ type: CouncilGuardianInput, required: true }) }),
});
const RecordMyCouncilChildInput = builder.inputType('RecordMyCouncilChildInput', {
  description: 'A guardian records their own child; their identity and contact come from their account, each consent ticked after reading its text.',
  fields: (t) => ({ ...childFields(t), locale: t.field({ type: LocaleEnum, required: false, description: 'The language to write to the guardian in (default: the account’s).' }) }),
});

const CouncilConsentInput = builder.inputType('CouncilConsentInput', {
  fields: (t) => ({
    memberId: t.id({ required: true, validate: globalIdOf('CouncilMember') }),
    consent: t.field({ type: CouncilConsentGivenInput, required: true }),
  }),
});
const WithdrawCouncilConsentInput = builder.inputType('WithdrawCouncilConsentInput', {
  fields: (t) => ({
    memberId: t.id({ required: true, validate: globalIdOf('CouncilMember') }),
    purpose: t.field({ type: ConsentPurposeEnum, required: true, validate: z.enum(COUNCIL_CONSENT_PURPOSES, 'validation.invalid') }),
  }),
});
const UpdateCouncilMemberInput = builder.inputType('UpdateCouncilMemberInput', {
  description: 'Only the fields given change. committeeId moves the child to another committee of the term (council coordinators).',
  fields: (t) => ({
    memberId: t.id({ required: true, validate: globalIdOf('CouncilMember') }),
    school: t.string({ required: false, validate: schoolText.nullish() }),
    districtId: t.int({ required: false }),
    email: t.string({ required: false, validate: emailSchema.nullish().or(z.literal('').transform(() => null)) }),
    phone: t.string({ required: false, validate: phoneSchema.nullish().or(z.literal('').transform(() => null)) }),
    guardianPhone: t.string({ required: false, validate: phoneSchema.nullish() }),
    guardianEmail: t.string({ required: false, validate: emailSchema.nullish().or(z.literal('').transform(() => null)) }),
    guardianLocale: t.field({ type: LocaleEnum, required: false }),
    committeeId: t.id({ required: false, validate: globalIdOf('CouncilCommittee').nullish() }),
  }),
});
const RemoveCouncilMemberInput = builder.inputType('RemoveCouncilMemberInput', {
  fields: (t) => ({
    memberId: t.id({ required: true, validate: globalIdOf('CouncilMember') }),
    reason: t.field({ type: CouncilLeaveReasonEnum, required: true, validate: z.enum(['GUARDIAN_WITHDREW', 'REMOVED'], 'validation.invalid'), description: 'AGED_OUT is the job’s.' }),
  }),
});
const RecordCouncilElectionInput = builder.inputType('RecordCouncilElectionInput', {
  validate: votesRuleSchema,
  fields: (t) => ({
    electedId: t.id({ required: true, validate: globalIdOf('CouncilMember') }),
    position: t.field({ type: CouncilPositionEnum, required: true }),
    votesFor: t.int({ required: true, validate: voteCount }),
    votesCast: t.int({ required: true, validate: voteCount }),
    heldOn: t.field({ type: 'Date', required: true, validate: notFutureDay }),
    meetingId: t.id({ required: false, validate: globalIdOf('CouncilMeeting').nullish() }),
  }),
});
const CouncilMemberRefInput = builder.inputType('CouncilMemberRefInput', {
  fields: (t) => ({ memberId: t.id({ required: true, validate: globalIdOf('CouncilMember') }) }),
});

// ── Mutations ──

type ChildInput = {
  committeeId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  gender?: members.ChildFields['gender'] | null;
  school: string;
  districtId: number;
  email?: string | null;
  phone?: string | null;
  consents: { purpose: members.ConsentInput['purpose']; givenOn: string; scan?: { base64: string } | null }[];
};
const childData = (input: ChildInput): members.ChildFields => ({
  committeeId: input.committeeId,
  firstName: input.firstName,
  lastName: input.lastName,
  birthDate: input.birthDate,
  gender: input.gender ?? null,
  school: input.school,
  districtId: input.districtId,
  email: input.email ?? null,
  phone: input.phone ?? null,
});
const consentData = (consent: ChildInput['consents'][number]): members.ConsentInput => ({ purpose: consent.purpose, givenOn: consent.givenOn, scan: consent.scan ?? null });

const MEMBER_ERRORS = [NotFoundError, CouncilMemberLeftError];
const RECORD_ERRORS = [NotFoundError, CouncilAgeOutOfBandError, CouncilCommitteeArchivedError, CouncilScanInvalidError, CouncilScanMissingError];
builder.mutationFields((t) => ({
  recordCouncilMember: t.prismaField({
    type: 'CouncilMember',
    description: 'Records a child from the guardian’s signed paper form (each consent with its scan): by a runner of the committee.',
    authScopes: runnerOnCommittee,
    args: { input: t.arg({ type: RecordCouncilMemberInput, required: true }) },
    errors: { types: RECORD_ERRORS },
    resolve: async (query, _root, { input }, ctx) => {
      const { guardian } = input;
      const { id } = await members.recordMember(
        childData(input),
        { kind: 'PAPER', fields: { firstName: guardian.firstName, lastName: guardian.lastName, relationship: guardian.relationship, phone: guardian.phone, email: guardian.email ?? null, locale: guardian.locale ?? 'tr' } },
        input.consents.map(consentData),
        actorOf(ctx),
      );
      return prisma.councilMember.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  recordMyCouncilChild: t.prismaField({
    type: 'CouncilMember',
    description: 'A guardian with an account records their own child, giving each consent in the app.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: RecordMyCouncilChildInput, required: true }) },
    errors: { types: RECORD_ERRORS },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await members.recordMember(childData(input), { kind: 'ACCOUNT', locale: input.locale ?? null }, input.consents.map(consentData), actorOf(ctx));
      return prisma.councilMember.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  giveCouncilConsent: t.prismaField({
    type: 'CouncilMember',
    description: 'Records a consent given: by the guardian in the app, or by a runner from the paper form (with its scan). Participation given again makes the child ACTIVE.',
    authScopes: guardianOrRunner,
    args: { input: t.arg({ type: CouncilConsentInput, required: true }) },
    errors: { types: [...MEMBER_ERRORS, CouncilConsentUnchangedError, CouncilScanInvalidError, CouncilScanMissingError] },
    resolve: async (query, _root, { input }, ctx) => {
      await members.giveConsent(input.memberId, consentData(input.consent), actorOf(ctx));
      return prisma.councilMember.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.memberId } });
    },
  }),
  withdrawCouncilConsent: t.prismaField({
    type: 'CouncilMember',
    description: 'Withdraws a consent, at once everywhere: participation → SUSPENDED; media → no photos; child contact → the child’s contact is no longer given out.',
    authScopes: guardianOrRunner,
    args: { input: t.arg({ type: WithdrawCouncilConsentInput, required: true }) },
    errors: { types: [...MEMBER_ERRORS, CouncilConsentUnchangedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await members.withdrawConsent(input.memberId, input.purpose, actorOf(ctx));
      return prisma.councilMember.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.memberId } });
    },
  }),
  updateCouncilMember: t.prismaField({
    type: 'CouncilMember',
    authScopes: (root, args, ctx) => {
      // A move between committees is the council coordinators' call, not a facilitator's.
      if (typeof args.input.committeeId === 'string' && !isStaff(ctx.viewer ?? null)) return false;
      return runnerOnMember('memberId')(root, args as { input: Input }, ctx);
    },
    args: { input: t.arg({ type: UpdateCouncilMemberInput, required: true }) },
    errors: { types: [...MEMBER_ERRORS, CouncilCommitteeArchivedError, CouncilOtherTermError] },
    resolve: async (query, _root, { input }, ctx) => {
      await members.updateMember(
        input.memberId,
        {
          school: input.school,
          districtId: input.districtId,
          email: input.email,
          phone: input.phone,
          guardianPhone: input.guardianPhone,
          guardianEmail: input.guardianEmail,
          guardianLocale: input.guardianLocale,
          committeeId: input.committeeId,
        },
        actorOf(ctx),
      );
      return prisma.councilMember.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.memberId } });
    },
  }),
  removeCouncilMember: t.prismaField({
    type: 'CouncilMember',
    description: 'The member leaves the council (the guardian withdrew them, or they were removed).',
    authScopes: runnerOnMember('memberId'),
    args: { input: t.arg({ type: RemoveCouncilMemberInput, required: true }) },
    errors: { types: MEMBER_ERRORS },
    resolve: async (query, _root, { input }, ctx) => {
      await members.removeMember(input.memberId, input.reason, actorOf(ctx));
      return prisma.councilMember.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.memberId } });
    },
  }),
  recordCouncilElection: t.prismaField({
    type: 'CouncilElection',
    description: 'Records an election in the elected member’s committee: they take the position and its previous holder loses it.',
    authScopes: runnerOnMember('electedId'),
    args: { input: t.arg({ type: RecordCouncilElectionInput, required: true }) },
    errors: { types: [NotFoundError, CouncilMemberNotActiveError] },
    resolve: async (query, _root, { input }, ctx) => {
      const committeeId = await committeeOfMember(input.electedId);
      if (!committeeId) throw new NotFoundError();
      const { id } = await members.recordElection(
        committeeId,
        { position: input.position, electedId: input.electedId, votesFor: input.votesFor, votesCast: input.votesCast, heldOn: input.heldOn, meetingId: input.meetingId ?? null },
        actorOf(ctx),
      );
      return prisma.councilElection.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  eraseCouncilMember: t.boolean({
    description: 'Erases a child on the guardian’s written request (a guardian without an account): names, contact and scans go; the figures stay.',
    authScopes: (_root, { input }) => ({ staffOn: [councilMembers(input.memberId)] }),
    args: { input: t.arg({ type: CouncilMemberRefInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (_root, { input }, ctx) => {
      await members.eraseMember(input.memberId, actorOf(ctx));
      return true;
    },
  }),
}));

