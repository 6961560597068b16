// The monthly monitoring for coordinators and admins: every programme's figures for a range of months
// (optionally one district), each beside the range before and the same range a year earlier, by
// district, age band, gender and category; the same as CSV (http.ts).
import { builder } from '../../builder.ts';
import { z } from 'zod';
import { figuresFor } from './figures.ts';
import { labelledFigures } from './labels.ts';
import { publicStatistics } from './public-statistics.ts';
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
  }),
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
    resolve: async (_root, args, ctx) => labelledFigures(await figuresFor({ from: args.from, to: args.to }, args.districtId ?? null), ctx.locale),
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
    total: t.int({ nullable: true, description: 'Null when below 5.' }),
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
