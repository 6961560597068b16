// Shifts, sign-up part: the coordinator's roster actions. Assign (the sign-up rules apply; an
// override with a reason skips them, audited, but never capacity), remove, message everyone.
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError, type DomainError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { UserType } from '../accounts/schema.ts';
import { nonEmpty } from '../common/schema.ts';
import { requiredText, text } from '../common/validation.ts';
import { idListSchema } from '../trainings/validation.ts';
import { assignToShift, messageShift, removeFromShift } from './coordination.ts';
import { ShiftFullError } from './errors-signup.ts';
import { people, shiftSignups } from './policy.ts';
import { ShiftSignupType, ShiftType } from './types-schema.ts';
import { foldForSearch } from '../../text.ts';
import { ON_SHIFT } from './rules.ts';

builder.queryFields((t) => ({
  shiftAssignCandidates: t.prismaField({
    type: ['User'],
    description: 'Active volunteers not yet on the shift or its waitlist, by name (Turkish-folded search), at most 20.',
    authScopes: { staff: true },
    args: {
      shiftId: t.arg.globalID({ required: true, for: ShiftType }),
      search: t.arg.string({ required: false, validate: text(100).nullish() }),
    },
    resolve: (query, _root, args) => {
      const words = foldForSearch(args.search ?? '').split(' ').filter(Boolean);
      return prisma.user.findMany({
        ...nonEmpty(query),
        where: {
          erasedAt: null,
          roles: { some: { role: 'VOLUNTEER' } },
          shiftSignups: { none: { shiftId: args.shiftId.id, status: { in: [...ON_SHIFT] } } },
          ...(words.length ? { AND: words.map((word) => ({ nameSearchText: { contains: word } })) } : {}),
        },
        orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
        take: 20,
      });
    },
  }),
}));

// ── Mutations: coordinators on a roster ──

const AssignToShiftInput = builder.inputType('AssignToShiftInput', {
  fields: (t) => ({
    shiftId: t.globalID({ required: true, for: ShiftType }),
    userIds: t.globalIDList({ required: true, for: UserType, validate: idListSchema(50) }),
    overrideReason: t.string({
      required: false,
      description: 'Skips the sign-up rules (never capacity) for these people; recorded in the audit log.',
      validate: text(500).nullish(),
    }),
  }),
});
const RemoveFromShiftInput = builder.inputType('RemoveFromShiftInput', {
  fields: (t) => ({ signupIds: t.globalIDList({ required: true, for: ShiftSignupType, validate: idListSchema(100) }) }),
});
const MessageShiftInput = builder.inputType('MessageShiftInput', {
  fields: (t) => ({
    shiftId: t.globalID({ required: true, for: ShiftType }),
    subject: t.string({ required: true, validate: requiredText(160) }),
    body: t.string({ required: true, validate: requiredText(5000) }),
  }),
});

type Refusal = { userId: string; error: DomainError };
const AssignmentRefusal = builder.objectRef<Refusal>('ShiftAssignmentRefusal').implement({
  description: 'A person left off an assignment and the rule they broke.',
  fields: (t) => ({
    volunteer: t.prismaField({ type: 'User', resolve: (query, refusal) => prisma.user.findUniqueOrThrow({ ...nonEmpty(query), where: { id: refusal.userId } }) }),
    // An Error instance returned from a resolver would be raised by graphql-js: answer its code and message.
    code: t.string({ resolve: (refusal) => refusal.error.code }),
    message: t.string({
      resolve: (refusal, _args, ctx) => translate(ctx.locale, refusal.error.messageKey, { ...refusal.error.params, ...refusal.error.localizedParams[ctx.locale] }),
    }),
  }),
});
const AssignToShiftResult = builder.objectRef<{ signupIds: string[]; refused: Refusal[] }>('AssignToShiftResult').implement({
  fields: (t) => ({
    signups: t.prismaField({
      type: ['ShiftSignup'],
      description: 'The sign-ups made (CONFIRMED).',
      resolve: (query, result) => prisma.shiftSignup.findMany({ ...nonEmpty(query), where: { id: { in: result.signupIds } }, orderBy: { id: 'asc' } }),
    }),
    refused: t.field({ type: [AssignmentRefusal], description: 'People left off, with the rule each broke.', resolve: (result) => result.refused }),
  }),
});
const MessageShiftResult = builder.simpleObject('MessageShiftResult', {
  fields: (t) => ({ recipients: t.int({ description: 'People mailed: everyone confirmed or offered a place.' }) }),
});

builder.mutationFields((t) => ({
  assignToShift: t.field({
    type: AssignToShiftResult,
    description: 'Puts volunteers on a shift, CONFIRMED. Those who break a sign-up rule are reported and left off, unless overrideReason is given; capacity is never overridden.',
    authScopes: (_root, { input }) => ({ staffOn: [people(input.userIds)] }),
    args: { input: t.arg({ type: AssignToShiftInput, required: true }) },
    errors: { types: [NotFoundError, ShiftFullError] },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await assignToShift(
        input.shiftId.id,
        input.userIds.map((u) => u.id),
        input.overrideReason?.trim() || null,
        actorOf(ctx),
      );
      return outcome;
    },
  }),
  removeFromShift: t.prismaField({
    type: ['ShiftSignup'],
    description: 'Takes people off their shifts (REMOVED); freed places go to the waitlist. Answers the sign-ups removed.',
    authScopes: (_root, { input }) => ({ staffOn: [shiftSignups(input.signupIds)] }),
    args: { input: t.arg({ type: RemoveFromShiftInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const removed = await removeFromShift(input.signupIds.map((s) => s.id), actorOf(ctx));
      return prisma.shiftSignup.findMany({ ...nonEmpty(query), where: { id: { in: removed } }, orderBy: { id: 'asc' } });
    },
  }),
  messageShift: t.field({
    type: MessageShiftResult,
    description: 'Mails everyone confirmed or offered a place on the shift.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: MessageShiftInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (_root, { input }, ctx) => ({ recipients: await messageShift(input.shiftId.id, input.subject, input.body, actorOf(ctx)) }),
  }),
}));
