// The audit log under KVKK: what the person did, and what was done to their account.
import type { AuditEntry } from '../../generated/prisma/client.ts';
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
    return { AuditEntry: entries.map((entry) => shown(entry, subject.id)) };
  },
  // What was done to their application, booking, enrolment …: entries whose entity is a row
  // another module exported (entityType is the Prisma model name).
  exportAboutRecords: async (tx, subject, records) => {
    // One condition per model, not per row: a coordinator's export can hold thousands of rows.
    const about = Object.entries(records).flatMap(([model, rows]) => {
      if (model === 'User' || model === 'AuditEntry') return [];
      const ids = rows.flatMap((row) => ('id' in row && typeof row.id === 'string' ? [row.id] : []));
      return ids.length ? [{ entityType: model, entityId: { in: ids } }] : [];
    });
    if (!about.length) return {};
    const listed = new Set((records.AuditEntry ?? []).map((row) => ('id' in row ? row.id : null)));
    const entries = await tx.auditEntry.findMany({ where: { OR: about }, orderBy: { createdAt: 'asc' } });
    return { AuditEntry: entries.filter((entry) => !listed.has(entry.id)).map((entry) => shown(entry, subject.id)) };
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

/** Staff who acted on the person are not named, and their IP addresses are theirs, not the person's. */
function shown({ actorId, ip, requestId: _requestId, ...entry }: AuditEntry, subjectId: string) {
  return actorId === subjectId ? { ...entry, byYou: true, ip } : { ...entry, byYou: false };
}
