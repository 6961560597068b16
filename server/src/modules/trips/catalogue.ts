// The trips catalogue: trips (with their eligibility rules) and departures with their pick-up points.
// Staff only. A departure's seats are changed under its lock (lockDeparture), so an edit and a
// registration are decided one at a time and the seats never go below those held.
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { TripAllocation, TripAudience, TripKind, TripVehicle } from '../../generated/prisma/enums.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import {
  TripArchivedError,
  TripDepartureCancelledError,
  TripDepartureStartedError,
  TripEntriesFrozenError,
  TripLotteryCapacityError,
  TripPickupPointInUseError,
  TripSeatsBelowHeldError,
} from './errors-catalogue.ts';
import { HOLDING, lockDeparture, seatsOf } from './seats.ts';
import { offerFreedSeats } from './waitlist.ts';

export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

export type TripFields = {
  kind: TripKind;
  audience: TripAudience;
  titleTr: string;
  titleEn: string;
  descriptionTr: string;
  descriptionEn: string;
  whatToBringTr: string;
  whatToBringEn: string;
  accessibilityTr: string;
  accessibilityEn: string;
  minAge: number;
  maxAge: number | null;
  maxCompanions: number;
  companionMaxAge: number;
  maxPerSeason: number | null;
  priorityDistrictIds: number[];
};

export type PickupPointFields = {
  name: string;
  address: string;
  districtId: number | null;
  pickupAt: Date;
  vehicle: TripVehicle;
  vehicleName: string;
  seats: number;
};

export type DepartureFields = {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  cancelCutoffAt: Date;
  pickupPoints: PickupPointFields[];
};

/** The leisure programme every trip belongs to. */
export async function tripsProgrammeId(tx: Tx | typeof prisma = prisma): Promise<string> {
  const programme = await tx.programme.findUnique({ where: { kind: 'LEISURE_TRIPS' }, select: { id: true } });
  if (!programme) throw new NotFoundError();
  return programme.id;
}

/** District ids that exist, in the order given, without repeats; an unknown one is NotFound. */
async function knownDistricts(tx: Tx, ids: readonly (number | null)[]): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (!wanted.length) return;
  const found = await tx.district.count({ where: { id: { in: wanted } } });
  if (found !== wanted.length) throw new NotFoundError();
}

export async function createTrip(fields: TripFields, actor: Actor): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    await knownDistricts(tx, fields.priorityDistrictIds);
    const trip = await tx.trip.create({
      data: { ...fields, priorityDistrictIds: [...new Set(fields.priorityDistrictIds)], programmeId: await tripsProgrammeId(tx), createdById: actor.userId },
      select: { id: true },
    });
    await audit(tx, actor, 'trip.create', { type: 'Trip', id: trip.id }, { audience: fields.audience, kind: fields.kind });
    return trip;
  });
}

export async function updateTrip(id: string, fields: TripFields, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const trip = await tx.trip.findUnique({ where: { id }, select: { archivedAt: true } });
    if (!trip) throw new NotFoundError();
    if (trip.archivedAt) throw new TripArchivedError();
    await knownDistricts(tx, fields.priorityDistrictIds);
    await tx.trip.update({ where: { id }, data: { ...fields, priorityDistrictIds: [...new Set(fields.priorityDistrictIds)] } });
    await audit(tx, actor, 'trip.update', { type: 'Trip', id }, { fields: Object.keys(fields) });
  });
}

/** Archives (or, with `archived: false`, restores) a trip: archived trips leave the public catalogue. */
export async function archiveTrip(id: string, archived: boolean, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const trip = await tx.trip.findUnique({ where: { id }, select: { archivedAt: true } });
    if (!trip) throw new NotFoundError();
    if (Boolean(trip.archivedAt) === archived) return;
    await tx.trip.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
    await audit(tx, actor, archived ? 'trip.archive' : 'trip.restore', { type: 'Trip', id });
  });
}

const seatSum = (points: readonly { seats: number }[]) => points.reduce((sum, point) => sum + point.seats, 0);

function checkLotteryCapacity(allocation: TripAllocation, fields: DepartureFields) {
  const seats = seatSum(fields.pickupPoints);
  if (allocation === 'LOTTERY' && fields.capacity !== seats) throw new TripLotteryCapacityError(fields.capacity, seats);
}

/** A new lottery secret: 32 random bytes (hex) and its SHA-256, published before registration opens. */
export function newDrawSecret(): { drawSecret: string; drawSecretHash: string } {
  const drawSecret = randomBytes(32).toString('hex');
  return { drawSecret, drawSecretHash: createHash('sha256').update(drawSecret).digest('hex') };
}

export async function createDeparture(tripId: string, allocation: TripAllocation, fields: DepartureFields, actor: Actor): Promise<{ id: string }> {
  checkLotteryCapacity(allocation, fields);
  return prisma.$transaction(async (tx) => {
    const trip = await tx.trip.findUnique({ where: { id: tripId }, select: { archivedAt: true } });
    if (!trip) throw new NotFoundError();
    if (trip.archivedAt) throw new TripArchivedError();
    await knownDistricts(tx, fields.pickupPoints.map((point) => point.districtId));
    const { pickupPoints, ...times } = fields;
    const departure = await tx.tripDeparture.create({
      data: {
        ...times,
        tripId,
        allocation,
        ...(allocation === 'LOTTERY' ? newDrawSecret() : {}),
        pickupPoints: { create: pickupPoints.map((point, position) => ({ ...point, position })) },
      },
      select: { id: true },
    });
    await audit(tx, actor, 'trip.departure.create', { type: 'TripDeparture', id: departure.id }, { tripId, allocation, capacity: fields.capacity });
    return departure;
  }, TX_OPTIONS);
}

/**
 * Changes a departure's times, capacity and pick-up points (the list replaces the old one position by
 * position: a kept position keeps its id and its people). Refused below the seats held, overall or
 * at a point, and for a point dropped while someone is on it or waiting for it. Answers whether seats
 * were added (the waitlist may take them: the caller offers them on).
 */
export async function updateDeparture(id: string, fields: DepartureFields, actor: Actor, now = new Date()): Promise<{ gained: boolean }> {
  const outcome = await prisma.$transaction(async (tx) => {
    const departure = await lockDeparture(tx, id);
    if (departure.cancelledAt) throw new TripDepartureCancelledError();
    if (departure.startsAt <= now) throw new TripDepartureStartedError(departure.startsAt);
    if (departure.entriesClosedAt) throw new TripEntriesFrozenError();
    checkLotteryCapacity(departure.allocation, fields);
    await knownDistricts(tx, fields.pickupPoints.map((point) => point.districtId));
    const seats = await seatsOf(tx, departure);
    if (fields.capacity < seats.held) throw new TripSeatsBelowHeldError(fields.capacity, seats.held, null);
    const existing = departure.pickupPoints;
    for (const [position, point] of fields.pickupPoints.entries()) {
      const current = existing[position];
      if (!current) continue;
      const held = current.seats - (seats.freeAt.get(current.id) ?? 0);
      if (point.seats < held) throw new TripSeatsBelowHeldError(point.seats, held, current.name);
    }
    const dropped = existing.slice(fields.pickupPoints.length);
    if (dropped.length) {
      const used = await tx.tripRegistration.findFirst({
        where: { pickupPointId: { in: dropped.map((p) => p.id) }, status: { in: ['ENTERED', 'WAITLISTED', ...HOLDING] } },
        select: { pickupPointId: true },
      });
      if (used) throw new TripPickupPointInUseError(dropped.find((p) => p.id === used.pickupPointId)!.name);
      const anyone = await tx.tripRegistration.count({ where: { pickupPointId: { in: dropped.map((p) => p.id) } } });
      // A point someone was ever on stays in the records (their history points at it) with no seats.
      if (anyone) throw new TripPickupPointInUseError(dropped[0]!.name);
      await tx.tripPickupPoint.deleteMany({ where: { id: { in: dropped.map((p) => p.id) } } });
    }
    let gained = fields.capacity > departure.capacity;
    for (const [position, point] of fields.pickupPoints.entries()) {
      const current = existing[position];
      if (current) {
        if (point.seats > current.seats) gained = true;
        await tx.tripPickupPoint.update({ where: { id: current.id }, data: { ...point, position } });
      } else {
        gained = true;
        await tx.tripPickupPoint.create({ data: { ...point, position, departureId: id } });
      }
    }
    const { pickupPoints: _points, ...times } = fields;
    await tx.tripDeparture.update({ where: { id }, data: times });
    await audit(tx, actor, 'trip.departure.update', { type: 'TripDeparture', id }, { capacity: fields.capacity, pickupPoints: fields.pickupPoints.length });
    // Seats added go to the waitlist at once (the waitlist part decides who gets them).
    if (gained) await offerFreedSeats(tx, id, actor, now);
    return { gained };
  }, TX_OPTIONS);
  if (outcome.gained) notifyOutbox();
  return outcome;
}

// ── Seats left, batched per request ──

export type DepartureSeatCounts = { free: number; waiting: number; freeAt: (pickupPointId: string) => number };

const loaders = new WeakMap<object, (departureId: string) => Promise<DepartureSeatCounts>>();

/**
 * Seats left (overall and per pick-up point) and the waitlist's length of departures, counted in SQL
 * once per request for every departure a response lists: a page of departures costs one statement
 * more however many there are.
 */
export function departureSeats(request: object): (departureId: string) => Promise<DepartureSeatCounts> {
  const existing = loaders.get(request);
  if (existing) return existing;
  const cache = new Map<string, Promise<DepartureSeatCounts>>();
  let pending: { departureId: string; resolve: (counts: DepartureSeatCounts) => void; reject: (error: unknown) => void }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const ids = [...new Set(batch.map((item) => item.departureId))];
      const rows = await prisma.$queryRaw<{ departureId: string; capacity: number; pointId: string; seats: number; held: number; waiting: number }[]>`
        SELECT d.id AS "departureId", d.capacity, p.id AS "pointId", p.seats,
          COALESCE(SUM(r.seats) FILTER (WHERE r.status IN ('CONFIRMED', 'OFFERED')), 0)::int AS held,
          COUNT(r.id) FILTER (WHERE r.status = 'WAITLISTED')::int AS waiting
        FROM "TripDeparture" d
        JOIN "TripPickupPoint" p ON p."departureId" = d.id
        LEFT JOIN "TripRegistration" r ON r."pickupPointId" = p.id
        WHERE d.id = ANY(${ids}::uuid[])
        GROUP BY d.id, d.capacity, p.id, p.seats`;
      const byDeparture = new Map<string, DepartureSeatCounts>();
      for (const id of ids) {
        const points = rows.filter((row) => row.departureId === id);
        const capacity = points[0]?.capacity ?? 0;
        const held = points.reduce((sum, row) => sum + row.held, 0);
        const free = Math.max(0, capacity - held);
        const freeAt = new Map(points.map((row) => [row.pointId, Math.min(free, Math.max(0, row.seats - row.held))]));
        byDeparture.set(id, { free, waiting: points.reduce((sum, row) => sum + row.waiting, 0), freeAt: (pointId) => freeAt.get(pointId) ?? 0 });
      }
      for (const item of batch) item.resolve(byDeparture.get(item.departureId)!);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };
  const load = (departureId: string) => {
    const hit = cache.get(departureId);
    if (hit) return hit;
    const promise = new Promise<DepartureSeatCounts>((resolve, reject) => {
      pending.push({ departureId, resolve, reject });
      // Every field of a list resolves in the same turn: gather them all, then ask once.
      if (pending.length === 1) setImmediate(() => void flush());
    });
    cache.set(departureId, promise);
    return promise;
  };
  loaders.set(request, load);
  return load;
}
