// Instances for the fair selection engine's tests and bench: the two public ones from Flanigan et
// al.'s replication material (test/fixtures/forums/, see its README), and seeded synthetic pools whose
// applicants over-represent some groups (self-selection), with quotas from the population's shares.
import { readFileSync } from 'node:fs';
import type { Feature, SelectionInput } from '@katilim/server/modules/forums/selection/index';
import { SeededStream } from '@katilim/server/modules/forums/selection/random';

const FIXTURES = new URL('../fixtures/forums/', import.meta.url);

/** `example_small_20` (pool 200, panel 20) or `example_large_200` (pool 2,000, panel 200). */
export function publicInstance(name: 'example_small_20' | 'example_large_200'): SelectionInput {
  const read = (file: string) => readFileSync(new URL(`${name}/${file}`, FIXTURES), 'utf8').trim().split(/\r?\n/);
  const categories = read('categories.csv').slice(1).map((line) => line.split(','));
  const [header, ...rows] = read('respondents.csv');
  const columns = header!.split(',');
  const features: Feature[] = [...new Set(categories.map((c) => c[0]!))].map((key) => ({
    key,
    values: categories.filter((c) => c[0] === key).map((c) => ({ value: c[1]!, min: Number(c[2]), max: Number(c[3]) })),
  }));
  const applicants = rows.map((row, i) => ({ id: `${name}-${String(i + 1).padStart(4, '0')}`, answers: Object.fromEntries(row.split(',').map((v, j) => [columns[j]!, v])) }));
  return { panelSize: Number(name.split('_').at(-1)), features, applicants };
}

/** A feature of a synthetic population: value names with their population shares and pool bias (how much more likely to apply). */
export type SyntheticFeature = { key: string; values: { value: string; share: number; bias: number }[] };

/**
 * A pool of `poolSize` drawn (seeded) from a population with the given shares, tilted by bias, and
 * quotas at the population's share of the panel ± `slack` (at least 0; maximums not above the panel).
 */
export function syntheticInstance(opts: { poolSize: number; panelSize: number; features: SyntheticFeature[]; slack: number; seed: string }): SelectionInput {
  const stream = new SeededStream(opts.seed, 'synthetic-pool');
  const uniform = () => stream.nextWord() / 2 ** 32;
  const pick = (weights: number[]) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = uniform() * total;
    for (let i = 0; i < weights.length; i += 1) if ((r -= weights[i]!) < 0) return i;
    return weights.length - 1;
  };
  const applicants = Array.from({ length: opts.poolSize }, (_, i) => ({
    id: `a${String(i + 1).padStart(5, '0')}`,
    answers: Object.fromEntries(opts.features.map((f) => [f.key, f.values[pick(f.values.map((v) => v.share * v.bias))]!.value])),
  }));
  const features: Feature[] = opts.features.map((f) => ({
    key: f.key,
    values: f.values.map((v) => {
      const ideal = v.share * opts.panelSize;
      return { value: v.value, min: Math.max(0, Math.floor(ideal - opts.slack)), max: Math.min(opts.panelSize, Math.ceil(ideal + opts.slack)) };
    }),
  }));
  return { panelSize: opts.panelSize, features, applicants };
}

const values = (names: string[], shares: number[], biases: number[]) => names.map((value, i) => ({ value, share: shares[i]!, bias: biases[i]! }));

export const DISTRICT = (n: number): SyntheticFeature => ({
  key: 'district',
  values: values(
    Array.from({ length: n }, (_, i) => `d${i + 1}`),
    Array.from({ length: n }, () => 1 / n),
    Array.from({ length: n }, (_, i) => 1 + (2 * i) / n),
  ),
});
export const AGE = (n: number): SyntheticFeature => ({
  key: 'ageBand',
  values: values(
    Array.from({ length: n }, (_, i) => `age${i + 1}`),
    Array.from({ length: n }, () => 1 / n),
    Array.from({ length: n }, (_, i) => 0.4 + i / n),
  ),
});
export const EDUCATION: SyntheticFeature = { key: 'education', values: values(['primary', 'secondary', 'university'], [0.35, 0.4, 0.25], [0.4, 1, 2.5]) };
export const EMPLOYMENT: SyntheticFeature = { key: 'employment', values: values(['employed', 'student', 'unemployed'], [0.4, 0.35, 0.25], [1, 1.6, 0.5]) };

/** 3 features, pool 300, panel 30 (the tests' pool: solved in a second or two). */
export const threeFeaturePool = () => syntheticInstance({ poolSize: 300, panelSize: 30, features: [DISTRICT(4), AGE(3), EDUCATION], slack: 1, seed: 'three-features' });
/** 4 features, pool 400, panel 40. */
export const fourFeaturePool = () => syntheticInstance({ poolSize: 400, panelSize: 40, features: [DISTRICT(3), AGE(3), EDUCATION, EMPLOYMENT], slack: 1, seed: 'four-features' });
/** Tight quotas: minimum = maximum for most values (slack 0, shares that divide the panel). */
export const tightPool = () => {
  const input = syntheticInstance({ poolSize: 120, panelSize: 12, features: [DISTRICT(3), AGE(2), EDUCATION], slack: 0, seed: 'tight' });
  return { ...input, features: input.features.map((f) => ({ ...f, values: f.values.map((v) => ({ ...v, max: v.min === 0 ? v.max : v.min + (f.key === 'education' ? 1 : 0) })) })) };
};
/** Pools of 2,000 for the bench: about 60 and about 170 answer types. */
export const bench60 = () => syntheticInstance({ poolSize: 2000, panelSize: 200, features: [DISTRICT(5), AGE(4), EDUCATION], slack: 2, seed: 'bench-60' });
export const bench170 = () => syntheticInstance({ poolSize: 2000, panelSize: 200, features: [DISTRICT(5), AGE(4), EDUCATION, EMPLOYMENT], slack: 2, seed: 'bench-170' });

/** How many distinct answer types a pool has. */
export const typeCount = (input: SelectionInput) => new Set(input.applicants.map((a) => input.features.map((f) => a.answers[f.key]).join('|'))).size;

// The bench (outside the test package, which resolves @katilim/server) reaches the engine through here.
export { canonicalInstance, computeSelection, drawPanel, estimateLegacy } from '@katilim/server/modules/forums/selection/index';
export type { SelectionInput } from '@katilim/server/modules/forums/selection/index';
