// The draw's randomness: a deterministic stream of 32-bit words from the seed, one stream per label
// (what it is used for), so that anyone can reimplement it in a few lines:
//   block i of stream L = SHA-256(UTF-8 of `${seed}:${L}:${i}`), i = 0, 1, 2, …
//   the stream's words are each block's 32 bytes read as eight big-endian unsigned 32-bit integers.
// An integer in [0, n) takes the next word w and keeps w mod n when w < n·⌊2³²/n⌋, else takes the next
// word (rejection: no value is more likely than another).
import { createHash } from 'node:crypto';

const TWO_32 = 2 ** 32;

export class SeededStream {
  private block = 0;
  private words: number[] = [];

  constructor(
    readonly seed: string,
    readonly label: string,
  ) {}

  /** The next unsigned 32-bit word. */
  nextWord(): number {
    if (this.words.length === 0) {
      const digest = createHash('sha256').update(`${this.seed}:${this.label}:${this.block}`, 'utf8').digest();
      this.block += 1;
      for (let offset = 0; offset < 32; offset += 4) this.words.push(digest.readUInt32BE(offset));
    }
    return this.words.shift()!;
  }

  /** An unbiased integer in [0, n), 1 ≤ n ≤ 2³². */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`below(${n})`);
    const limit = n * Math.floor(TWO_32 / n);
    for (;;) {
      const word = this.nextWord();
      if (word < limit) return word % n;
    }
  }
}

/** Fisher–Yates from the last place down: place i swaps with below(i + 1). Returns a new array. */
export function seededShuffle<T>(items: readonly T[], stream: SeededStream): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = stream.below(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
