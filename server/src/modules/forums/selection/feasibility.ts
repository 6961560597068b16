// When no panel meets every quota: which quotas conflict and why, and the smallest relaxation.
// Simple counting reasons come first (they are what a coordinator can fix at a glance); when none
// applies, a deletion filter over the quota bounds (each min and max is one constraint, the panel
// size and the pool are fixed) finds an irreducible infeasible subset: no panel meets all of them,
// yet dropping any one leaves a panel. The relaxation is the MIP the Sortition Foundation's tool
// solves: lower minimums / raise maximums by integers so that a panel exists, minimising the total change.
import { findPanel, highs, MIP_OPTIONS, panelRows, quotaBounds, unitBounds, type Bounds } from './panel-mip.ts';
import type { Conflict, Feature, Infeasible, Instance, QuotaChange, QuotaRef, Relaxation } from './types.ts';

/** Conflicts visible by counting alone. */
export function countingConflicts(instance: Instance): Conflict[] {
  const conflicts: Conflict[] = [];
  const k = instance.panelSize;
  const pool = instance.units.reduce((n, u) => n + u.hi, 0);
  if (pool < k) conflicts.push({ key: 'forums.selection.poolSmallerThanPanel', params: { poolSize: pool, panelSize: k } });
  const supply = instance.features.map((f) => f.values.map(() => 0));
  for (const unit of instance.units) unit.values.forEach((v, f) => (supply[f]![v]! += unit.hi));
  instance.features.forEach((feature, f) => {
    for (const { value, min, max } of feature.values) if (min > max) conflicts.push({ key: 'forums.selection.minimumAboveMaximum', params: { feature: feature.key, value, min, max } });
    const mins = feature.values.reduce((n, v) => n + v.min, 0);
    const maxes = feature.values.reduce((n, v) => n + v.max, 0);
    if (mins > k) conflicts.push({ key: 'forums.selection.minimumsExceedPanel', params: { feature: feature.key, sum: mins, panelSize: k } });
    if (maxes < k) conflicts.push({ key: 'forums.selection.maximumsBelowPanel', params: { feature: feature.key, sum: maxes, panelSize: k } });
    feature.values.forEach(({ value, min }, v) => {
      if (supply[f]![v]! < min) conflicts.push({ key: 'forums.selection.tooFewApplicants', params: { feature: feature.key, value, available: supply[f]![v]!, min } });
    });
  });
  return conflicts;
}

type Bound = { f: number; v: number; bound: 'min' | 'max' };

/** An irreducible infeasible subset of the quota bounds (null if the quotas are feasible, or the pool/forced persons alone are). */
export async function irreducibleConflict(instance: Instance): Promise<QuotaRef[] | null> {
  const all: Bound[] = instance.features.flatMap((feature, f) => feature.values.flatMap((_, v) => [{ f, v, bound: 'min' as const }, { f, v, bound: 'max' as const }]));
  const boundsWith = (active: readonly Bound[]): Bounds => {
    const b = instance.features.map((feature) => feature.values.map(() => ({ min: 0, max: instance.panelSize })));
    for (const { f, v, bound } of active) {
      if (bound === 'min') b[f]![v]!.min = instance.features[f]!.values[v]!.min;
      else b[f]![v]!.max = instance.features[f]!.values[v]!.max;
    }
    return b;
  };
  if (await findPanel(instance, null, boundsWith(all))) return null;
  if (!(await findPanel(instance, null, boundsWith([])))) return null;
  // Deletion filter: drop each bound in turn; if the rest is still infeasible it was not needed.
  let active = [...all];
  for (const candidate of all) {
    const rest = active.filter((b) => b !== candidate);
    if (!(await findPanel(instance, null, boundsWith(rest)))) active = rest;
  }
  return active.map(({ f, v, bound }) => {
    const q = instance.features[f]!.values[v]!;
    return { feature: instance.features[f]!.key, value: q.value, bound, limit: bound === 'min' ? q.min : q.max };
  });
}

/** The smallest total change of quotas after which a panel exists; null when no change of quotas can help. */
export async function smallestRelaxation(instance: Instance): Promise<Relaxation> {
  const names = (f: number, v: number) => [`a${f}_${v}`, `b${f}_${v}`] as const;
  const rows = panelRows(instance, quotaBounds(instance), { below: (f, v) => names(f, v)[0], above: (f, v) => names(f, v)[1] })!;
  const slacks = instance.features.flatMap((feature, f) => feature.values.map((_, v) => names(f, v)));
  const text = [
    'Minimize',
    ` obj: ${slacks.flatMap(([a, b]) => [`+ ${a}`, `+ ${b}`]).join(' ')}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...unitBounds(instance),
    // A minimum can fall to 0 at most; a maximum can rise to the panel size at most.
    ...instance.features.flatMap((feature, f) => feature.values.flatMap((q, v) => [` 0 <= ${names(f, v)[0]} <= ${q.min}`, ` 0 <= ${names(f, v)[1]} <= ${Math.max(0, instance.panelSize - q.max)}`])),
    'General',
    ` ${[...instance.units.map((_, u) => `x${u}`), ...slacks.flat()].join(' ')}`,
    'End',
  ].join('\n');
  const solution = (await highs()).solve(text, MIP_OPTIONS);
  if (solution.Status === 'Infeasible') return null;
  if (solution.Status !== 'Optimal') throw new Error(`the relaxation MIP ended ${solution.Status}`);
  const value = (name: string) => Math.round(solution.Columns[name]?.Primal ?? 0);
  const changes: QuotaChange[] = [];
  const features: Feature[] = instance.features.map((feature, f) => ({
    key: feature.key,
    values: feature.values.map((q, v) => {
      const [a, b] = names(f, v).map(value) as [number, number];
      if (a || b) changes.push({ feature: feature.key, value: q.value, min: a ? { from: q.min, to: q.min - a } : null, max: b ? { from: q.max, to: q.max + b } : null });
      return { value: q.value, min: q.min - a, max: q.max + b };
    }),
  }));
  return { totalChange: changes.reduce((n, c) => n + (c.min ? c.min.from - c.min.to : 0) + (c.max ? c.max.to - c.max.from : 0), 0), changes, features };
}

/** Null when a panel meets every quota; else the explanation and the smallest relaxation. */
export async function checkFeasibility(instance: Instance): Promise<Infeasible | null> {
  const conflicts = countingConflicts(instance);
  if (conflicts.length === 0) {
    if (await findPanel(instance, null)) return null;
    const quotas = await irreducibleConflict(instance);
    // With no quota at all there is still no panel: forced/excluded persons make it impossible.
    conflicts.push({ key: 'forums.selection.quotasConflict', params: { quotas: quotas ?? [], panelSize: instance.panelSize } });
  }
  return { status: 'infeasible', conflicts, relaxation: await smallestRelaxation(instance) };
}
