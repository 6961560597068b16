import { z } from 'zod';
import { builder, registerNodeType } from '../../builder.ts';
import { prisma } from '../../db/prisma.ts';

registerNodeType('AuditEntry');

builder.prismaNode('AuditEntry', {
  id: { field: 'id' },
  // Only the columns a request asks for: never password hashes or search text in a list.
  select: { id: true },
  nullable: true,
  authScopes: { admin: true },
  fields: (t) => ({
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId'),
    data: t.string({ select: { data: true }, resolve: (entry) => JSON.stringify(entry.data) }),
    actor: t.relation('actor', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('auditEntries', (t) =>
  t.prismaConnection({
    type: 'AuditEntry',
    cursor: 'id',
    description: 'Every write, newest first; filter by the record it touched.',
    authScopes: { admin: true },
    args: {
      entityType: t.arg.string({ required: false, validate: z.string().max(60, 'validation.tooLong') }),
      entityId: t.arg.string({ required: false, validate: z.string().max(60, 'validation.tooLong') }),
    },
    resolve: (query, _root, args) =>
      prisma.auditEntry.findMany({
        ...query,
        where: { ...(args.entityType ? { entityType: args.entityType } : {}), ...(args.entityId ? { entityId: args.entityId } : {}) },
        orderBy: { id: 'desc' },
      }),
  }),
);
