import type { Tx } from '../../db/prisma.ts';
import type { Locale } from '../../i18n/messages.ts';
import { templates, type TemplateName, type TemplateParams } from './templates.ts';

/**
 * Queues an email in the outbox. Call it with the transaction that makes the change it reports,
 * so a message exists exactly when its change was committed.
 */
export async function enqueueEmail<T extends TemplateName>(
  tx: Tx,
  message: { template: T; locale: Locale; to: string; userId?: string | null; params: TemplateParams<T> },
): Promise<{ id: string }> {
  const render = templates[message.template] as (locale: Locale, params: TemplateParams<T>) => { subject: string; text: string };
  const { subject, text } = render(message.locale, message.params);
  return tx.outboxMessage.create({
    data: {
      template: message.template,
      locale: message.locale,
      toAddress: message.to,
      userId: message.userId ?? null,
      subject,
      bodyText: text,
    },
    select: { id: true },
  });
}
