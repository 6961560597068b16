// Registration for a departure: the person's own rules first (eligibility, window, one seat per
// trip, the season limit), without the lock; then, under the departure's lock (lockDeparture), the
// seats: FIRST_COME gives them in arrival order or puts the unit on the waitlist; LOTTERY enters the
// unit for the draw. Cancel by the registrant (SELF before the cut-off frees the seats at once; LATE
// after) and removal by staff. Every step one transaction; mail through the outbox.
import { MY_TRIPS_PATH } from './paths.ts';
import { randomBytes } from 'node:crypto';
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { Gender, TripCancelReason, TripRegistrationStatus } from '../../generated/prisma/enums.ts';
import type { Locale } from '../../i18n/messages.ts';
import { publicUrl } from '../accounts/service.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { TX_OPTIONS } from './catalogue.ts';
import { TripArchivedError, TripDepartureCancelledError, TripDepartureStartedError } from './errors-catalogue.ts';
import {
  TripAlreadyRegisteredError,
  TripFullError,
  TripGuardianConsentRequiredError,
  TripRegistrationClosedError,
  TripRegistrationNotActiveError,
  TripRegistrationNotOpenError,
  TripSeasonLimitError,
  TripSeatElsewhereError,
} from './errors-registration.ts';
import { unitFor, type Traveller } from './eligibility.ts';
import { fits, HOLDING, lockDeparture, seatsOf, type Seats } from './seats.ts';
import { offerFreedSeats, settleBetterDeparture } from './waitlist.ts';

/** Statuses of a unit still in play on its departure (holding seats, waiting, or entered in the draw). */
export const LIVE: readonly TripRegistrationStatus[] = ['ENTERED', 'CONFIRMED', 'OFFERED', 'WAITLISTED'];
/** Live but holding no seat: what a person's preference among departures counts. */
const WAITING: readonly TripRegistrationStatus[] = ['ENTERED', 'WAITLISTED', 'OFFERED'];

export type RegisterInput = {
  departureId: string;
  pickupPointId: string;
  travellers: Traveller[];
  guardianConsent: boolean;
  joinWaitlist: boolean;
};

export type RegisterOutcome = { registrationId: string; status: TripRegistrationStatus };

type DepartureState = {
  startsAt: Date;
  cancelledAt: Date | null;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  trip: { archivedAt: Date | null };
};

/** Whether registration is open on the departure at `now`, or the typed refusal. */
export function checkWindow(departure: DepartureState, now: Date): void {
  if (departure.trip.archivedAt) throw new TripArchivedError();
  if (departure.cancelledAt) throw new TripDepartureCancelledError();
  if (now >= departure.startsAt) throw new TripDepartureStartedError(departure.startsAt);
  if (now < departure.registrationOpensAt) throw new TripRegistrationNotOpenError(departure.registrationOpensAt);
  if (now >= departure.registrationClosesAt) throw new TripRegistrationClosedError(departure.registrationClosesAt);
}

export const isRegistrationOpen = (departure: DepartureState, now = new Date()) => {
  try {
    checkWindow(departure, now);
    return true;
  } catch {
    return false;
  }
};

/** The instant a new waitlisted unit gets: after everyone already waiting, so the order is the commit order. */
async function nextWaitlistInstant(tx: Tx, departureId: string, now: Date): Promise<Date> {
  const last = await tx.tripRegistration.aggregate({ where: { departureId, waitlistedAt: { not: null } }, _max: { waitlistedAt: true } });
  const after = last._max.waitlistedAt ? last._max.waitlistedAt.getTime() + 1 : 0;
  return new Date(Math.max(now.getTime(), after));
}

/** The current consent text a guardian accepts for a children's trip. */
async function childTripConsentText(tx: Tx): Promise<string> {
  const text = await tx.consentText.findFirst({ where: { purpose: 'CHILD_TRIP' }, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], select: { id: true } });
  if (!text) throw new NotFoundError();
  return text.id;
}

/** Seats free overall and at each point, read without the lock (seatsOf's count, for the points already read). */
async function seatsNow(tx: Tx, departureId: string, capacity: number, points: readonly { id: string; seats: number }[]): Promise<Seats> {
  const rows = await tx.tripRegistration.groupBy({ by: ['pickupPointId'], where: { departureId, status: { in: [...HOLDING] } }, _sum: { seats: true } });
  const heldAt = new Map(rows.map((row) => [row.pickupPointId, row._sum.seats ?? 0]));
  const held = [...heldAt.values()].reduce((sum, n) => sum + n, 0);
  return {
    capacity,
    held,
    free: Math.max(0, capacity - held),
    freeAt: new Map(points.map((point) => [point.id, Math.max(0, point.seats - (heldAt.get(point.id) ?? 0))])),
  };
}

// What the pick-up point has left is never more than the departure has left.
const fullError = (seats: Seats, pickupPointId: string, asked: number) =>
  new TripFullError(seats.free, Math.min(seats.free, seats.freeAt.get(pickupPointId) ?? 0), asked);

export const newCheckInCode = () => randomBytes(18).toString('base64url');

type Facts = {
  departure: {
    id: string;
    startsAt: Date;
    cancelledAt: Date | null;
    registrationOpensAt: Date;
    registrationClosesAt: Date;
    allocation: 'FIRST_COME' | 'LOTTERY';
    capacity: number;
  };
  trip: {
    archivedAt: Date | null;
    audience: 'WOMEN' | 'CHILDREN';
    minAge: number;
    maxAge: number | null;
    maxCompanions: number;
    companionMaxAge: number;
    maxPerSeason: number | null;
    titleTr: string;
    titleEn: string;
  };
  person: {
    firstName: string;
    lastName: string;
    birthDate: string;
    gender: Gender | null;
    districtId: number | null;
    email: string;
    locale: Locale;
    erasedAt: Date | null;
  };
  points: { id: string; name: string; seats: number; pickupAt: Date; held: number }[];
  mine: { departureId: string; status: TripRegistrationStatus; startsAt: string }[];
  travelledThisSeason: number;
};

type FactsRow = Facts['departure'] &
  Omit<Facts['trip'], 'archivedAt'> &
  Omit<Facts['person'], 'districtId'> & {
    tripArchivedAt: Date | null;
    personDistrictId: number | null;
    points: { id: string; name: string; seats: number; pickupAt: string; held: number }[] | null;
    mine: Facts['mine'] | null;
    travelledThisSeason: number;
  };

/**
 * Everything the person's own rules need, in one statement: the departure with its trip, its pick-up
 * points with the seats held at each, the person (their district joined: every District row is an
 * İzmir district), their live registrations on the trip's departures and their confirmed trips of
 * the programme in the departure's İzmir calendar year.
 */
async function registrationFacts(userId: string, departureId: string): Promise<Facts | null> {
  const rows = await prisma.$queryRaw<FactsRow[]>`
    SELECT d.id, d."startsAt", d."cancelledAt", d."registrationOpensAt", d."registrationClosesAt", d.allocation::text AS allocation, d.capacity,
      t."archivedAt" AS "tripArchivedAt", t.audience::text AS audience, t."minAge", t."maxAge", t."maxCompanions", t."companionMaxAge", t."maxPerSeason", t."titleTr", t."titleEn",
      u."firstName", u."lastName", to_char(u."birthDate", 'YYYY-MM-DD') AS "birthDate", u.gender::text AS gender, dist.id AS "personDistrictId",
      u.email, u.locale::text AS locale, u."erasedAt",
      (SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'seats', p.seats, 'pickupAt', p."pickupAt",
          'held', (SELECT COALESCE(SUM(r.seats), 0) FROM "TripRegistration" r WHERE r."pickupPointId" = p.id AND r.status IN ('CONFIRMED', 'OFFERED')))
        ORDER BY p.position, p.id)
        FROM "TripPickupPoint" p WHERE p."departureId" = d.id) AS points,
      (SELECT json_agg(json_build_object('departureId', r."departureId", 'status', r.status, 'startsAt', rd."startsAt"))
        FROM "TripRegistration" r JOIN "TripDeparture" rd ON rd.id = r."departureId"
        WHERE r."userId" = u.id AND rd."tripId" = t.id AND r.status IN ('ENTERED', 'CONFIRMED', 'OFFERED', 'WAITLISTED')) AS mine,
      CASE WHEN t."maxPerSeason" IS NULL THEN 0 ELSE (
        SELECT count(*)::int FROM "TripRegistration" r
        JOIN "TripDeparture" rd ON rd.id = r."departureId" JOIN "Trip" rt ON rt.id = rd."tripId"
        WHERE r."userId" = u.id AND r.status = 'CONFIRMED' AND rt."programmeId" = t."programmeId"
          AND date_trunc('year', rd."startsAt" AT TIME ZONE ${TIME_ZONE}) = date_trunc('year', d."startsAt" AT TIME ZONE ${TIME_ZONE})) END AS "travelledThisSeason"
    FROM "TripDeparture" d
    JOIN "Trip" t ON t.id = d."tripId"
    JOIN "User" u ON u.id = ${userId}::uuid
    LEFT JOIN "District" dist ON dist.id = u."districtId"
    WHERE d.id = ${departureId}::uuid`;
  const row = rows[0];
  if (!row) return null;
  return {
    departure: {
      id: row.id,
      startsAt: row.startsAt,
      cancelledAt: row.cancelledAt,
      registrationOpensAt: row.registrationOpensAt,
      registrationClosesAt: row.registrationClosesAt,
      allocation: row.allocation,
      capacity: row.capacity,
    },
    trip: {
      archivedAt: row.tripArchivedAt,
      audience: row.audience,
      minAge: row.minAge,
      maxAge: row.maxAge,
      maxCompanions: row.maxCompanions,
      companionMaxAge: row.companionMaxAge,
      maxPerSeason: row.maxPerSeason,
      titleTr: row.titleTr,
      titleEn: row.titleEn,
    },
    person: {
      firstName: row.firstName,
      lastName: row.lastName,
      birthDate: row.birthDate,
      gender: row.gender,
      districtId: row.personDistrictId,
      email: row.email,
      locale: row.locale,
      erasedAt: row.erasedAt,
    },
    points: (row.points ?? []).map((p) => ({ ...p, pickupAt: new Date(p.pickupAt), held: Number(p.held) })),
    mine: row.mine ?? [],
    travelledThisSeason: row.travelledThisSeason,
  };
}

/**
 * Registers the person (and those travelling with them) for a departure. FIRST_COME: CONFIRMED while
 * the unit fits overall and at its pick-up point; otherwise TripFullError, or WAITLISTED with
 * `joinWaitlist`. LOTTERY: ENTERED, for the draw.
 */
export async function registerForTrip(userId: string, input: RegisterInput, actor: Actor): Promise<RegisterOutcome> {
  // ── the person's own rules, read in one statement without a transaction or the lock: they do not
  // depend on who else holds a seat, and under a rush the late arrivals are answered from here ──
  const facts = await registrationFacts(userId, input.departureId);
  if (!facts) throw new NotFoundError();
  const { departure, trip, person } = facts;
  const point = facts.points.find((p) => p.id === input.pickupPointId);
  if (!point) throw new NotFoundError();
  checkWindow({ ...departure, trip }, new Date());
  const participants = unitFor(trip, person, input.travellers, departure.startsAt, person.districtId !== null);
  if (trip.audience === 'CHILDREN' && !input.guardianConsent) throw new TripGuardianConsentRequiredError();
  const mine = facts.mine;
  if (mine.some((r) => r.departureId === departure.id)) throw new TripAlreadyRegisteredError();
  const elsewhere = mine.find((r) => (HOLDING as readonly string[]).includes(r.status));
  if (elsewhere) throw new TripSeatElsewhereError(new Date(elsewhere.startsAt));
  if (trip.maxPerSeason !== null && facts.travelledThisSeason >= trip.maxPerSeason) throw new TripSeasonLimitError(trip.maxPerSeason);
  const seats = participants.length;
  // A departure that is full now is refused without queueing for its lock (seats freed meanwhile
  // are the waitlist's): under a rush, the late arrivals are answered at once.
  if (departure.allocation === 'FIRST_COME' && !input.joinWaitlist) {
    const held = facts.points.reduce((sum, p) => sum + p.held, 0);
    const free = { capacity: departure.capacity, held, free: Math.max(0, departure.capacity - held), freeAt: new Map(facts.points.map((p) => [p.id, Math.max(0, p.seats - p.held)])) };
    if (!fits(free, point.id, seats)) throw fullError(free, point.id, seats);
  }

  const outcome = await prisma.$transaction(async (tx) => {
    // Under a rush every arrival passes the check above before the first seat is taken, then waits
    // for a connection: look again once it has one, so those arriving after the departure filled are
    // answered side by side instead of one at a time behind its lock.
    if (departure.allocation === 'FIRST_COME' && !input.joinWaitlist) {
      const again = await seatsNow(tx, departure.id, departure.capacity, facts.points);
      if (!fits(again, point.id, seats)) throw fullError(again, point.id, seats);
    }

    // ── under the departure's lock: the seats, the entry number ──
    const locked = await lockDeparture(tx, departure.id);
    // Read once the lock is held: instants follow the order in which registrations commit.
    const now = new Date();
    checkWindow(locked, now);
    const existing = await tx.tripRegistration.findUnique({
      where: { departureId_userId: { departureId: departure.id, userId } },
      select: { id: true, status: true },
    });
    if (existing && (LIVE as readonly string[]).includes(existing.status)) throw new TripAlreadyRegisteredError();
    let status: TripRegistrationStatus;
    let waitlistedAt: Date | null = null;
    if (locked.allocation === 'LOTTERY') {
      status = 'ENTERED';
    } else {
      const free = await seatsOf(tx, locked);
      if (fits(free, point.id, seats)) status = 'CONFIRMED';
      else if (input.joinWaitlist) {
        status = 'WAITLISTED';
        waitlistedAt = await nextWaitlistInstant(tx, departure.id, now);
      } else throw fullError(free, point.id, seats);
    }
    const last = await tx.tripRegistration.aggregate({ where: { departureId: departure.id }, _max: { entryNumber: true } });
    const consentRecordId =
      trip.audience === 'CHILDREN'
        ? (await tx.consentRecord.create({ data: { userId, consentTextId: await childTripConsentText(tx), purpose: 'CHILD_TRIP', ip: actor.ip }, select: { id: true } })).id
        : null;
    const data = {
      pickupPointId: point.id,
      registeredById: null,
      status,
      seats,
      entryNumber: (last._max.entryNumber ?? 0) + 1,
      tier: 0,
      preferenceRank: 1 + mine.filter((r) => r.departureId !== departure.id && (WAITING as readonly string[]).includes(r.status)).length,
      drawPosition: null,
      waitlistedAt,
      offeredAt: null,
      holdExpiresAt: null,
      confirmedAt: status === 'CONFIRMED' ? now : null,
      cancelledAt: null,
      cancelReason: null,
      attendance: null,
      checkInCode: newCheckInCode(),
      consentRecordId,
      reminderJobIds: [],
      participants: {
        create: participants.map((p) => ({ position: p.position, isRegistrant: p.isRegistrant, firstName: p.firstName, lastName: p.lastName, birthDate: new Date(`${p.birthDate}T00:00:00Z`) })),
      },
    };
    let registrationId: string;
    if (existing) {
      // A unit that left this departure earlier comes back as a new entry on the same row.
      await tx.tripParticipant.deleteMany({ where: { registrationId: existing.id } });
      registrationId = (await tx.tripRegistration.update({ where: { id: existing.id }, data, select: { id: true } })).id;
    } else {
      registrationId = (await tx.tripRegistration.create({ data: { ...data, departureId: departure.id, userId }, select: { id: true } })).id;
    }
    await audit(tx, actor, 'trip.register', { type: 'TripRegistration', id: registrationId }, { departureId: departure.id, status, seats });
    if (!person.erasedAt) {
      await enqueueEmail(tx, {
        template: 'tripRegistered',
        locale: person.locale,
        to: person.email,
        userId,
        params: {
          firstName: person.firstName,
          title: person.locale === 'tr' ? trip.titleTr : trip.titleEn,
          startsAt: departure.startsAt,
          pickupName: point.name,
          pickupAt: point.pickupAt,
          seats,
          status: status as 'CONFIRMED' | 'WAITLISTED' | 'ENTERED',
          drawAfter: departure.registrationClosesAt,
          url: `${publicUrl()}${MY_TRIPS_PATH}`,
        },
      });
    }
    if (status === 'CONFIRMED') await settleBetterDeparture(tx, registrationId, actor, now);
    return { registrationId, status };
  }, TX_OPTIONS);
  notifyOutbox();
  return outcome;
}

async function leave(tx: Tx, registrationId: string, reason: TripCancelReason | 'BY_PERSON', actor: Actor, now: Date) {
  const row = await tx.tripRegistration.findUnique({ where: { id: registrationId }, select: { departureId: true } });
  if (!row) throw new NotFoundError();
  const departure = await lockDeparture(tx, row.departureId);
  const registration = await tx.tripRegistration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true, userId: true } });
  if (!(LIVE as readonly string[]).includes(registration.status)) throw new TripRegistrationNotActiveError();
  if (now >= departure.startsAt) throw new TripDepartureStartedError(departure.startsAt);
  const held = (HOLDING as readonly string[]).includes(registration.status);
  const cancelReason: TripCancelReason = reason === 'BY_PERSON' ? (held && now >= departure.cancelCutoffAt ? 'LATE' : 'SELF') : reason;
  await tx.tripRegistration.update({
    where: { id: registrationId },
    data: { status: 'CANCELLED', cancelReason, cancelledAt: now, holdExpiresAt: null },
  });
  // Seats given up on time go to the waitlist in the same transaction; a late cancellation's stay empty.
  if (held && cancelReason !== 'LATE') await offerFreedSeats(tx, departure.id, actor, now);
  return { departure, registration, cancelReason };
}

/** The registrant leaves: before the cut-off CANCELLED/SELF (seats offered on), after it CANCELLED/LATE. */
export async function cancelTripRegistration(userId: string, registrationId: string, actor: Actor): Promise<{ cancelReason: TripCancelReason }> {
  const result = await prisma.$transaction(async (tx) => {
    const own = await tx.tripRegistration.findFirst({ where: { id: registrationId, userId }, select: { id: true } });
    if (!own) throw new NotFoundError();
    const now = new Date();
    const { cancelReason, registration } = await leave(tx, registrationId, 'BY_PERSON', actor, now);
    await audit(tx, actor, 'trip.cancel', { type: 'TripRegistration', id: registrationId }, { from: registration.status, cancelReason });
    return { cancelReason };
  }, TX_OPTIONS);
  notifyOutbox();
  return result;
}

/** Staff take a unit off its departure (CANCELLED/STAFF), with the reason told to the person. */
export async function removeTripRegistration(registrationId: string, reason: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const now = new Date();
    const { departure, registration } = await leave(tx, registrationId, 'STAFF', actor, now);
    await audit(tx, actor, 'trip.remove', { type: 'TripRegistration', id: registrationId }, { from: registration.status });
    const person = await tx.user.findUniqueOrThrow({ where: { id: registration.userId }, select: { email: true, firstName: true, locale: true, erasedAt: true } });
    if (!person.erasedAt) {
      await enqueueEmail(tx, {
        template: 'tripRegistrationRemoved',
        locale: person.locale,
        to: person.email,
        userId: registration.userId,
        params: { firstName: person.firstName, title: person.locale === 'tr' ? departure.trip.titleTr : departure.trip.titleEn, startsAt: departure.startsAt, reason },
      });
    }
  }, TX_OPTIONS);
  notifyOutbox();
}
