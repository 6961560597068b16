// A focus group's fair selection, around the pure engine (./selection/): coordinators set the panel
// size and quotas, preview every applicant's probability (or why no panel meets the quotas and the
// smallest relaxation), commit the LEXIMIN distribution with its SHA-256 and the secret's hash, then
// draw with a public value as the trips' lottery does (seed = HMAC(secret, distributionHash ":"
// publicValue)), reveal the secret and tell everyone. A drop-out is replaced keeping the quotas.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { translate, type Locale } from '../../i18n/messages.ts';
import { publicUrl } from '../accounts/service.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import {
  ForumAlreadyDrawnError,
  ForumNoReplacementError,
  ForumNotSelectedError,
  ForumQuotasInfeasibleError,
  ForumSelectionCommittedError,
  ForumSelectionNotCommittedError,
  ForumSessionKindError,
  ForumUnknownQuotaError,
} from './errors.ts';
import { lockSession, type LockedSession } from './events.ts';
import { selectionPagePath } from './paths.ts';
import {
  canonicalInstance,
  computeSelection,
  drawPanel,
  drawSeed,
  poolHash,
  poolText,
  replaceDropOut,
  secretHash,
  type Conflict,
  type Distribution,
  type QuotaChange,
  type SelectionInput,
} from './selection/index.ts';

// The LP and MIP solves and the draw's writes run under the session's lock, longer than Prisma's default.
const TX_OPTIONS = { maxWait: 30_000, timeout: 120_000 };

export type QuotaInput = { questionKey: string; value: string; min: number; max: number };

function assertFocusGroup(session: LockedSession) {
  if (session.kind !== 'FOCUS_GROUP') throw new ForumSessionKindError('FOCUS_GROUP');
}

/** Sets the panel size and replaces the quotas; values without a quota may fill 0…panel size. */
export async function setQuotas(sessionId: string, panelSize: number, quotas: readonly QuotaInput[], actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    assertFocusGroup(session);
    if (session.selection) throw new ForumSelectionCommittedError();
    const questions = await tx.forumProfileQuestion.findMany({ where: { eventId: session.eventId }, include: { options: { select: { value: true } } } });
    const rows = quotas.map((quota) => {
      const question = questions.find((q) => q.key === quota.questionKey);
      if (!question || !question.options.some((o) => o.value === quota.value)) throw new ForumUnknownQuotaError(quota.questionKey, quota.value);
      return { sessionId, questionId: question.id, optionValue: quota.value, min: quota.min, max: quota.max };
    });
    await tx.forumSession.update({ where: { id: sessionId }, data: { panelSize } });
    await tx.forumQuota.deleteMany({ where: { sessionId } });
    await tx.forumQuota.createMany({ data: rows });
    await audit(tx, actor, 'forums.setQuotas', { type: 'ForumSession', id: sessionId }, { panelSize, quotas: quotas.length });
  });
}

/**
 * The engine's input from the database: the event's questions with the session's quotas, and the
 * applications still applying (or drawn, for a replacement) with their answers, by application id.
 */
async function selectionInput(tx: Tx | typeof prisma, session: { id: string; eventId: string; panelSize: number | null }, ids?: readonly string[]): Promise<SelectionInput> {
  const panelSize = session.panelSize ?? 0;
  const [questions, quotas, applications] = await Promise.all([
    tx.forumProfileQuestion.findMany({ where: { eventId: session.eventId }, include: { options: { select: { value: true } } }, orderBy: { position: 'asc' } }),
    tx.forumQuota.findMany({ where: { sessionId: session.id } }),
    tx.forumApplication.findMany({
      where: ids ? { id: { in: [...ids] } } : { sessionId: session.id, status: 'APPLIED' },
      select: { id: true, answers: { select: { questionId: true, optionValue: true } } },
    }),
  ]);
  const keyOf = new Map(questions.map((q) => [q.id, q.key]));
  return {
    panelSize,
    features: questions.map((q) => ({
      key: q.key,
      values: q.options.map((o) => {
        const quota = quotas.find((row) => row.questionId === q.id && row.optionValue === o.value);
        return { value: o.value, min: quota?.min ?? 0, max: quota?.max ?? panelSize };
      }),
    })),
    applicants: applications.map((a) => ({ id: a.id, answers: Object.fromEntries(a.answers.map((answer) => [keyOf.get(answer.questionId)!, answer.optionValue])) })),
  };
}

export type Explanation = { messages: string[]; relaxation: QuotaChange[] | null; relaxationTotal: number | null };

/** The engine's conflicts as sentences in the caller's language. */
export function explainConflicts(locale: Locale, conflicts: readonly Conflict[]): string[] {
  return conflicts.map((conflict) => {
    if (conflict.key === 'forums.selection.quotasConflict') {
      const quotas = conflict.params.quotas
        .map((q) => translate(locale, q.bound === 'min' ? 'forums.selection.quotaMin' : 'forums.selection.quotaMax', { feature: q.feature, value: q.value, limit: q.limit }))
        .join('; ');
      return translate(locale, conflict.key, { quotas, panelSize: conflict.params.panelSize });
    }
    return translate(locale, conflict.key, conflict.params as Record<string, string | number>);
  });
}

export type Preview =
  | { feasible: true; minimumProbability: number; distributionHash: string; probabilities: { applicationId: string; probability: number }[]; explanation: null }
  | { feasible: false; minimumProbability: null; distributionHash: null; probabilities: []; explanation: Explanation };

/** Every applicant's selection probability under the current quotas, or why no panel meets them. Never an error for quotas. */
export async function preview(sessionId: string, locale: Locale): Promise<Preview> {
  const session = await prisma.forumSession.findUnique({ where: { id: sessionId }, select: { id: true, eventId: true, kind: true, panelSize: true } });
  if (!session) throw new NotFoundError();
  if (session.kind !== 'FOCUS_GROUP') throw new ForumSessionKindError('FOCUS_GROUP');
  const result = await computeSelection(await selectionInput(prisma, session));
  if (result.status === 'infeasible') {
    return {
      feasible: false,
      minimumProbability: null,
      distributionHash: null,
      probabilities: [],
      explanation: { messages: explainConflicts(locale, result.conflicts), relaxation: result.relaxation?.changes ?? null, relaxationTotal: result.relaxation?.totalChange ?? null },
    };
  }
  return {
    feasible: true,
    minimumProbability: result.minimumProbability,
    distributionHash: result.distributionHash,
    probabilities: result.applicantProbabilities.map((p) => ({ applicationId: p.id, probability: p.probability })),
    explanation: null,
  };
}

/** Computes and stores the distribution, its SHA-256 and the secret's hash: from now the pool and quotas are fixed. */
export async function commit(sessionId: string, actor: Actor, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    assertFocusGroup(session);
    if (session.selection) throw new ForumSelectionCommittedError();
    const input = await selectionInput(tx, session);
    const result = await computeSelection(input);
    if (result.status === 'infeasible') {
      const error = new ForumQuotasInfeasibleError(explainConflicts('tr', result.conflicts));
      error.localizedParams = { tr: { reasons: explainConflicts('tr', result.conflicts).join(' ') }, en: { reasons: explainConflicts('en', result.conflicts).join(' ') } };
      throw error;
    }
    const secret = randomBytes(32).toString('hex');
    const instance = canonicalInstance(input);
    await tx.forumSelection.create({
      data: {
        sessionId,
        distribution: result.distributionText,
        distributionHash: result.distributionHash,
        secret,
        secretHash: secretHash(secret),
        algorithm: result.distribution.algorithm,
        poolIds: instance.applicants.map((a) => a.id),
        committedById: actor.userId,
        committedAt: now,
      },
    });
    await audit(tx, actor, 'forums.commitSelection', { type: 'ForumSession', id: sessionId }, {
      distributionHash: result.distributionHash,
      pool: instance.applicants.length,
      panelSize: instance.panelSize,
      minimumProbability: result.minimumProbability,
    });
  }, TX_OPTIONS);
}

/**
 * The committed pool as canonical text (application ids with their answers, quotas, panel size):
 * with the distribution and the seed it recomputes the panel. Its SHA-256 is the distribution's
 * poolHash. For coordinators only: the answers are theirs to see.
 */
export async function poolRecord(sessionId: string): Promise<string | null> {
  const selection = await prisma.forumSelection.findUnique({ where: { sessionId }, select: { poolIds: true, session: { select: { id: true, eventId: true, panelSize: true } } } });
  if (!selection) return null;
  return poolText(canonicalInstance(await selectionInput(prisma, selection.session, selection.poolIds)));
}

/** Draws the panel: the seed from the secret, the distribution's hash and the public value; statuses, mail, the secret revealed. */
export async function draw(sessionId: string, publicValue: string, actor: Actor, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    assertFocusGroup(session);
    const selection = await tx.forumSelection.findUnique({ where: { sessionId } });
    if (!selection) throw new ForumSelectionNotCommittedError();
    if (selection.status === 'DRAWN') throw new ForumAlreadyDrawnError();
    const distribution = JSON.parse(selection.distribution) as Distribution;
    const instance = canonicalInstance(await selectionInput(tx, session, selection.poolIds));
    // The pool is frozen at commit; a different hash would mean the rows changed underneath.
    if (poolHash(instance) !== distribution.poolHash) throw new ForumSelectionCommittedError();
    const seed = drawSeed(selection.secret, selection.distributionHash, publicValue);
    const outcome = drawPanel(instance, distribution, selection.distributionHash, seed);
    await tx.forumSelection.update({
      where: { id: selection.id },
      data: { status: 'DRAWN', publicValue, seed, panelIds: outcome.panel, waitlistIds: outcome.waitlist, drawnAt: now, drawnById: actor.userId },
    });
    const applications = await tx.forumApplication.findMany({
      where: { id: { in: selection.poolIds } },
      select: { id: true, user: { select: { id: true, email: true, firstName: true, locale: true, erasedAt: true } } },
    });
    const byId = new Map(applications.map((a) => [a.id, a]));
    const selectionUrl = `${publicUrl()}${selectionPagePath(sessionId)}`;
    const ordered = [...outcome.panel.map((id) => ({ id, selected: true, rank: null })), ...outcome.waitlist.map((id, i) => ({ id, selected: false, rank: i + 1 }))];
    for (const { id, selected, rank } of ordered) {
      await tx.forumApplication.update({ where: { id }, data: selected ? { status: 'SELECTED', waitlistRank: null } : { status: 'WAITLISTED', waitlistRank: rank } });
      const user = byId.get(id)?.user;
      if (!user || user.erasedAt) continue;
      const params = {
        firstName: user.firstName,
        event: user.locale === 'tr' ? session.event.titleTr : session.event.titleEn,
        session: session.title,
        startsAt: session.startsAt,
        placeName: session.placeName,
        selectionUrl,
      };
      if (selected) await enqueueEmail(tx, { template: 'forumSelected', locale: user.locale, to: user.email, userId: user.id, params });
      else await enqueueEmail(tx, { template: 'forumNotSelected', locale: user.locale, to: user.email, userId: user.id, params: { ...params, waitlistRank: rank! } });
    }
    await audit(tx, actor, 'forums.drawSelection', { type: 'ForumSession', id: sessionId }, {
      algorithm: distribution.algorithm,
      distributionHash: selection.distributionHash,
      publicValue,
      seed,
      panelIndex: outcome.panelIndex,
      panel: outcome.panel,
      waitlist: outcome.waitlist,
    });
  }, TX_OPTIONS);
  notifyOutbox();
}

/**
 * Replaces a selected participant who dropped out (still SELECTED, or withdrawn since the draw) with
 * the first on the waitlist who keeps every quota (replaceDropOut); she is told as if drawn.
 */
export async function replaceParticipant(applicationId: string, actor: Actor): Promise<{ replacementId: string }> {
  const result = await prisma.$transaction(async (tx) => {
    const found = await tx.forumApplication.findUnique({ where: { id: applicationId }, select: { sessionId: true } });
    if (!found) throw new NotFoundError();
    const session = await lockSession(tx, found.sessionId);
    const selection = await tx.forumSelection.findUnique({ where: { sessionId: session.id } });
    if (!selection || selection.status !== 'DRAWN') throw new ForumSelectionNotCommittedError();
    const leaving = await tx.forumApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } });
    if (!selection.panelIds.includes(applicationId) || !(leaving.status === 'SELECTED' || leaving.status === 'WITHDRAWN')) throw new ForumNotSelectedError();
    const instance = canonicalInstance(await selectionInput(tx, session, selection.poolIds));
    // Only those still waiting may step in: someone who withdrew from the waitlist is passed over.
    const waiting = new Set((await tx.forumApplication.findMany({ where: { id: { in: selection.waitlistIds }, status: 'WAITLISTED' }, select: { id: true } })).map((a) => a.id));
    const replacement = replaceDropOut(instance, selection.panelIds, selection.waitlistIds.filter((id) => waiting.has(id)), applicationId);
    if (replacement.status === 'none') throw new ForumNoReplacementError();
    const waitlistIds = selection.waitlistIds.filter((id) => id !== replacement.id);
    await tx.forumSelection.update({ where: { id: selection.id }, data: { panelIds: replacement.panel, waitlistIds } });
    await tx.forumApplication.update({ where: { id: applicationId }, data: { status: 'REPLACED', waitlistRank: null } });
    await tx.forumApplication.update({ where: { id: replacement.id }, data: { status: 'SELECTED', waitlistRank: null } });
    // The rest keep their order on the reserve list.
    let rank = 0;
    for (const id of waitlistIds) if (waiting.has(id)) await tx.forumApplication.update({ where: { id }, data: { waitlistRank: (rank += 1) } });
    const user = (await tx.forumApplication.findUniqueOrThrow({ where: { id: replacement.id }, select: { user: { select: { id: true, email: true, firstName: true, locale: true, erasedAt: true } } } })).user;
    if (!user.erasedAt) {
      await enqueueEmail(tx, {
        template: 'forumSelected',
        locale: user.locale,
        to: user.email,
        userId: user.id,
        params: {
          firstName: user.firstName,
          event: user.locale === 'tr' ? session.event.titleTr : session.event.titleEn,
          session: session.title,
          startsAt: session.startsAt,
          placeName: session.placeName,
          selectionUrl: `${publicUrl()}${selectionPagePath(session.id)}`,
        },
      });
    }
    await audit(tx, actor, 'forums.replaceParticipant', { type: 'ForumApplication', id: applicationId }, { replacement: replacement.id, panel: replacement.panel });
    return { replacementId: replacement.id };
  }, TX_OPTIONS);
  notifyOutbox();
  return result;
}
