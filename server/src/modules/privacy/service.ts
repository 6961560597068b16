// KVKK rights of the person (article 11): a copy of everything held about them, and erasure.
// Each module declares its own personal data (modules/*/personal-data.ts); this service only runs
// the declarations that `pnpm generate` collected, so a new module cannot be forgotten here.
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { personalDataDeclarations } from '../../generated/personal-data-map.ts';
import { audit } from '../audit/service.ts';
import { InvalidCredentialsError } from '../accounts/errors.ts';
import { verifyPassword } from '../accounts/secrets.ts';
import type { ModelName } from '../../generated/prisma/internal/prismaNamespace.ts';
import type { DataSubject, PersonalDataDeclaration, PersonalDataRows } from './declaration.ts';

export type DataExport = { generatedAt: Date; json: string };

// Every module reads or writes in the one transaction; a long-serving coordinator has many rows.
const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

const declarations: readonly PersonalDataDeclaration[] = personalDataDeclarations;

async function subjectOf(tx: Tx, userId: string): Promise<DataSubject & { erasedAt: Date | null }> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, firstName: true, lastName: true, phone: true, erasedAt: true },
  });
  if (!user) throw new NotFoundError();
  return user;
}

/** Everything the platform holds about one person, by model, as readable JSON. */
export async function exportPersonData(userId: string, actor: Actor): Promise<DataExport> {
  const generatedAt = new Date();
  // One transaction: every module reads the same moment, and the export is audited with it.
  const records = await prisma.$transaction(async (tx) => {
    const subject = await subjectOf(tx, userId);
    // Audited first, so the copy also lists this request.
    await audit(tx, actor, 'privacy.export', { type: 'User', id: userId });
    const records: Record<string, readonly object[]> = {};
    const collect = (declaration: PersonalDataDeclaration, rows: PersonalDataRows) => {
      for (const [model, list] of Object.entries(rows)) {
        // Declared models only: the coverage test reads the declarations, not the exports.
        if (!declaration.models.includes(model as ModelName)) throw new Error(`${declaration.module} exports ${model}, which it does not declare`);
        records[model] = [...(records[model] ?? []), ...(list ?? [])];
      }
    };
    for (const declaration of declarations) collect(declaration, await declaration.export(tx, subject));
    const ownRecords = { ...records };
    for (const declaration of declarations) {
      if (declaration.exportAboutRecords) collect(declaration, await declaration.exportAboutRecords(tx, subject, ownRecords));
    }
    return records;
  }, TX_OPTIONS);
  const json = JSON.stringify(
    { generatedAt, controller: 'İzmir Büyükşehir Belediyesi', subjectId: userId, records },
    (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
    2,
  );
  return { generatedAt, json };
}

/**
 * Erases a person in one transaction: every module removes or anonymises what it holds. The user
 * row stays as an anonymous placeholder so records kept for statistics point at nobody in particular.
 */
export async function erasePerson(userId: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { erasedAt, ...subject } = await subjectOf(tx, userId);
    if (erasedAt) throw new NotFoundError();
    const now = new Date();
    for (const declaration of declarations) await declaration.erase(tx, { subject, actor, now });
    await audit(tx, actor, 'privacy.erase', { type: 'User', id: userId });
  }, TX_OPTIONS);
}

/** Self-service erasure asks for the password again: a left-open session must not be enough. */
export async function eraseOwnAccount(userId: string, password: string, actor: Actor): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, password))) throw new InvalidCredentialsError();
  await erasePerson(userId, actor);
}
