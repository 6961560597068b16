// Registration for a departure: the person's own rules first (eligibility, window, one seat per
// trip, the season limit), without the lock; then, under the departure's lock (lockDeparture), the
// seats: FIRST_COME gives them in arrival order or puts the unit on the waitlist; LOTTERY enters the
// unit for the draw. Cancel by the registrant (SELF before the cut-off frees the seats at once; LATE
// after) and removal by staff. Every step one transaction; mail through the outbox.
import { randomBytes } from 'node:crypto';
import { istanbulDayOf, istanbulInstant } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { TripCancelReason, TripRegistrationStatus } from '../../generated/prisma/enums.ts';
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
import { dayOfDate, unitFor, type Traveller } from './eligibility.ts';
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

/** The İzmir calendar year of an instant: [its 1 January, the next 1 January). */
function seasonOf(at: Date): { from: Date; to: Date } {
  const year = Number(istanbulDayOf(at).slice(0, 4));
  return { from: istanbulInstant(`${year}-01-01`), to: istanbulInstant(`${year + 1}-01-01`) };
}

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

// What the pick-up point has left is never more than the departure has left.
const fullError = (seats: Seats, pickupPointId: string, asked: number) =>
  new TripFullError(seats.free, Math.min(seats.free, seats.freeAt.get(pickupPointId) ?? 0), asked);

export const newCheckInCode = () => randomBytes(18).toString('base64url');

/**
 * Registers the person (and those travelling with them) for a departure. FIRST_COME: CONFIRMED while
 * the unit fits overall and at its pick-up point; otherwise TripFullError, or WAITLISTED with
 * `joinWaitlist`. LOTTERY: ENTERED, for the draw.
 */
export async function registerForTrip(userId: string, input: RegisterInput, actor: Actor): Promise<RegisterOutcome> {
  const outcome = await prisma.$transaction(async (tx) => {
    // ── the person's own rules, without the lock: they do not depend on who else holds a seat ──
    const departure = await tx.tripDeparture.findUnique({
      where: { id: input.departureId },
      include: { trip: true, pickupPoints: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } },
    });
    if (!departure) throw new NotFoundError();
    const point = departure.pickupPoints.find((p) => p.id === input.pickupPointId);
    if (!point) throw new NotFoundError();
    checkWindow(departure, new Date());
    const person = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { firstName: true, lastName: true, birthDate: true, gender: true, districtId: true, email: true, locale: true, erasedAt: true },
    });
    const trip = departure.trip;
    // districtId is a foreign key to District: every District row is an İzmir district.
    const participants = unitFor(trip, { ...person, birthDate: dayOfDate(person.birthDate) }, input.travellers, departure.startsAt, true);
    if (trip.audience === 'CHILDREN' && !input.guardianConsent) throw new TripGuardianConsentRequiredError();
    const mine = await tx.tripRegistration.findMany({
      where: { userId, departure: { tripId: trip.id }, status: { in: [...LIVE] } },
      select: { departureId: true, status: true, departure: { select: { startsAt: true } } },
    });
    if (mine.some((r) => r.departureId === departure.id)) throw new TripAlreadyRegisteredError();
    const elsewhere = mine.find((r) => (HOLDING as readonly string[]).includes(r.status));
    if (elsewhere) throw new TripSeatElsewhereError(elsewhere.departure.startsAt);
    if (trip.maxPerSeason !== null) {
      const season = seasonOf(departure.startsAt);
      const travelled = await tx.tripRegistration.count({
        where: { userId, status: 'CONFIRMED', departure: { startsAt: { gte: season.from, lt: season.to }, trip: { programmeId: trip.programmeId } } },
      });
      if (travelled >= trip.maxPerSeason) throw new TripSeasonLimitError(trip.maxPerSeason);
    }
    const seats = participants.length;
    // A departure that is full now is refused without queueing for its lock (seats freed meanwhile
    // are the waitlist's): under a rush, the late arrivals are answered at once.
    if (departure.allocation === 'FIRST_COME' && !input.joinWaitlist) {
      const now = await seatsOf(tx, departure);
      if (!fits(now, point.id, seats)) throw fullError(now, point.id, seats);
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
          url: `${publicUrl()}/trips/my`,
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
