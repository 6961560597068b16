// The lottery's public texts: the canonical entry list (and any other record the draw publishes) as
// JSON with sorted keys and no spaces, hashed with SHA-256. The same rows in any order give the same
// text, so the hash commits to what was entered, not to how the database happened to list it.
import { createHash, createHmac } from 'node:crypto';

/** A pick-up point of the departure: a vehicle whose seats the draw fills. */
export type PointSeats = { position: number; seats: number };

/** One unit: its pseudonymous entry number, seats (companions counted), tier (0 first) and pick-up point (position). */
export type Entry = { number: number; seats: number; tier: number; pickup: number };

export type EntryList = { version: 1; points: PointSeats[]; entries: Entry[] };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level, no whitespace. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value as Json));
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key]!)]),
    );
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The entry list in its one canonical form: points by position, entries by number, only the fields the draw reads. */
export function canonicalEntryList(list: { points: readonly PointSeats[]; entries: readonly Entry[] }): EntryList {
  const positions = new Set(list.points.map((point) => point.position));
  if (positions.size !== list.points.length) throw new Error('two pick-up points share a position');
  const numbers = new Set<number>();
  for (const entry of list.entries) {
    if (numbers.has(entry.number)) throw new Error(`entry number ${entry.number} appears twice`);
    if (!positions.has(entry.pickup)) throw new Error(`entry ${entry.number} names no pick-up point (${entry.pickup})`);
    if (![entry.number, entry.seats, entry.tier].every((n) => Number.isSafeInteger(n) && n >= 0) || entry.seats < 1) throw new Error(`entry ${entry.number} is malformed`);
    numbers.add(entry.number);
  }
  return {
    version: 1,
    points: [...list.points].sort((a, b) => a.position - b.position).map(({ position, seats }) => ({ position, seats })),
    entries: [...list.entries]
      .sort((a, b) => a.number - b.number)
      .map(({ number, seats, tier, pickup }) => ({ number, seats, tier, pickup })),
  };
}

export function entryListText(list: { points: readonly PointSeats[]; entries: readonly Entry[] }): string {
  return canonicalJson(canonicalEntryList(list));
}

export function entryListHash(list: { points: readonly PointSeats[]; entries: readonly Entry[] }): string {
  return sha256Hex(entryListText(list));
}

// Every value below is hashed as the UTF-8 bytes of its text (the secret's 64 hex characters included),
// so anyone can check with standard tools: `printf %s "$secret" | sha256sum`,
// `printf %s "$hash:$value" | openssl dgst -sha256 -hmac "$secret"`.

/** SHA-256 of the secret as published before registration opens. */
export function secretHash(secret: string): string {
  return sha256Hex(secret);
}

/** The draw's seed: HMAC-SHA256 keyed by the secret over `entryListHash ":" publicValue`, hex. */
export function drawSeed(secret: string, listHash: string, publicValue: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${listHash}:${publicValue}`, 'utf8').digest('hex');
}
