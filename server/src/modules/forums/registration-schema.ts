// Forums: taking part. A signed-in person registers for an open forum (or its waitlist) and applies
// to a focus group; she sees and cancels her own. The session's runners (coordinators, its
// facilitators) list its registrations; coordinators alone list applications with their answers.
import { builder } from '../../builder.ts';
import { actorOf, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { keysetPage } from '../common/keyset.ts';
import { text } from '../common/validation.ts';
import {
  FORUM_INELIGIBILITIES,
  ForumAccessibilityConsentError,
  ForumAlreadyRegisteredError,
  ForumAnswersError,
  ForumEventClosedError,
  ForumNotActiveError,
  ForumNotEligibleError,
  ForumRegistrationClosedError,
  ForumRegistrationNotOpenError,
  ForumSelectionCommittedError,
  ForumSessionKindError,
} from './errors.ts';
import { runsSession } from './policy.ts';
import * as registration from './registration.ts';
import { ForumApplicationStatusEnum, ForumApplicationType, ForumRegistrationStatusEnum, ForumRegistrationType, ForumSessionType } from './types-schema.ts';
import { distinctBy, keySchema, listOf, MAX_QUESTIONS } from './validation.ts';

// ── Errors ──

const ForumIneligibilityEnum = builder.enumType('ForumIneligibility', {
  description: "GENDER: the event is for another gender. AGE: outside the age band on the session's day. DISTRICT: not living in an İzmir district.",
  values: FORUM_INELIGIBILITIES,
});
builder.objectType(ForumNotEligibleError, {
  name: 'ForumNotEligibleError',
  description: "The person does not meet the event's eligibility; `reason` says which rule.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForumNotEligibleError,
  fields: (t) => ({
    reason: t.field({ type: ForumIneligibilityEnum, resolve: (error) => error.reason }),
    minAge: t.exposeInt('minAge', { nullable: true }),
    maxAge: t.exposeInt('maxAge', { nullable: true }),
  }),
});
builder.objectType(ForumRegistrationNotOpenError, {
  name: 'ForumRegistrationNotOpenError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForumRegistrationNotOpenError,
  fields: (t) => ({ opensAt: t.expose('opensAt', { type: 'DateTime' }) }),
});
builder.objectType(ForumRegistrationClosedError, {
  name: 'ForumRegistrationClosedError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForumRegistrationClosedError,
  fields: (t) => ({ closedAt: t.expose('closedAt', { type: 'DateTime' }) }),
});
builder.objectType(ForumSessionKindError, {
  name: 'ForumSessionKindError',
  description: 'The operation is for the other kind of session.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForumSessionKindError,
  fields: (t) => ({ expected: t.exposeString('expected') }),
});
errorType(ForumAlreadyRegisteredError, 'ForumAlreadyRegisteredError', 'Registered for (or applied to) this session already.');
errorType(ForumAccessibilityConsentError, 'ForumAccessibilityConsentError', 'Accessibility needs are stored only with consent (accessibilityConsent: true).');
errorType(ForumNotActiveError, 'ForumNotActiveError', 'The registration or application is no longer active.');
builder.objectType(ForumAnswersError, {
  name: 'ForumAnswersError',
  description: 'An answer is missing, repeated, or not one of the question’s options.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForumAnswersError,
  fields: (t) => ({ questionKey: t.exposeString('questionKey') }),
});

// ── Queries ──

builder.queryFields((t) => ({
  myForumRegistrations: t.prismaField({
    type: [ForumRegistrationType],
    description: "The caller's registrations, soonest session first (cancelled ones left out).",
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) =>
      prisma.forumRegistration.findMany({ ...query, where: { userId: ctx.viewer!.id, status: { not: 'CANCELLED' } }, orderBy: [{ session: { startsAt: 'asc' } }, { id: 'asc' }], take: 100 }),
  }),
  myForumApplications: t.prismaField({
    type: [ForumApplicationType],
    description: "The caller's focus-group applications, soonest session first.",
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) =>
      prisma.forumApplication.findMany({ ...query, where: { userId: ctx.viewer!.id }, orderBy: [{ session: { startsAt: 'asc' } }, { id: 'asc' }], take: 100 }),
  }),
  forumSessionRegistrations: t.prismaConnection({
    type: ForumRegistrationType,
    cursor: 'id',
    description: "An open forum's registrations in arrival order: coordinators and the session's facilitators.",
    authScopes: (_root, args, ctx: Context) => runsSession('sessionId')(_root, { input: args as Record<string, unknown> }, ctx),
    args: { sessionId: t.arg.globalID({ required: true, for: ForumSessionType }), status: t.arg({ type: ForumRegistrationStatusEnum, required: false }) },
    resolve: (query, _root, args) => prisma.forumRegistration.findMany(keysetPage(query, { sessionId: args.sessionId.id, ...(args.status ? { status: args.status } : {}) }, 'asc')),
    totalCount: (_root, args) => prisma.forumRegistration.count({ where: { sessionId: args.sessionId.id, ...(args.status ? { status: args.status } : {}) } }),
  }),
  forumSessionApplications: t.prismaConnection({
    type: ForumApplicationType,
    cursor: 'id',
    description: "A focus group's applications with their answers: coordinators only.",
    authScopes: { staff: true },
    args: { sessionId: t.arg.globalID({ required: true, for: ForumSessionType }), status: t.arg({ type: ForumApplicationStatusEnum, required: false }) },
    resolve: (query, _root, args) => prisma.forumApplication.findMany(keysetPage(query, { sessionId: args.sessionId.id, ...(args.status ? { status: args.status } : {}) }, 'asc')),
    totalCount: (_root, args) => prisma.forumApplication.count({ where: { sessionId: args.sessionId.id, ...(args.status ? { status: args.status } : {}) } }),
  }),
}));

// ── Inputs ──

const RegisterForForumSessionInput = builder.inputType('RegisterForForumSessionInput', {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: ForumSessionType }),
    accessibilityNeeds: t.string({ required: false, description: 'Kept only with accessibilityConsent; seen by the facilitators and coordinators.', validate: text(1000).nullish() }),
    accessibilityConsent: t.boolean({ required: false, defaultValue: false }),
  }),
});
const CancelForumRegistrationInput = builder.inputType('CancelForumRegistrationInput', { fields: (t) => ({ id: t.globalID({ required: true, for: ForumRegistrationType }) }) });
const ForumAnswerInput = builder.inputType('ForumAnswerInput', {
  fields: (t) => ({ questionKey: t.string({ required: true, validate: keySchema }), value: t.string({ required: true, validate: keySchema }) }),
});
const ApplyToForumFocusGroupInput = builder.inputType('ApplyToForumFocusGroupInput', {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: ForumSessionType }),
    answers: t.field({ type: [ForumAnswerInput], required: true, validate: listOf(MAX_QUESTIONS).and(distinctBy('questionKey')) }),
  }),
});
const WithdrawForumApplicationInput = builder.inputType('WithdrawForumApplicationInput', { fields: (t) => ({ id: t.globalID({ required: true, for: ForumApplicationType }) }) });

// ── Mutations ──

const WINDOW_ERRORS = [NotFoundError, ForumSessionKindError, ForumEventClosedError, ForumRegistrationNotOpenError, ForumRegistrationClosedError, ForumNotEligibleError, ForumAlreadyRegisteredError];
const self = (ctx: Context) => ({ ...actorOf(ctx), userId: ctx.viewer!.id });

builder.mutationFields((t) => ({
  registerForForumSession: t.prismaField({
    type: ForumRegistrationType,
    description: 'Registers the caller for an open forum: confirmed while seats last, else on the waitlist.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: RegisterForForumSessionInput, required: true }) },
    errors: { types: [...WINDOW_ERRORS, ForumAccessibilityConsentError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await registration.register(
        { sessionId: input.sessionId.id, accessibilityNeeds: input.accessibilityNeeds ?? null, accessibilityConsent: input.accessibilityConsent ?? false },
        self(ctx),
      );
      return prisma.forumRegistration.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  cancelForumRegistration: t.prismaField({
    type: ForumRegistrationType,
    description: "Cancels the caller's own registration; a confirmed seat goes to the first on the waitlist.",
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: CancelForumRegistrationInput, required: true }) },
    errors: { types: [NotFoundError, ForumNotActiveError] },
    resolve: async (query, _root, { input }, ctx) => {
      await registration.cancelRegistration(input.id.id, self(ctx));
      return prisma.forumRegistration.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.id.id } });
    },
  }),
  applyToForumFocusGroup: t.prismaField({
    type: ForumApplicationType,
    description: 'Applies to a focus group, answering every profile question of the event.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: ApplyToForumFocusGroupInput, required: true }) },
    errors: { types: [...WINDOW_ERRORS, ForumAnswersError, ForumSelectionCommittedError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await registration.apply({ sessionId: input.sessionId.id, answers: input.answers.map((a) => ({ questionKey: a.questionKey, value: a.value })) }, self(ctx));
      return prisma.forumApplication.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  withdrawForumApplication: t.prismaField({
    type: ForumApplicationType,
    description: "Withdraws the caller's own application (not while a committed selection waits for its draw).",
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: WithdrawForumApplicationInput, required: true }) },
    errors: { types: [NotFoundError, ForumNotActiveError, ForumSelectionCommittedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await registration.withdrawApplication(input.id.id, self(ctx));
      return prisma.forumApplication.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.id.id } });
    },
  }),
}));
