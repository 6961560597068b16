// The monitoring's reference data, entered by admins: districts' populations (with their source and
// year) for participation per 10,000 residents, and the directorate's yearly targets per figure. Each
// write replaces a year's rows in one transaction and is audited (the rows name no one).
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { audit } from '../audit/service.ts';

export type PopulationInput = { year: number; source: string; rows: { districtId: number; population: number }[] };

/** Replaces the populations of a year with the rows given (districts left out lose theirs). */
export async function setPopulations(input: PopulationInput, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.districtPopulation.deleteMany({ where: { year: input.year } });
    await tx.districtPopulation.createMany({ data: input.rows.map((row) => ({ ...row, year: input.year, source: input.source })) });
    await audit(tx, actor, 'monitoring.setPopulations', { type: 'DistrictPopulation', id: String(input.year) }, { year: input.year, source: input.source, districts: input.rows.length });
  });
}

/** The populations in force for a year: each district's latest entry of that year or before. */
export async function populationsFor(year: number): Promise<Map<number, { population: number; year: number; source: string }>> {
  const rows = await prisma.districtPopulation.findMany({ where: { year: { lte: year } }, orderBy: [{ year: 'desc' }] });
  const latest = new Map<number, { population: number; year: number; source: string }>();
  for (const row of rows) if (!latest.has(row.districtId)) latest.set(row.districtId, { population: row.population, year: row.year, source: row.source });
  return latest;
}

export type TargetInput = { year: number; targets: { metric: string; value: number }[] };

/** Replaces the targets of a year. */
export async function setTargets(input: TargetInput, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.monitoringTarget.deleteMany({ where: { year: input.year } });
    await tx.monitoringTarget.createMany({ data: input.targets.map((target) => ({ ...target, year: input.year })) });
    await audit(tx, actor, 'monitoring.setTargets', { type: 'MonitoringTarget', id: String(input.year) }, { year: input.year, targets: input.targets });
  });
}

export async function targetsFor(year: number): Promise<Map<string, number>> {
  const rows = await prisma.monitoringTarget.findMany({ where: { year } });
  return new Map(rows.map((row) => [row.metric, row.value]));
}
