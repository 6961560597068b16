// A waitlisted person's place in line, counted in SQL: the waitlisted rows of the same shift that
// came earlier (waitlistedAt, then id), plus one. Batched per request like the calendar's fill, so a
// page of sign-ups costs one statement more however many are listed, and no waitlist leaves the database.
import { prisma } from '../../db/prisma.ts';

const loaders = new WeakMap<object, (signupId: string) => Promise<number | null>>();

export function waitlistPositions(request: object): (signupId: string) => Promise<number | null> {
  const existing = loaders.get(request);
  if (existing) return existing;
  const cache = new Map<string, Promise<number | null>>();
  let pending: { signupId: string; resolve: (position: number | null) => void; reject: (error: unknown) => void }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const ids = [...new Set(batch.map((item) => item.signupId))];
      const rows = await prisma.$queryRaw<{ id: string; position: number }[]>`
        SELECT s.id, 1 + (
          SELECT count(*) FROM "ShiftSignup" w
          WHERE w."shiftId" = s."shiftId" AND w.status = 'WAITLISTED'
            AND (w."waitlistedAt", w.id) < (s."waitlistedAt", s.id))::int AS position
        FROM "ShiftSignup" s
        WHERE s.id = ANY(${ids}::uuid[]) AND s.status = 'WAITLISTED'`;
      const byId = new Map(rows.map((row) => [row.id, row.position]));
      for (const item of batch) item.resolve(byId.get(item.signupId) ?? null);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };
  const load = (signupId: string) => {
    const hit = cache.get(signupId);
    if (hit) return hit;
    const promise = new Promise<number | null>((resolve, reject) => {
      pending.push({ signupId, resolve, reject });
      // Every field of a list is resolved in the same turn: gather them all, then ask once.
      if (pending.length === 1) setImmediate(() => void flush());
    });
    cache.set(signupId, promise);
    return promise;
  };
  loaders.set(request, load);
  return load;
}
