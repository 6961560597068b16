// The fair selection engine of the forums' focus groups (issue 11), pure: no database, no GraphQL.
//   const result = await computeSelection(input);      // feasible: the LEXIMIN distribution; else why not + relaxation
//   const outcome = drawPanel(instance, result.distribution, result.distributionHash, seed);
//   replaceDropOut(instance, outcome.panel, outcome.waitlist, leavingId);
// The distribution (and its SHA-256) is fixed before any seed is known; the draw needs no floating point.
import { checkFeasibility } from './feasibility.ts';
import { canonicalInstance, canonicalJson, poolHash, sha256Hex } from './instance.ts';
import { leximin } from './leximin.ts';
import { ALGORITHM_VERSION, type Distribution, type Feasible, type Instance, type SelectionInput, type SelectionResult, type WeightedPanel } from './types.ts';

export * from './types.ts';
export { canonicalInstance, personLevelInstance, poolHash, poolText, panelViolations, panelViolationsOfIds } from './instance.ts';
export { checkFeasibility, smallestRelaxation, irreducibleConflict } from './feasibility.ts';
export { drawPanel, pickPanelIndex, replaceDropOut } from './draw.ts';
export { estimateLegacy, legacyDraw } from './legacy.ts';
export { PRICING_TOLERANCE } from './leximin.ts';
export { drawSeed, secretHash } from '../../trips/lottery/canonical.ts';

export const WEIGHT_TOTAL = 2 ** 32;

/** The LEXIMIN distribution of an input (canonicalised here), or why no panel meets the quotas. */
export async function computeSelection(input: SelectionInput): Promise<SelectionResult> {
  return computeSelectionFor(canonicalInstance(input));
}

/** The same for an instance already canonical (e.g. `personLevelInstance`). */
export async function computeSelectionFor(instance: Instance): Promise<SelectionResult> {
  const infeasible = await checkFeasibility(instance);
  if (infeasible) return infeasible;
  const solved = await leximin(instance);
  const panels = toWeights(solved.panels, solved.q);
  const sizes = instance.units.map((u) => u.members.length);
  const probabilities = instance.units.map((_, u) => {
    const selectedWeight = panels.reduce((n, p) => n + p.weight * p.counts[u]!, 0);
    return { selectedWeight, probability: round9(selectedWeight / (WEIGHT_TOTAL * sizes[u]!)) };
  });
  const distribution: Distribution = {
    algorithm: ALGORITHM_VERSION,
    poolHash: poolHash(instance),
    mode: instance.mode,
    panelSize: instance.panelSize,
    weightTotal: WEIGHT_TOTAL,
    features: instance.features,
    units: instance.units.map((unit) => ({ answers: unit.values.map((v, f) => instance.features[f]!.values[v]!.value), size: unit.members.length, lo: unit.lo, hi: unit.hi })),
    panels,
    probabilities,
  };
  const distributionText = canonicalJson(distribution);
  const applicantProbabilities = instance.applicants.map((a) => ({ id: a.id, probability: probabilities[instance.unitOf.get(a.id)!]!.probability }));
  const eligible = instance.units.flatMap((unit, u) => (unit.hi > 0 ? [probabilities[u]!.probability] : []));
  const result: Feasible = {
    status: 'feasible',
    distribution,
    distributionText,
    distributionHash: sha256Hex(distributionText),
    applicantProbabilities,
    minimumProbability: eligible.length ? Math.min(...eligible) : 0,
    stats: solved.stats,
  };
  return result;
}

/**
 * Probabilities to integer weights summing to 2³² (floors, then the rest by largest remainder,
 * earlier panel on a tie), panels sorted by counts so the text does not depend on discovery order.
 */
function toWeights(panels: readonly number[][], q: readonly number[]): WeightedPanel[] {
  const kept = panels.map((counts, j) => ({ counts, q: q[j]! })).filter((p) => p.q > 1e-12);
  kept.sort((a, b) => compare(a.counts, b.counts));
  const total = kept.reduce((n, p) => n + p.q, 0);
  const exact = kept.map((p) => (p.q / total) * WEIGHT_TOTAL);
  const weights = exact.map(Math.floor);
  let left = WEIGHT_TOTAL - weights.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    weights[i]! += 1;
    left -= 1;
  }
  return kept.map((p, i) => ({ counts: p.counts, weight: weights[i]! })).filter((p) => p.weight > 0);
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

const round9 = (x: number) => Math.round(x * 1e9) / 1e9;
