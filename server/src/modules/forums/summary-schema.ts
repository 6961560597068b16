// Forums: what the people who took part see afterwards (the session's findings, their comments) and
// what a facilitator needs to run a session (her sessions, who is coming).
import { builder, registerNodeType } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { errorType, nonEmpty } from '../common/schema.ts';
import { requiredText } from '../common/validation.ts';
import { ForumCommentConsentError, ForumNotSessionParticipantError } from './errors.ts';
import { runnerOf } from './policy.ts';
import { addComment, deleteComment } from './summary.ts';
import { ForumSessionType, viewerId } from './types-schema.ts';

errorType(ForumNotSessionParticipantError, 'ForumNotSessionParticipantError', "The caller did not take part in this session.");
errorType(ForumCommentConsentError, 'ForumCommentConsentError', 'A comment is kept only with consent that the session’s runners read it.');

const self = (ctx: Context) => ({ ...actorOf(ctx), userId: ctx.viewer!.id });

registerNodeType('ForumComment');
export const ForumCommentType = builder.prismaNode('ForumComment', {
  id: { field: 'id' },
  nullable: true,
  select: { id: true, userId: true, sessionId: true },
  description: "A participant's comment on a session's summary: for her and the session's facilitators and coordinators.",
  authScopes: async (row, ctx) => ctx.viewer?.id === row.userId || (await runnerOf(row.sessionId, ctx)),
  fields: (t) => ({
    body: t.exposeString('body'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    authorName: t.string({ select: { user: { select: { firstName: true, lastName: true } } }, resolve: (c) => `${c.user.firstName} ${c.user.lastName}` }),
    mine: t.boolean({ resolve: (c, _args, ctx) => c.userId === ctx.viewer?.id }),
  }),
});

builder.prismaObjectFields('ForumSession', (t) => ({
  comments: t.relation('comments', {
    description: "Participants' comments on the summary: the session's facilitators and coordinators.",
    authScopes: (session, _args, ctx) => runnerOf(session.id, ctx),
    complexity: { field: 1, multiplier: 10 },
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 200 },
  }),
  myComments: t.relation('comments', {
    description: "The caller's own comments on the summary (empty for anonymous callers).",
    complexity: { field: 1, multiplier: 5 },
    query: (_args, ctx) => ({ where: { userId: viewerId(ctx) }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 50 }),
  }),
  confirmedRegistrations: t.relation('registrations', {
    description: "OPEN: who holds a place, in arrival order: the session's facilitators and coordinators.",
    authScopes: (session, _args, ctx) => runnerOf(session.id, ctx),
    complexity: { field: 1, multiplier: 10 },
    query: { where: { status: 'CONFIRMED' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 500 },
  }),
  selectedApplications: t.relation('applications', {
    description: "FOCUS_GROUP: the drawn panel: the session's facilitators and coordinators.",
    authScopes: (session, _args, ctx) => runnerOf(session.id, ctx),
    complexity: { field: 1, multiplier: 10 },
    query: { where: { status: 'SELECTED' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 500 },
  }),
}));

builder.queryFields((t) => ({
  myFacilitatedForumSessions: t.prismaField({
    type: [ForumSessionType],
    description: 'The sessions the caller facilitates (FACILITATOR role and assigned), soonest first; past ones too.',
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer!.roles.has('FACILITATOR')
        ? prisma.forumSession.findMany({ ...query, where: { facilitators: { some: { userId: ctx.viewer!.id } } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take: 200 })
        : prisma.forumSession.findMany({ ...query, where: { id: { in: [] } } }),
  }),
}));

const CommentOnForumSummaryInput = builder.inputType('CommentOnForumSummaryInput', {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: ForumSessionType }),
    body: t.string({ required: true, validate: requiredText(2000) }),
    consent: t.boolean({ required: true, description: "Agreement that the session's facilitators and coordinators read the comment." }),
  }),
});
const DeleteForumCommentInput = builder.inputType('DeleteForumCommentInput', {
  fields: (t) => ({ commentId: t.globalID({ required: true, for: ForumCommentType }) }),
});

builder.mutationFields((t) => ({
  commentOnForumSummary: t.prismaField({
    type: ForumCommentType,
    description: 'Leaves a comment on the summary of a session the caller took part in.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: CommentOnForumSummaryInput, required: true }) },
    errors: { types: [NotFoundError, ForumNotSessionParticipantError, ForumCommentConsentError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await addComment({ sessionId: input.sessionId.id, body: input.body, consent: input.consent }, self(ctx));
      return prisma.forumComment.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  deleteForumComment: t.prismaField({
    type: ForumSessionType,
    description: "Deletes the caller's own comment; returns its session.",
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: DeleteForumCommentInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { sessionId } = await deleteComment(input.commentId.id, self(ctx));
      return prisma.forumSession.findUniqueOrThrow({ ...nonEmpty(query), where: { id: sessionId } });
    },
  }),
}));
