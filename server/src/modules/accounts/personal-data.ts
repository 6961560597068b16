// Accounts under KVKK: the profile, roles, sessions, trusted devices, one-time links and log-in attempts.
import { declarePersonalData } from '../privacy/declaration.ts';
import { assertNotLastAdmin } from './service.ts';

export const personalData = declarePersonalData({
  module: 'accounts',
  models: ['User', 'RoleGrant', 'Session', 'TrustedDevice', 'UserToken', 'LoginAttempt'],
  export: async (tx, subject) => {
    const byEmail = { email: { equals: subject.email, mode: 'insensitive' as const } };
    const [users, roles, sessions, devices, tokens, attempts] = await Promise.all([
      tx.user.findMany({ where: { id: subject.id }, omit: { passwordHash: true }, include: { district: { select: { name: true } } } }),
      tx.roleGrant.findMany({ where: { OR: [{ userId: subject.id }, { grantedById: subject.id }] }, orderBy: { grantedAt: 'asc' } }),
      tx.session.findMany({ where: { userId: subject.id }, omit: { tokenHash: true }, orderBy: { createdAt: 'asc' } }),
      tx.trustedDevice.findMany({ where: { userId: subject.id }, omit: { tokenHash: true }, orderBy: { createdAt: 'asc' } }),
      tx.userToken.findMany({ where: { userId: subject.id }, omit: { tokenHash: true }, orderBy: { createdAt: 'asc' } }),
      tx.loginAttempt.findMany({ where: byEmail, orderBy: { createdAt: 'asc' } }),
    ]);
    return {
      User: users,
      // Grants they made to others show the role and when, not whom.
      RoleGrant: roles.map((grant) =>
        grant.userId === subject.id ? grant : { id: grant.id, role: grant.role, grantedAt: grant.grantedAt, grantedById: grant.grantedById },
      ),
      Session: sessions,
      TrustedDevice: devices,
      UserToken: tokens,
      LoginAttempt: attempts.map((attempt) => ({ ...attempt, id: attempt.id.toString() })),
    };
  },
  erase: async (tx, { subject, now }) => {
    await assertNotLastAdmin(tx, subject.id);
    // The row stays as an anonymous placeholder: applications, audit and attendance keep pointing
    // at someone, and that someone is nobody in particular. Grants they made to others stay too.
    await tx.user.update({
      where: { id: subject.id },
      data: {
        email: `erased+${subject.id}@erased.invalid`,
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
    await tx.session.deleteMany({ where: { userId: subject.id } });
    // The row stays, so its cascade does not fire: a device trusted for them is forgotten here.
    await tx.trustedDevice.deleteMany({ where: { userId: subject.id } });
    await tx.userToken.deleteMany({ where: { userId: subject.id } });
    await tx.roleGrant.deleteMany({ where: { userId: subject.id } });
    await tx.loginAttempt.deleteMany({ where: { email: { equals: subject.email, mode: 'insensitive' } } });
  },
});
