// Records the SQL statements the server sends while a piece of work runs (same process).
import { onQuery } from '@katilim/server/db/prisma';

export async function recordSql<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const stop = onQuery((sql) => statements.push(sql));
  try {
    const result = await work();
    return { result, statements };
  } finally {
    stop();
  }
}
