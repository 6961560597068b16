// The audit log under KVKK: what the person did, and what was done to their account.
import type { InputJsonValue } from '../../generated/prisma/internal/prismaNamespace.ts';
import { declarePersonalData, likePatternsOf, redactJson } from '../privacy/declaration.ts';

export const personalData = declarePersonalData({
  module: 'audit',
  models: ['AuditEntry'],
  export: async (tx, subject) => {
    const entries = await tx.auditEntry.findMany({
      where: {
        OR: [
          { actorId: subject.id },
          { entityType: 'User', entityId: subject.id },
          { data: { path: ['userId'], equals: subject.id } },
        ],
      },
      orderBy: { createdAt: 'asc' },
    });
    // Staff who acted on the person are not named, and their IP addresses are theirs, not the person's.
    return {
      AuditEntry: entries.map(({ actorId, ip, requestId: _requestId, ...entry }) =>
        actorId === subject.id ? { ...entry, byYou: true, ip } : { ...entry, byYou: false },
      ),
    };
  },
  // Entries stay (the log must show that things happened) but without where the person was or
  // anything in their data that names them.
  erase: async (tx, { subject }) => {
    await tx.auditEntry.updateMany({ where: { actorId: subject.id }, data: { ip: null } });
    const naming = await tx.$queryRaw<{ id: string; about: boolean }[]>`
      SELECT id, ("actorId" = ${subject.id}::uuid OR ("entityType" = 'User' AND "entityId" = ${subject.id})) AS about
      FROM "AuditEntry" WHERE data::text ILIKE ANY (${likePatternsOf(subject, 'about-them')}::text[])`;
    for (const { id, about } of naming) {
      const entry = await tx.auditEntry.findUniqueOrThrow({ where: { id }, select: { data: true } });
      const data = redactJson(entry.data, subject, about ? 'about-them' : 'elsewhere') as InputJsonValue;
      await tx.auditEntry.update({ where: { id }, data: { data } });
    }
  },
});
