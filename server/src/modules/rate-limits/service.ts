// Rate limits kept in PostgreSQL, so every server behind the load balancer counts the same events.
// Any module may use them: takeRateLimit(rateLimitKey('mail:address', email), { limit, windowMinutes }).
import { createHash } from 'node:crypto';
import { prisma } from '../../db/prisma.ts';

export type RateLimit = { limit: number; windowMinutes: number };
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Events older than this are deleted whatever their key: no window may be longer. */
const PRUNE_AFTER_MS = 24 * 3_600_000;

/** The stored key: a hash, so that a limit on an email address does not keep the address (case-insensitive, like addresses). */
export function rateLimitKey(kind: string, value: string): string {
  return createHash('sha256').update(`${kind}\u0000${value.toLowerCase()}`).digest('hex');
}

/**
 * Counts one event for the key and says whether it is within the limit. The event is written
 * first and counted after, so of any number of simultaneous calls at most `limit` see a count
 * within it. A refused event is taken back: hammering does not push the wait further out.
 */
export async function takeRateLimit(key: string, { limit, windowMinutes }: RateLimit): Promise<RateLimitResult> {
  const now = Date.now();
  const since = new Date(now - windowMinutes * 60_000);
  const event = await prisma.rateLimitEvent.create({ data: { key }, select: { id: true } });
  const window = await prisma.rateLimitEvent.aggregate({
    where: { key, createdAt: { gt: since } },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  if (window._count._all <= limit) {
    await prisma.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(now - PRUNE_AFTER_MS) } } });
    return { allowed: true };
  }
  await prisma.rateLimitEvent.delete({ where: { id: event.id } });
  const oldest = window._min.createdAt?.getTime() ?? now;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMinutes * 60_000 - now) / 1000)) };
}
