// Checks the fair selection tests share: seeded draws against the quotas, an independent max-min LP
// over the returned panels, and the pricing question "does any panel raise the minimum?".
import { canonicalInstance, drawPanel, panelViolations, panelViolationsOfIds, pickPanelIndex, type Feasible, type Instance, type SelectionInput } from '@katilim/server/modules/forums/selection/index';
import { findPanel, highs } from '@katilim/server/modules/forums/selection/panel-mip';
import { expect } from 'vitest';

export const seedNo = (i: number) => `seed-${i}`;

/** `draws` seeded panel choices (the cheap half of a draw) and `full` complete draws: the quota violations found. */
export function violationsOverDraws(instance: Instance, result: Feasible, draws: number, full: number): number {
  let violations = 0;
  const panels = result.distribution.panels;
  for (let i = 0; i < draws; i += 1) if (panelViolations(instance, panels[pickPanelIndex(result.distribution, seedNo(i))]!.counts).length) violations += 1;
  for (let i = 0; i < full; i += 1) {
    const outcome = drawPanel(instance, result.distribution, result.distributionHash, seedNo(i));
    if (panelViolationsOfIds(instance, outcome.panel).length) violations += 1;
    expect(new Set([...outcome.panel, ...outcome.waitlist]).size).toBe(instance.applicants.length - instance.excluded.length);
  }
  return violations;
}

/**
 * The max-min LP over the returned panels, solved here in its own words (primal, CPLEX LP text):
 * maximise t s.t. Σ q = 1, Σ_P q_P x_{P,u}/size_u ≥ t for every unit. Returns t and the row duals
 * (the weights under which no panel may beat the LP's value if t is the true optimum).
 */
export async function independentMaxMin(instance: Instance, panels: readonly number[][]): Promise<{ t: number; duals: number[] }> {
  const size = instance.units.map((u) => u.members.length);
  const lines = ['Maximize', ' obj: t', 'Subject To', ` total: ${panels.map((_, j) => `+ q${j}`).join(' ')} = 1`];
  instance.units.forEach((_, u) => {
    const terms = panels.flatMap((counts, j) => (counts[u] ? [`+ ${counts[u]! / size[u]!} q${j}`] : []));
    lines.push(` u${u}: ${terms.join(' ')} - t >= 0`);
  });
  lines.push('Bounds', ' 0 <= t <= 1', 'End');
  const solution = (await highs()).solve(lines.join('\n'));
  expect(solution.Status).toBe('Optimal');
  const rows = solution.Rows as { Name: string; Dual: number }[];
  return { t: solution.ObjectiveValue, duals: instance.units.map((_, u) => Math.abs(rows.find((r) => r.Name === `u${u}`)?.Dual ?? 0)) };
}

/** The best panel under the LP's duals scores no more than the LP's value (within 1e-6): no panel raises the minimum. */
export async function bestPanelGain(instance: Instance, panels: readonly number[][]): Promise<{ t: number; gain: number }> {
  const { t, duals } = await independentMaxMin(instance, panels);
  const total = duals.reduce((a, b) => a + b, 0);
  const weights = duals.map((d, u) => d / total / instance.units[u]!.members.length);
  const best = await findPanel(instance, weights);
  return { t, gain: best!.objective - t };
}

/** Every applicant with the same answers in a shuffled order and with other ids' order: for row-order independence. */
export function shuffledRows(input: SelectionInput, seed: number): SelectionInput {
  const rows = [...input.applicants];
  let state = seed;
  for (let i = rows.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return { ...input, applicants: rows, features: [...input.features].reverse().map((f) => ({ ...f, values: [...f.values].reverse() })) };
}

export { canonicalInstance };
