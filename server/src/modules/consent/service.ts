import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import type { ConsentPurpose } from '../../generated/prisma/enums.ts';
import { audit } from '../audit/service.ts';
import { ConsentOutdatedError } from '../accounts/errors.ts';

/** The text now in force for a purpose: the most recently published version. */
export function currentConsentText(purpose: ConsentPurpose, db: Tx = prisma) {
  return db.consentText.findFirstOrThrow({ where: { purpose }, orderBy: { publishedAt: 'desc' } });
}

/**
 * Records that a person accepted the version of the text they were shown. A version other than
 * the one in force is refused: they must read the current text.
 */
export async function recordConsent(
  tx: Tx,
  actor: Actor,
  consent: { userId: string; purpose: ConsentPurpose; acceptedVersion: string },
) {
  const text = await currentConsentText(consent.purpose, tx);
  if (text.version !== consent.acceptedVersion) throw new ConsentOutdatedError();
  const record = await tx.consentRecord.create({
    data: { userId: consent.userId, consentTextId: text.id, purpose: consent.purpose, ip: actor.ip },
  });
  await audit(tx, actor, 'consent.accept', { type: 'ConsentRecord', id: record.id }, { purpose: consent.purpose, version: text.version });
  return record;
}
