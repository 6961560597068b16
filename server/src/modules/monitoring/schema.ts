// The monthly monitoring for coordinators and admins: every programme's figures for a range of months
// (optionally one district), each beside the range before and the same range a year earlier, by
// district, age band, gender and category; the same as CSV (http.ts).
import { builder } from '../../builder.ts';
import { districtRows } from '../districts/rows.ts';
import { z } from 'zod';
import { figuresFor } from './figures.ts';
import { labelledFigures } from './labels.ts';
import { publicStatistics } from './public-statistics.ts';
import './reference-schema.ts';
import { populationsFor, targetsFor } from './reference.ts';
import './report-schema.ts';
import { monthRangeSchema } from './validation.ts';

// The figures are summed in memory from a fixed number of SQL statements: their lists cost no more
// than their fields, unlike lists read from the database.
const IN_MEMORY = { field: 0, multiplier: 1 };

const MonitoringCountType = builder.simpleObject('MonitoringCount', {
  description: 'One group of a figure: a district (its id), an age band, a gender (UNKNOWN when not recorded) or a category.',
  fields: (t) => ({ key: t.string(), label: t.string(), value: t.float({ nullable: true, description: 'Null for a rate without a denominator.' }) }),
});

const MonitoringMetricType = builder.simpleObject('MonitoringMetric', {
  fields: (t) => ({
    key: t.string(),
    label: t.string(),
    unit: t.string({ description: 'count, hours or rate (0…1).' }),
    value: t.float({ nullable: true }),
    previous: t.float({ nullable: true, description: 'The range of the same length just before.' }),
    lastYear: t.float({ nullable: true, description: 'The same range a year earlier.' }),
    byDistrict: t.field({ type: [MonitoringCountType], complexity: IN_MEMORY }),
    byAgeBand: t.field({ type: [MonitoringCountType], complexity: IN_MEMORY }),
    byGender: t.field({ type: [MonitoringCountType], complexity: IN_MEMORY }),
    byCategory: t.field({ type: [MonitoringCountType], complexity: IN_MEMORY }),
    target: t.float({ nullable: true, description: "The year's target, when the range lies in one year and a target is set." }),
    yearToDate: t.float({ nullable: true, description: 'From January of that year to the range’s last month, when a target is set.' }),
  }),
});

const MonitoringThinRowType = builder.simpleObject('MonitoringThinRow', {
  fields: (t) => ({
    districtId: t.int(),
    label: t.string(),
    value: t.float(),
    population: t.int({ nullable: true }),
    perTenThousand: t.float({ nullable: true, description: 'Null where no population is entered.' }),
  }),
});
const MonitoringThinType = builder.simpleObject('MonitoringThin', {
  description: 'A figure of people taking part per 10,000 residents of each district, the thinnest first.',
  fields: (t) => ({ metric: t.string(), label: t.string(), programmeLabel: t.string(), populationSources: t.stringList(), rows: t.field({ type: [MonitoringThinRowType], complexity: IN_MEMORY }) }),
});

const MonitoringProgrammeType = builder.simpleObject('MonitoringProgramme', {
  fields: (t) => ({ key: t.string(), label: t.string(), metrics: t.field({ type: [MonitoringMetricType], complexity: IN_MEMORY }) }),
});

const MonitoringDashboardType = builder.simpleObject('MonitoringDashboard', {
  fields: (t) => ({
    from: t.string({ description: 'The first month, YYYY-MM.' }),
    to: t.string({ description: 'The last month, YYYY-MM.' }),
    districtId: t.int({ nullable: true }),
    programmes: t.field({ type: [MonitoringProgrammeType], complexity: IN_MEMORY }),
    thin: t.field({ type: [MonitoringThinType], complexity: IN_MEMORY, description: 'Where participation is thin: the public figures per 10,000 residents by district.' }),
    csvPath: t.string({ description: 'The same figures as CSV.' }),
  }),
});

builder.queryFields((t) => ({
  monitoringDashboard: t.field({
    type: MonitoringDashboardType,
    description: "Every programme's figures for the months from … to (YYYY-MM, both included), optionally for one district: coordinators and admins.",
    authScopes: { staff: true, admin: true },
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      districtId: t.arg.int({ required: false }),
    },
    validate: monthRangeSchema,
    resolve: async (_root, args, ctx) => {
      const range = { from: args.from, to: args.to };
      const year = Number(args.to.slice(0, 4));
      const [figures, targets, populations, districts] = await Promise.all([
        figuresFor(range, args.districtId ?? null),
        args.from.slice(0, 4) === args.to.slice(0, 4) ? targetsFor(year) : Promise.resolve(new Map<string, number>()),
        populationsFor(year),
        districtRows.rows(),
      ]);
      const labelled = await labelledFigures(figures, ctx.locale);
      const yearToDate = targets.size ? await figuresFor({ from: `${year}-01`, to: args.to }, args.districtId ?? null) : null;
      const ytdOf = (key: string) => yearToDate?.programmes.flatMap((p) => p.metrics).find((m) => m.key === key)?.value ?? null;
      const collator = new Intl.Collator(ctx.locale === 'tr' ? 'tr' : 'en');
      const thin = figures.programmes.flatMap((programme) =>
        programme.metrics
          .filter((metric) => metric.public)
          .map((metric) => ({
            metric: metric.key,
            label: ctx.locale === 'tr' ? metric.labelTr : metric.labelEn,
            programmeLabel: labelled.programmes.find((p) => p.key === programme.programme)!.label,
            populationSources: [...new Set([...populations.values()].map((p) => `${p.source} (${p.year})`))],
            rows: districts
              .filter((d) => args.districtId === null || args.districtId === undefined || d.id === args.districtId)
              .map((d) => {
                const value = metric.byDistrict.find((c) => c.key === String(d.id))?.value ?? 0;
                const population = populations.get(d.id)?.population ?? null;
                return { districtId: d.id, label: d.name, value, population, perTenThousand: population ? Math.round((value / population) * 100_000) / 10 : null };
              })
              .sort((a, b) => (a.perTenThousand ?? Infinity) - (b.perTenThousand ?? Infinity) || collator.compare(a.label, b.label)),
          })),
      );
      return {
        ...labelled,
        programmes: labelled.programmes.map((programme) => ({
          ...programme,
          metrics: programme.metrics.map((metric) => ({ ...metric, target: targets.get(metric.key) ?? null, yearToDate: targets.has(metric.key) ? ytdOf(metric.key) : null })),
        })),
        thin,
      };
    },
  }),
}));

// ── public statistics ──

const PublicStatisticsCellType = builder.simpleObject('PublicStatisticsCell', {
  description: 'A district’s count; null when suppressed (shown as "<5", or hidden so that no count can be worked out from the others).',
  fields: (t) => ({ key: t.string(), label: t.string(), value: t.int({ nullable: true }), suppressed: t.string({ nullable: true, description: 'small (below 5) or complementary.' }) }),
});
const PublicStatisticsTableType = builder.simpleObject('PublicStatisticsTable', {
  fields: (t) => ({
    programme: t.string(),
    programmeLabel: t.string(),
    metric: t.string(),
    label: t.string(),
    total: t.int({ nullable: true, description: 'Null when suppressed: below 5, or hidden because it would tell a hidden count.' }),
    totalSuppressed: t.string({ nullable: true, description: 'small (below 5) or complementary.' }),
    cells: t.field({ type: [PublicStatisticsCellType], complexity: IN_MEMORY }),
  }),
});
const PublicStatisticsType = builder.simpleObject('PublicStatistics', {
  fields: (t) => ({ year: t.int(), tables: t.field({ type: [PublicStatisticsTableType], complexity: IN_MEMORY }) }),
});

builder.queryFields((t) => ({
  publicStatistics: t.field({
    type: PublicStatisticsType,
    description: 'Aggregate figures of a year per programme and district, for everyone: no personal data, every count below 5 suppressed and none recoverable from the others.',
    args: { year: t.arg.int({ required: true }) },
    validate: z.looseObject({ year: z.number().int().min(2000).max(2100) }),
    resolve: async (_root, args, ctx) => publicStatistics(args.year, ctx.locale),
  }),
}));
