// Forums: a focus group's fair selection. Coordinators set the panel size and quotas, preview every
// applicant's probability (or why no panel meets the quotas, and the smallest relaxation), commit the
// distribution and the secret's hash, draw with a public value, and replace drop-outs. The public
// record (forumSelection) names no one: application ids, hashes, the distribution, the seed.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import {
  ForumAlreadyDrawnError,
  ForumNoReplacementError,
  ForumNotDrawnError,
  ForumNotSelectedError,
  ForumQuotasInfeasibleError,
  ForumSelectionCommittedError,
  ForumSelectionNotCommittedError,
  ForumSessionKindError,
  ForumUnknownQuotaError,
} from './errors.ts';
import { applications as applicationsAbout } from './policy.ts';
import * as selection from './selection.ts';
import { ForumApplicationType, ForumSessionType } from './types-schema.ts';
import { listOf, MAX_QUOTAS, panelSizeSchema, publicValueSchema, quotaBoundSchema, quotaRuleSchema, keySchema } from './validation.ts';

// ── Errors ──

errorType(ForumSelectionNotCommittedError, 'ForumSelectionNotCommittedError', 'The distribution has not been committed yet.');
errorType(ForumAlreadyDrawnError, 'ForumAlreadyDrawnError', 'The focus group has been drawn already.');
errorType(ForumNotDrawnError, 'ForumNotDrawnError', 'The focus group has not been drawn yet.');
errorType(ForumQuotasInfeasibleError, 'ForumQuotasInfeasibleError', 'No panel meets every quota; the message says why (forumSelectionPreview gives the relaxation).');
errorType(ForumNotSelectedError, 'ForumNotSelectedError', 'Only a selected participant can be replaced.');
errorType(ForumNoReplacementError, 'ForumNoReplacementError', 'Nobody on the waitlist keeps every quota.');
builder.objectType(ForumUnknownQuotaError, {
  name: 'ForumUnknownQuotaError',
  description: 'A quota names a question or option the event does not have.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForumUnknownQuotaError,
  fields: (t) => ({ questionKey: t.exposeString('questionKey'), value: t.exposeString('optionValue') }),
});

// ── The public record ──

export const ForumSelectionType = builder.prismaObject('ForumSelection', {
  description:
    'A focus group’s selection as anyone can check it: secretHash and the distribution (with its SHA-256) from the commitment; publicValue, seed, the panel and waitlist in draw order (application ids) and the secret after the draw.',
  fields: (t) => ({
    status: t.exposeString('status'),
    algorithm: t.exposeString('algorithm'),
    distribution: t.exposeString('distribution', { description: 'Canonical JSON of the LEXIMIN distribution: answer types, panels with integer weights out of 2^32, probabilities.' }),
    distributionHash: t.exposeString('distributionHash'),
    secretHash: t.exposeString('secretHash', { description: 'SHA-256 (hex) of the secret’s text, published at the commitment.' }),
    secret: t.string({ nullable: true, description: 'Revealed once drawn.', select: { secret: true, status: true }, resolve: (s) => (s.status === 'DRAWN' ? s.secret : null) }),
    publicValue: t.exposeString('publicValue', { nullable: true }),
    seed: t.exposeString('seed', { nullable: true, description: 'HMAC-SHA256(secret, distributionHash ":" publicValue), hex.' }),
    poolIds: t.stringList({ select: { poolIds: true }, resolve: (s) => s.poolIds.map((id) => encodeGlobalID('ForumApplication', id)) }),
    panelIds: t.stringList({ select: { panelIds: true }, resolve: (s) => s.panelIds.map((id) => encodeGlobalID('ForumApplication', id)) }),
    waitlistIds: t.stringList({ select: { waitlistIds: true }, resolve: (s) => s.waitlistIds.map((id) => encodeGlobalID('ForumApplication', id)) }),
    pool: t.string({
      nullable: true,
      description: 'The committed pool as canonical JSON (application ids with their answers): SHA-256 equals the distribution’s poolHash. Coordinators only.',
      authScopes: { staff: true },
      select: { sessionId: true },
      resolve: (s) => selection.poolRecord(s.sessionId),
    }),
    committedAt: t.expose('committedAt', { type: 'DateTime' }),
    drawnAt: t.expose('drawnAt', { type: 'DateTime', nullable: true }),
  }),
});

const ForumQuotaRef = builder.simpleObject('ForumQuotaRule', {
  description: 'How many of the panel must (min) and may (max) have an answer.',
  fields: (t) => ({ questionKey: t.string(), value: t.string(), min: t.int(), max: t.int() }),
});

builder.prismaObjectFields('ForumSession', (t) => ({
  selection: t.relation('selection', { nullable: true, description: 'The focus group’s public selection record, once committed.' }),
  quotas: t.field({
    type: [ForumQuotaRef],
    description: 'The quotas per answer (public: they are part of the selection’s rules).',
    select: { quotas: { select: { optionValue: true, min: true, max: true, question: { select: { key: true } } }, orderBy: [{ question: { position: 'asc' } }, { optionValue: 'asc' }] } },
    resolve: (s) => s.quotas.map((q) => ({ questionKey: q.question.key, value: q.optionValue, min: q.min, max: q.max })),
  }),
}));

// ── The preview ──

const ForumQuotaChangeType = builder.simpleObject('ForumQuotaChange', {
  description: 'One quota the smallest relaxation changes, from → to (null when that bound stays).',
  fields: (t) => ({
    questionKey: t.string(),
    value: t.string(),
    minFrom: t.int({ nullable: true }),
    minTo: t.int({ nullable: true }),
    maxFrom: t.int({ nullable: true }),
    maxTo: t.int({ nullable: true }),
  }),
});

const ForumApplicantProbabilityType = builder.simpleObject('ForumApplicantProbability', {
  fields: (t) => ({ applicationId: t.id(), probability: t.float({ description: '0…1, 9 decimals.' }) }),
});

const ForumSelectionPreviewType = builder.simpleObject('ForumSelectionPreview', {
  description: 'Every applicant’s chance of selection under the current quotas, or why no panel meets them and the smallest relaxation.',
  fields: (t) => ({
    feasible: t.boolean(),
    minimumProbability: t.float({ nullable: true }),
    distributionHash: t.string({ nullable: true, description: 'What commitForumSelection would store (if nothing changes).' }),
    probabilities: t.field({ type: [ForumApplicantProbabilityType] }),
    conflicts: t.stringList({ description: 'Why no panel meets the quotas, in the caller’s language.' }),
    relaxation: t.field({ type: [ForumQuotaChangeType], nullable: true, description: 'The fewest quota changes after which a panel exists; null when none does.' }),
    relaxationTotal: t.int({ nullable: true }),
  }),
});

builder.queryFields((t) => ({
  forumSelectionPreview: t.field({
    type: ForumSelectionPreviewType,
    description: "A focus group's probabilities before the draw (coordinators): never an error for quotas that conflict.",
    authScopes: { staff: true },
    args: { sessionId: t.arg.globalID({ required: true, for: ForumSessionType }) },
    errors: { types: [NotFoundError, ForumSessionKindError] },
    resolve: async (_root, args, ctx) => {
      const preview = await selection.preview(args.sessionId.id, ctx.locale);
      return {
        feasible: preview.feasible,
        minimumProbability: preview.minimumProbability,
        distributionHash: preview.distributionHash,
        probabilities: preview.probabilities.map((p) => ({ applicationId: encodeGlobalID('ForumApplication', p.applicationId), probability: p.probability })),
        conflicts: preview.explanation?.messages ?? [],
        relaxation:
          preview.explanation?.relaxation?.map((c) => ({
            questionKey: c.feature,
            value: c.value,
            minFrom: c.min?.from ?? null,
            minTo: c.min?.to ?? null,
            maxFrom: c.max?.from ?? null,
            maxTo: c.max?.to ?? null,
          })) ?? null,
        relaxationTotal: preview.explanation?.relaxationTotal ?? null,
      };
    },
  }),
}));

// ── Inputs ──

const ForumQuotaInput = builder.inputType('ForumQuotaInput', {
  validate: quotaRuleSchema,
  fields: (t) => ({
    questionKey: t.string({ required: true, validate: keySchema }),
    value: t.string({ required: true, validate: keySchema }),
    min: t.int({ required: true, validate: quotaBoundSchema }),
    max: t.int({ required: true, validate: quotaBoundSchema }),
  }),
});
const SetForumQuotasInput = builder.inputType('SetForumQuotasInput', {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: ForumSessionType }),
    panelSize: t.int({ required: true, validate: panelSizeSchema }),
    quotas: t.field({ type: [ForumQuotaInput], required: true, validate: listOf(MAX_QUOTAS), description: 'Replaces the quotas; an answer without one may fill 0…panelSize.' }),
  }),
});
const ForumSessionRefInput = builder.inputType('ForumSelectionSessionInput', { fields: (t) => ({ sessionId: t.globalID({ required: true, for: ForumSessionType }) }) });
const DrawForumSelectionInput = builder.inputType('DrawForumSelectionInput', {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: ForumSessionType }),
    publicValue: t.string({ required: true, description: 'A value nobody knew at the commitment (a drand round’s randomness, lottery numbers).', validate: publicValueSchema }),
  }),
});
const ReplaceForumParticipantInput = builder.inputType('ReplaceForumParticipantInput', { fields: (t) => ({ applicationId: t.globalID({ required: true, for: ForumApplicationType }) }) });

// ── Mutations ──

const findSession = (query: object, id: string) => prisma.forumSession.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  setForumQuotas: t.prismaField({
    type: ForumSessionType,
    description: "Sets a focus group's panel size and quotas (before the commitment).",
    authScopes: { staff: true },
    args: { input: t.arg({ type: SetForumQuotasInput, required: true }) },
    errors: { types: [NotFoundError, ForumSessionKindError, ForumSelectionCommittedError, ForumUnknownQuotaError] },
    resolve: async (query, _root, { input }, ctx) => {
      await selection.setQuotas(input.sessionId.id, input.panelSize, input.quotas.map((q) => ({ questionKey: q.questionKey, value: q.value, min: q.min, max: q.max })), actorOf(ctx));
      return findSession(query, input.sessionId.id);
    },
  }),
  commitForumSelection: t.prismaField({
    type: ForumSessionType,
    description: 'Computes and stores the LEXIMIN distribution, its SHA-256 and the secret’s hash (public at once); the pool and quotas freeze.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: ForumSessionRefInput, required: true }) },
    errors: { types: [NotFoundError, ForumSessionKindError, ForumSelectionCommittedError, ForumQuotasInfeasibleError] },
    resolve: async (query, _root, { input }, ctx) => {
      await selection.commit(input.sessionId.id, actorOf(ctx));
      return findSession(query, input.sessionId.id);
    },
  }),
  drawForumSelection: t.prismaField({
    type: ForumSessionType,
    description: 'Draws the panel from the committed distribution with the public value; everyone is told, the secret revealed.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: DrawForumSelectionInput, required: true }) },
    errors: { types: [NotFoundError, ForumSessionKindError, ForumSelectionNotCommittedError, ForumAlreadyDrawnError, ForumSelectionCommittedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await selection.draw(input.sessionId.id, input.publicValue, actorOf(ctx));
      return findSession(query, input.sessionId.id);
    },
  }),
  replaceForumParticipant: t.prismaField({
    type: ForumApplicationType,
    description: 'Replaces a selected participant who dropped out with the first on the waitlist who keeps every quota; answers the replacement. Never one’s own.',
    authScopes: (_root, { input }) => ({ staffOn: [applicationsAbout(input.applicationId)] }),
    args: { input: t.arg({ type: ReplaceForumParticipantInput, required: true }) },
    errors: { types: [NotFoundError, ForumSelectionNotCommittedError, ForumNotSelectedError, ForumNoReplacementError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { replacementId } = await selection.replaceParticipant(input.applicationId.id, actorOf(ctx));
      return prisma.forumApplication.findUniqueOrThrow({ ...nonEmpty(query), where: { id: replacementId } });
    },
  }),
}));
