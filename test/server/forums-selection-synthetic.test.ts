// The fair selection engine on seeded synthetic pools (self-selected applicants, quotas from the
// population's shares): no quota broken over 10,000 draws, the minimum equal to an independent
// max-min LP over the returned panels with no improving panel left, far above the greedy draw, and
// draw frequencies within 4σ of the computed probabilities.
import { describe, expect, it } from 'vitest';
import { canonicalInstance, computeSelection, estimateLegacy, pickPanelIndex, type Feasible, type Instance } from '@katilim/server/modules/forums/selection/index';
import { fourFeaturePool, threeFeaturePool, tightPool } from '../support/forums-selection-instances.ts';
import { bestPanelGain, seedNo, violationsOverDraws } from '../support/forums-selection-checks.ts';

const solved = new Map<string, Promise<{ instance: Instance; result: Feasible }>>();
function solve(name: string, make: () => Parameters<typeof computeSelection>[0]) {
  if (!solved.has(name)) {
    const input = make();
    solved.set(name, computeSelection(input).then((result) => ({ instance: canonicalInstance(input), result: result as Feasible })));
  }
  return solved.get(name)!;
}

describe.each([
  ['3 features', threeFeaturePool],
  ['4 features', fourFeaturePool],
  ['tight quotas', tightPool],
] as const)('%s', (name, make) => {
  it('meets every quota over 10,000 seeded draws; the minimum is the independent LP optimum and no panel raises it', { timeout: 60_000 }, async () => {
    const { instance, result } = await solve(name, make);
    expect(result.status).toBe('feasible');
    expect(violationsOverDraws(instance, result, 10_000, 50)).toBe(0);
    const { t, gain } = await bestPanelGain(instance, result.distribution.panels.map((p) => p.counts));
    expect(Math.abs(t - result.minimumProbability)).toBeLessThanOrEqual(1e-6);
    expect(gain).toBeLessThanOrEqual(1e-6);
    // Nobody is left out altogether, and the exact probabilities average to panel ÷ pool.
    const mean = result.applicantProbabilities.reduce((s, a) => s + a.probability, 0) / instance.applicants.length;
    expect(mean).toBeCloseTo(instance.panelSize / instance.applicants.length, 6);
    expect(result.minimumProbability).toBeGreaterThan(0);
  });
});

describe('3 features against the greedy draw and by frequency', () => {
  it('gives the worst-off applicant at least 5× what the greedy draw (LEGACY) gives', { timeout: 60_000 }, async () => {
    const { instance, result } = await solve('3 features', threeFeaturePool);
    const legacy = estimateLegacy(instance, 2_000);
    expect(result.minimumProbability).toBeGreaterThanOrEqual(5 * legacy.minimum);
  });

  it('draws each type, over 20,000 seeds, within 4σ of its computed probability', { timeout: 60_000 }, async () => {
    const { instance, result } = await solve('3 features', threeFeaturePool);
    const { panels, weightTotal } = result.distribution;
    const N = 20_000;
    const totals = instance.units.map(() => 0);
    for (let i = 0; i < N; i += 1) panels[pickPanelIndex(result.distribution, seedNo(i))]!.counts.forEach((c, u) => (totals[u]! += c));
    instance.units.forEach((unit, u) => {
      const n = unit.members.length;
      const mean = panels.reduce((s, p) => s + (p.weight / weightTotal) * p.counts[u]!, 0);
      const variance = panels.reduce((s, p) => s + (p.weight / weightTotal) * p.counts[u]! ** 2, 0) - mean ** 2;
      const sigma = Math.sqrt(Math.max(0, variance) / N) / n;
      expect(Math.abs(totals[u]! / (N * n) - mean / n)).toBeLessThanOrEqual(4 * sigma + 1e-12);
      expect(mean / n).toBeCloseTo(result.distribution.probabilities[u]!.probability, 8);
    });
  });
});
