// What a module gives the monthly monitoring: its programme, the figures it counts (each with a label
// in both languages) and one read that counts them for a period, already grouped by district, age band
// and gender at the time of the event. Figures come from recorded events (a submission, a meeting held,
// a departure), never from today's state, so a past month always gives the same numbers.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import { Prisma } from '../../generated/prisma/client.ts';
import type { prisma } from '../../db/prisma.ts';

export const PROGRAMMES = ['volunteers', 'council', 'forums', 'trips'] as const;
export type ProgrammeKey = (typeof PROGRAMMES)[number];

/** The directorate's age bands (at the event's day). */
export const AGE_BANDS = ['0-11', '12-17', '18-29', '30-44', '45-59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const GENDERS = ['WOMAN', 'MAN', 'NON_BINARY', 'UNDISCLOSED'] as const;
export type GenderKey = (typeof GENDERS)[number];

export type MetricDefinition = {
  key: string;
  labelTr: string;
  labelEn: string;
  /** count: people or events; hours: a sum of minutes shown as hours; rate: numerator ÷ denominator. */
  unit: 'count' | 'hours' | 'rate';
  /** For a rate: the keys of the two counts it divides (same programme). */
  ratio?: { numerator: string; denominator: string };
  /** Shown on the public statistics page (people taking part), with small cells suppressed. */
  public?: boolean;
};

/**
 * One group of a period's events: the figure, who (district, band, gender; null when unknown), an
 * optional category (a finding's theme, a proposal's answer) and how many.
 */
export type MonitoringRow = { metric: string; districtId: number | null; band: AgeBand | null; gender: GenderKey | null; category: string | null; value: number };

export type Period = { from: Date; to: Date };

export type MonitoringSource = {
  programme: ProgrammeKey;
  metrics: readonly MetricDefinition[];
  /** The period's rows: one read (a single SQL statement is best), grouped in the database. */
  rows: (db: typeof prisma, period: Period) => Promise<MonitoringRow[]>;
};

export function defineMonitoring(source: MonitoringSource): MonitoringSource {
  return source;
}

/** SQL for the İzmir day of a timestamp column (stored in UTC without a zone). */
export function istanbulDateSql(at: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${at}) AT TIME ZONE 'UTC' AT TIME ZONE ${TIME_ZONE}::text)::date`;
}

/**
 * SQL for a person's age band on the İzmir day of `at`: both are SQL fragments (a date column and a
 * timestamp column). The age is worked out once per row (a CASE would work it out again for each
 * band: over a year's million shift sign-ups that was a third of the read); null when the birth date is.
 */
export function ageBandSql(birthDate: Prisma.Sql, at: Prisma.Sql): Prisma.Sql {
  const years = Prisma.sql`date_part('year', age(${istanbulDateSql(at)}, ${birthDate}::date))`;
  return Prisma.sql`(ARRAY['0-11', '12-17', '18-29', '30-44', '45-59', '60+'])[width_bucket(${years}, ARRAY[12, 18, 30, 45, 60]::float8[]) + 1]`;
}

/** Reads rows of `metric, districtId, band, gender, value` from one SQL statement, numbers made plain. */
export async function readRows(db: typeof prisma, sql: Prisma.Sql): Promise<MonitoringRow[]> {
  const rows = await db.$queryRaw<{ metric: string; districtId: number | null; band: AgeBand | null; gender: GenderKey | null; category?: string | null; value: number | bigint | string }[]>(sql);
  return rows.map((row) => ({
    metric: row.metric,
    districtId: row.districtId === null ? null : Number(row.districtId),
    band: row.band,
    gender: row.gender,
    category: row.category ?? null,
    value: Number(row.value),
  }));
}

/** A JS instant as the database's UTC timestamp (columns are timestamp without time zone, in UTC). */
export function instantSql(instant: Date): Prisma.Sql {
  return Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}
