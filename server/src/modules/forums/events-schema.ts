// Forums: events, sessions, facilitators and profile questions. Public: published events with their
// sessions (no personal data). Coordinators: create, edit, publish and close; assign facilitators.
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { actorOf, isStaff } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { keysetPage } from '../common/keyset.ts';
import { globalIdOf, requiredText, text } from '../common/validation.ts';
import { ForumCapacityBelowTakenError, ForumEventClosedError, ForumNotAFacilitatorError, ForumQuestionsAnsweredError, ForumSelectionCommittedError } from './errors.ts';
import * as events from './events.ts';
import { ForumEventStatusEnum, ForumEventType, ForumSessionKindEnum, ForumSessionType } from './types-schema.ts';
import {
  ageSchema,
  capacitySchema,
  distinctBy,
  eventRuleSchema,
  keySchema,
  listOf,
  MAX_FACILITATORS,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  panelSizeSchema,
  sessionInstant,
  sessionRuleSchema,
} from './validation.ts';

// ── Errors ──

errorType(ForumEventClosedError, 'ForumEventClosedError', 'The event is closed.');
errorType(ForumNotAFacilitatorError, 'ForumNotAFacilitatorError', 'Someone named does not hold the FACILITATOR role.');
errorType(ForumSelectionCommittedError, 'ForumSelectionCommittedError', 'The selection is committed: the pool, panel size and quotas are frozen.');
errorType(ForumQuestionsAnsweredError, 'ForumQuestionsAnsweredError', 'Someone has applied: the profile questions are frozen.');
builder.objectType(ForumCapacityBelowTakenError, {
  name: 'ForumCapacityBelowTakenError',
  description: 'The capacity would go below the confirmed participants; nothing changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForumCapacityBelowTakenError,
  fields: (t) => ({ capacity: t.exposeInt('capacity'), taken: t.exposeInt('taken') }),
});

// ── Queries ──

builder.queryFields((t) => ({
  forumEvents: t.prismaConnection({
    type: 'ForumEvent',
    cursor: 'id',
    description: 'Forum events, newest first: published and closed ones for everyone; drafts too for coordinators who ask.',
    authScopes: { public: true },
    args: { includeDrafts: t.arg.boolean({ required: false, description: 'Coordinators only; ignored for others.' }) },
    resolve: (query, _root, args, ctx) =>
      prisma.forumEvent.findMany(keysetPage(query, args.includeDrafts && isStaff(ctx.viewer) ? {} : { status: { not: 'DRAFT' as const } }, 'desc')),
    totalCount: (_root, args, ctx) => prisma.forumEvent.count({ where: args.includeDrafts && isStaff(ctx.viewer) ? {} : { status: { not: 'DRAFT' } } }),
  }),
}));

// ── Inputs ──

type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const GenderInput = builder.enumType('ForumGenderRule', { values: ['WOMAN', 'MAN', 'NON_BINARY'] as const, description: 'Whom an event is for, when only one gender.' });

const eventFields = (t: InputFields) => ({
  titleTr: t.string({ required: true, validate: requiredText(160) }),
  titleEn: t.string({ required: true, validate: requiredText(160) }),
  descriptionTr: t.string({ required: false, validate: text(4000).nullish() }),
  descriptionEn: t.string({ required: false, validate: text(4000).nullish() }),
  gender: t.field({ type: GenderInput, required: false }),
  minAge: t.int({ required: true, validate: ageSchema }),
  maxAge: t.int({ required: false, validate: ageSchema.nullish() }),
  residentOfIzmir: t.boolean({ required: false, defaultValue: true }),
});

const CreateForumEventInput = builder.inputType('CreateForumEventInput', { validate: eventRuleSchema, fields: (t) => eventFields(t) });
const UpdateForumEventInput = builder.inputType('UpdateForumEventInput', {
  description: 'Every field of the event, as it is to be.',
  validate: eventRuleSchema,
  fields: (t) => ({ id: t.globalID({ required: true, for: ForumEventType }), ...eventFields(t) }),
});
const SetForumEventStatusInput = builder.inputType('SetForumEventStatusInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: ForumEventType }), status: t.field({ type: ForumEventStatusEnum, required: true }) }),
});

const sessionFields = (t: InputFields) => ({
  title: t.string({ required: true, validate: requiredText(160) }),
  startsAt: t.field({ type: 'DateTime', required: true, validate: sessionInstant }),
  endsAt: t.field({ type: 'DateTime', required: true, validate: sessionInstant }),
  placeName: t.string({ required: true, validate: requiredText(160) }),
  address: t.string({ required: false, validate: text(300).nullish() }),
  capacity: t.int({ required: false, description: 'OPEN sessions: seats.', validate: capacitySchema.nullish() }),
  panelSize: t.int({ required: false, description: 'FOCUS_GROUP sessions: places the selection draws.', validate: panelSizeSchema.nullish() }),
  agenda: t.string({ required: false, validate: text(4000).nullish() }),
  opensAt: t.field({ type: 'DateTime', required: true, validate: sessionInstant }),
  closesAt: t.field({ type: 'DateTime', required: true, validate: sessionInstant }),
});

const CreateForumSessionInput = builder.inputType('CreateForumSessionInput', {
  validate: sessionRuleSchema,
  fields: (t) => ({ eventId: t.globalID({ required: true, for: ForumEventType }), kind: t.field({ type: ForumSessionKindEnum, required: true }), ...sessionFields(t) }),
});
const UpdateForumSessionInput = builder.inputType('UpdateForumSessionInput', {
  description: 'Every field of the session, as it is to be (its kind stays: give the size field of its kind).',
  validate: sessionRuleSchema,
  fields: (t) => ({ id: t.globalID({ required: true, for: ForumSessionType }), ...sessionFields(t) }),
});
const SetForumSessionFacilitatorsInput = builder.inputType('SetForumSessionFacilitatorsInput', {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: ForumSessionType }),
    userIds: t.idList({ required: true, description: 'Global ids of people with the FACILITATOR role; replaces the list.', validate: z.array(globalIdOf('User')).refine((list) => list.length <= MAX_FACILITATORS, { message: 'validation.forums.tooMany', params: { maximum: MAX_FACILITATORS } }) }),
  }),
});

const ForumProfileOptionInput = builder.inputType('ForumProfileOptionInput', {
  fields: (t) => ({
    value: t.string({ required: true, validate: keySchema }),
    labelTr: t.string({ required: true, validate: requiredText(120) }),
    labelEn: t.string({ required: true, validate: requiredText(120) }),
  }),
});
const ForumProfileQuestionInput = builder.inputType('ForumProfileQuestionInput', {
  fields: (t) => ({
    key: t.string({ required: true, validate: keySchema }),
    labelTr: t.string({ required: true, validate: requiredText(200) }),
    labelEn: t.string({ required: true, validate: requiredText(200) }),
    options: t.field({ type: [ForumProfileOptionInput], required: true, validate: listOf(MAX_OPTIONS).min(1, 'validation.required').and(distinctBy('value')) }),
  }),
});
const SetForumProfileQuestionsInput = builder.inputType('SetForumProfileQuestionsInput', {
  fields: (t) => ({
    eventId: t.globalID({ required: true, for: ForumEventType }),
    questions: t.field({ type: [ForumProfileQuestionInput], required: true, validate: listOf(MAX_QUESTIONS).and(distinctBy('key')), description: 'In the order shown; replaces the list.' }),
  }),
});

// ── Mutations ──

type EventInput = { titleTr: string; titleEn: string; descriptionTr?: string | null; descriptionEn?: string | null; gender?: 'WOMAN' | 'MAN' | 'NON_BINARY' | null; minAge: number; maxAge?: number | null; residentOfIzmir?: boolean | null };
const eventData = (input: EventInput): events.EventFields => ({
  titleTr: input.titleTr,
  titleEn: input.titleEn,
  descriptionTr: input.descriptionTr ?? '',
  descriptionEn: input.descriptionEn ?? '',
  gender: input.gender ?? null,
  minAge: input.minAge,
  maxAge: input.maxAge ?? null,
  residentOfIzmir: input.residentOfIzmir ?? true,
});

type SessionInput = Omit<events.SessionFields, 'address' | 'agenda' | 'capacity' | 'panelSize'> & { address?: string | null; agenda?: string | null; capacity?: number | null; panelSize?: number | null };
const sessionData = (input: SessionInput): events.SessionFields => ({
  title: input.title,
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  placeName: input.placeName,
  address: input.address ?? '',
  capacity: input.capacity ?? null,
  panelSize: input.panelSize ?? null,
  agenda: input.agenda ?? '',
  opensAt: input.opensAt,
  closesAt: input.closesAt,
});

const findEvent = (query: object, id: string) => prisma.forumEvent.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
const findSession = (query: object, id: string) => prisma.forumSession.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  createForumEvent: t.prismaField({
    type: ForumEventType,
    description: 'A new event, in DRAFT until published.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateForumEventInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => findEvent(query, (await events.createEvent(eventData(input), actorOf(ctx))).id),
  }),
  updateForumEvent: t.prismaField({
    type: ForumEventType,
    authScopes: { staff: true },
    args: { input: t.arg({ type: UpdateForumEventInput, required: true }) },
    errors: { types: [NotFoundError, ForumEventClosedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await events.updateEvent(input.id.id, eventData(input), actorOf(ctx));
      return findEvent(query, input.id.id);
    },
  }),
  setForumEventStatus: t.prismaField({
    type: ForumEventType,
    description: 'Publishes (DRAFT → PUBLISHED), withdraws to DRAFT or closes an event; a closed event stays closed.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: SetForumEventStatusInput, required: true }) },
    errors: { types: [NotFoundError, ForumEventClosedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await events.setEventStatus(input.id.id, input.status, actorOf(ctx));
      return findEvent(query, input.id.id);
    },
  }),
  createForumSession: t.prismaField({
    type: ForumSessionType,
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateForumSessionInput, required: true }) },
    errors: { types: [NotFoundError, ForumEventClosedError] },
    resolve: async (query, _root, { input }, ctx) => findSession(query, (await events.createSession(input.eventId.id, input.kind, sessionData(input), actorOf(ctx))).id),
  }),
  updateForumSession: t.prismaField({
    type: ForumSessionType,
    authScopes: { staff: true },
    args: { input: t.arg({ type: UpdateForumSessionInput, required: true }) },
    errors: { types: [NotFoundError, ForumEventClosedError, ForumCapacityBelowTakenError, ForumSelectionCommittedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await events.updateSession(input.id.id, sessionData(input), actorOf(ctx));
      return findSession(query, input.id.id);
    },
  }),
  setForumSessionFacilitators: t.prismaField({
    type: ForumSessionType,
    description: "Replaces the session's facilitators (people with the FACILITATOR role).",
    authScopes: { staff: true },
    args: { input: t.arg({ type: SetForumSessionFacilitatorsInput, required: true }) },
    errors: { types: [NotFoundError, ForumNotAFacilitatorError] },
    resolve: async (query, _root, { input }, ctx) => {
      await events.setFacilitators(input.sessionId.id, input.userIds.map(String), actorOf(ctx));
      return findSession(query, input.sessionId.id);
    },
  }),
  setForumProfileQuestions: t.prismaField({
    type: ForumEventType,
    description: "Replaces the event's profile questions and options; refused once anyone has applied.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: SetForumProfileQuestionsInput, required: true }) },
    errors: { types: [NotFoundError, ForumEventClosedError, ForumQuestionsAnsweredError] },
    resolve: async (query, _root, { input }, ctx) => {
      await events.setProfileQuestions(
        input.eventId.id,
        input.questions.map((q) => ({ key: q.key, labelTr: q.labelTr, labelEn: q.labelEn, options: q.options.map((o) => ({ value: o.value, labelTr: o.labelTr, labelEn: o.labelEn })) })),
        actorOf(ctx),
      );
      return findEvent(query, input.eventId.id);
    },
  }),
}));
