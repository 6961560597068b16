// Boarding at the pier: the guide's list per pick-up point, check-ins made on phones (often offline)
// synced as events, and closing boarding, which records no-shows.
//
// The convergence rule: every tap is an event with the phone's own id (clientEventId) and the
// phone's time (at). An event is stored once, whatever how often it is sent. A participant's state is
// that of their latest event, ordered by (at, clientEventId): two guides' phones that sync in any
// order, any number of times, end with the same answer, because the answer depends only on the set
// of events and not on the order they arrived in.
import { istanbulDayOf } from '@katilim/schema/istanbul-day';
import { ageOn, ADULT_AGE } from '@katilim/schema/age';
import QRCode from 'qrcode';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import type { TripBoardingAction } from '../../generated/prisma/enums.ts';
import { publicUrl } from '../accounts/service.ts';
import { audit } from '../audit/service.ts';
import { TripBoardingNotStartedError, TripBoardingUnknownParticipantsError, TripDepartureWasCancelledError } from './errors-boarding.ts';
import { lockDeparture } from './seats.ts';

// ── The unit's QR code ──

/** What a unit's QR code says: a link to its check-in, which the guide's scanner reads back. */
export const checkInUrl = (checkInCode: string) => `${publicUrl()}/trips/check-in/${checkInCode}`;

/** The check-in code from whatever a scanner read: the link, or the bare code. */
export function checkInCodeOf(scanned: string): string {
  const text = scanned.trim();
  const marker = '/trips/check-in/';
  const index = text.lastIndexOf(marker);
  return (index >= 0 ? text.slice(index + marker.length) : text).split(/[?#]/)[0]!;
}

/** The unit's QR code as an SVG data URL. */
export async function checkInQr(checkInCode: string): Promise<string> {
  const svg = await QRCode.toString(checkInUrl(checkInCode), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

// ── The boarding list ──

export type BoardingParticipant = {
  id: string;
  firstName: string;
  lastName: string;
  isRegistrant: boolean;
  child: boolean;
  boardedAt: Date | null;
};

export type BoardingUnit = {
  registrationId: string;
  checkInCode: string;
  entryNumber: number;
  seats: number;
  pickupPoint: { id: string; name: string };
  registrantName: string;
  registrantPhone: string;
  attendance: 'ATTENDED' | 'NO_SHOW' | null;
  participants: BoardingParticipant[];
};

export type BoardingList = {
  departureId: string;
  tripTitleTr: string;
  tripTitleEn: string;
  startsAt: Date;
  cancelledAt: Date | null;
  boardingClosedAt: Date | null;
  pickupPoints: { id: string; name: string; address: string; pickupAt: Date; vehicleName: string }[];
  pickupPointId: string | null;
  units: BoardingUnit[];
};

/** Under 18 on the departure's İzmir day. */
const isChild = (birthDate: Date, day: string) => (ageOn(birthDate.toISOString().slice(0, 10), day) ?? ADULT_AGE) < ADULT_AGE;

/**
 * The departure's CONFIRMED units at a pick-up point (all points when null), in one read, with the
 * registrants' phone numbers for the guide; the read of the numbers is audited (one entry per read).
 * Null when the departure does not exist.
 */
export async function boardingList(departureId: string, pickupPointId: string | null, actor: Actor): Promise<BoardingList | null> {
  return prisma.$transaction(async (tx) => {
    const departure = await tx.tripDeparture.findUnique({
      where: { id: departureId },
      select: {
        id: true,
        startsAt: true,
        cancelledAt: true,
        boardingClosedAt: true,
        trip: { select: { titleTr: true, titleEn: true } },
        pickupPoints: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, name: true, address: true, pickupAt: true, vehicleName: true } },
        registrations: {
          where: { status: 'CONFIRMED', ...(pickupPointId ? { pickupPointId } : {}) },
          orderBy: [{ entryNumber: 'asc' }],
          select: {
            id: true,
            checkInCode: true,
            entryNumber: true,
            seats: true,
            attendance: true,
            pickupPointId: true,
            user: { select: { firstName: true, lastName: true, phone: true } },
            participants: {
              orderBy: [{ position: 'asc' }, { id: 'asc' }],
              select: { id: true, firstName: true, lastName: true, isRegistrant: true, birthDate: true, boardedAt: true },
            },
          },
        },
      },
    });
    if (!departure) return null;
    if (pickupPointId && !departure.pickupPoints.some((point) => point.id === pickupPointId)) return null;
    const day = istanbulDayOf(departure.startsAt);
    const points = new Map(departure.pickupPoints.map((point) => [point.id, { id: point.id, name: point.name }]));
    const units = departure.registrations.map((registration) => ({
      registrationId: registration.id,
      checkInCode: registration.checkInCode,
      entryNumber: registration.entryNumber,
      seats: registration.seats,
      pickupPoint: points.get(registration.pickupPointId)!,
      registrantName: `${registration.user.firstName} ${registration.user.lastName}`,
      registrantPhone: registration.user.phone,
      attendance: registration.attendance,
      participants: registration.participants.map((participant) => ({
        id: participant.id,
        firstName: participant.firstName,
        lastName: participant.lastName,
        isRegistrant: participant.isRegistrant,
        child: isChild(participant.birthDate, day),
        boardedAt: participant.boardedAt,
      })),
    }));
    await audit(tx, actor, 'trip.readBoardingList', { type: 'TripDeparture', id: departure.id }, {
      pickupPointId,
      registrations: units.length,
    });
    return {
      departureId: departure.id,
      tripTitleTr: departure.trip.titleTr,
      tripTitleEn: departure.trip.titleEn,
      startsAt: departure.startsAt,
      cancelledAt: departure.cancelledAt,
      boardingClosedAt: departure.boardingClosedAt,
      pickupPoints: departure.pickupPoints,
      pickupPointId,
      units,
    };
  });
}

// ── Syncing a phone's events ──

export type BoardingEvent = { clientEventId: string; participantId: string; action: TripBoardingAction; at: Date };

export type SyncOutcome = { recorded: number; duplicates: number; participantIds: string[] };

/**
 * Records a phone's boarding events on a departure in one transaction: all of them or, when one names
 * somebody not on a CONFIRMED unit of the departure, none. Each event is stored once by its
 * clientEventId (a retried sync records nothing new); the participants' states are then recomputed
 * from all their events by the convergence rule at the top of this file. Syncs of one departure run
 * one at a time (its row lock), so two phones' syncs cannot interleave their recomputations.
 */
export async function syncTripBoarding(departureId: string, events: readonly BoardingEvent[], actor: Actor): Promise<SyncOutcome> {
  return prisma.$transaction(async (tx) => {
    const departure = await lockDeparture(tx, departureId);
    if (departure.cancelledAt) throw new TripDepartureWasCancelledError();
    const participantIds = [...new Set(events.map((event) => event.participantId))];
    const known = await tx.$queryRaw<{ id: string; registrationId: string }[]>`
      SELECT p.id, p."registrationId" FROM "TripParticipant" p JOIN "TripRegistration" r ON r.id = p."registrationId"
      WHERE p.id = ANY(${participantIds}::uuid[]) AND r."departureId" = ${departureId}::uuid AND r.status = 'CONFIRMED'`;
    const knownIds = new Set(known.map((row) => row.id));
    const unknown = participantIds.filter((id) => !knownIds.has(id)).sort();
    if (unknown.length) throw new TripBoardingUnknownParticipantsError(unknown);

    const created = await tx.tripBoardingEvent.createManyAndReturn({
      data: events.map((event) => ({ ...event, recordedById: actor.userId! })),
      skipDuplicates: true,
      select: { clientEventId: true },
    });
    await settleStates(tx, participantIds);
    if (departure.boardingClosedAt) await settleAttendance(tx, [...new Set(known.map((row) => row.registrationId))]);
    await audit(tx, actor, 'trip.syncBoarding', { type: 'TripDeparture', id: departureId }, {
      recorded: created.length,
      duplicates: events.length - created.length,
      participants: participantIds.length,
    });
    return { recorded: created.length, duplicates: events.length - created.length, participantIds };
  });
}

/** Each participant's state is their latest event by (at, clientEventId); no event leaves them as they are. */
async function settleStates(tx: Tx, participantIds: readonly string[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE "TripParticipant" p
    SET "boardedAt" = CASE WHEN latest.action = 'BOARD' THEN latest.at ELSE NULL END,
        "boardedById" = CASE WHEN latest.action = 'BOARD' THEN latest."recordedById" ELSE NULL END
    FROM (
      SELECT DISTINCT ON ("participantId") "participantId", action, at, "recordedById" FROM "TripBoardingEvent"
      WHERE "participantId" = ANY(${[...participantIds]}::uuid[])
      ORDER BY "participantId", at DESC, "clientEventId" DESC
    ) latest
    WHERE p.id = latest."participantId"`;
}

/** A unit attended when any of its participants boarded; otherwise it is a no-show. */
async function settleAttendance(tx: Tx, registrationIds: readonly string[]): Promise<number> {
  return tx.$executeRaw`
    UPDATE "TripRegistration" r
    SET attendance = (CASE WHEN EXISTS (SELECT 1 FROM "TripParticipant" p WHERE p."registrationId" = r.id AND p."boardedAt" IS NOT NULL)
                      THEN 'ATTENDED' ELSE 'NO_SHOW' END)::"TripAttendance",
        "updatedAt" = now()
    WHERE r.id = ANY(${[...registrationIds]}::uuid[])`;
}

// ── Closing boarding ──

/**
 * After the start: CONFIRMED units none of whose participants boarded become NO_SHOW, the others
 * ATTENDED, and the departure records boardingClosedAt. Closing again changes nothing (events synced
 * after closing still move the attendance of their units, see syncTripBoarding).
 */
export async function closeTripBoarding(departureId: string, actor: Actor, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const departure = await lockDeparture(tx, departureId);
    if (departure.cancelledAt) throw new TripDepartureWasCancelledError();
    if (now < departure.startsAt) throw new TripBoardingNotStartedError(departure.startsAt);
    if (departure.boardingClosedAt) return;
    const units = await tx.tripRegistration.findMany({ where: { departureId, status: 'CONFIRMED' }, select: { id: true } });
    await settleAttendance(
      tx,
      units.map((unit) => unit.id),
    );
    await tx.tripDeparture.update({ where: { id: departureId }, data: { boardingClosedAt: now } });
    const counts = await tx.tripRegistration.groupBy({ by: ['attendance'], where: { departureId, status: 'CONFIRMED' }, _count: { _all: true } });
    await audit(tx, actor, 'trip.closeBoarding', { type: 'TripDeparture', id: departureId }, {
      attended: counts.find((c) => c.attendance === 'ATTENDED')?._count._all ?? 0,
      noShows: counts.find((c) => c.attendance === 'NO_SHOW')?._count._all ?? 0,
    });
  });
}

/** A departure's id, when it exists (for files served outside GraphQL). */
export async function departureExists(departureId: string): Promise<boolean> {
  return (await prisma.tripDeparture.count({ where: { id: departureId } })) > 0;
}
