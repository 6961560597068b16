// Monitoring reference data in GraphQL: districts' populations and yearly targets, read by coordinators
// and admins, written by admins (each write one transaction, audited).
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import type { Locale } from '../../i18n/messages.ts';
import { districtRows } from '../districts/rows.ts';
import { requiredText } from '../common/validation.ts';
import { monitoringSources } from '../../generated/monitoring-map.ts';
import { populationsFor, setPopulations, setTargets, targetsFor } from './reference.ts';

const YEAR = z.number().int().min(2000, 'validation.monitoring.year').max(2100, 'validation.monitoring.year');
const metricKeys = () => new Set(monitoringSources.flatMap((source) => source.metrics.map((metric) => metric.key)));

const DistrictPopulationType = builder.simpleObject('MonitoringPopulation', {
  description: "A district's population in force for a year (its latest entry of that year or before).",
  fields: (t) => ({ districtId: t.int(), districtName: t.string(), population: t.int({ nullable: true }), year: t.int({ nullable: true }), source: t.string({ nullable: true }) }),
});
const MonitoringTargetType = builder.simpleObject('MonitoringTarget', {
  fields: (t) => ({ metric: t.string(), label: t.string(), unit: t.string(), value: t.float({ nullable: true }) }),
});

/** Every district with the population in force for the year, in the reader's alphabetical order. */
async function populationRows(year: number, locale: Locale) {
  const [districts, populations] = await Promise.all([districtRows.rows(), populationsFor(year)]);
  const collator = new Intl.Collator(locale === 'tr' ? 'tr' : 'en');
  return [...districts]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((d) => ({ districtId: d.id, districtName: d.name, population: populations.get(d.id)?.population ?? null, year: populations.get(d.id)?.year ?? null, source: populations.get(d.id)?.source ?? null }));
}

/** Every figure with the year's target, in the reader's language. */
async function targetRows(year: number, locale: Locale) {
  const targets = await targetsFor(year);
  return monitoringSources.flatMap((source) =>
    source.metrics.map((metric) => ({ metric: metric.key, label: locale === 'tr' ? metric.labelTr : metric.labelEn, unit: metric.unit, value: targets.get(metric.key) ?? null })),
  );
}

builder.queryFields((t) => ({
  monitoringPopulations: t.field({
    type: [DistrictPopulationType],
    description: "İzmir's districts with the population in force for the year (null where none is entered).",
    authScopes: { staff: true, admin: true },
    args: { year: t.arg.int({ required: true }) },
    validate: z.looseObject({ year: YEAR }),
    complexity: { field: 1, multiplier: 1 },
    resolve: (_root, args, ctx) => populationRows(args.year, ctx.locale),
  }),
  monitoringTargets: t.field({
    type: [MonitoringTargetType],
    description: "Every figure with the year's target (null where none is set).",
    authScopes: { staff: true, admin: true },
    args: { year: t.arg.int({ required: true }) },
    validate: z.looseObject({ year: YEAR }),
    complexity: { field: 1, multiplier: 1 },
    resolve: (_root, args, ctx) => targetRows(args.year, ctx.locale),
  }),
}));

const PopulationRowInput = builder.inputType('MonitoringPopulationRowInput', {
  fields: (t) => ({ districtId: t.int({ required: true }), population: t.int({ required: true }) }),
});
const SetPopulationsInput = builder.inputType('SetMonitoringPopulationsInput', {
  fields: (t) => ({
    year: t.int({ required: true }),
    source: t.string({ required: true, validate: requiredText(200), description: 'Where the figures come from, e.g. "TÜİK ADNKS 2025".' }),
    rows: t.field({ type: [PopulationRowInput], required: true }),
  }),
});
const TargetRowInput = builder.inputType('MonitoringTargetRowInput', {
  fields: (t) => ({ metric: t.string({ required: true }), value: t.float({ required: true }) }),
});
const SetTargetsInput = builder.inputType('SetMonitoringTargetsInput', {
  fields: (t) => ({ year: t.int({ required: true }), targets: t.field({ type: [TargetRowInput], required: true }) }),
});

const populationsSchema = z.looseObject({
  input: z.looseObject({
    year: YEAR,
    rows: z
      .array(z.looseObject({ districtId: z.number().int().min(1).max(10_000), population: z.number().int().min(1, 'validation.monitoring.population').max(100_000_000, 'validation.monitoring.population') }))
      .max(100)
      .refine((rows) => new Set(rows.map((r) => r.districtId)).size === rows.length, 'validation.monitoring.duplicate'),
  }),
});
const targetsSchema = z.looseObject({
  input: z.looseObject({
    year: YEAR,
    targets: z
      .array(z.looseObject({ metric: z.string().refine((key) => metricKeys().has(key), 'validation.monitoring.metric'), value: z.number().min(0, 'validation.monitoring.target').max(1e9, 'validation.monitoring.target') }))
      .max(200)
      .refine((rows) => new Set(rows.map((r) => r.metric)).size === rows.length, 'validation.monitoring.duplicate'),
  }),
});

builder.mutationFields((t) => ({
  setMonitoringPopulations: t.field({
    type: [DistrictPopulationType],
    description: "Replaces a year's district populations (admins); returns the populations in force for that year.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: SetPopulationsInput, required: true }) },
    validate: populationsSchema,
    errors: { types: [] },
    resolve: async (_root, { input }, ctx) => {
      const known = new Set((await districtRows.rows()).map((d) => d.id));
      await setPopulations({ year: input.year, source: input.source, rows: input.rows.filter((row) => known.has(row.districtId)) }, actorOf(ctx));
      return populationRows(input.year, ctx.locale);
    },
  }),
  setMonitoringTargets: t.field({
    type: [MonitoringTargetType],
    description: "Replaces a year's targets (admins); returns every figure with its target.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: SetTargetsInput, required: true }) },
    validate: targetsSchema,
    errors: { types: [] },
    resolve: async (_root, { input }, ctx) => {
      await setTargets({ year: input.year, targets: input.targets }, actorOf(ctx));
      return targetRows(input.year, ctx.locale);
    },
  }),
}));
