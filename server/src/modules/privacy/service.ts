// KVKK rights of the person (article 11): a copy of everything held about them, and erasure.
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { audit } from '../audit/service.ts';
import { InvalidCredentialsError } from '../accounts/errors.ts';
import { assertNotLastAdmin } from '../accounts/service.ts';
import { verifyPassword } from '../accounts/secrets.ts';

export type DataExport = { generatedAt: Date; json: string };

/** Everything the platform holds about one person, as readable JSON. */
export async function exportPersonData(userId: string, actor: Actor): Promise<DataExport> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerifiedAt: true,
      firstName: true,
      lastName: true,
      phone: true,
      birthDate: true,
      gender: true,
      locale: true,
      district: { select: { name: true } },
      createdAt: true,
      updatedAt: true,
      erasedAt: true,
      roles: { select: { role: true, grantedAt: true } },
      consents: {
        select: { purpose: true, acceptedAt: true, withdrawnAt: true, ip: true, consentText: { select: { version: true, bodyTr: true, bodyEn: true } } },
        orderBy: { acceptedAt: 'asc' },
      },
      sessions: { select: { createdAt: true, lastSeenAt: true, expiresAt: true, ip: true, userAgent: true } },
      outbox: { select: { template: true, subject: true, status: true, createdAt: true, sentAt: true }, orderBy: { createdAt: 'asc' } },
      applications: {
        select: {
          round: { select: { titleTr: true } },
          status: true,
          availability: true,
          languages: true,
          motivation: true,
          experience: true,
          submittedAt: true,
          createdAt: true,
          choices: { select: { rank: true, area: { select: { nameTr: true } } }, orderBy: { rank: 'asc' } },
          events: { select: { fromStatus: true, toStatus: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
          // Staff notes about the person are their personal data too; the authors are not named.
          notes: { select: { body: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
          bookings: { select: { createdAt: true, cancelledAt: true, attended: true, slot: { select: { startsAt: true, endsAt: true } } } },
        },
        orderBy: { createdAt: 'asc' },
      },
      qualifications: { select: { qualification: { select: { nameTr: true } }, grantedAt: true, expiresAt: true } },
      volunteerAreas: { select: { area: { select: { nameTr: true } }, since: true } },
    },
  });
  if (!user) throw new NotFoundError();
  const activity = await prisma.auditEntry.findMany({
    where: { OR: [{ actorId: userId }, { entityType: 'User', entityId: userId }] },
    select: { action: true, entityType: true, createdAt: true, ip: true },
    orderBy: { createdAt: 'asc' },
  });
  const generatedAt = new Date();
  await prisma.$transaction(async (tx) => {
    await audit(tx, actor, 'privacy.export', { type: 'User', id: userId });
  });
  const { outbox, ...profile } = user;
  return {
    generatedAt,
    json: JSON.stringify({ generatedAt, controller: 'İzmir Büyükşehir Belediyesi', person: profile, messages: outbox, activity }, null, 2),
  };
}

/**
 * Erases a person: the row stays as an anonymous placeholder (so attendance, audit and capacity
 * history keep their counts), everything that identifies them goes, sessions end, links die.
 */
export async function erasePerson(userId: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user || user.erasedAt) throw new NotFoundError();
    await assertNotLastAdmin(tx, userId);
    const now = new Date();
    const placeholderEmail = `erased+${user.id}@erased.invalid`;
    await tx.user.update({
      where: { id: userId },
      data: {
        email: placeholderEmail,
        firstName: 'Silinmiş',
        lastName: 'Kişi',
        phone: '',
        birthDate: new Date('1900-01-01T00:00:00Z'),
        gender: null,
        passwordHash: '!erased',
        emailVerifiedAt: null,
        searchText: '',
        nameSearchText: '',
        erasedAt: now,
      },
    });
    await tx.session.deleteMany({ where: { userId } });
    await tx.userToken.deleteMany({ where: { userId } });
    await tx.roleGrant.deleteMany({ where: { userId } });
    await tx.loginAttempt.deleteMany({ where: { email: user.email } });
    await tx.consentRecord.updateMany({ where: { userId, withdrawnAt: null }, data: { withdrawnAt: now, ip: null } });
    await tx.outboxMessage.updateMany({
      where: { OR: [{ userId }, { toAddress: user.email }], status: { in: ['PENDING', 'FAILED'] } },
      data: { status: 'FAILED', lastError: 'recipient erased' },
    });
    await tx.outboxMessage.updateMany({
      where: { OR: [{ userId }, { toAddress: user.email }] },
      data: { toAddress: placeholderEmail, subject: '—', bodyText: '—' },
    });
    await tx.auditEntry.updateMany({ where: { actorId: userId }, data: { ip: null } });
    // Applications stay (counts and history keep their meaning) without the person's own words.
    await tx.volunteerApplication.updateMany({
      where: { applicantId: userId },
      data: { motivation: '', experience: '', languages: [], districtId: null },
    });
    await tx.screeningNote.deleteMany({ where: { application: { applicantId: userId } } });
    await tx.volunteerAreaAssignment.deleteMany({ where: { userId } });
    await audit(tx, actor, 'privacy.erase', { type: 'User', id: userId });
  });
}

/** Self-service erasure asks for the password again: a left-open session must not be enough. */
export async function eraseOwnAccount(userId: string, password: string, actor: Actor): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, password))) throw new InvalidCredentialsError();
  await erasePerson(userId, actor);
}
