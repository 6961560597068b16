// The floor for bench/monitoring.ts: the monitoring modules' own statements (captured from each
// module's `rows`, not copied) for a range and its comparisons, as figuresFor reads them, run through
// a bare `pg` pool.
import { monitoringSources } from '@katilim/server/generated/monitoring-map';
import { comparisons, periodOf, type MonthRange } from '@katilim/server/modules/monitoring/period';
import pg from 'pg';

export { refreshSnapshots } from '@katilim/server/modules/monitoring/jobs';
export { SNAPSHOT_FRESH_MS } from '@katilim/server/modules/monitoring/snapshots';
export { comparisons } from '@katilim/server/modules/monitoring/period';

export type MonitoringStatement = { module: string; period: 'range' | 'previous' | 'lastYear'; text: string; values: unknown[] };

/** Every module's statement for the range, the range before and a year earlier (each module named by its programme and first figure). */
export async function monitoringStatements(range: MonthRange): Promise<MonitoringStatement[]> {
  const { previous, lastYear } = comparisons(range);
  const statements: MonitoringStatement[] = [];
  for (const [period, months] of [['range', range], ['previous', previous], ['lastYear', lastYear]] as const) {
    for (const source of monitoringSources) {
      const capture = {
        $queryRaw: async (sql: { text: string; values: unknown[] }) => {
          statements.push({ module: `${source.programme}/${source.metrics[0]!.key}`, period, text: sql.text, values: sql.values });
          return [];
        },
      };
      await source.rows(capture as never, periodOf(months));
    }
  }
  return statements;
}

/** A pool set as the server's (db/connection.ts): without JIT. */
export function floorPool(databaseUrl: string, poolSize: number): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c jit=off' });
}
