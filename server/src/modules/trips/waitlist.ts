// The trips waitlist (owned by the waitlist slice): freed seats offered on with a hold, holds that
// run out passing on, and a person's better-ranked departure winning over the others. Every write
// here runs under the departure's row lock (lockDeparture), so a seat freed by several cancellations
// at once, or promoted by two servers' sweeps, is offered exactly once and never past capacity.
import { MY_TRIPS_PATH } from './paths.ts';
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import type { TripRegistrationStatus } from '../../generated/prisma/enums.ts';
import { NotFoundError } from '../../errors.ts';
import { jobQueue } from '../../jobs/queue.ts';
import { publicUrl } from '../accounts/service.ts';
import { audit } from '../audit/service.ts';
import { holdExpiry, type HoldRule } from '../common/hold-expiry.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { TripSeasonLimitError } from './errors-registration.ts';
import { TripNotOfferedError, TripOfferExpiredError } from './errors-waitlist.ts';
import type { TripMailParams, waitlistMailTemplates } from './mail-templates-waitlist.ts';
import { fits, HOLDING, lockDeparture, seatsOf, take } from './seats.ts';

/** 48 hours to confirm, 6 when the departure starts within 72 hours; never past the cut-off or the start. */
export const TRIP_HOLD: HoldRule = { holdHours: 48, holdHoursNear: 6, nearWindowHours: 72 };
/** Registrations a better-ranked confirmed departure withdraws. */
export const LIVE: readonly TripRegistrationStatus[] = ['ENTERED', 'WAITLISTED', 'OFFERED', 'CONFIRMED'];
export const JOB_ACTOR: Actor = { userId: null, requestId: 'job:trips-waitlist', ip: null };
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

type Templates = typeof waitlistMailTemplates;
type Extra<T extends keyof Templates> = Omit<Parameters<Templates[T]>[1], keyof TripMailParams>;

/** Mail about a departure to its registrant, in their language, queued in the outbox inside `tx`. */
async function tellAbout<T extends keyof Templates>(tx: Tx, template: T, userId: string, departureId: string, extra: Extra<T>): Promise<void> {
  const [person, departure] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, firstName: true, locale: true, erasedAt: true } }),
    tx.tripDeparture.findUniqueOrThrow({ where: { id: departureId }, select: { startsAt: true, trip: { select: { titleTr: true, titleEn: true } } } }),
  ]);
  if (person.erasedAt) return;
  await enqueueEmail(tx, {
    template,
    locale: person.locale,
    to: person.email,
    userId,
    params: {
      firstName: person.firstName,
      tripTitle: person.locale === 'en' ? departure.trip.titleEn : departure.trip.titleTr,
      startsAt: departure.startsAt,
      link: `${publicUrl()}${MY_TRIPS_PATH}`,
      ...extra,
    } as never,
  });
}

/**
 * Offers the departure's free seats to the first waiting units that fit (WAITLISTED, by drawPosition
 * then waitlistedAt), with a hold. The caller holds the departure's lock (lockDeparture) in `tx`.
 * Answers the ids of the registrations offered seats. No offers after the cut-off or once started.
 */
export async function offerFreedSeats(tx: Tx, departureId: string, actor: Actor, now = new Date()): Promise<string[]> {
  // Taking the lock again in the same transaction is free, and makes the rule hold for any caller.
  const departure = await lockDeparture(tx, departureId);
  if (departure.cancelledAt || departure.startsAt <= now || departure.cancelCutoffAt <= now) return [];
  const seats = await seatsOf(tx, departure);
  if (seats.free <= 0) return [];
  const waiting = await tx.tripRegistration.findMany({
    where: { departureId, status: 'WAITLISTED' },
    orderBy: [{ drawPosition: { sort: 'asc', nulls: 'last' } }, { waitlistedAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    select: { id: true, userId: true, seats: true, pickupPointId: true },
  });
  const holdExpiresAt = holdExpiry(departure.startsAt, TRIP_HOLD, now, departure.cancelCutoffAt);
  const offered: string[] = [];
  for (const unit of waiting) {
    if (seats.free <= 0) break;
    // A unit travels together or not at all: one too big for what is free lets a smaller one behind it go first.
    if (!fits(seats, unit.pickupPointId, unit.seats)) continue;
    take(seats, unit.pickupPointId, unit.seats);
    await tx.tripRegistration.update({ where: { id: unit.id }, data: { status: 'OFFERED', offeredAt: now, holdExpiresAt } });
    await tellAbout(tx, 'tripSeatOffered', unit.userId, departureId, { seats: unit.seats, holdExpiresAt });
    offered.push(unit.id);
  }
  if (offered.length) {
    await audit(tx, actor, 'trip.offer', { type: 'TripDeparture', id: departureId }, { offered, holdExpiresAt: holdExpiresAt.toISOString() });
  }
  return offered;
}

/**
 * A registration just became CONFIRMED: the same person's registrations for other departures of
 * the same trip with a worse (greater) preferenceRank are cancelled (BETTER_DEPARTURE), and the
 * seats they held are offered on. Runs in the confirming transaction.
 *
 * The caller holds its own departure's lock, so waiting here for another departure's lock could close
 * a circle with someone settling the other way round (two women ranking two dates oppositely in a
 * rush). So no lock is waited for: cancelling only frees seats, which is safe without the lock; the
 * freed seats are offered at once when that departure's lock is free (taken in id order), otherwise by
 * a queued promotion, or the minute's sweep.
 */
export async function settleBetterDeparture(tx: Tx, registrationId: string, actor: Actor, now = new Date()): Promise<void> {
  const kept = await tx.tripRegistration.findUniqueOrThrow({
    where: { id: registrationId },
    select: { id: true, userId: true, departureId: true, preferenceRank: true, departure: { select: { tripId: true } } },
  });
  const worse = await tx.tripRegistration.findMany({
    where: {
      userId: kept.userId,
      departureId: { not: kept.departureId },
      departure: { tripId: kept.departure.tripId },
      preferenceRank: { gt: kept.preferenceRank },
      status: { in: [...LIVE] },
    },
    select: { id: true, departureId: true, departure: { select: { startsAt: true } } },
    orderBy: { departureId: 'asc' },
  });
  const withdrawn: { id: string; startsAt: Date }[] = [];
  const freedOn: string[] = [];
  for (const registration of worse) {
    // Row by row, reading the status again as the row lock is taken: a sweep may have expired it meanwhile.
    const [row] = await tx.$queryRaw<{ status: TripRegistrationStatus }[]>`
      SELECT status::text AS status FROM "TripRegistration" WHERE id = ${registration.id}::uuid FOR UPDATE`;
    if (!row || !(LIVE as readonly string[]).includes(row.status)) continue;
    await tx.tripRegistration.update({
      where: { id: registration.id },
      data: { status: 'CANCELLED', cancelReason: 'BETTER_DEPARTURE', cancelledAt: now, holdExpiresAt: null },
    });
    withdrawn.push({ id: registration.id, startsAt: registration.departure.startsAt });
    if ((HOLDING as readonly string[]).includes(row.status)) freedOn.push(registration.departureId);
  }
  for (const departureId of [...new Set(freedOn)].sort()) {
    const free = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "TripDeparture" WHERE id = ${departureId}::uuid FOR UPDATE SKIP LOCKED`;
    if (free.length) await offerFreedSeats(tx, departureId, actor, now);
    else await queuePromotion(departureId);
  }
  if (withdrawn.length === 0) return;
  await audit(tx, actor, 'trip.betterDeparture', { type: 'TripRegistration', id: kept.id }, { withdrawn: withdrawn.map((w) => w.id) });
  await tellAbout(tx, 'tripBetterDeparture', kept.userId, kept.departureId, { withdrawn: withdrawn.map((w) => w.startsAt) });
}

/** The person's own registration and its departure, locked; NotFound for anyone else's. */
async function ownLocked(tx: Tx, userId: string, registrationId: string) {
  const found = await tx.tripRegistration.findFirst({ where: { id: registrationId, userId }, select: { departureId: true } });
  if (!found) throw new NotFoundError();
  await lockDeparture(tx, found.departureId);
  return tx.tripRegistration.findUniqueOrThrow({ where: { id: registrationId } });
}

/**
 * The season limit, again at confirmation: the person may have confirmed other trips of the programme
 * in the departure's İzmir year since joining the line (this trip's other departures aside: a better
 * one would have withdrawn this, a worse one is withdrawn now).
 */
async function checkSeasonLimit(tx: Tx, userId: string, departureId: string): Promise<void> {
  const [row] = await tx.$queryRaw<{ maxPerSeason: number | null; travelled: number }[]>`
    SELECT t."maxPerSeason", (
      SELECT count(*)::int FROM "TripRegistration" r
      JOIN "TripDeparture" rd ON rd.id = r."departureId" JOIN "Trip" rt ON rt.id = rd."tripId"
      WHERE r."userId" = ${userId}::uuid AND r.status = 'CONFIRMED' AND rt."programmeId" = t."programmeId" AND rt.id <> t.id
        AND date_trunc('year', rd."startsAt" AT TIME ZONE ${TIME_ZONE}) = date_trunc('year', d."startsAt" AT TIME ZONE ${TIME_ZONE})) AS travelled
    FROM "TripDeparture" d JOIN "Trip" t ON t.id = d."tripId"
    WHERE d.id = ${departureId}::uuid`;
  if (row && row.maxPerSeason !== null && row.travelled >= row.maxPerSeason) throw new TripSeasonLimitError(row.maxPerSeason);
}

/**
 * Takes the seats offered from the waitlist before the hold runs out; the person's worse-ranked
 * registrations for the same trip are withdrawn. A hold that ran out is expired here and passed on.
 */
export async function confirmTripOffer(userId: string, registrationId: string, actor: Actor, now = new Date()): Promise<void> {
  const expired = await prisma.$transaction(async (tx) => {
    const registration = await ownLocked(tx, userId, registrationId);
    if (registration.status === 'EXPIRED') return true;
    if (registration.status !== 'OFFERED') throw new TripNotOfferedError();
    if (!registration.holdExpiresAt || registration.holdExpiresAt <= now) {
      await expire(tx, [registration], registration.departureId, actor);
      await offerFreedSeats(tx, registration.departureId, actor, now);
      return true;
    }
    await checkSeasonLimit(tx, userId, registration.departureId);
    await tx.tripRegistration.update({ where: { id: registrationId }, data: { status: 'CONFIRMED', confirmedAt: now, holdExpiresAt: null } });
    await audit(tx, actor, 'trip.confirmOffer', { type: 'TripRegistration', id: registrationId });
    await tellAbout(tx, 'tripOfferConfirmed', userId, registration.departureId, { seats: registration.seats });
    await settleBetterDeparture(tx, registrationId, actor, now);
    return false;
  }, TX_OPTIONS);
  notifyOutbox();
  // Thrown after the commit: the expiry and the seats passed on stay.
  if (expired) throw new TripOfferExpiredError();
}

/** Gives up the seats offered from the waitlist; they go to the next waiting unit that fits. */
export async function declineTripOffer(userId: string, registrationId: string, actor: Actor, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const registration = await ownLocked(tx, userId, registrationId);
    if (registration.status !== 'OFFERED') throw new TripNotOfferedError();
    await tx.tripRegistration.update({ where: { id: registrationId }, data: { status: 'DECLINED', cancelledAt: now, holdExpiresAt: null } });
    await audit(tx, actor, 'trip.declineOffer', { type: 'TripRegistration', id: registrationId });
    await offerFreedSeats(tx, registration.departureId, actor, now);
  }, TX_OPTIONS);
  notifyOutbox();
}

async function expire(tx: Tx, lapsed: { id: string; userId: string }[], departureId: string, actor: Actor): Promise<void> {
  for (const registration of lapsed) {
    await tx.tripRegistration.update({ where: { id: registration.id }, data: { status: 'EXPIRED', holdExpiresAt: null } });
    await tellAbout(tx, 'tripOfferExpired', registration.userId, departureId, {});
  }
  if (lapsed.length) await audit(tx, actor, 'trip.offerExpired', { type: 'TripDeparture', id: departureId }, { registrationIds: lapsed.map((r) => r.id) });
}

export const WAITLIST_PROMOTE_QUEUE = 'trips-waitlist-promote';

/**
 * For a change that freed seats without offering them in its own transaction: a worker offers them
 * within seconds. Without a job queue (JOBS=false) the minute's sweep catches them.
 */
export async function queuePromotion(departureId: string): Promise<void> {
  await jobQueue()?.send(WAITLIST_PROMOTE_QUEUE, { departureId });
}

/** Offers a departure's free seats in a transaction of its own (a worker, after a change outside one). */
export async function promoteDeparture(departureId: string, actor: Actor = JOB_ACTOR, now = new Date()): Promise<string[]> {
  const offered = await prisma.$transaction(async (tx) => {
    await lockDeparture(tx, departureId);
    return offerFreedSeats(tx, departureId, actor, now);
  }, TX_OPTIONS);
  if (offered.length) notifyOutbox();
  return offered;
}

/**
 * The sweep: holds that ran out (holdExpiresAt <= now) become EXPIRED and their seats pass on;
 * departures with free seats and units waiting (a promotion missed) are promoted. Each departure in
 * a transaction of its own under its lock, in id order: safe on several servers at once.
 */
export async function sweepTripWaitlists(now = new Date()): Promise<{ expired: number; offered: number }> {
  const lapsed = await prisma.tripRegistration.findMany({
    where: { status: 'OFFERED', holdExpiresAt: { lte: now } },
    select: { departureId: true },
    distinct: ['departureId'],
  });
  const waiting = await prisma.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "TripDeparture" d
    WHERE d."cancelledAt" IS NULL AND d."startsAt" > ${now} AND d."cancelCutoffAt" > ${now}
      AND EXISTS (SELECT 1 FROM "TripRegistration" w WHERE w."departureId" = d.id AND w.status = 'WAITLISTED')
      AND d.capacity > (SELECT coalesce(sum(h.seats), 0) FROM "TripRegistration" h WHERE h."departureId" = d.id AND h.status IN ('CONFIRMED', 'OFFERED'))`;
  const departureIds = [...new Set([...lapsed.map((l) => l.departureId), ...waiting.map((w) => w.id)])].sort();
  let expired = 0;
  let offered = 0;
  for (const departureId of departureIds) {
    const result = await prisma.$transaction(async (tx) => {
      await lockDeparture(tx, departureId);
      const ran = await tx.tripRegistration.findMany({
        where: { departureId, status: 'OFFERED', holdExpiresAt: { lte: now } },
        select: { id: true, userId: true },
        orderBy: { id: 'asc' },
      });
      await expire(tx, ran, departureId, JOB_ACTOR);
      return { expired: ran.length, offered: (await offerFreedSeats(tx, departureId, JOB_ACTOR, now)).length };
    }, TX_OPTIONS);
    expired += result.expired;
    offered += result.offered;
  }
  if (expired || offered) notifyOutbox();
  return { expired, offered };
}
