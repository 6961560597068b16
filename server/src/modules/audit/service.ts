import type { Actor } from '../../context.ts';
import type { Tx } from '../../db/prisma.ts';
import type { InputJsonValue } from '../../generated/prisma/internal/prismaNamespace.ts';

/**
 * Records a write in the same transaction as the write itself. `data` holds what changed
 * (field names, ids, statuses), never passwords or free-text personal data.
 */
export async function audit(
  tx: Tx,
  actor: Actor,
  action: string,
  entity: { type: string; id: string },
  data: Record<string, unknown> = {},
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: actor.userId,
      action,
      entityType: entity.type,
      entityId: entity.id,
      data: data as InputJsonValue,
      requestId: actor.requestId,
      ip: actor.ip,
    },
  });
}
