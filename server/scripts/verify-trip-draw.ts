// Recomputes a trip lottery's draw from its public record and says whether it checks out.
//   pnpm --filter @katilim/server exec tsx scripts/verify-trip-draw.ts <draw.json | https://…/trips/draws/<departureId>.json>
// It checks sha256(secret) against the hash published before registration opened, the entry list's
// hash, the seed (HMAC-SHA256 of the secret over "entryListHash:publicValue"), recomputes the
// size-neutral distribution and its hash, and redraws the result. Prints OK, or each difference and
// exits with code 1. It needs no database and no account: only the record.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { verifyDraw, type PublishedDraw } from '../src/modules/trips/lottery/index.ts';

const FIELDS = ['secretHash', 'secret', 'entryList', 'entryListHash', 'publicValue', 'seed', 'distribution', 'distributionHash', 'result'] as const;

async function load(source: string): Promise<unknown> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    return response.json();
  }
  return JSON.parse(await readFile(source, 'utf8'));
}

/** The record's fields, whether it is the JSON file or a saved `tripDraw` answer ({ data: { tripDraw } }). */
function recordOf(value: unknown): PublishedDraw {
  const wrapped = value as { data?: { tripDraw?: unknown } } | null;
  const record = (wrapped?.data?.tripDraw ?? value) as Record<string, unknown> | null;
  if (!record || typeof record !== 'object') throw new Error('not a draw record');
  const missing = FIELDS.filter((field) => field !== 'secret' && typeof record[field] !== 'string');
  if (missing.length) throw new Error(`the record lacks ${missing.join(', ')}: the draw has not been made yet`);
  return Object.fromEntries(FIELDS.map((field) => [field, (record[field] as string | null | undefined) ?? null])) as PublishedDraw;
}

export async function main(args: readonly string[]): Promise<number> {
  const source = args[0];
  if (!source) {
    console.error('usage: verify-trip-draw <draw.json | URL>');
    return 2;
  }
  let record: PublishedDraw;
  try {
    record = recordOf(await load(source));
  } catch (error) {
    console.error(`cannot read the draw: ${(error as Error).message}`);
    return 1;
  }
  const problems = await verifyDraw(record);
  if (problems.length) {
    for (const problem of problems) console.log(`MISMATCH: ${problem}`);
    return 1;
  }
  const result = JSON.parse(record.result) as { points: { position: number; drawn: number[]; waitlist: number[] }[] };
  for (const point of result.points) {
    console.log(`pick-up point ${point.position}: drawn ${point.drawn.join(', ') || '—'}; waitlist ${point.waitlist.join(', ') || '—'}`);
  }
  console.log('OK: the secret, the entry list, the seed, the distribution and the result all check out.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
