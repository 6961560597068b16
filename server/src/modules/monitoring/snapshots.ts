// The monitoring's snapshots: a range of months asked for (the dashboard, its CSV, the public
// statistics) is recorded, and the monitoring-refresh job (jobs.ts) reads every module's rows for it
// again every 5 minutes while it is asked for; rowsFor answers from a snapshot at most
// SNAPSHOT_FRESH_MS old, else reads the modules' rows itself. A year's rows are a million events and
// more, and take seconds to read; a snapshot is a few thousand grouped rows.
import { prisma } from '../../db/prisma.ts';
import type { MonitoringRow, ProgrammeKey } from './declaration.ts';
import { instantSql } from './declaration.ts';
import type { MonthRange } from './period.ts';

export type SourceRows = { programme: ProgrammeKey; rows: MonitoringRow[] }[];

/** The figures are never older than this: past it, a snapshot is left aside and the rows are read again. */
export const SNAPSHOT_FRESH_MS = 15 * 60_000;
/** The job refreshes ranges asked for within this (a request marks its range at most once an hour)… */
const ASKED_WITHIN_MS = 7 * 86_400_000;
/** …the latest this many of them: the others are read live when asked for. */
const MOST_RANGES = 20;
const MARK_EVERY_MS = 3_600_000;

/** Records that `range` is asked for, and gives its snapshot's rows when fresh at `now`, else null. */
export async function freshSnapshot(range: MonthRange, now = new Date()): Promise<SourceRows | null> {
  const [snapshot] = await prisma.$queryRaw<{ rows: SourceRows | null; computedAt: Date | null }[]>`
    WITH asked AS (
      INSERT INTO "MonitoringSnapshot" ("fromMonth", "toMonth", "requestedAt") VALUES (${range.from}, ${range.to}, ${instantSql(now)})
      ON CONFLICT ("fromMonth", "toMonth") DO UPDATE SET "requestedAt" = EXCLUDED."requestedAt"
       WHERE "MonitoringSnapshot"."requestedAt" < ${instantSql(new Date(now.getTime() - MARK_EVERY_MS))}
    )
    SELECT rows, "computedAt" FROM "MonitoringSnapshot" WHERE "fromMonth" = ${range.from} AND "toMonth" = ${range.to}`;
  if (!snapshot?.rows || !snapshot.computedAt) return null;
  return now.getTime() - snapshot.computedAt.getTime() <= SNAPSHOT_FRESH_MS ? snapshot.rows : null;
}

/** The ranges asked for lately, for the job to read again; those not asked for in a month are forgotten. */
export async function rangesToRefresh(now = new Date()): Promise<MonthRange[]> {
  await prisma.monitoringSnapshot.deleteMany({ where: { requestedAt: { lt: new Date(now.getTime() - 30 * 86_400_000) } } });
  const ranges = await prisma.monitoringSnapshot.findMany({
    where: { requestedAt: { gte: new Date(now.getTime() - ASKED_WITHIN_MS) } },
    select: { fromMonth: true, toMonth: true },
    orderBy: { requestedAt: 'desc' },
    take: MOST_RANGES,
  });
  return ranges.map((range) => ({ from: range.fromMonth, to: range.toMonth }));
}

/** Keeps the rows read for `range` by a read that began at `computedAt`. */
export async function storeSnapshot(range: MonthRange, rows: SourceRows, computedAt: Date): Promise<void> {
  await prisma.monitoringSnapshot.upsert({
    where: { fromMonth_toMonth: { fromMonth: range.from, toMonth: range.to } },
    create: { fromMonth: range.from, toMonth: range.to, rows, computedAt },
    update: { rows, computedAt },
  });
}
