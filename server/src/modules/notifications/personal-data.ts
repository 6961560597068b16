// The outbox under KVKK: the mail sent (or waiting) to the person, in full.
import { declarePersonalData, likePatternsOf, redact } from '../privacy/declaration.ts';

export const personalData = declarePersonalData({
  module: 'notifications',
  models: ['OutboxMessage'],
  export: async (tx, subject) => ({
    OutboxMessage: await tx.outboxMessage.findMany({
      where: { OR: [{ userId: subject.id }, { toAddress: { equals: subject.email, mode: 'insensitive' } }] },
      select: { id: true, template: true, locale: true, toAddress: true, subject: true, bodyText: true, status: true, createdAt: true, sentAt: true },
      orderBy: { createdAt: 'asc' },
    }),
  }),
  erase: async (tx, { subject }) => {
    const theirs = { OR: [{ userId: subject.id }, { toAddress: { equals: subject.email, mode: 'insensitive' as const } }] };
    // Mail not yet sent never goes out; what was sent stays counted, without address or words.
    await tx.outboxMessage.updateMany({ where: { ...theirs, status: { in: ['PENDING', 'FAILED'] } }, data: { status: 'FAILED' } });
    await tx.outboxMessage.updateMany({
      where: theirs,
      data: { toAddress: `erased+${subject.id}@erased.invalid`, subject: '—', bodyText: '—', lastError: 'recipient erased' },
    });
    // Mail to other people (staff, say) may name them too.
    const patterns = likePatternsOf(subject, 'elsewhere');
    const naming = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "OutboxMessage" WHERE subject ILIKE ANY (${patterns}::text[]) OR "bodyText" ILIKE ANY (${patterns}::text[])`;
    for (const { id } of naming) {
      const message = await tx.outboxMessage.findUniqueOrThrow({ where: { id }, select: { subject: true, bodyText: true } });
      await tx.outboxMessage.update({ where: { id }, data: { subject: redact(message.subject, subject, 'elsewhere'), bodyText: redact(message.bodyText, subject, 'elsewhere') } });
    }
  },
});
