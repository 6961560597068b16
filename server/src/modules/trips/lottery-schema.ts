// Trips: the lottery's public record and its staff operations (close entries, enter the public
// value, draw). The record names no one: entry numbers, seats, tiers and pick-up positions only.
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { localized } from '../../i18n/localized.ts';
import { errorType, nonEmpty } from '../common/schema.ts';
import {
  AlreadyDrawnError,
  EntriesAlreadyClosedError,
  EntriesNotClosedError,
  LotteryDepartureCancelledError,
  NoDrawSecretError,
  NoPublicValueError,
  NotLotteryError,
  PublicValueAlreadySetError,
} from './errors-lottery.ts';
import { closeEntries, drawDeparture, setPublicValue } from './lottery.ts';
import { canonicalEntryList, canonicalJson, type Entry, type EntryList } from './lottery/canonical.ts';
import type { DrawResult } from './lottery/draw.ts';
import { TripDepartureType } from './types-schema.ts';
import { publicValueSchema, publicValueSourceSchema } from './validation-lottery.ts';

// ── Errors ──

errorType(NotLotteryError, 'TripNotLotteryError', 'The departure allocates first come, first served.');
errorType(LotteryDepartureCancelledError, 'TripLotteryDepartureCancelledError', 'The departure was cancelled.');
errorType(EntriesAlreadyClosedError, 'TripEntriesAlreadyClosedError', 'Entries are already closed.');
errorType(EntriesNotClosedError, 'TripEntriesNotClosedError', 'Entries are not closed yet.');
errorType(PublicValueAlreadySetError, 'TripDrawPublicValueAlreadySetError', 'The public value was already entered.');
errorType(NoPublicValueError, 'TripDrawNoPublicValueError', 'The public value has not been entered.');
errorType(AlreadyDrawnError, 'TripAlreadyDrawnError', 'The lottery has already been drawn.');
errorType(NoDrawSecretError, 'TripNoDrawSecretError', 'The departure has no committed secret.');

// ── The public record ──

const TripDrawOutcomeEnum = builder.enumType('TripDrawOutcome', {
  description: 'DRAWN: seated by the draw (or by seats it left over). WAITLISTED: waits in draw order.',
  values: ['DRAWN', 'WAITLISTED'] as const,
});

type DrawEntry = Entry & { outcome: 'DRAWN' | 'WAITLISTED' | null; drawPosition: number | null };

const TripDrawEntryType = builder.simpleObject('TripDrawEntry', {
  description: 'One unit of the public entry list, by its pseudonymous number, with its outcome once drawn.',
  fields: (t) => ({
    number: t.int(),
    seats: t.int({ description: 'Seats the unit takes, companions counted.' }),
    tier: t.int({ description: '0 is drawn first.' }),
    pickup: t.int({ description: 'The pick-up point’s position.' }),
    outcome: t.field({ type: TripDrawOutcomeEnum, nullable: true }),
    drawPosition: t.int({ nullable: true, description: 'Place in the draw order at its pick-up point (the waitlist continues after the drawn).' }),
  }),
});

/** The entry list's units with their outcome, in entry-number order. */
function drawEntries(entryList: unknown, drawResult: unknown): DrawEntry[] {
  if (!entryList) return [];
  const list = canonicalEntryList(entryList as EntryList);
  const outcomes = new Map<number, Pick<DrawEntry, 'outcome' | 'drawPosition'>>();
  for (const point of (drawResult as DrawResult | null)?.points ?? []) {
    point.drawn.forEach((n, i) => outcomes.set(n, { outcome: 'DRAWN', drawPosition: i + 1 }));
    point.waitlist.forEach((n, i) => outcomes.set(n, { outcome: 'WAITLISTED', drawPosition: point.drawn.length + i + 1 }));
  }
  return list.entries.map((entry) => ({ ...entry, ...(outcomes.get(entry.number) ?? { outcome: null, drawPosition: null }) }));
}

const json = (value: unknown) => (value === null || value === undefined ? null : canonicalJson(value));

export const TripDrawType = builder.prismaObject('TripDeparture', {
  variant: 'TripDraw',
  description:
    'A lottery departure’s draw as anyone can check it (server/scripts/verify-trip-draw.ts, or GET /trips/draws/<departureId>.json). Fields fill in as the draw advances: secretHash before registration opens; entryList, entryListHash, distribution and distributionHash when entries close; publicValue when staff enter it; seed, result and secret after the draw.',
  fields: (t) => ({
    departureId: t.exposeID('id'),
    departure: t.variant(TripDepartureType),
    tripTitle: t.string({ select: { trip: { select: { titleTr: true, titleEn: true } } }, resolve: (d, _args, ctx) => localized(ctx, d.trip.titleTr, d.trip.titleEn) }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    registrationClosesAt: t.expose('registrationClosesAt', { type: 'DateTime' }),
    secretHash: t.exposeString('drawSecretHash', { nullable: true, description: 'SHA-256 (hex) of the secret’s text, published before registration opens.' }),
    entriesClosedAt: t.expose('entriesClosedAt', { type: 'DateTime', nullable: true }),
    entryList: t.string({
      nullable: true,
      description: 'The canonical entry list (JSON, sorted keys): pick-up points with seats, and entries { number, seats, tier, pickup }.',
      select: { entryList: true },
      resolve: (d) => json(d.entryList),
    }),
    entryListHash: t.exposeString('entryListHash', { nullable: true }),
    entries: t.field({
      type: [TripDrawEntryType],
      description: 'The entry list as rows, with each unit’s outcome once drawn (empty before entries close).',
      select: { entryList: true, drawResult: true },
      resolve: (d) => drawEntries(d.entryList, d.drawResult),
    }),
    publicValue: t.exposeString('publicValue', { nullable: true }),
    publicValueSource: t.exposeString('publicValueSource', { nullable: true }),
    seed: t.exposeString('drawSeed', { nullable: true, description: 'HMAC-SHA256(secret, entryListHash ":" publicValue), hex.' }),
    distribution: t.string({
      nullable: true,
      description: 'Per pick-up point: tiers admitted whole, the cut tier, and the size-neutral compositions with integer weights out of 2^32 (canonical JSON).',
      select: { distribution: true },
      resolve: (d) => json(d.distribution),
    }),
    distributionHash: t.exposeString('distributionHash', { nullable: true }),
    result: t.string({
      nullable: true,
      description: 'Per pick-up point: entry numbers drawn, in draw order, and the waitlist in draw order (canonical JSON).',
      select: { drawResult: true },
      resolve: (d) => json(d.drawResult),
    }),
    secret: t.string({
      nullable: true,
      description: 'Revealed once drawn; null before.',
      select: { drawSecret: true, drawnAt: true },
      resolve: (d) => (d.drawnAt ? d.drawSecret : null),
    }),
    drawnAt: t.expose('drawnAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  tripDraw: t.prismaField({
    type: TripDrawType,
    nullable: true,
    description: 'The public record of a lottery departure’s draw; null for a first-come departure.',
    authScopes: { public: true },
    args: { departureId: t.arg.globalID({ required: true, for: TripDepartureType }) },
    resolve: (query, _root, args) => prisma.tripDeparture.findFirst({ ...query, where: { id: args.departureId.id, allocation: 'LOTTERY' } }),
  }),
}));

// ── Staff operations ──

const CloseTripEntriesInput = builder.inputType('CloseTripEntriesInput', {
  description: 'Freezes the entries now (the job does it when the registration window ends).',
  fields: (t) => ({ departureId: t.globalID({ required: true, for: TripDepartureType }) }),
});

const SetTripDrawPublicValueInput = builder.inputType('SetTripDrawPublicValueInput', {
  fields: (t) => ({
    departureId: t.globalID({ required: true, for: TripDepartureType }),
    value: t.string({ required: true, description: 'The value as published, e.g. a drand round’s randomness.', validate: publicValueSchema }),
    source: t.string({ required: true, description: 'What it is and where to look it up, e.g. "drand round 5123456".', validate: publicValueSourceSchema }),
  }),
});

const DrawTripLotteryInput = builder.inputType('DrawTripLotteryInput', {
  fields: (t) => ({ departureId: t.globalID({ required: true, for: TripDepartureType }) }),
});

const drawRecord = (query: object, id: string) => prisma.tripDeparture.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  closeTripEntries: t.prismaField({
    type: TripDrawType,
    description: 'Freezes a lottery departure’s entries: tiers, the canonical entry list and the distribution are published with their hashes.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CloseTripEntriesInput, required: true }) },
    errors: { types: [NotFoundError, NotLotteryError, LotteryDepartureCancelledError, EntriesAlreadyClosedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await closeEntries(input.departureId.id, actorOf(ctx));
      return drawRecord(query, input.departureId.id);
    },
  }),
  setTripDrawPublicValue: t.prismaField({
    type: TripDrawType,
    description: 'Enters, once, the public value the seed mixes in: one nobody knew when entries closed.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: SetTripDrawPublicValueInput, required: true }) },
    errors: { types: [NotFoundError, NotLotteryError, LotteryDepartureCancelledError, EntriesNotClosedError, PublicValueAlreadySetError, AlreadyDrawnError] },
    resolve: async (query, _root, { input }, ctx) => {
      await setPublicValue(input.departureId.id, { value: input.value, source: input.source }, actorOf(ctx));
      return drawRecord(query, input.departureId.id);
    },
  }),
  drawTripLottery: t.prismaField({
    type: TripDrawType,
    description: 'Draws the lottery: the drawn are confirmed, the rest wait in draw order, everyone is told, the secret is revealed.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: DrawTripLotteryInput, required: true }) },
    errors: {
      types: [NotFoundError, NotLotteryError, LotteryDepartureCancelledError, EntriesNotClosedError, NoPublicValueError, AlreadyDrawnError, NoDrawSecretError],
    },
    resolve: async (query, _root, { input }, ctx) => {
      await drawDeparture(input.departureId.id, actorOf(ctx));
      return drawRecord(query, input.departureId.id);
    },
  }),
}));
