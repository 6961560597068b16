// The draw itself: given the entry list, its distribution and the seed, which units are drawn and in
// what order the rest wait. Pure and deterministic. Each pick-up point reads one stream, label
// `point:<position>` (random.ts), in this order:
//   1. one word w: the composition whose cumulative weight (compositions in their published order)
//      first exceeds w;
//   2. for each size of the cut tier, ascending: its units (by entry number) shuffled; the first m_k are drawn;
//   3. for each tier, ascending: its units (by entry number) shuffled: their order in the draw.
// Per point: the tiers admitted whole come first (tier by tier, in their order), then the drawn units
// of the cut tier (in its order); the waitlist is the rest of the cut tier (in its order), then each
// lower tier (in its order). Seats left over by integrality go to the first waiting units that fit, in
// that order, which then join the end of the drawn.
import type { Entry, EntryList } from './canonical.ts';
import { pointStructure, type Distribution, type PointDistribution } from './distribution.ts';
import { SeededStream, seededShuffle } from './random.ts';

export type PointResult = { position: number; drawn: number[]; waitlist: number[] };
export type DrawResult = { version: 1; points: PointResult[] };

export function drawLottery(list: EntryList, distribution: Distribution, seed: string): DrawResult {
  return { version: 1, points: list.points.map((point) => drawPoint(list, pointOf(distribution, point.position), seed)) };
}

function pointOf(distribution: Distribution, position: number): PointDistribution {
  const point = distribution.points.find((p) => p.position === position);
  if (!point) throw new Error(`the distribution has no pick-up point at position ${position}`);
  return point;
}

export function drawPoint(list: EntryList, distribution: PointDistribution, seed: string): PointResult {
  const { position } = distribution;
  const structure = pointStructure(list, position);
  if (structure.cutTier !== distribution.cutTier || structure.sizes.join() !== distribution.sizes.join() || structure.units.join() !== distribution.units.join()) {
    throw new Error(`the distribution of pick-up point ${position} does not belong to this entry list`);
  }
  const stream = new SeededStream(seed, `point:${position}`);
  const chosen = new Set(structure.cutTier === null ? [] : pickComposition(structure.candidates, distribution, stream).map((e) => e.number));
  const order = new Map<number, Entry[]>();
  for (const tier of [...structure.tiers.keys()].sort((a, b) => a - b)) order.set(tier, seededShuffle(structure.tiers.get(tier)!, stream));
  const drawn: Entry[] = structure.admittedTiers.flatMap((tier) => order.get(tier)!);
  const waitlist: Entry[] = [];
  if (structure.cutTier !== null) {
    for (const entry of order.get(structure.cutTier)!) (chosen.has(entry.number) ? drawn : waitlist).push(entry);
    for (const tier of [...order.keys()].filter((t) => t > structure.cutTier!)) waitlist.push(...order.get(tier)!);
  }
  let left = distribution.seats - drawn.reduce((n, e) => n + e.seats, 0);
  const waiting: Entry[] = [];
  for (const entry of waitlist) {
    if (entry.seats <= left) {
      drawn.push(entry);
      left -= entry.seats;
    } else waiting.push(entry);
  }
  return { position, drawn: drawn.map((e) => e.number), waitlist: waiting.map((e) => e.number) };
}

/** Samples a composition by its weight, then which units of each size make it up. */
function pickComposition(candidates: readonly Entry[], distribution: PointDistribution, stream: SeededStream): Entry[] {
  const { compositions, sizes } = distribution;
  const word = stream.nextWord();
  let cumulative = 0;
  const composition = compositions.find((c) => (cumulative += c.weight) > word) ?? compositions.at(-1);
  if (!composition) return [];
  return sizes.flatMap((size, i) => {
    const ofSize = candidates.filter((e) => e.seats === size);
    return seededShuffle(ofSize, stream).slice(0, composition.counts[i]);
  });
}
