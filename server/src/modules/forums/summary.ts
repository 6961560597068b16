// A session's summary for those who took part: they read its findings and may leave a comment, kept
// only with their consent that the session's facilitators and coordinators read it, and deleted
// whenever they wish.
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { audit } from '../audit/service.ts';
import { ForumCommentConsentError, ForumNotSessionParticipantError } from './errors.ts';

/** Took part: a confirmed place at an open forum, or selected for a focus group. */
export async function isSessionParticipant(db: Tx | typeof prisma, sessionId: string, userId: string | null): Promise<boolean> {
  if (!userId) return false;
  const [registrations, applications] = await Promise.all([
    db.forumRegistration.count({ where: { sessionId, userId, status: 'CONFIRMED' } }),
    db.forumApplication.count({ where: { sessionId, userId, status: 'SELECTED' } }),
  ]);
  return registrations + applications > 0;
}

export type CommentInput = { sessionId: string; body: string; consent: boolean };

export async function addComment(input: CommentInput, actor: Actor): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const session = await tx.forumSession.findUnique({ where: { id: input.sessionId }, select: { id: true } });
    if (!session) throw new NotFoundError();
    if (!(await isSessionParticipant(tx, input.sessionId, actor.userId))) throw new ForumNotSessionParticipantError();
    if (!input.consent) throw new ForumCommentConsentError();
    const comment = await tx.forumComment.create({
      data: { sessionId: input.sessionId, userId: actor.userId!, body: input.body, consentAt: new Date() },
      select: { id: true },
    });
    await audit(tx, actor, 'forums.comment', { type: 'ForumComment', id: comment.id }, { sessionId: input.sessionId });
    return comment;
  });
}

/** Deletes the caller's own comment (withdrawing her consent); anyone else's is not found. */
export async function deleteComment(commentId: string, actor: Actor): Promise<{ sessionId: string }> {
  return prisma.$transaction(async (tx) => {
    const comment = await tx.forumComment.findUnique({ where: { id: commentId }, select: { userId: true, sessionId: true } });
    if (!comment || comment.userId !== actor.userId) throw new NotFoundError();
    await tx.forumComment.delete({ where: { id: commentId } });
    await audit(tx, actor, 'forums.deleteComment', { type: 'ForumComment', id: commentId }, { sessionId: comment.sessionId });
    return { sessionId: comment.sessionId };
  });
}
