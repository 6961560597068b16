// Trips: the catalogue part's types and operations. Public: the trips and their departures with the
// seats left. Staff: trips and departures created, edited and archived.
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { actorOf, isStaff, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { foldForSearch } from '../../text.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { keysetPage } from '../common/keyset.ts';
import { optionalText, requiredText, text } from '../common/validation.ts';
import * as catalogue from './catalogue.ts';
import {
  TripArchivedError,
  TripDepartureCancelledError,
  TripDepartureStartedError,
  TripEntriesFrozenError,
  TripLotteryCapacityError,
  TripPickupPointInUseError,
  TripSeatsBelowHeldError,
} from './errors-catalogue.ts';
import { departureSeats } from './catalogue.ts';
import { isRegistrationOpen } from './registration.ts';
import { TripAllocationEnum, TripAudienceEnum, TripDepartureType, TripKindEnum, TripRegistrationType, TripType, TripVehicleEnum } from './types-schema.ts';
import {
  ageSchema,
  capacitySchema,
  companionsSchema,
  departureInstant,
  departureRuleSchema,
  districtListSchema,
  perSeasonSchema,
  pickupListSchema,
  seatsSchema,
  tripRuleSchema,
} from './validation-catalogue.ts';

const NOBODY = '00000000-0000-0000-0000-000000000000';
const viewerId = (ctx: Context) => ctx.viewer?.id ?? NOBODY;

// ── Errors ──

errorType(TripArchivedError, 'TripArchivedError', 'The trip is archived.');
errorType(TripDepartureCancelledError, 'TripDepartureCancelledError', 'The departure was cancelled.');
builder.objectType(TripDepartureStartedError, {
  name: 'TripDepartureStartedError',
  description: 'The departure has started or is over.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripDepartureStartedError,
  fields: (t) => ({ startsAt: t.expose('startsAt', { type: 'DateTime' }) }),
});
builder.objectType(TripLotteryCapacityError, {
  name: 'TripLotteryCapacityError',
  description: "A lottery departure's capacity must equal the sum of its pick-up points' seats.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripLotteryCapacityError,
  fields: (t) => ({ capacity: t.exposeInt('capacity'), seats: t.exposeInt('seats') }),
});
builder.objectType(TripSeatsBelowHeldError, {
  name: 'TripSeatsBelowHeldError',
  description: 'The capacity, or a pick-up point’s seats, would go below the seats already held; nothing changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripSeatsBelowHeldError,
  fields: (t) => ({
    seats: t.exposeInt('seats'),
    held: t.exposeInt('held'),
    atPickupPoint: t.exposeString('pickupPointName', { nullable: true, description: 'The pick-up point whose seats are too few; null when the overall capacity is too low.' }),
  }),
});
builder.objectType(TripPickupPointInUseError, {
  name: 'TripPickupPointInUseError',
  description: 'A pick-up point left out of the new list has registrations.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripPickupPointInUseError,
  fields: (t) => ({ pickupPointName: t.exposeString('pickupPointName') }),
});
errorType(TripEntriesFrozenError, 'TripEntriesFrozenError', "The lottery's entries are frozen: the departure no longer changes.");

// ── Fields on the base types ──

builder.prismaObjectFields('Trip', (t) => ({
  departures: t.relation('departures', {
    description: 'Its departures, soonest first: by default those not started and not cancelled; `upcoming: false` gives them all.',
    args: { upcoming: t.arg.boolean({ required: false, defaultValue: true }) },
    // A trip has a handful of departures at a time, not the default list's ten.
    complexity: { field: 1, multiplier: 5 },
    query: (args) => ({
      where: args.upcoming === false ? {} : { startsAt: { gt: new Date() }, cancelledAt: null },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: 100,
    }),
  }),
}));

builder.prismaObjectFields('TripDeparture', (t) => ({
  seatsLeft: t.int({
    description: 'Seats not held (confirmed or offered), companions counted.',
    select: { id: true },
    resolve: async (departure, _args, ctx) => (await departureSeats(ctx)(departure.id)).free,
  }),
  waitlistCount: t.int({
    description: 'Units waiting on the waitlist.',
    select: { id: true },
    resolve: async (departure, _args, ctx) => (await departureSeats(ctx)(departure.id)).waiting,
  }),
  registrationOpen: t.boolean({
    description: 'Whether registration is open now (window open, not cancelled, not started, trip not archived).',
    select: { startsAt: true, cancelledAt: true, registrationOpensAt: true, registrationClosesAt: true, trip: { select: { archivedAt: true } } },
    resolve: (departure) => isRegistrationOpen(departure),
  }),
  myRegistration: t.field({
    type: TripRegistrationType,
    nullable: true,
    description: "The viewer's registration on this departure (whatever its status), null for anonymous callers.",
    select: (_args, ctx, nestedSelection) => {
      const nested = nestedSelection(true);
      return { registrations: { ...(typeof nested === 'object' ? nested : {}), where: { userId: viewerId(ctx) }, take: 1 } };
    },
    resolve: (departure) => departure.registrations[0] ?? null,
  }),
}));

builder.prismaObjectFields('TripPickupPoint', (t) => ({
  seatsLeft: t.int({
    description: 'Seats free at this point (never more than the departure’s).',
    select: { id: true, departureId: true },
    resolve: async (point, _args, ctx) => (await departureSeats(ctx)(point.departureId)).freeAt(point.id),
  }),
}));

// ── Queries ──

type TripsArgs = { audience?: 'WOMEN' | 'CHILDREN' | null; search?: string | null; includeArchived?: boolean | null };

/** Ids of trips whose Turkish or English title holds every word of the search, folded the app's way. */
async function titleMatches(search: string): Promise<string[] | null> {
  const words = foldForSearch(search).split(' ').filter(Boolean);
  if (!words.length) return null;
  // Folded in SQL as foldForSearch folds (İ/I/ı → i, ş → s, …); the catalogue is small.
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Trip"
    WHERE (SELECT bool_and(
      lower(translate("titleTr" || ' ' || "titleEn", 'İIıŞşĞğÜüÖöÇçÂâÎîÛû', 'iiissgguuooccaaiiuu')) LIKE '%' || w || '%')
      FROM unnest(${words}::text[]) AS w)`;
  return rows.map((row) => row.id);
}

// The page and its total ask for the same matches: once per request.
const matchesOf = new WeakMap<object, Map<string, Promise<string[] | null>>>();
function titleMatchesFor(ctx: Context, search: string): Promise<string[] | null> {
  const cache = matchesOf.get(ctx) ?? new Map<string, Promise<string[] | null>>();
  matchesOf.set(ctx, cache);
  const hit = cache.get(search) ?? titleMatches(search);
  cache.set(search, hit);
  return hit;
}

const tripsWhere = async (args: TripsArgs, ctx: Context) => {
  const ids = args.search?.trim() ? await titleMatchesFor(ctx, args.search) : null;
  return {
    ...(args.includeArchived && isStaff(ctx.viewer) ? {} : { archivedAt: null }),
    ...(args.audience ? { audience: args.audience } : {}),
    ...(ids ? { id: { in: ids } } : {}),
  };
};

builder.queryFields((t) => ({
  trips: t.prismaConnection({
    type: 'Trip',
    cursor: 'id',
    description: 'The trips of the leisure programme, newest first; archived ones only for staff who ask (includeArchived).',
    authScopes: { public: true },
    args: {
      audience: t.arg({ type: TripAudienceEnum, required: false }),
      search: t.arg.string({ required: false, validate: z.string().max(100, 'validation.tooLong') }),
      includeArchived: t.arg.boolean({ required: false, description: 'Staff only; ignored for others.' }),
    },
    resolve: async (query, _root, args, ctx) => prisma.trip.findMany(keysetPage(query, await tripsWhere(args, ctx), 'desc')),
    totalCount: async (_root, args, ctx) => prisma.trip.count({ where: await tripsWhere(args, ctx) }),
  }),
}));

// ── Inputs ──

type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const tripFields = (t: InputFields) => ({
  kind: t.field({ type: TripKindEnum, required: true }),
  audience: t.field({ type: TripAudienceEnum, required: true }),
  titleTr: t.string({ required: true, validate: requiredText(160) }),
  titleEn: t.string({ required: true, validate: requiredText(160) }),
  descriptionTr: t.string({ required: true, validate: text(4000) }),
  descriptionEn: t.string({ required: true, validate: text(4000) }),
  whatToBringTr: t.string({ required: false, validate: optionalText(1000) }),
  whatToBringEn: t.string({ required: false, validate: optionalText(1000) }),
  accessibilityTr: t.string({ required: false, validate: optionalText(1000) }),
  accessibilityEn: t.string({ required: false, validate: optionalText(1000) }),
  minAge: t.int({ required: true, validate: ageSchema }),
  maxAge: t.int({ required: false, validate: ageSchema.nullish() }),
  maxCompanions: t.int({ required: false, description: 'WOMEN: children she may bring; CHILDREN: children per guardian (default 0 / 1).', validate: companionsSchema.nullish() }),
  companionMaxAge: t.int({ required: false, description: 'WOMEN: a child travelling with her is at most this old on the day (default 11).', validate: ageSchema.nullish() }),
  maxPerSeason: t.int({ required: false, validate: perSeasonSchema.nullish() }),
  priorityDistrictIds: t.intList({ required: false, validate: districtListSchema.nullish() }),
});

const CreateTripInput = builder.inputType('CreateTripInput', { validate: tripRuleSchema, fields: (t) => tripFields(t) });
const UpdateTripInput = builder.inputType('UpdateTripInput', {
  description: 'Every field of the trip, as it is to be.',
  validate: tripRuleSchema,
  fields: (t) => ({ id: t.globalID({ required: true, for: TripType }), ...tripFields(t) }),
});
const ArchiveTripInput = builder.inputType('ArchiveTripInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: TripType }),
    archived: t.boolean({ required: false, defaultValue: true, description: 'false restores it.' }),
  }),
});

const TripPickupPointInput = builder.inputType('TripPickupPointInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: requiredText(160) }),
    address: t.string({ required: false, validate: optionalText(300) }),
    districtId: t.int({ required: false }),
    pickupAt: t.field({ type: 'DateTime', required: true, validate: departureInstant }),
    vehicle: t.field({ type: TripVehicleEnum, required: true }),
    vehicleName: t.string({ required: false, validate: optionalText(80) }),
    seats: t.int({ required: true, validate: seatsSchema }),
  }),
});

type InputFieldsOf = InputFields;
const departureFields = (t: InputFieldsOf) => ({
  startsAt: t.field({ type: 'DateTime', required: true, validate: departureInstant }),
  endsAt: t.field({ type: 'DateTime', required: true, validate: departureInstant }),
  capacity: t.int({ required: true, validate: capacitySchema }),
  registrationOpensAt: t.field({ type: 'DateTime', required: true, validate: departureInstant }),
  registrationClosesAt: t.field({ type: 'DateTime', required: true, validate: departureInstant }),
  cancelCutoffAt: t.field({ type: 'DateTime', required: true, validate: departureInstant }),
  pickupPoints: t.field({ type: [TripPickupPointInput], required: true, validate: pickupListSchema, description: 'In boarding order; replaces the list on update.' }),
});

const CreateTripDepartureInput = builder.inputType('CreateTripDepartureInput', {
  validate: departureRuleSchema,
  fields: (t) => ({
    tripId: t.globalID({ required: true, for: TripType }),
    allocation: t.field({ type: TripAllocationEnum, required: true }),
    ...departureFields(t),
  }),
});
const UpdateTripDepartureInput = builder.inputType('UpdateTripDepartureInput', {
  description: 'Every field of the departure, as it is to be (the allocation stays). Pick-up points are matched by position: a kept position keeps its people.',
  validate: departureRuleSchema,
  fields: (t) => ({ id: t.globalID({ required: true, for: TripDepartureType }), ...departureFields(t) }),
});

// ── Mutations ──

type TripInput = {
  kind: catalogue.TripFields['kind'];
  audience: catalogue.TripFields['audience'];
  titleTr: string;
  titleEn: string;
  descriptionTr: string;
  descriptionEn: string;
  whatToBringTr?: string | null;
  whatToBringEn?: string | null;
  accessibilityTr?: string | null;
  accessibilityEn?: string | null;
  minAge: number;
  maxAge?: number | null;
  maxCompanions?: number | null;
  companionMaxAge?: number | null;
  maxPerSeason?: number | null;
  priorityDistrictIds?: number[] | null;
};
const tripData = (input: TripInput): catalogue.TripFields => ({
  kind: input.kind,
  audience: input.audience,
  titleTr: input.titleTr,
  titleEn: input.titleEn,
  descriptionTr: input.descriptionTr,
  descriptionEn: input.descriptionEn,
  whatToBringTr: input.whatToBringTr ?? '',
  whatToBringEn: input.whatToBringEn ?? '',
  accessibilityTr: input.accessibilityTr ?? '',
  accessibilityEn: input.accessibilityEn ?? '',
  minAge: input.minAge,
  maxAge: input.maxAge ?? null,
  maxCompanions: input.maxCompanions ?? (input.audience === 'CHILDREN' ? 1 : 0),
  companionMaxAge: input.companionMaxAge ?? 11,
  maxPerSeason: input.maxPerSeason ?? null,
  priorityDistrictIds: input.priorityDistrictIds ?? [],
});

type DepartureInput = Omit<catalogue.DepartureFields, 'pickupPoints'> & {
  pickupPoints: { name: string; address?: string | null; districtId?: number | null; pickupAt: Date; vehicle: catalogue.PickupPointFields['vehicle']; vehicleName?: string | null; seats: number }[];
};
const departureData = (input: DepartureInput): catalogue.DepartureFields => ({
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  capacity: input.capacity,
  registrationOpensAt: input.registrationOpensAt,
  registrationClosesAt: input.registrationClosesAt,
  cancelCutoffAt: input.cancelCutoffAt,
  pickupPoints: input.pickupPoints.map((point) => ({
    name: point.name,
    address: point.address ?? '',
    districtId: point.districtId ?? null,
    pickupAt: point.pickupAt,
    vehicle: point.vehicle,
    vehicleName: point.vehicleName ?? '',
    seats: point.seats,
  })),
});

const DEPARTURE_ERRORS = [NotFoundError, TripArchivedError, TripLotteryCapacityError];

builder.mutationFields((t) => ({
  createTrip: t.prismaField({
    type: 'Trip',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateTripInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await catalogue.createTrip(tripData(input), actorOf(ctx));
      return prisma.trip.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  updateTrip: t.prismaField({
    type: 'Trip',
    authScopes: { staff: true },
    args: { input: t.arg({ type: UpdateTripInput, required: true }) },
    errors: { types: [NotFoundError, TripArchivedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await catalogue.updateTrip(input.id.id, tripData(input), actorOf(ctx));
      return prisma.trip.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.id.id } });
    },
  }),
  archiveTrip: t.prismaField({
    type: 'Trip',
    description: 'Archives a trip (it leaves the public catalogue); `archived: false` restores it.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: ArchiveTripInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      await catalogue.archiveTrip(input.id.id, input.archived ?? true, actorOf(ctx));
      return prisma.trip.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.id.id } });
    },
  }),
  createTripDeparture: t.prismaField({
    type: 'TripDeparture',
    description: 'A departure with its pick-up points. A LOTTERY departure gets its secret, whose SHA-256 (drawSecretHash) is public at once.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateTripDepartureInput, required: true }) },
    errors: { types: DEPARTURE_ERRORS },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await catalogue.createDeparture(input.tripId.id, input.allocation, departureData(input), actorOf(ctx));
      return prisma.tripDeparture.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  updateTripDeparture: t.prismaField({
    type: 'TripDeparture',
    description: 'Changes times, capacity and pick-up points; refused below the seats held. Seats added are offered to the waitlist.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: UpdateTripDepartureInput, required: true }) },
    errors: {
      types: [...DEPARTURE_ERRORS, TripDepartureCancelledError, TripDepartureStartedError, TripSeatsBelowHeldError, TripPickupPointInUseError, TripEntriesFrozenError],
    },
    resolve: async (query, _root, { input }, ctx) => {
      await catalogue.updateDeparture(input.id.id, departureData(input), actorOf(ctx));
      return prisma.tripDeparture.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.id.id } });
    },
  }),
}));
