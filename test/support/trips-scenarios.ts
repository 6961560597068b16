// Scenario builders for trips: trips, departures with pick-up points, women and guardians, and
// registrations made straight in the database, so a test states only the rule it is about.
// (Registration itself is tested through the API.)
import { createHash, randomBytes } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import type { TripAllocation, TripAudience, TripRegistrationStatus, TripVehicle } from '@katilim/server/generated/prisma/enums';
import { globalId } from './applications-scenarios.ts';
import { clientFor, type PersonSpec } from './scenarios.ts';

const HOUR = 3_600_000;
let made = 0;

export async function tripsProgramme() {
  return prisma.programme.findUniqueOrThrow({ where: { kind: 'LEISURE_TRIPS' } });
}

export type TripSpec = {
  audience?: TripAudience;
  titleTr?: string;
  titleEn?: string;
  minAge?: number;
  maxAge?: number | null;
  maxCompanions?: number;
  maxPerSeason?: number | null;
  priorityDistrictIds?: number[];
};

/** A trip ("Körfez Turu n", women 18+ with up to 3 children under 12 by default). */
export async function createTrip(spec: TripSpec = {}) {
  made += 1;
  const programme = await tripsProgramme();
  const audience = spec.audience ?? 'WOMEN';
  const trip = await prisma.trip.create({
    data: {
      programmeId: programme.id,
      kind: audience === 'WOMEN' ? 'GULF_TOUR' : 'MUSEUM',
      audience,
      titleTr: spec.titleTr ?? `Körfez Turu ${made}`,
      titleEn: spec.titleEn ?? `Gulf Tour ${made}`,
      descriptionTr: 'Konak’tan Karşıyaka’ya körfez turu.',
      descriptionEn: 'A gulf tour from Konak to Karşıyaka.',
      whatToBringTr: 'Şapka ve su.',
      whatToBringEn: 'A hat and water.',
      accessibilityTr: 'Gemiye rampa ile binilir.',
      accessibilityEn: 'The boat is boarded by a ramp.',
      minAge: spec.minAge ?? (audience === 'WOMEN' ? 18 : 7),
      maxAge: spec.maxAge === undefined ? (audience === 'WOMEN' ? null : 14) : spec.maxAge,
      maxCompanions: spec.maxCompanions ?? (audience === 'WOMEN' ? 3 : 4),
      maxPerSeason: spec.maxPerSeason ?? null,
      priorityDistrictIds: spec.priorityDistrictIds ?? [],
    },
  });
  return { ...trip, globalId: globalId('Trip', trip.id) };
}
export type Trip = Awaited<ReturnType<typeof createTrip>>;

export type PickupSpec = { name?: string; seats: number; vehicle?: TripVehicle; districtId?: number | null };

export type DepartureSpec = {
  trip?: Trip;
  allocation?: TripAllocation;
  /** Hours from now to the start (default 14 days). */
  startsInHours?: number;
  /** Registration opened this many hours ago (default 1) and closes this many hours from now (default 7 days). */
  openedHoursAgo?: number;
  closesInHours?: number;
  /** Self-cancel until this many hours before the start (default 48). */
  cutoffHours?: number;
  /** Seats overall (default the sum of the pick-up points'). */
  capacity?: number;
  pickupPoints?: PickupSpec[];
  /** A lottery's secret (its hash is stored); random by default. */
  drawSecret?: string;
};

/** A departure (one boat from Konak with 45 seats, first come, two weeks away by default). */
export async function createDeparture(spec: DepartureSpec = {}) {
  const trip = spec.trip ?? (await createTrip());
  const startsAt = new Date(Date.now() + (spec.startsInHours ?? 14 * 24) * HOUR);
  const points = spec.pickupPoints ?? [{ name: 'Konak İskelesi', seats: 45, vehicle: 'BOAT' as const, districtId: 15 }];
  const allocation = spec.allocation ?? 'FIRST_COME';
  const secret = allocation === 'LOTTERY' ? (spec.drawSecret ?? randomBytes(32).toString('hex')) : null;
  const departure = await prisma.tripDeparture.create({
    data: {
      tripId: trip.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * HOUR),
      capacity: spec.capacity ?? points.reduce((sum, p) => sum + p.seats, 0),
      allocation,
      registrationOpensAt: new Date(Date.now() - (spec.openedHoursAgo ?? 1) * HOUR),
      registrationClosesAt: new Date(Date.now() + (spec.closesInHours ?? 7 * 24) * HOUR),
      cancelCutoffAt: new Date(startsAt.getTime() - (spec.cutoffHours ?? 48) * HOUR),
      drawSecret: secret,
      drawSecretHash: secret ? createHash('sha256').update(secret).digest('hex') : null,
      pickupPoints: {
        create: points.map((point, position) => ({
          position,
          name: point.name ?? `Durak ${position + 1}`,
          address: 'Atatürk Cd.',
          districtId: point.districtId === undefined ? 15 : point.districtId,
          pickupAt: new Date(startsAt.getTime() - 30 * 60_000),
          vehicle: point.vehicle ?? 'BUS',
          vehicleName: point.vehicle === 'BOAT' ? 'Dokuz Eylül' : '35 KTL 35',
          seats: point.seats,
        })),
      },
    },
    include: { pickupPoints: { orderBy: { position: 'asc' } } },
  });
  return { ...departure, trip, globalId: globalId('TripDeparture', departure.id) };
}
export type Departure = Awaited<ReturnType<typeof createDeparture>>;

/** A logged-in woman of 35 living in Buca (district 7) unless the spec says otherwise. */
export async function womanClient(graphqlUrl: string, spec: PersonSpec = {}) {
  return clientFor(graphqlUrl, ['VOLUNTEER'], { gender: 'WOMAN', birthDate: '1990-03-08', districtId: 7, ...spec });
}

export type RegistrationSpec = {
  status?: TripRegistrationStatus;
  /** Companions' birth dates (children under 12), ISO dates. */
  companions?: string[];
  pickupPointId?: string;
  tier?: number;
  holdExpiresAt?: Date | null;
  waitlistedAt?: Date | null;
  drawPosition?: number | null;
};

/** A registration made straight in the database (CONFIRMED by default), the person travelling with her companions. */
export async function createRegistration(departure: Departure, userId: string, spec: RegistrationSpec = {}) {
  const person = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const status = spec.status ?? 'CONFIRMED';
  const companions = spec.companions ?? [];
  const last = await prisma.tripRegistration.aggregate({ where: { departureId: departure.id }, _max: { entryNumber: true } });
  const registration = await prisma.tripRegistration.create({
    data: {
      departureId: departure.id,
      pickupPointId: spec.pickupPointId ?? departure.pickupPoints[0]!.id,
      userId,
      status,
      seats: 1 + companions.length,
      entryNumber: (last._max.entryNumber ?? 0) + 1,
      tier: spec.tier ?? 0,
      drawPosition: spec.drawPosition ?? null,
      waitlistedAt: spec.waitlistedAt === undefined ? (status === 'WAITLISTED' ? new Date() : null) : spec.waitlistedAt,
      offeredAt: status === 'OFFERED' ? new Date() : null,
      holdExpiresAt: spec.holdExpiresAt === undefined ? (status === 'OFFERED' ? new Date(Date.now() + 48 * HOUR) : null) : spec.holdExpiresAt,
      confirmedAt: status === 'CONFIRMED' ? new Date() : null,
      checkInCode: randomBytes(18).toString('base64url'),
      participants: {
        create: [
          { position: 0, isRegistrant: true, firstName: person.firstName, lastName: person.lastName, birthDate: person.birthDate },
          ...companions.map((birthDate, index) => ({
            position: index + 1,
            firstName: `Çocuk ${index + 1}`,
            lastName: person.lastName,
            birthDate: new Date(`${birthDate}T00:00:00Z`),
          })),
        ],
      },
    },
    include: { participants: { orderBy: { position: 'asc' } } },
  });
  return { ...registration, globalId: globalId('TripRegistration', registration.id) };
}
