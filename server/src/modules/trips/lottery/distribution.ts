// The size-neutral distribution of one pick-up point's draw. Tiers are admitted whole while they fit;
// in the cut tier (the first that does not) every unit that could fit at all gets the same chance p
// whatever its size, and the vehicle ends exactly full when that is possible.
//
// Units of the cut tier are grouped by size k (n_k units of k seats). A composition m = (m_k) says how
// many units of each size are drawn; it fits when Σ k·m_k ≤ the seats remaining. A distribution q over
// compositions gives size k the admission rate Σ_m q_m·m_k / n_k; the LP
//   maximise p  subject to  Σ_m q_m = 1,  Σ_m q_m·m_k = p·n_k for every k,  q ≥ 0
// makes those rates equal and as high as they go. The best conceivable is p* = remaining ÷ seats
// asked; when the LP reaches it, every composition it uses is exactly full. Columns are enumerated in a
// window around p*·n_k that widens until p reaches p* (or the window covers everything, or the column
// cap is hit). Probabilities are then rounded to integer weights out of 2³², so that sampling and
// its verification need no floating point.
import highsLoader from 'highs';
import type { Entry, EntryList } from './canonical.ts';

export const WEIGHT_TOTAL = 2 ** 32;
/** Compositions the LP may be given at most (a departure's cut tier is far smaller in practice). */
export const COLUMN_CAP = 20_000;
const EPSILON = 1e-9;

export type Composition = { counts: number[]; weight: number };

export type PointDistribution = {
  position: number;
  seats: number;
  /** Tiers admitted whole, in order. */
  admittedTiers: number[];
  /** The tier where seats ran out, or null when every tier fits. */
  cutTier: number | null;
  /** Seats left for the cut tier. */
  remaining: number;
  /** Seats asked by the cut tier's units that can fit at all (a unit larger than `remaining` cannot). */
  asked: number;
  /** Sizes present among those units, ascending, and how many units have each. */
  sizes: number[];
  units: number[];
  /** Every unit's admission probability (rounded to 9 decimals; the weights are exact), and the best conceivable, remaining ÷ asked. */
  p: number;
  target: number;
  /** Compositions (counts per size, in `sizes` order) with integer weights summing to weightTotal. */
  compositions: Composition[];
};

export type Distribution = { version: 1; weightTotal: number; points: PointDistribution[] };

export type PointStructure = Omit<PointDistribution, 'p' | 'target' | 'compositions'> & {
  /** Units of the point by tier, each list by entry number. */
  tiers: Map<number, Entry[]>;
  /** The cut tier's units that can fit, by entry number. */
  candidates: Entry[];
};

const structures = new WeakMap<EntryList, Map<number, PointStructure>>();

/** How a point's tiers fall: which are admitted whole, which is cut, which candidates the cut tier has. (Read only: cached per list.) */
export function pointStructure(list: EntryList, position: number): PointStructure {
  const cached = structures.get(list) ?? new Map<number, PointStructure>();
  structures.set(list, cached);
  const known = cached.get(position);
  if (known) return known;
  const structure = computeStructure(list, position);
  cached.set(position, structure);
  return structure;
}

function computeStructure(list: EntryList, position: number): PointStructure {
  const point = list.points.find((p) => p.position === position);
  if (!point) throw new Error(`no pick-up point at position ${position}`);
  const tiers = new Map<number, Entry[]>();
  for (const entry of [...list.entries].sort((a, b) => a.number - b.number)) {
    if (entry.pickup !== position) continue;
    const tier = tiers.get(entry.tier) ?? [];
    tier.push(entry);
    tiers.set(entry.tier, tier);
  }
  const admittedTiers: number[] = [];
  let remaining = point.seats;
  let cutTier: number | null = null;
  for (const tier of [...tiers.keys()].sort((a, b) => a - b)) {
    const asked = sum(tiers.get(tier)!.map((e) => e.seats));
    if (asked > remaining) {
      cutTier = tier;
      break;
    }
    admittedTiers.push(tier);
    remaining -= asked;
  }
  const candidates = cutTier === null ? [] : tiers.get(cutTier)!.filter((e) => e.seats <= remaining);
  const sizes = [...new Set(candidates.map((e) => e.seats))].sort((a, b) => a - b);
  return {
    position,
    seats: point.seats,
    admittedTiers,
    cutTier,
    remaining,
    asked: sum(candidates.map((e) => e.seats)),
    sizes,
    units: sizes.map((size) => candidates.filter((e) => e.seats === size).length),
    tiers,
    candidates,
  };
}

let highsInstance: Promise<Awaited<ReturnType<typeof highsLoader>>> | null = null;
const highs = () => (highsInstance ??= highsLoader());

/** The distributions of every pick-up point of an entry list (canonical), in position order. */
export async function computeDistribution(list: EntryList): Promise<Distribution> {
  const points: PointDistribution[] = [];
  for (const point of list.points) points.push(await pointDistribution(list, point.position));
  return { version: 1, weightTotal: WEIGHT_TOTAL, points };
}

export async function pointDistribution(list: EntryList, position: number): Promise<PointDistribution> {
  const { tiers: _tiers, candidates: _candidates, ...structure } = pointStructure(list, position);
  const { sizes, units, remaining, asked } = structure;
  if (structure.cutTier === null || asked <= remaining) {
    // Nothing to draw: no cut tier, or every unit of it that can fit does.
    return { ...structure, p: structure.cutTier === null || asked > 0 ? 1 : 0, target: 1, compositions: [{ counts: [...units], weight: WEIGHT_TOTAL }] };
  }
  const target = remaining / asked;
  const solver = await highs();
  let best: { p: number; columns: number[][]; q: number[] } | null = null;
  for (const width of widths()) {
    const columns = enumerate(sizes, units, remaining, target, width);
    if (columns === null) break;
    const solved = solveLp(solver, sizes, units, columns);
    if (!best || solved.p > best.p + EPSILON) best = { ...solved, columns };
    const covers = sizes.every((_, i) => Math.floor(target * units[i]!) - width <= 0 && Math.ceil(target * units[i]!) + width >= units[i]!);
    if (best.p >= target - EPSILON || covers) break;
  }
  if (!best) throw new Error('no composition fits');
  const reachedTarget = best.p >= target - EPSILON;
  const kept = best.columns
    .map((counts, i) => ({ counts, q: Math.max(0, best.q[i]!) }))
    // At p* every composition used is full; anything else the solver left is numerical dust.
    .filter((c) => c.q > 0 && (!reachedTarget || seatsOf(sizes, c.counts) === remaining));
  return { ...structure, p: round9(reachedTarget ? target : best.p), target: round9(target), compositions: toWeights(kept) };
}

function* widths() {
  yield 0;
  let [a, b] = [1, 2];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}

/** Compositions in the window floor(p*·n_k) − w … ceil(p*·n_k) + w that fit (and the empty one), lexicographic; null past the cap. */
function enumerate(sizes: number[], units: number[], remaining: number, target: number, width: number): number[][] | null {
  const ranges = units.map((n) => [Math.max(0, Math.floor(target * n) - width), Math.min(n, Math.ceil(target * n) + width)] as const);
  const columns: number[][] = [];
  const counts: number[] = [];
  let overCap = false;
  const walk = (i: number, used: number) => {
    if (overCap) return;
    if (i === sizes.length) {
      columns.push([...counts]);
      if (columns.length > COLUMN_CAP) overCap = true;
      return;
    }
    const [from, to] = ranges[i]!;
    for (let m = from; m <= to && used + m * sizes[i]! <= remaining; m += 1) {
      counts[i] = m;
      walk(i + 1, used + m * sizes[i]!);
    }
  };
  walk(0, 0);
  // The empty composition keeps the LP feasible (p = 0) while the window is still too narrow.
  if (!columns.some((c) => c.every((m) => m === 0))) columns.unshift(sizes.map(() => 0));
  return overCap ? null : columns;
}

function solveLp(solver: Awaited<ReturnType<typeof highsLoader>>, sizes: number[], units: number[], columns: number[][]) {
  const lines = ['Maximize', ' obj: p', 'Subject To', ' total:'];
  columns.forEach((_, j) => lines.push(`  + q${j}`));
  lines.push('  = 1');
  sizes.forEach((size, i) => {
    lines.push(` size${size}:`);
    columns.forEach((column, j) => {
      if (column[i]! > 0) lines.push(`  + ${column[i]} q${j}`);
    });
    lines.push(`  - ${units[i]} p`, '  = 0');
  });
  lines.push('Bounds', ' 0 <= p <= 1', 'End');
  const solution = solver.solve(lines.join('\n'));
  if (solution.Status !== 'Optimal') throw new Error(`the lottery's LP ended ${solution.Status}`);
  return { p: solution.Columns.p!.Primal, q: columns.map((_, j) => solution.Columns[`q${j}`]?.Primal ?? 0) };
}

/** Probabilities to integer weights summing to 2³²: floors, then the rest by largest remainder (earlier column on a tie). */
function toWeights(columns: { counts: number[]; q: number }[]): Composition[] {
  const total = sum(columns.map((c) => c.q));
  const exact = columns.map((c) => (c.q / total) * WEIGHT_TOTAL);
  const weights = exact.map(Math.floor);
  let left = WEIGHT_TOTAL - sum(weights);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    weights[i]! += 1;
    left -= 1;
  }
  return columns.map((c, i) => ({ counts: c.counts, weight: weights[i]! })).filter((c) => c.weight > 0);
}

export function seatsOf(sizes: readonly number[], counts: readonly number[]): number {
  return sum(counts.map((m, i) => m * sizes[i]!));
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const round9 = (x: number) => Math.round(x * 1e9) / 1e9;
