import { z } from 'zod';
import { builder, registerNodeType } from '../../builder.ts';
import { prisma } from '../../db/prisma.ts';
import { OutboxStatus } from '../../generated/prisma/enums.ts';

const OutboxStatusEnum = builder.enumType(OutboxStatus, { name: 'OutboxStatus' });

registerNodeType('OutboxMessage');

builder.prismaNode('OutboxMessage', {
  id: { field: 'id' },
  // Only the columns a request asks for: never password hashes or search text in a list.
  select: { id: true },
  nullable: true,
  description: 'A queued or sent email. Without SMTP_URL messages are kept here for administrators to read.',
  authScopes: { admin: true },
  fields: (t) => ({
    template: t.exposeString('template'),
    locale: t.exposeString('locale'),
    toAddress: t.exposeString('toAddress'),
    subject: t.exposeString('subject'),
    bodyText: t.exposeString('bodyText'),
    status: t.expose('status', { type: OutboxStatusEnum }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', { nullable: true }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

function outboxWhere(args: { status?: OutboxStatus | null; toAddress?: string | null }) {
  return {
    ...(args.status ? { status: args.status } : {}),
    ...(args.toAddress ? { toAddress: args.toAddress.trim().toLowerCase() } : {}),
  };
}

builder.queryField('outboxMessages', (t) =>
  t.prismaConnection({
    type: 'OutboxMessage',
    cursor: 'id',
    description: 'The outbox, newest first.',
    authScopes: { admin: true },
    args: {
      status: t.arg({ type: OutboxStatusEnum, required: false }),
      toAddress: t.arg.string({ required: false, validate: z.string().max(254, 'validation.tooLong') }),
    },
    resolve: (query, _root, args) =>
      prisma.outboxMessage.findMany({
        ...query,
        where: outboxWhere(args),
        orderBy: { id: 'desc' },
      }),
    totalCount: (_root, args) =>
      prisma.outboxMessage.count({ where: outboxWhere(args) }),
  }),
);
