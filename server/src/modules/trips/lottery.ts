// The lottery's lifecycle for LOTTERY departures: entries close (tiers computed, the canonical entry
// list and the size-neutral distribution published with their hashes), staff enter a public value
// nobody knew at closing, then the draw (seed, result, statuses, the secret revealed, everyone told).
// The engine (./lottery/) is pure; this file reads and writes the database.
import { drawPagePath } from './paths.ts';
import { addDays, istanbulDayOf, istanbulInstant } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import type { InputJsonValue } from '../../generated/prisma/internal/prismaNamespace.ts';
import { publicUrl } from '../accounts/service.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
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
import { canonicalEntryList, canonicalJson, entryListHash, sha256Hex, type EntryList } from './lottery/canonical.ts';
import { computeDistribution, type Distribution } from './lottery/distribution.ts';
import { drawLottery } from './lottery/draw.ts';
import { drawSeed } from './lottery/canonical.ts';
import { fits, lockDeparture, seatsOf, take, type LockedDeparture } from './seats.ts';
import { offerFreedSeats, settleBetterDeparture } from './waitlist.ts';

export const LOTTERY_JOB_ACTOR: Actor = { userId: null, requestId: 'job:trips-lottery', ip: null };

// Closing solves the LP and the draw writes every entry and its mail under the departure's lock: a
// popular departure's hundreds of entries need longer than Prisma's 5-second default, and other
// writers of the departure wait for the lock rather than fail.
const TX_OPTIONS = { maxWait: 30_000, timeout: 60_000 };

/** Repeated no-shows: this many registrations marked NO_SHOW … */
export const NO_SHOW_LIMIT = 2;
/** … on departures that started within this many days before entries close. */
export const NO_SHOW_WINDOW_DAYS = 365;

/**
 * A unit's tier (0 is drawn first), from what is known when entries close:
 *  - 0 when the registrant has not travelled this season, 2 when she has: travelled = another
 *    registration of hers marked ATTENDED, or CONFIRMED and not marked NO_SHOW (a seat she holds), on
 *    a departure (not cancelled) starting in the same İzmir calendar year as this one;
 *  - +1 when the trip prefers some districts and hers is not one of them;
 *  - +2 when she has NO_SHOW_LIMIT or more registrations marked NO_SHOW on departures that started in
 *    the NO_SHOW_WINDOW_DAYS days before entries close.
 * So tiers run 0 (first-timer, preferred district) to 5 (travelled, elsewhere, repeated no-shows).
 */
export function tierOf(unit: { travelledThisSeason: boolean; preferredDistrict: boolean; repeatedNoShows: boolean }): number {
  return (unit.travelledThisSeason ? 2 : 0) + (unit.preferredDistrict ? 0 : 1) + (unit.repeatedNoShows ? 2 : 0);
}

function assertLottery(departure: LockedDeparture) {
  if (departure.allocation !== 'LOTTERY') throw new NotLotteryError();
  if (departure.cancelledAt) throw new LotteryDepartureCancelledError();
}

/** Freezes a departure's entries now (staff), whether or not its registration window has ended. */
export async function closeEntries(departureId: string, actor: Actor, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const departure = await lockDeparture(tx, departureId);
    assertLottery(departure);
    if (departure.entriesClosedAt) throw new EntriesAlreadyClosedError();
    await closeLocked(tx, departure, actor, now);
  }, TX_OPTIONS);
}

/** The job: closes the entries of every lottery departure whose registration window has ended. Answers how many. */
export async function closeDueEntries(now = new Date()): Promise<number> {
  const due = await prisma.tripDeparture.findMany({
    where: { allocation: 'LOTTERY', entriesClosedAt: null, cancelledAt: null, registrationClosesAt: { lte: now } },
    select: { id: true },
    orderBy: { registrationClosesAt: 'asc' },
  });
  let closed = 0;
  for (const { id } of due) {
    closed += await prisma.$transaction(async (tx) => {
      const departure = await lockDeparture(tx, id);
      // Another server's job (or staff) may have closed it meanwhile.
      if (departure.allocation !== 'LOTTERY' || departure.cancelledAt || departure.entriesClosedAt) return 0;
      await closeLocked(tx, departure, LOTTERY_JOB_ACTOR, now);
      return 1;
    }, TX_OPTIONS);
  }
  return closed;
}

async function closeLocked(tx: Tx, departure: LockedDeparture, actor: Actor, now: Date) {
  const entries = await tx.tripRegistration.findMany({
    where: { departureId: departure.id, status: 'ENTERED' },
    select: { id: true, userId: true, entryNumber: true, seats: true, pickupPointId: true, user: { select: { districtId: true } } },
    orderBy: { entryNumber: 'asc' },
  });
  const userIds = [...new Set(entries.map((e) => e.userId))];
  const year = istanbulDayOf(departure.startsAt).slice(0, 4);
  const [travelled, noShows] = await Promise.all([
    tx.tripRegistration.findMany({
      where: {
        userId: { in: userIds },
        departureId: { not: departure.id },
        OR: [{ status: 'CONFIRMED', attendance: null }, { attendance: 'ATTENDED' }],
        departure: { cancelledAt: null, startsAt: { gte: istanbulInstant(`${year}-01-01`), lt: istanbulInstant(`${Number(year) + 1}-01-01`) } },
      },
      select: { userId: true },
      distinct: ['userId'],
    }),
    tx.tripRegistration.groupBy({
      by: ['userId'],
      where: {
        userId: { in: userIds },
        attendance: 'NO_SHOW',
        departure: { startsAt: { gte: istanbulInstant(addDays(istanbulDayOf(now), -NO_SHOW_WINDOW_DAYS)), lt: now } },
      },
      _count: { _all: true },
    }),
  ]);
  const travellers = new Set(travelled.map((r) => r.userId));
  const noShowers = new Set(noShows.filter((r) => r._count._all >= NO_SHOW_LIMIT).map((r) => r.userId));
  const priority = departure.trip.priorityDistrictIds;
  const positionOf = new Map(departure.pickupPoints.map((point) => [point.id, point.position]));

  const tiers = new Map<number, string[]>();
  // Seats someone already holds (a unit staff confirmed, an offer) are not drawn again.
  const free = await seatsOf(tx, departure);
  const list = canonicalEntryList({
    points: departure.pickupPoints.map((point) => ({ position: point.position, seats: free.freeAt.get(point.id) ?? 0 })),
    entries: entries.map((entry) => {
      const tier = tierOf({
        travelledThisSeason: travellers.has(entry.userId),
        preferredDistrict: priority.length === 0 || priority.includes(entry.user.districtId),
        repeatedNoShows: noShowers.has(entry.userId),
      });
      tiers.set(tier, [...(tiers.get(tier) ?? []), entry.id]);
      return { number: entry.entryNumber, seats: entry.seats, tier, pickup: positionOf.get(entry.pickupPointId)! };
    }),
  });
  for (const [tier, ids] of tiers) await tx.tripRegistration.updateMany({ where: { id: { in: ids } }, data: { tier } });
  // The distribution depends on the entry list alone: published now, before any public value exists.
  const distribution = await computeDistribution(list);
  await tx.tripDeparture.update({
    where: { id: departure.id },
    data: {
      entriesClosedAt: now,
      registrationClosesAt: departure.registrationClosesAt < now ? departure.registrationClosesAt : now,
      entryList: list as unknown as InputJsonValue,
      entryListHash: entryListHash(list),
      distribution: distribution as unknown as InputJsonValue,
      distributionHash: sha256Hex(canonicalJson(distribution)),
    },
  });
  await audit(tx, actor, 'trips.closeEntries', { type: 'TripDeparture', id: departure.id }, { entries: entries.length, tiers: Object.fromEntries([...tiers].map(([t, ids]) => [t, ids.length])) });
}

/** Records the public value the seed will mix in, once, after entries closed. */
export async function setPublicValue(departureId: string, input: { value: string; source: string }, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const departure = await lockDeparture(tx, departureId);
    assertLottery(departure);
    if (!departure.entriesClosedAt) throw new EntriesNotClosedError();
    if (departure.drawnAt) throw new AlreadyDrawnError();
    if (departure.publicValue !== null) throw new PublicValueAlreadySetError();
    await tx.tripDeparture.update({ where: { id: departureId }, data: { publicValue: input.value, publicValueSource: input.source } });
    await audit(tx, actor, 'trips.setDrawPublicValue', { type: 'TripDeparture', id: departureId }, { source: input.source });
  });
}

/** Draws the lottery: drawn units CONFIRMED, the rest WAITLISTED in draw order, the secret revealed, everyone told. */
export async function drawDeparture(departureId: string, actor: Actor, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const departure = await lockDeparture(tx, departureId);
    assertLottery(departure);
    if (departure.drawnAt) throw new AlreadyDrawnError();
    if (!departure.entriesClosedAt || !departure.entryList || !departure.entryListHash) throw new EntriesNotClosedError();
    if (departure.publicValue === null) throw new NoPublicValueError();
    if (!departure.drawSecret) throw new NoDrawSecretError();
    const list = canonicalEntryList(departure.entryList as unknown as EntryList);
    const distribution = departure.distribution as unknown as Distribution;
    const seed = drawSeed(departure.drawSecret, departure.entryListHash, departure.publicValue);
    const result = drawLottery(list, distribution, seed);
    await tx.tripDeparture.update({
      where: { id: departureId },
      data: { drawSeed: seed, drawResult: result as unknown as InputJsonValue, drawnAt: now, drawnById: actor.userId },
    });

    const registrations = await tx.tripRegistration.findMany({
      where: { departureId, status: 'ENTERED' },
      select: {
        id: true,
        entryNumber: true,
        seats: true,
        pickupPointId: true,
        user: { select: { id: true, email: true, firstName: true, locale: true, erasedAt: true } },
        pickupPoint: { select: { name: true, pickupAt: true } },
      },
    });
    const byNumber = new Map(registrations.map((r) => [r.entryNumber, r]));
    const title = { tr: departure.trip.titleTr, en: departure.trip.titleEn };
    const drawUrl = `${publicUrl()}${drawPagePath(departureId)}`;
    // Seats held now, under the lock: should staff have seated someone since entries closed, a drawn
    // unit that no longer fits waits first in line rather than overfill the vehicle.
    const seats = await seatsOf(tx, departure);
    let confirmed = 0;
    let waitlisted = 0;
    for (const point of result.points) {
      const ordered = [...point.drawn.map((n) => ({ n, chosen: true })), ...point.waitlist.map((n) => ({ n, chosen: false }))];
      let waitingPlace = 0;
      for (const [index, { n, chosen }] of ordered.entries()) {
        // A unit that left after entries closed keeps its place in the published result, and holds nothing.
        const registration = byNumber.get(n);
        if (!registration) continue;
        const drawn = chosen && fits(seats, registration.pickupPointId, registration.seats);
        if (drawn) take(seats, registration.pickupPointId, registration.seats);
        else waitingPlace += 1;
        await tx.tripRegistration.update({
          where: { id: registration.id },
          data: drawn
            ? { status: 'CONFIRMED', confirmedAt: now, drawPosition: index + 1 }
            : { status: 'WAITLISTED', waitlistedAt: now, drawPosition: index + 1 },
        });
        if (drawn) {
          confirmed += 1;
          await settleBetterDeparture(tx, registration.id, actor, now);
        } else waitlisted += 1;
        const { user } = registration;
        if (user.erasedAt) continue;
        const params = {
          firstName: user.firstName,
          title: title[user.locale],
          startsAt: departure.startsAt,
          pickupName: registration.pickupPoint.name,
          pickupAt: registration.pickupPoint.pickupAt,
          seats: registration.seats,
          entryNumber: n,
          drawUrl,
        };
        if (drawn) await enqueueEmail(tx, { template: 'tripLotteryDrawn', locale: user.locale, to: user.email, userId: user.id, params });
        else
          await enqueueEmail(tx, {
            template: 'tripLotteryNotDrawn',
            locale: user.locale,
            to: user.email,
            userId: user.id,
            params: { ...params, waitlistPosition: waitingPlace },
          });
      }
    }
    // Seats of units that left after closing (drawn but no longer entered) go on to the waitlist.
    await offerFreedSeats(tx, departureId, actor, now);
    await audit(tx, actor, 'trips.drawLottery', { type: 'TripDeparture', id: departureId }, { seed, confirmed, waitlisted });
  }, TX_OPTIONS);
  notifyOutbox();
}

/** A draw's public record as a file: the same fields as the tripDraw query, the JSON parts as their canonical text. */
export async function publicDrawRecord(departureId: string) {
  const d = await prisma.tripDeparture.findFirst({
    where: { id: departureId, allocation: 'LOTTERY' },
    select: {
      id: true,
      startsAt: true,
      registrationClosesAt: true,
      trip: { select: { titleTr: true, titleEn: true } },
      drawSecretHash: true,
      drawSecret: true,
      entriesClosedAt: true,
      entryList: true,
      entryListHash: true,
      publicValue: true,
      publicValueSource: true,
      drawSeed: true,
      distribution: true,
      distributionHash: true,
      drawResult: true,
      drawnAt: true,
    },
  });
  if (!d) return null;
  const text = (value: unknown) => (value === null ? null : canonicalJson(value));
  return {
    departureId: d.id,
    tripTitle: { tr: d.trip.titleTr, en: d.trip.titleEn },
    startsAt: d.startsAt.toISOString(),
    registrationClosesAt: d.registrationClosesAt.toISOString(),
    secretHash: d.drawSecretHash,
    entriesClosedAt: d.entriesClosedAt?.toISOString() ?? null,
    entryList: text(d.entryList),
    entryListHash: d.entryListHash,
    publicValue: d.publicValue,
    publicValueSource: d.publicValueSource,
    seed: d.drawSeed,
    distribution: text(d.distribution),
    distributionHash: d.distributionHash,
    result: text(d.drawResult),
    secret: d.drawnAt ? d.drawSecret : null,
    drawnAt: d.drawnAt?.toISOString() ?? null,
  };
}
