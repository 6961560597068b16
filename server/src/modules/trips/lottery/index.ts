// The lottery from commitments to result, and its verification: what the service runs when staff
// draw, and what the published script (server/scripts/verify-trip-draw.ts) runs to check a draw.
import { canonicalEntryList, canonicalJson, drawSeed, entryListHash, entryListText, secretHash, sha256Hex, type EntryList } from './canonical.ts';
import { computeDistribution, seatsOf, WEIGHT_TOTAL, type Distribution } from './distribution.ts';
import { drawLottery, type DrawResult } from './draw.ts';

export type ComputedDraw = {
  seed: string;
  distribution: Distribution;
  distributionHash: string;
  result: DrawResult;
};

/** Seed, distribution (with its hash) and result of an entry list; the distribution is fixed before anything is sampled. */
export async function computeDraw(input: { secret: string; entryList: EntryList; publicValue: string }): Promise<ComputedDraw> {
  const list = canonicalEntryList(input.entryList);
  const seed = drawSeed(input.secret, entryListHash(list), input.publicValue);
  const distribution = await computeDistribution(list);
  const distributionHash = sha256Hex(canonicalJson(distribution));
  return { seed, distribution, distributionHash, result: drawLottery(list, distribution, seed) };
}

/** A published draw as the public record (GraphQL `tripDraw`, the JSON file) gives it. */
export type PublishedDraw = {
  secretHash: string;
  secret: string | null;
  entryList: string;
  entryListHash: string;
  publicValue: string;
  seed: string;
  distribution: string;
  distributionHash: string;
  result: string;
};

/** What differs between a published draw and its recomputation; empty when it checks out. */
export async function verifyDraw(record: PublishedDraw): Promise<string[]> {
  const problems: string[] = [];
  if (!record.secret) return ['the secret is not revealed yet: the draw has not been made'];
  if (secretHash(record.secret) !== record.secretHash) problems.push('sha256(secret) differs from the secret hash published before registration opened');
  let list: EntryList;
  try {
    list = canonicalEntryList(JSON.parse(record.entryList) as EntryList);
  } catch (error) {
    return [...problems, `the entry list cannot be read: ${(error as Error).message}`];
  }
  if (entryListText(list) !== record.entryList) problems.push('the entry list is not in its canonical form');
  if (entryListHash(list) !== record.entryListHash) problems.push('sha256(entry list) differs from the published entry list hash');
  const seed = drawSeed(record.secret, record.entryListHash, record.publicValue);
  if (seed !== record.seed) problems.push('HMAC-SHA256(secret, entryListHash ":" publicValue) differs from the published seed');
  if (sha256Hex(record.distribution) !== record.distributionHash) problems.push('sha256(distribution) differs from the published distribution hash');
  const recomputed = await computeDistribution(list);
  const recomputedText = canonicalJson(recomputed);
  if (recomputedText !== record.distribution) problems.push('the recomputed distribution differs from the published one');
  const published = JSON.parse(record.distribution) as Distribution;
  problems.push(...checkDistribution(published));
  if (problems.length) return problems;
  const result = canonicalJson(drawLottery(list, published, seed));
  if (result !== record.result) problems.push('the recomputed result differs from the published one');
  return problems;
}

/** A distribution's own soundness: weights add up, every composition fits, every size gets the same rate. */
export function checkDistribution(distribution: Distribution): string[] {
  const problems: string[] = [];
  if (distribution.weightTotal !== WEIGHT_TOTAL) problems.push('the weights are not out of 2^32');
  for (const point of distribution.points) {
    const total = point.compositions.reduce((n, c) => n + c.weight, 0);
    if (total !== WEIGHT_TOTAL) problems.push(`pick-up point ${point.position}: the weights add up to ${total}`);
    for (const c of point.compositions) {
      if (seatsOf(point.sizes, c.counts) > point.remaining) problems.push(`pick-up point ${point.position}: a composition needs more seats than remain`);
    }
    const rates = point.sizes.map((_, i) => point.compositions.reduce((n, c) => n + c.weight * c.counts[i]!, 0) / (WEIGHT_TOTAL * point.units[i]!));
    if (rates.some((rate) => Math.abs(rate - rates[0]!) > 1e-6)) problems.push(`pick-up point ${point.position}: sizes are not admitted at the same rate (${rates.join(', ')})`);
  }
  return problems;
}
