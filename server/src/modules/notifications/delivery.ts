// Delivers the outbox by SMTP. A message is claimed (PENDING → SENDING) in its own committed
// statement before it is handed to SMTP, so two workers never send the same message and a crash
// mid-send leaves it SENDING for a person to look at rather than sending it twice.
import nodemailer, { type Transporter } from 'nodemailer';
import { prisma } from '../../db/prisma.ts';
import type { Logger } from '../../logger.ts';

export const MAX_ATTEMPTS = 6;

/** 1 min, 2, 4, 8, 16 … between attempts. */
export function backoffMinutes(attempts: number): number {
  return 2 ** Math.max(0, attempts - 1);
}

export type Mailer = { transporter: Transporter; from: string };

export function createMailer(smtpUrl: string, from: string): Mailer {
  return { transporter: nodemailer.createTransport(smtpUrl), from };
}

type Claimed = { id: string; toAddress: string; subject: string; bodyText: string; template: string; attempts: number };

/**
 * Claims due messages in one committed statement and returns them: nothing else can take them now.
 * "Due" is read on the server's clock, the one that stamped `nextAttemptAt` (Prisma fills `now()`
 * defaults and the backoff in the process), not the database's.
 */
async function claimDue(limit: number): Promise<Claimed[]> {
  return prisma.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET status = 'SENDING', attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= (${new Date().toISOString()}::timestamptz AT TIME ZONE 'UTC')
      ORDER BY "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "toAddress", subject, "bodyText", template, attempts`;
}

/** Sends what is due; returns how many were sent and how many failed this round. */
export async function deliverDue(mailer: Mailer, log: Logger, limit = 20): Promise<{ sent: number; failed: number }> {
  const claimed = await claimDue(limit);
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      await mailer.transporter.sendMail({
        from: mailer.from,
        to: message.toAddress,
        subject: message.subject,
        text: message.bodyText,
        messageId: `<${message.id}@katilim.izmir>`,
        headers: { 'X-Katilim-Template': message.template },
      });
    } catch (error) {
      const giveUp = message.attempts >= MAX_ATTEMPTS;
      await prisma.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: giveUp ? 'FAILED' : 'PENDING',
          lastError: String((error as Error).message ?? error).slice(0, 500),
          nextAttemptAt: new Date(Date.now() + backoffMinutes(message.attempts) * 60_000),
        },
      });
      log.warn({ outboxId: message.id, attempts: message.attempts, giveUp, err: error }, 'mail delivery failed');
      failed += 1;
      continue;
    }
    // Sent. If recording that fails, the row stays SENDING for a person to look at: resending
    // a mail the server already accepted would be worse than a stale status.
    try {
      await prisma.outboxMessage.update({ where: { id: message.id }, data: { status: 'SENT', sentAt: new Date(), lastError: null } });
      sent += 1;
    } catch (error) {
      log.error({ outboxId: message.id, err: error }, 'mail sent but its status could not be recorded; left SENDING');
    }
  }
  return { sent, failed };
}
