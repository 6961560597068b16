// Mail about a sign-up, queued in the outbox inside the write's transaction.
import type { Tx } from '../../db/prisma.ts';
import { publicUrl } from '../accounts/service.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import type { mailTemplates } from './mail-templates.ts';

type Templates = typeof mailTemplates;
type Extra<T extends keyof Templates> = Omit<Parameters<Templates[T]>[1], 'firstName' | 'shiftTitle' | 'startsAt' | 'link'>;

export const MY_SHIFTS_PATH = '/shifts/mine';

/** Tells a person about a shift in their language, with the shift's title and start filled in. */
export async function noticeTo<T extends keyof Templates>(
  tx: Tx,
  template: T,
  userId: string,
  shiftId: string,
  extra: Extra<T>,
  path = MY_SHIFTS_PATH,
): Promise<void> {
  const [person, shift] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, firstName: true, locale: true, erasedAt: true } }),
    tx.shift.findUniqueOrThrow({ where: { id: shiftId }, select: { startsAt: true, opportunity: { select: { titleTr: true, titleEn: true } } } }),
  ]);
  if (person.erasedAt) return;
  await enqueueEmail(tx, {
    template,
    locale: person.locale,
    to: person.email,
    userId,
    params: {
      firstName: person.firstName,
      shiftTitle: person.locale === 'en' ? shift.opportunity.titleEn : shift.opportunity.titleTr,
      startsAt: shift.startsAt,
      link: `${publicUrl()}${path}`,
      ...extra,
    } as never,
  });
}
