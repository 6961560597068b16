// Records the SQL statements the server sends while a piece of work runs (same process).
import { onQuery } from '@katilim/server/db/prisma';

export async function recordSql<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[]; params: unknown[][] }> {
  const statements: string[] = [];
  // Each statement's parameters, in the same order (to EXPLAIN a statement as it was sent).
  const params: unknown[][] = [];
  const stop = onQuery((sql, values) => {
    statements.push(sql);
    params.push(JSON.parse(values) as unknown[]);
  });
  try {
    const result = await work();
    return { result, statements, params };
  } finally {
    stop();
  }
}
