// LEXIMIN over units by column generation (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 2021; the
// method, not their code). A unit's probability is E[x_u] / size_u. Each stage solves the dual of
//   maximise z  s.t.  Σ_P q_P = 1,  Σ_P q_P x_{P,u}/size_u ≥ z (u not fixed),  ≥ π_u (u fixed),  q ≥ 0
// which is: minimise μ − Σ_{u fixed} π_u y_u  s.t.  μ ≥ Σ_u y_u x_{P,u}/size_u for every panel P,
// Σ_{u not fixed} y_u = 1, y ≥ 0. The pricing MIP finds the panel maximising Σ_u y_u x_u/size_u; if it
// beats μ by more than PRICING_TOLERANCE, it joins the panels, else the stage is optimal and every
// unfixed unit with y_u > 0 is fixed at z (complementary slackness: no distribution keeping the others
// at their values gives it more). Units that can never be on a panel are fixed at 0 at once. Finally
// one LP finds probabilities q over the panels meeting every fixed value.
import { highs, linear, LP_OPTIONS, num, PanelModel, type Highs } from './panel-mip.ts';
import type { Instance, LeximinStats } from './types.ts';

/** A panel beats the current dual by more than this, or the stage is optimal. */
export const PRICING_TOLERANCE = 1e-9;
/** Dual values above this count as positive (fix the unit). */
const DUAL_POSITIVE = 1e-9;
/** Slack allowed below a fixed value in later stages, for the solver's floating point. */
const FIX_SLACK = 1e-7;
/** The largest a fixed unit's dual may grow (see DualModel.setFixed). */
const FIXED_DUAL_BOUND = 1e3;

export type LeximinResult = {
  panels: number[][];
  /** Probability of each panel (same order), summing to 1. */
  q: number[];
  /** Each unit's fixed LEXIMIN probability. */
  fixed: number[];
  stats: LeximinStats;
};

export async function leximin(instance: Instance): Promise<LeximinResult> {
  const started = performance.now();
  const size = instance.units.map((u) => u.members.length);
  const stats: LeximinStats = { stages: 0, pricingByRelaxation: 0, pricingSolves: 0, lpSolves: 0, panelsGenerated: 0, panelsUsed: 0, milliseconds: 0, lpMilliseconds: 0, mipMilliseconds: 0 };
  const solver = await highs();
  const pricing = new PanelModel(solver, instance);
  const dual = new DualModel(solver, size);
  try {
    const panels: number[][] = [];
    const seen = new Set<string>();
    const add = (counts: number[]) => {
      const key = counts.join(',');
      if (seen.has(key)) return false;
      seen.add(key);
      panels.push(counts);
      dual.addPanel(counts);
      stats.panelsGenerated += 1;
      return true;
    };
    const fixed: (number | null)[] = instance.units.map(() => null);

    // A start: the panel favouring small units; units no panel may include (excluded persons) are fixed at 0.
    const first = pricing.best(size.map((s) => 1 / s));
    stats.pricingSolves += 1;
    if (!first) throw new Error('leximin called on an infeasible instance');
    add(first.counts);
    instance.units.forEach((unit, u) => {
      if (unit.hi === 0) fixed[u] = 0;
    });
    dual.setFixed(fixed);

    while (fixed.some((p) => p === null)) {
      stats.stages += 1;
      for (;;) {
        let clock = performance.now();
        const { mu, y, value: stageValue } = dual.solve();
        stats.lpMilliseconds += performance.now() - clock;
        clock = performance.now();
        stats.lpSolves += 1;
        const weights = y.map((yu, u) => yu / size[u]!);
        const best = pricing.best(weights, mu + PRICING_TOLERANCE);
        stats.mipMilliseconds += performance.now() - clock;
        stats.pricingSolves += 1;
        // Null: no panel beats μ (the relaxation's bound or the MIP says so). A panel the set already
        // holds can come back when the LP's μ is a hair low: the stage is optimal then too.
        if (best !== null && best.objective > mu + PRICING_TOLERANCE && add(best.counts)) continue;
        const z = Math.min(1, Math.max(0, stageValue));
        let any = false;
        y.forEach((yu, u) => {
          if (fixed[u] === null && yu > DUAL_POSITIVE) {
            fixed[u] = z;
            any = true;
          }
        });
        // Σ y over unfixed units is 1, so some y is positive; guard against a solver returning none.
        if (!any) for (let u = 0; u < fixed.length; u += 1) fixed[u] ??= z;
        dual.setFixed(fixed);
        break;
      }
    }
    const values = fixed.map((p) => p!);
    const q = solvePrimal(solver, panels, values, size);
    stats.lpSolves += 1;
    stats.panelsUsed = q.filter((x) => x > 0).length;
    stats.milliseconds = Math.round(performance.now() - started);
    for (const key of ['lpMilliseconds', 'mipMilliseconds'] as const) stats[key] = Math.round(stats[key]);
    stats.pricingByRelaxation = pricing.solved.byRelaxation;
    return { panels, q, fixed: values, stats };
  } finally {
    pricing.dispose();
    dual.dispose();
  }
}

/**
 * The dual LP, kept alive (HiGHS' persistent API) so each new panel is one added row and the simplex
 * restarts from the last basis. Columns: μ (free), then y_u ≥ 0. Row 0: Σ_{u unfixed} y_u = 1.
 */
class DualModel {
  private readonly model;

  constructor(
    private readonly solver: Highs,
    private readonly size: readonly number[],
  ) {
    const model = solver.createModel();
    model.options.set({ output_flag: false, presolve: 'off', primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10 });
    const none = { indices: [] as number[], values: [] as number[] };
    model.addCol(1, -solver.infinity, solver.infinity, none);
    size.forEach(() => model.addCol(0, 0, solver.infinity, none));
    model.addRow(1, 1, { indices: size.map((_, u) => u + 1), values: size.map(() => 1) });
    this.model = model;
  }

  addPanel(counts: readonly number[]) {
    const indices = [0];
    const values = [1];
    counts.forEach((c, u) => {
      if (c > 0) {
        indices.push(u + 1);
        values.push(-c / this.size[u]!);
      }
    });
    this.model.addRow(0, this.solver.infinity, { indices, values });
  }

  /** Fixed units leave the normalisation row and enter the objective with −(π_u − slack). */
  setFixed(fixed: readonly (number | null)[]) {
    fixed.forEach((p, u) => {
      if (p === null) return;
      this.model.changeCoefficient(0, u + 1, 0);
      // A bounded y_u lets the primal fall short of π_u at a cost of FIXED_DUAL_BOUND per unit of
      // probability: the LP stays bounded when the solver's tolerances leave a fixed value a hair out of reach.
      this.model.changeColBounds(u + 1, 0, FIXED_DUAL_BOUND);
      this.model.changeColCost(u + 1, p > FIX_SLACK ? -(p - FIX_SLACK) : 0);
    });
  }

  solve(): { mu: number; y: number[]; value: number } {
    const { modelStatus } = this.model.run();
    if (modelStatus !== this.solver.constants.modelStatus.optimal) throw new Error(`the LEXIMIN dual LP ended with status ${modelStatus}`);
    const values = this.model.getSolution().colValue;
    return { mu: values[0]!, y: this.size.map((_, u) => values[u + 1]!), value: this.model.getObjectiveValue() };
  }

  dispose() {
    this.model.dispose();
  }
}

/** Probabilities over the panels giving every unit at least its fixed value (less the slack); the lowest total slack used. */
function solvePrimal(solver: Highs, panels: readonly number[][], fixed: readonly number[], size: readonly number[]): number[] {
  const lines = ['Maximize', ' obj: + 1 z', 'Subject To', ` total: ${panels.map((_, j) => `+ q${j}`).join(' ')} = 1`];
  fixed.forEach((p, u) => {
    const terms = linear(panels.map((counts, j) => [counts[u]! / size[u]!, `q${j}`] as const));
    // z ≤ 0 measures how far the panels fall short of the fixed values (0 when they meet them all;
    // the stages allowed FIX_SLACK for floating point, so z ≥ −FIX_SLACK at worst).
    if (terms) lines.push(` u${u}: ${terms} - 1 z >= ${num(p)}`);
  });
  lines.push('Bounds', ' -1 <= z <= 0', 'End');
  const solution = solver.solve(lines.join('\n'), LP_OPTIONS);
  if (solution.Status !== 'Optimal') throw new Error(`the LEXIMIN primal LP ended ${solution.Status}`);
  return panels.map((_, j) => Math.max(0, solution.Columns[`q${j}`]?.Primal ?? 0));
}
