// The panel-finding MIP: integer counts x_u per unit (lo_u ≤ x_u ≤ hi_u), Σ x_u = panel size, and
// for every value of every feature min ≤ Σ_{u has it} x_u ≤ max; maximise a linear objective. Written
// in CPLEX LP format and solved by HiGHS (npm `highs`, WebAssembly), as the trips lottery does.
import highsLoader from 'highs';
import type { Instance } from './types.ts';

export type Highs = Awaited<ReturnType<typeof highsLoader>>;
type Options = Parameters<Highs['solve']>[1];

let instancePromise: Promise<Highs> | null = null;
export const highs = () => (instancePromise ??= highsLoader());

/** No gap tolerated: the pricing step's "no panel improves" must be a proof, not HiGHS' default 0.01 %. */
export const MIP_OPTIONS: Options = { mip_rel_gap: 0, mip_abs_gap: 1e-10, output_flag: false };
export const LP_OPTIONS: Options = { output_flag: false };

/** Per feature, per value: the quota bounds in force (the instance's, or relaxed ones). */
export type Bounds = { min: number; max: number }[][];

export const quotaBounds = (instance: Instance): Bounds => instance.features.map((f) => f.values.map(({ min, max }) => ({ min, max })));

/** A number as LP text: tiny values (solver noise) are zero. */
export function num(x: number): string {
  if (Math.abs(x) < 1e-13) return '0';
  return String(x);
}

/** Σ terms as LP text (` + 3 x1 - 0.5 y2`), or null when every coefficient is zero. */
export function linear(terms: readonly (readonly [number, string])[]): string | null {
  const parts = terms.filter(([c]) => Math.abs(c) >= 1e-13).map(([c, name]) => `${c < 0 ? '-' : '+'} ${num(Math.abs(c))} ${name}`);
  return parts.length ? parts.join(' ') : null;
}

/** The constraint rows of a panel (without objective): size and quotas, in LP text. Null if a bound is violated by an empty sum. */
export function panelRows(instance: Instance, bounds: Bounds, slack?: { below: (f: number, v: number) => string; above: (f: number, v: number) => string }): string[] | null {
  const rows = [` size: ${instance.units.map((_, u) => `+ x${u}`).join(' ')} = ${instance.panelSize}`];
  const members = instance.features.map((f) => f.values.map(() => [] as number[]));
  instance.units.forEach((unit, u) => unit.values.forEach((v, f) => members[f]![v]!.push(u)));
  for (let f = 0; f < instance.features.length; f += 1) {
    for (let v = 0; v < instance.features[f]!.values.length; v += 1) {
      const { min, max } = bounds[f]![v]!;
      const units = members[f]![v]!;
      const supply = units.reduce((n, u) => n + instance.units[u]!.hi, 0);
      const sum = units.map((u) => `+ x${u}`).join(' ');
      if (!slack) {
        if (units.length === 0) {
          if (min > 0) return null;
          continue;
        }
        if (min > 0) rows.push(` lo${f}_${v}: ${sum} >= ${min}`);
        if (max < Math.min(supply, instance.panelSize)) rows.push(` hi${f}_${v}: ${sum} <= ${max}`);
      } else {
        rows.push(` lo${f}_${v}: ${sum} + ${slack.below(f, v)} >= ${min}`);
        rows.push(` hi${f}_${v}: ${sum} - ${slack.above(f, v)} <= ${max}`);
      }
    }
  }
  return rows;
}

export function unitBounds(instance: Instance): string[] {
  return instance.units.map((unit, u) => ` ${unit.lo} <= x${u} <= ${unit.hi}`);
}

export type PanelFound = { counts: number[]; objective: number };

/** The panel maximising Σ weight_u · x_u under the given bounds, or null when no panel meets them. */
export async function findPanel(instance: Instance, weights: readonly number[] | null, bounds: Bounds = quotaBounds(instance)): Promise<PanelFound | null> {
  const rows = panelRows(instance, bounds);
  if (rows === null) return null;
  const objective = weights ? linear(weights.map((w, u) => [w, `x${u}`] as const)) : null;
  const text = [
    'Maximize',
    ` obj: ${objective ?? '0 x0'}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...unitBounds(instance),
    'General',
    ` ${instance.units.map((_, u) => `x${u}`).join(' ')}`,
    'End',
  ].join('\n');
  const solution = (await highs()).solve(text, MIP_OPTIONS);
  if (solution.Status === 'Infeasible') return null;
  if (solution.Status !== 'Optimal') throw new Error(`the panel MIP ended ${solution.Status}`);
  const counts = instance.units.map((_, u) => Math.round(solution.Columns[`x${u}`]?.Primal ?? 0));
  return { counts, objective: weights ? counts.reduce((s, c, u) => s + c * weights[u]!, 0) : 0 };
}

/**
 * The pricing MIP kept alive across the column generation (HiGHS' persistent API): the rows never
 * change, only the objective, so each round skips building and parsing the model. Its LP relaxation
 * is solved first (warm-started): when its optimum is integral it is the MIP's optimum too, and
 * with quota rows that is the usual case; only a fractional optimum goes to branch and bound.
 * Dispose it after use.
 */
export class PanelModel {
  private readonly lp;
  private readonly mip;
  private readonly n: number;
  /** How many rounds the LP relaxation settled, and how many needed the MIP. */
  readonly solved = { byRelaxation: 0, byMip: 0 };

  constructor(
    private readonly solver: Highs,
    instance: Instance,
  ) {
    this.n = instance.units.length;
    this.lp = this.build(instance, false);
    this.mip = this.build(instance, true);
  }

  private build(instance: Instance, integer: boolean) {
    const model = this.solver.createModel();
    // Measured on the bench's pools: presolve, primal heuristics and symmetry detection cost more than they save here.
    const options = { output_flag: false, presolve: 'off' } as const;
    model.options.set(integer ? { ...options, mip_rel_gap: 0, mip_abs_gap: 1e-10, mip_detect_symmetry: false, mip_heuristic_effort: 0 } : options);
    const none = { indices: [] as number[], values: [] as number[] };
    instance.units.forEach((unit) => model.addCol(0, unit.lo, unit.hi, none));
    if (integer) instance.units.forEach((_, u) => model.changeColIntegrality(u, this.solver.constants.variableType.integer));
    const all = instance.units.map((_, u) => u);
    model.addRow(instance.panelSize, instance.panelSize, { indices: all, values: all.map(() => 1) });
    instance.features.forEach((feature, f) =>
      feature.values.forEach(({ min, max }, v) => {
        const indices = all.filter((u) => instance.units[u]!.values[f] === v);
        if (indices.length) model.addRow(min, max, { indices, values: indices.map(() => 1) });
      }),
    );
    return model;
  }

  /**
   * The panel maximising Σ weight_u · x_u (the models minimise the negation), or null if none exists.
   * With `unless`: null as well when the relaxation already proves no panel scores above it.
   */
  best(weights: readonly number[], unless = -Infinity): PanelFound | null {
    const codes = this.solver.constants.modelStatus;
    const costs = weights.map((w) => (Math.abs(w) < 1e-13 ? 0 : -w));
    for (let u = 0; u < this.n; u += 1) this.lp.changeColCost(u, costs[u]!);
    const relaxed = this.lp.run().modelStatus;
    if (relaxed === codes.infeasible) return null;
    if (relaxed === codes.optimal) {
      if (-this.lp.getObjectiveValue() <= unless) {
        this.solved.byRelaxation += 1;
        return null;
      }
      const values = this.lp.getSolution().colValue;
      if (Array.from({ length: this.n }, (_, u) => values[u]!).every((x) => Math.abs(x - Math.round(x)) < 1e-9)) {
        this.solved.byRelaxation += 1;
        return this.found(values, weights);
      }
    }
    for (let u = 0; u < this.n; u += 1) this.mip.changeColCost(u, costs[u]!);
    const { modelStatus } = this.mip.run();
    if (modelStatus === codes.infeasible) return null;
    if (modelStatus !== codes.optimal) throw new Error(`the panel MIP ended with status ${modelStatus}`);
    this.solved.byMip += 1;
    return this.found(this.mip.getSolution().colValue, weights);
  }

  private found(values: Float64Array, weights: readonly number[]): PanelFound {
    const counts = Array.from({ length: this.n }, (_, u) => Math.round(values[u]!));
    return { counts, objective: counts.reduce((s, c, u) => s + c * weights[u]!, 0) };
  }

  dispose() {
    this.lp.dispose();
    this.mip.dispose();
  }
}
