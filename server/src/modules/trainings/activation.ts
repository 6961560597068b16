// Activation: a person in training who holds every qualification the round requires becomes an
// active volunteer in the areas they chose. Training is not optional: only IN_TRAINING moves on.
import type { ApplicationStatusName } from '@katilim/schema/application-status';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { IllegalTransitionError, QualificationsMissingError } from '../volunteer-applications/errors.ts';
import { transitionApplication } from '../volunteer-applications/transitions.ts';

/** The round's required qualifications the person holds no valid (unexpired) grant of. */
export async function missingQualifications(tx: Tx, roundId: string, userId: string, now = new Date()) {
  const required = await tx.roundQualification.findMany({
    where: { roundId },
    select: { qualification: true },
    orderBy: { qualification: { nameTr: 'asc' } },
  });
  if (required.length === 0) return [];
  const held = await tx.userQualification.findMany({
    where: { userId, expiresAt: { gt: now }, qualificationId: { in: required.map((r) => r.qualification.id) } },
    select: { qualificationId: true },
  });
  const valid = new Set(held.map((h) => h.qualificationId));
  return required.map((r) => r.qualification).filter((q) => !valid.has(q.id));
}

export async function activateVolunteer(applicationId: string, actor: Actor) {
  const activated = await prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "VolunteerApplication" WHERE id = ${applicationId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError();
    const application = await tx.volunteerApplication.findUniqueOrThrow({
      where: { id: applicationId },
      select: { id: true, status: true, roundId: true, applicantId: true, choices: { select: { areaId: true } } },
    });
    // The status is checked before the qualifications: "activate without training" is an illegal
    // move whatever the person holds.
    const from = application.status as ApplicationStatusName;
    if (from !== 'IN_TRAINING') throw new IllegalTransitionError(from, 'ACTIVE');
    const missing = await missingQualifications(tx, application.roundId, application.applicantId);
    if (missing.length) throw new QualificationsMissingError(missing);

    await transitionApplication(tx, actor, { applicationId, to: 'ACTIVE', by: 'COORDINATOR' });
    const userId = application.applicantId;
    const hasRole = await tx.roleGrant.findUnique({ where: { userId_role: { userId, role: 'VOLUNTEER' } }, select: { id: true } });
    if (!hasRole) {
      await tx.roleGrant.create({ data: { userId, role: 'VOLUNTEER', grantedById: actor.userId } });
      await audit(tx, actor, 'role.grant', { type: 'User', id: userId }, { role: 'VOLUNTEER' });
    }
    const areaIds = application.choices.map((c) => c.areaId);
    await tx.volunteerAreaAssignment.createMany({ data: areaIds.map((areaId) => ({ userId, areaId })), skipDuplicates: true });
    await audit(tx, actor, 'volunteer.activate', { type: 'VolunteerApplication', id: applicationId }, { userId, areaIds });
    return application;
  });
  notifyOutbox();
  return activated;
}
