// The monitoring's figures for a range of months: every module's rows (monitoring-map), summed per
// figure in total and by district, age band, gender and category, beside the range before and the
// same range a year earlier. Rates are divided after summing. The rows come from a snapshot at most
// 15 minutes old when there is one (snapshots.ts).
import { prisma } from '../../db/prisma.ts';
import { monitoringSources } from '../../generated/monitoring-map.ts';
import { AGE_BANDS, PROGRAMMES, type MetricDefinition, type MonitoringRow, type ProgrammeKey } from './declaration.ts';
import { comparisons, periodOf, type MonthRange } from './period.ts';
import { freshSnapshot, type SourceRows } from './snapshots.ts';

export type Count = { key: string; value: number | null };
export type MetricFigures = MetricDefinition & {
  programme: ProgrammeKey;
  value: number | null;
  previous: number | null;
  lastYear: number | null;
  byDistrict: Count[];
  byAgeBand: Count[];
  byGender: Count[];
  byCategory: Count[];
};
export type Figures = { range: MonthRange; districtId: number | null; programmes: { programme: ProgrammeKey; metrics: MetricFigures[] }[] };

/** Every module's rows for a range, read now, in parallel. */
export async function liveRowsFor(range: MonthRange): Promise<SourceRows> {
  const period = periodOf(range);
  return Promise.all(monitoringSources.map(async (source) => ({ programme: source.programme, rows: await source.rows(prisma, period) })));
}

/** Every module's rows for a range: from its snapshot while fresh (snapshots.ts), else read now. */
export async function rowsFor(range: MonthRange): Promise<SourceRows> {
  return (await freshSnapshot(range)) ?? liveRowsFor(range);
}

const sum = (rows: readonly MonitoringRow[]) => rows.reduce((n, row) => n + row.value, 0);

function grouped(rows: readonly MonitoringRow[], keyOf: (row: MonitoringRow) => string | null, keys?: readonly string[]): Map<string, number> {
  const totals = new Map<string, number>(keys?.map((key) => [key, 0]) ?? []);
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    totals.set(key, (totals.get(key) ?? 0) + row.value);
  }
  return totals;
}

/** Shapes summed values as the unit says: minutes to hours (one decimal), a ratio of two sums. */
function shaped(metric: MetricDefinition, rowsOf: (key: string) => readonly MonitoringRow[]) {
  const total = (rows: readonly MonitoringRow[]) => (metric.unit === 'hours' ? Math.round(sum(rows) / 6) / 10 : sum(rows));
  if (metric.unit !== 'rate' || !metric.ratio) {
    const rows = rowsOf(metric.key);
    const breakdown = (keyOf: (row: MonitoringRow) => string | null, keys?: readonly string[]) =>
      [...grouped(rows, keyOf, keys)].map(([key, value]) => ({ key, value: metric.unit === 'hours' ? Math.round(value / 6) / 10 : value }));
    return { value: total(rows), breakdown };
  }
  const numerator = rowsOf(metric.ratio.numerator);
  const denominator = rowsOf(metric.ratio.denominator);
  const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);
  const breakdown = (keyOf: (row: MonitoringRow) => string | null, keys?: readonly string[]) => {
    const top = grouped(numerator, keyOf, keys);
    const bottom = grouped(denominator, keyOf, keys);
    return [...bottom].map(([key, d]) => ({ key, value: ratio(top.get(key) ?? 0, d) }));
  };
  return { value: ratio(sum(numerator), sum(denominator)), breakdown };
}

/** The figures of a range (optionally one district), each beside the range before and a year before. */
export async function figuresFor(range: MonthRange, districtId: number | null): Promise<Figures> {
  const { previous, lastYear } = comparisons(range);
  const [now, before, yearBefore] = await Promise.all([rowsFor(range), rowsFor(previous), rowsFor(lastYear)]);
  const inDistrict = (rows: readonly MonitoringRow[]) => (districtId === null ? rows : rows.filter((row) => row.districtId === districtId));
  const of = (sets: typeof now, programme: ProgrammeKey) => (key: string) => inDistrict(sets.filter((s) => s.programme === programme).flatMap((s) => s.rows).filter((row) => row.metric === key));
  return {
    range,
    districtId,
    programmes: PROGRAMMES.map((programme) => ({
      programme,
      metrics: monitoringSources
        .filter((source) => source.programme === programme)
        .flatMap((source) => source.metrics)
        .map((metric) => {
          const current = shaped(metric, of(now, programme));
          return {
            ...metric,
            programme,
            value: current.value,
            previous: shaped(metric, of(before, programme)).value,
            lastYear: shaped(metric, of(yearBefore, programme)).value,
            byDistrict: current.breakdown((row) => (row.districtId === null ? null : String(row.districtId))),
            byAgeBand: current.breakdown((row) => row.band, AGE_BANDS),
            byGender: current.breakdown((row) => row.gender ?? 'UNKNOWN'),
            byCategory: current.breakdown((row) => row.category),
          };
        }),
    })),
  };
}

