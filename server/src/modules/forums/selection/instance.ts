// The input in one canonical form, so that the distribution and the draw depend on what was entered,
// not on the order the rows came in: features by key, values by name, applicants by id (code-unit
// order, not locale order, which varies between machines), and units (answer types, or persons in
// the person-level engine) by their value indices.
import { canonicalJson, sha256Hex } from '../../trips/lottery/canonical.ts';
import { SelectionInputError, type Feature, type Instance, type SelectionInput, type Unit } from './types.ts';

export { canonicalJson, sha256Hex };

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

export function canonicalInstance(input: SelectionInput): Instance {
  if (!isCount(input.panelSize) || input.panelSize < 1) throw new SelectionInputError('forums.selection.badPanelSize', { panelSize: input.panelSize });
  const features: Feature[] = [...input.features]
    .map((f) => ({ key: f.key, values: [...f.values].map(({ value, min, max }) => ({ value, min, max })).sort((a, b) => byCodeUnits(a.value, b.value)) }))
    .sort((a, b) => byCodeUnits(a.key, b.key));
  features.forEach((feature, i) => {
    if (i > 0 && features[i - 1]!.key === feature.key) throw new SelectionInputError('forums.selection.duplicateFeature', { feature: feature.key });
    if (feature.values.length === 0) throw new SelectionInputError('forums.selection.featureWithoutValues', { feature: feature.key });
    feature.values.forEach((v, j) => {
      if (j > 0 && feature.values[j - 1]!.value === v.value) throw new SelectionInputError('forums.selection.duplicateValue', { feature: feature.key, value: v.value });
      if (!isCount(v.min) || !isCount(v.max)) throw new SelectionInputError('forums.selection.badQuota', { feature: feature.key, value: v.value });
    });
  });
  const valueIndex = features.map((f) => new Map(f.values.map((v, i) => [v.value, i])));
  const applicants = [...input.applicants]
    .map((a) => ({
      id: a.id,
      values: features.map((f, i) => {
        const answer = a.answers[f.key];
        const index = answer === undefined ? undefined : valueIndex[i]!.get(answer);
        if (index === undefined) throw new SelectionInputError('forums.selection.unknownAnswer', { id: a.id, feature: f.key, answer: answer ?? null });
        return index;
      }),
    }))
    .sort((a, b) => byCodeUnits(a.id, b.id));
  applicants.forEach((a, i) => {
    if (typeof a.id !== 'string' || a.id.length === 0) throw new SelectionInputError('forums.selection.badId', { id: a.id });
    if (i > 0 && applicants[i - 1]!.id === a.id) throw new SelectionInputError('forums.selection.duplicateApplicant', { id: a.id });
  });
  const ids = new Set(applicants.map((a) => a.id));
  const forced = [...new Set(input.forced ?? [])].sort(byCodeUnits);
  const excluded = [...new Set(input.excluded ?? [])].sort(byCodeUnits);
  for (const id of [...forced, ...excluded]) if (!ids.has(id)) throw new SelectionInputError('forums.selection.unknownApplicant', { id });
  const excludedSet = new Set(excluded);
  for (const id of forced) if (excludedSet.has(id)) throw new SelectionInputError('forums.selection.forcedAndExcluded', { id });

  const mode = forced.length || excluded.length ? 'persons' : 'types';
  const forcedSet = new Set(forced);
  let units: Unit[];
  if (mode === 'persons') {
    units = applicants.map((a) => ({ values: a.values, members: [a.id], lo: forcedSet.has(a.id) ? 1 : 0, hi: excludedSet.has(a.id) ? 0 : 1 }));
  } else {
    const groups = new Map<string, Unit>();
    for (const a of applicants) {
      const key = a.values.join(',');
      const unit = groups.get(key) ?? { values: a.values, members: [], lo: 0, hi: 0 };
      unit.members.push(a.id);
      unit.hi += 1;
      groups.set(key, unit);
    }
    units = [...groups.values()];
  }
  units.sort((a, b) => compareVectors(a.values, b.values) || byCodeUnits(a.members[0]!, b.members[0]!));
  const unitOf = new Map<string, number>();
  units.forEach((unit, u) => unit.members.forEach((id) => unitOf.set(id, u)));
  return { panelSize: input.panelSize, features, mode, applicants, forced, excluded, units, unitOf };
}

/** Same as `canonicalInstance` but with every applicant as her own unit: the person-level engine, for any input. */
export function personLevelInstance(input: SelectionInput): Instance {
  const instance = canonicalInstance(input);
  if (instance.mode === 'persons') return instance;
  const units: Unit[] = instance.applicants.map((a) => ({ values: a.values, members: [a.id], lo: 0, hi: 1 }));
  units.sort((a, b) => compareVectors(a.values, b.values) || byCodeUnits(a.members[0]!, b.members[0]!));
  const unitOf = new Map<string, number>();
  units.forEach((unit, u) => unitOf.set(unit.members[0]!, u));
  return { ...instance, mode: 'persons', units, unitOf };
}

export function compareVectors(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The canonical pool as text: what the distribution commits to. */
export function poolText(instance: Instance): string {
  return canonicalJson({
    version: 1,
    panelSize: instance.panelSize,
    features: instance.features,
    applicants: instance.applicants.map((a) => ({ id: a.id, answers: a.values.map((v, f) => instance.features[f]!.values[v]!.value) })),
    forced: instance.forced,
    excluded: instance.excluded,
  });
}

export function poolHash(instance: Instance): string {
  return sha256Hex(poolText(instance));
}

/** How many of a panel (counts per unit) have each value of each feature. */
export function valueCounts(instance: Instance, counts: readonly number[]): number[][] {
  const out = instance.features.map((f) => f.values.map(() => 0));
  instance.units.forEach((unit, u) => {
    const c = counts[u]!;
    if (c) unit.values.forEach((v, f) => (out[f]![v]! += c));
  });
  return out;
}

/** The quotas a panel (counts per unit) breaks, plus size and member-bound violations; empty when it is valid. */
export function panelViolations(instance: Instance, counts: readonly number[]): string[] {
  const problems: string[] = [];
  const size = counts.reduce((a, b) => a + b, 0);
  if (size !== instance.panelSize) problems.push(`size ${size} ≠ ${instance.panelSize}`);
  instance.units.forEach((unit, u) => {
    if (!(counts[u]! >= unit.lo && counts[u]! <= unit.hi && Number.isInteger(counts[u]))) problems.push(`unit ${u}: ${counts[u]} outside ${unit.lo}..${unit.hi}`);
  });
  valueCounts(instance, counts).forEach((row, f) =>
    row.forEach((n, v) => {
      const { value, min, max } = instance.features[f]!.values[v]!;
      if (n < min || n > max) problems.push(`${instance.features[f]!.key}=${value}: ${n} outside ${min}..${max}`);
    }),
  );
  return problems;
}

/** The quota violations of a panel given as applicant ids. */
export function panelViolationsOfIds(instance: Instance, ids: readonly string[]): string[] {
  const counts = instance.units.map(() => 0);
  for (const id of ids) counts[instance.unitOf.get(id)!]! += 1;
  return panelViolations(instance, counts);
}
