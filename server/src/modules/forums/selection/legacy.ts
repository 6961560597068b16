// The baseline the paper calls LEGACY (the Sortition Foundation's former greedy stratified draw),
// for comparison only: fill the panel one person at a time; each step takes the feature value whose
// unmet minimum is largest relative to the applicants still available with it, then a uniformly
// random available person with that value; a value that reaches its maximum removes everyone with it.
// A dead end (a minimum no longer reachable, or nobody left) restarts the whole draw.
import { SeededStream } from './random.ts';
import type { Instance } from './types.ts';

/** Attempts before giving up (a feasible instance where the greedy keeps failing). */
const MAX_ATTEMPTS = 1_000;

/** One LEGACY draw as counts per unit (members are interchangeable, so the person is irrelevant to probabilities). */
export function legacyDraw(instance: Instance, stream: SeededStream): number[] {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const counts = tryOnce(instance, stream);
    if (counts) return counts;
  }
  throw new Error('LEGACY failed to find a panel');
}

function tryOnce(instance: Instance, stream: SeededStream): number[] | null {
  const { features, units, panelSize } = instance;
  const remaining = units.map((u) => u.hi - u.lo);
  const counts = units.map((u) => u.lo);
  const selected = features.map((f) => f.values.map(() => 0));
  const left = features.map((f) => f.values.map(() => 0));
  units.forEach((unit, u) =>
    unit.values.forEach((v, f) => {
      selected[f]![v]! += counts[u]!;
      left[f]![v]! += remaining[u]!;
    }),
  );
  const removeUnit = (u: number, n: number) => {
    remaining[u]! -= n;
    units[u]!.values.forEach((v, f) => (left[f]![v]! -= n));
  };
  for (let taken = counts.reduce((a, b) => a + b, 0); taken < panelSize; taken += 1) {
    let best: [number, number] | null = null;
    let ratio = -Infinity;
    for (let f = 0; f < features.length; f += 1) {
      for (let v = 0; v < features[f]!.values.length; v += 1) {
        const { min, max } = features[f]!.values[v]!;
        const need = min - selected[f]![v]!;
        if (need > left[f]![v]!) return null;
        if (left[f]![v]! === 0 || max === 0) continue;
        const r = need / left[f]![v]!;
        if (r > ratio) [ratio, best] = [r, [f, v]];
      }
    }
    // No feature at all: any available person.
    let u: number;
    if (best === null) {
      const total = remaining.reduce((a, b) => a + b, 0);
      if (total === 0) return null;
      u = pickWeighted(remaining, stream.below(total));
    } else {
      const [f, v] = best;
      const weights = units.map((unit, i) => (unit.values[f] === v ? remaining[i]! : 0));
      u = pickWeighted(weights, stream.below(left[f]![v]!));
    }
    counts[u]! += 1;
    removeUnit(u, 1);
    units[u]!.values.forEach((v, f) => (selected[f]![v]! += 1));
    // A value at its maximum: nobody else with it may be taken.
    units[u]!.values.forEach((v, f) => {
      if (selected[f]![v]! < features[f]!.values[v]!.max) return;
      units.forEach((other, i) => {
        if (other.values[f] === v && remaining[i]! > 0) removeUnit(i, remaining[i]!);
      });
    });
  }
  const ok = features.every((feature, f) => feature.values.every(({ min, max }, v) => selected[f]![v]! >= min && selected[f]![v]! <= max));
  return ok ? counts : null;
}

function pickWeighted(weights: readonly number[], r: number): number {
  let cumulative = 0;
  for (let i = 0; i < weights.length; i += 1) {
    cumulative += weights[i]!;
    if (cumulative > r) return i;
  }
  throw new Error('pickWeighted out of range');
}

/** Each unit's LEGACY selection probability, estimated from `samples` seeded draws, and the lowest. */
export function estimateLegacy(instance: Instance, samples: number, seed = 'legacy'): { probabilities: number[]; minimum: number } {
  const stream = new SeededStream(seed, 'legacy');
  const totals = instance.units.map(() => 0);
  for (let s = 0; s < samples; s += 1) legacyDraw(instance, stream).forEach((c, u) => (totals[u]! += c));
  const probabilities = totals.map((t, u) => t / (samples * instance.units[u]!.members.length));
  return { probabilities, minimum: Math.min(...probabilities.filter((_, u) => instance.units[u]!.hi > 0)) };
}
