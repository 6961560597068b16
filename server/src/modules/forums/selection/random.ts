// The selection's randomness is the trips lottery's: a SHA-256 stream of 32-bit words per label and
// a Fisher–Yates shuffle on it (trips/lottery/random.ts documents both so anyone can reimplement them).
import { SeededStream, seededShuffle } from '../../trips/lottery/random.ts';

export { SeededStream, seededShuffle };

/** The index whose cumulative weight (in list order) first exceeds `word`; weights are integers summing to > word. */
export function indexByWeight(weights: readonly number[], word: number): number {
  let cumulative = 0;
  for (let i = 0; i < weights.length; i += 1) {
    cumulative += weights[i]!;
    if (cumulative > word) return i;
  }
  return weights.length - 1;
}
