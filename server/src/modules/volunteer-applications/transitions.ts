// The one way an application changes status: locked, checked against the state machine,
// recorded on the timeline and in the audit log, and told to the applicant in their language.
import { canTransition, type ApplicationStatusName, type TransitionActor } from '@katilim/schema/application-status';
import type { Actor } from '../../context.ts';
import type { Tx } from '../../db/prisma.ts';
import { NotFoundError, SelfActionError } from '../../errors.ts';
import { audit } from '../audit/service.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { IllegalTransitionError } from './errors.ts';

export type TransitionRequest = {
  applicationId: string;
  to: ApplicationStatusName;
  by: TransitionActor;
  note?: string | null;
  /** Extra text for the applicant's mail (e.g. the templated rejection message). */
  message?: string | null;
};

/**
 * Moves one application. Call inside a transaction; the row is locked first so two coordinators
 * (or a coordinator and the applicant) cannot both move it from the same status.
 */
export async function transitionApplication(tx: Tx, actor: Actor, request: TransitionRequest) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "VolunteerApplication" WHERE id = ${request.applicationId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError();
  const application = await tx.volunteerApplication.findUniqueOrThrow({
    where: { id: request.applicationId },
    select: {
      id: true,
      status: true,
      roundId: true,
      round: { select: { titleTr: true, titleEn: true } },
      applicant: { select: { id: true, email: true, firstName: true, locale: true, erasedAt: true } },
    },
  });
  const from = application.status as ApplicationStatusName;
  // Second line behind the staffOn scope: a coordinator's move is never on their own application.
  if (request.by === 'COORDINATOR' && actor.userId === application.applicant.id) throw new SelfActionError();
  if (!canTransition(from, request.to, request.by)) throw new IllegalTransitionError(from, request.to);

  const now = new Date();
  const updated = await tx.volunteerApplication.update({
    where: { id: application.id },
    data: {
      status: request.to,
      statusChangedAt: now,
      ...(request.to === 'SUBMITTED' ? { submittedAt: now } : {}),
    },
  });
  await tx.applicationEvent.create({
    data: { applicationId: application.id, fromStatus: from, toStatus: request.to, actorId: actor.userId, note: request.note ?? null },
  });
  await audit(tx, actor, 'application.transition', { type: 'VolunteerApplication', id: application.id }, { from, to: request.to, by: request.by });

  const applicant = application.applicant;
  if (!applicant.erasedAt && request.to !== 'DRAFT') {
    await enqueueEmail(tx, {
      template: 'applicationStatusChanged',
      locale: applicant.locale,
      to: applicant.email,
      userId: applicant.id,
      params: {
        firstName: applicant.firstName,
        roundTitle: applicant.locale === 'en' ? application.round.titleEn : application.round.titleTr,
        status: request.to,
        message: request.message ?? null,
      },
    });
  }
  return updated;
}
