// Reference data (districts, programmes) is written only by the seed, yet every public page reads
// it: kept in memory for a minute, it costs no round trip. A seed in this process clears it at
// once (seed/reference.ts); one run by another process shows within the minute.

const TTL_MS = 60_000;

export type ReferenceCache<Row> = { rows: () => Promise<Row[]>; clear: () => void };

const caches = new Set<ReferenceCache<unknown>>();

export function referenceCache<Row>(load: () => Promise<Row[]>): ReferenceCache<Row> {
  let cached: { rows: Promise<Row[]>; until: number } | null = null;
  const cache: ReferenceCache<Row> = {
    rows: () => {
      if (!cached || cached.until < Date.now()) {
        const rows = load();
        cached = { rows, until: Date.now() + TTL_MS };
        // A failed read is not kept: the next request tries again.
        rows.catch(() => {
          if (cached?.rows === rows) cached = null;
        });
      }
      return cached.rows;
    },
    clear: () => {
      cached = null;
    },
  };
  caches.add(cache);
  return cache;
}

export function clearReferenceCaches(): void {
  for (const cache of caches) cache.clear();
}

/** Whether a Pothos query asks for columns only, so whole rows answer it (a relation needs the database). */
export function selectsColumnsOnly(query: { select?: object; include?: object }): boolean {
  if (query.include && Object.keys(query.include).length > 0) return false;
  return Object.values(query.select ?? {}).every((value) => value === true);
}
