// Demo trips: "Körfez Turu" with a first-come departure next week (a bus from Buca, a boat from Konak)
// and a lottery departure in three weeks whose registration is open, a past departure with attendance
// (so the reports have figures), and a children's museum trip. The demo volunteer holds a seat next
// week and has a past trip; a few demo women have entered the lottery. Deterministic and idempotent like
// the rest of the seed: stable ids, createMany with skipDuplicates; dates follow the day of the first run.
import { createHash } from 'node:crypto';
import { addDays, istanbulInstant, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '../../db/prisma.ts';
import type { TripAllocation, TripAttendance, TripRegistrationStatus, TripVehicle } from '../../generated/prisma/enums.ts';
import { DISTRICTS } from '../../seed/reference.ts';
import { HOUR, seedId } from '../../seed/volunteering-plan.ts';

const districtId = (name: (typeof DISTRICTS)[number]) => DISTRICTS.indexOf(name) + 1;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Point = { key: string; name: string; address: string; district: (typeof DISTRICTS)[number]; time: string; vehicle: TripVehicle; vehicleName: string; seats: number };
type Departure = {
  key: string;
  trip: 'korfez' | 'muze';
  /** Days from the first run's day; İzmir wall-clock start and end. */
  day: number;
  start: string;
  end: string;
  allocation: TripAllocation;
  /** The window, in days from the first run's day (opens at 10:00, closes at 23:59). */
  opensDay: number;
  closesDay: number;
  points: Point[];
};

const KONAK_BOAT = (key: string, seats: number, time: string): Point => ({
  key, name: 'Konak İskelesi', address: 'Konak Pier, Atatürk Cd.', district: 'Konak', time, vehicle: 'BOAT', vehicleName: 'Dokuz Eylül', seats,
});
const BUCA_BUS = (key: string, seats: number, time: string): Point => ({
  key, name: 'Buca Belediyesi önü', address: 'Buca Belediyesi, Uğur Mumcu Cd.', district: 'Buca', time, vehicle: 'BUS', vehicleName: '35 BCA 35', seats,
});

const DEPARTURES: Departure[] = [
  { key: 'korfez-past', trip: 'korfez', day: -20, start: '09:30', end: '16:00', allocation: 'FIRST_COME', opensDay: -40, closesDay: -22, points: [KONAK_BOAT('korfez-past-konak', 30, '09:00')] },
  {
    key: 'korfez-next-week', trip: 'korfez', day: 7, start: '09:30', end: '16:00', allocation: 'FIRST_COME', opensDay: -3, closesDay: 5,
    points: [BUCA_BUS('korfez-next-week-buca', 25, '08:30'), KONAK_BOAT('korfez-next-week-konak', 20, '09:00')],
  },
  {
    key: 'korfez-lottery', trip: 'korfez', day: 21, start: '09:30', end: '16:00', allocation: 'LOTTERY', opensDay: -1, closesDay: 10,
    points: [BUCA_BUS('korfez-lottery-buca', 12, '08:30'), KONAK_BOAT('korfez-lottery-konak', 8, '09:00')],
  },
  {
    key: 'muze-two-weeks', trip: 'muze', day: 14, start: '10:00', end: '15:00', allocation: 'FIRST_COME', opensDay: -2, closesDay: 11,
    points: [{ key: 'muze-two-weeks-konak', name: 'Konak Meydanı', address: 'Saat Kulesi önü', district: 'Konak', time: '09:30', vehicle: 'BUS', vehicleName: '35 MZE 14', seats: 30 }],
  },
];

type Registration = { key: string; departure: string; point: string; who: 'demo' | number; status: TripRegistrationStatus; children?: string[]; attendance?: TripAttendance };

const REGISTRATIONS: Registration[] = [
  { key: 'demo-past', departure: 'korfez-past', point: 'korfez-past-konak', who: 'demo', status: 'CONFIRMED', attendance: 'ATTENDED' },
  { key: 'w0-past', departure: 'korfez-past', point: 'korfez-past-konak', who: 0, status: 'CONFIRMED', children: ['2018-04-12'], attendance: 'ATTENDED' },
  { key: 'w1-past', departure: 'korfez-past', point: 'korfez-past-konak', who: 1, status: 'CONFIRMED', attendance: 'NO_SHOW' },
  { key: 'demo-next', departure: 'korfez-next-week', point: 'korfez-next-week-konak', who: 'demo', status: 'CONFIRMED', children: ['2019-06-01'] },
  { key: 'w2-next', departure: 'korfez-next-week', point: 'korfez-next-week-buca', who: 2, status: 'CONFIRMED' },
  { key: 'w3-next', departure: 'korfez-next-week', point: 'korfez-next-week-buca', who: 3, status: 'CONFIRMED', children: ['2016-02-02', '2020-09-09'] },
  { key: 'w4-lottery', departure: 'korfez-lottery', point: 'korfez-lottery-buca', who: 4, status: 'ENTERED' },
  { key: 'w5-lottery', departure: 'korfez-lottery', point: 'korfez-lottery-konak', who: 5, status: 'ENTERED', children: ['2017-05-05'] },
  { key: 'w6-lottery', departure: 'korfez-lottery', point: 'korfez-lottery-konak', who: 6, status: 'ENTERED' },
];

export async function seedTrips(options: { today?: string } = {}): Promise<{ trips: number; departures: number; registrations: number }> {
  const today = options.today ?? todayInIstanbul();
  const at = (day: number, time: string) => istanbulInstant(addDays(today, day), time);
  const programme = await prisma.programme.findUniqueOrThrow({ where: { kind: 'LEISURE_TRIPS' }, select: { id: true } });
  const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: 'koordinator@katilim.demo' }, select: { id: true } });
  const demo = await prisma.user.findUniqueOrThrow({ where: { email: 'gonullu@katilim.demo' } });
  // Demo women of the generated population, in a stable order (not the demo accounts).
  const women = await prisma.user.findMany({ where: { email: { endsWith: '@ornek.katilim.demo' }, gender: 'WOMAN' }, orderBy: { email: 'asc' }, take: 7 });

  await prisma.trip.createMany({
    data: [
      {
        id: seedId('trip:korfez'), programmeId: programme.id, kind: 'GULF_TOUR', audience: 'WOMEN',
        titleTr: 'Körfez Turu', titleEn: 'Gulf Tour',
        descriptionTr: 'Kadınlar için Bir Mola: Konak’tan Karşıyaka’ya, oradan Bostanlı’ya tekneyle körfez turu, öğle yemeği Karşıyaka çarşısında.',
        descriptionEn: 'A Break for Women: a boat tour of the gulf from Konak to Karşıyaka and Bostanlı, lunch at the Karşıyaka bazaar.',
        whatToBringTr: 'Şapka, güneş kremi, su ve kimlik.', whatToBringEn: 'A hat, sun cream, water and an ID card.',
        accessibilityTr: 'Tekneye rampayla binilir; teknede engelli tuvaleti var. Otobüs alçak tabanlıdır.',
        accessibilityEn: 'The boat is boarded by a ramp and has an accessible toilet. The bus is low-floor.',
        minAge: 18, maxAge: null, maxCompanions: 3, companionMaxAge: 11, maxPerSeason: 3, priorityDistrictIds: [], createdById: coordinator.id,
      },
      {
        id: seedId('trip:muze'), programmeId: programme.id, kind: 'MUSEUM', audience: 'CHILDREN',
        titleTr: 'Çocuklarla Arkeoloji Müzesi', titleEn: 'Archaeology Museum for Children',
        descriptionTr: 'İzmir Arkeoloji Müzesi’nde rehberli tur ve atölye; çocukları veli ya da vasisi kaydeder.',
        descriptionEn: 'A guided tour and workshop at the İzmir Archaeology Museum; a parent or guardian registers the children.',
        whatToBringTr: 'Beslenme çantası ve su.', whatToBringEn: 'A packed lunch and water.',
        accessibilityTr: 'Müzede asansör var.', accessibilityEn: 'The museum has a lift.',
        minAge: 7, maxAge: 14, maxCompanions: 3, companionMaxAge: 14, maxPerSeason: null, priorityDistrictIds: [], createdById: coordinator.id,
      },
    ],
    skipDuplicates: true,
  });

  await prisma.tripDeparture.createMany({
    data: DEPARTURES.map((d) => {
      const startsAt = at(d.day, d.start);
      const secret = d.allocation === 'LOTTERY' ? sha256(`katilim-demo-secret:${d.key}`) : null;
      return {
        id: seedId(`trip-departure:${d.key}`),
        tripId: seedId(`trip:${d.trip}`),
        startsAt,
        endsAt: at(d.day, d.end),
        capacity: d.points.reduce((sum, p) => sum + p.seats, 0),
        allocation: d.allocation,
        registrationOpensAt: at(d.opensDay, '10:00'),
        registrationClosesAt: at(d.closesDay, '23:59'),
        cancelCutoffAt: new Date(startsAt.getTime() - 48 * HOUR),
        drawSecret: secret,
        drawSecretHash: secret ? sha256(secret) : null,
        remindedAt: d.day < 0 ? at(d.day - 1, '09:00') : null,
        boardingClosedAt: d.day < 0 ? at(d.day, d.end) : null,
      };
    }),
    skipDuplicates: true,
  });
  await prisma.tripPickupPoint.createMany({
    data: DEPARTURES.flatMap((d) =>
      d.points.map((p, position) => ({
        id: seedId(`trip-pickup:${p.key}`),
        departureId: seedId(`trip-departure:${d.key}`),
        position,
        name: p.name,
        address: p.address,
        districtId: districtId(p.district),
        pickupAt: at(d.day, p.time),
        vehicle: p.vehicle,
        vehicleName: p.vehicleName,
        seats: p.seats,
      })),
    ),
    skipDuplicates: true,
  });

  const people = REGISTRATIONS.filter((r) => r.who === 'demo' || women[r.who] !== undefined);
  const entryNumbers = new Map<string, number>();
  const rows = people.map((r) => {
    const person = r.who === 'demo' ? demo : women[r.who]!;
    const departure = DEPARTURES.find((d) => d.key === r.departure)!;
    const entryNumber = (entryNumbers.get(r.departure) ?? 0) + 1;
    entryNumbers.set(r.departure, entryNumber);
    const createdAt = at(departure.opensDay, '10:05');
    return { r, person, departure, entryNumber, createdAt };
  });
  await prisma.tripRegistration.createMany({
    data: rows.map(({ r, person, departure, entryNumber, createdAt }) => ({
      id: seedId(`trip-registration:${r.key}`),
      departureId: seedId(`trip-departure:${departure.key}`),
      pickupPointId: seedId(`trip-pickup:${r.point}`),
      userId: person.id,
      status: r.status,
      seats: 1 + (r.children?.length ?? 0),
      entryNumber,
      confirmedAt: r.status === 'CONFIRMED' ? createdAt : null,
      attendance: r.attendance ?? null,
      checkInCode: Buffer.from(sha256(`katilim-demo-check-in:${r.key}`), 'hex').subarray(0, 18).toString('base64url'),
      createdAt,
    })),
    skipDuplicates: true,
  });
  await prisma.tripParticipant.createMany({
    data: rows.flatMap(({ r, person, departure }) => [
      {
        id: seedId(`trip-participant:${r.key}:0`),
        registrationId: seedId(`trip-registration:${r.key}`),
        position: 0,
        isRegistrant: true,
        firstName: person.firstName,
        lastName: person.lastName,
        birthDate: person.birthDate,
        boardedAt: r.attendance === 'ATTENDED' ? at(departure.day, departure.points[0]!.time) : null,
      },
      ...(r.children ?? []).map((birthDate, index) => ({
        id: seedId(`trip-participant:${r.key}:${index + 1}`),
        registrationId: seedId(`trip-registration:${r.key}`),
        position: index + 1,
        firstName: ['Defne', 'Ece', 'Kerem'][index]!,
        lastName: person.lastName,
        birthDate: new Date(`${birthDate}T00:00:00Z`),
        boardedAt: r.attendance === 'ATTENDED' ? at(departure.day, departure.points[0]!.time) : null,
      })),
    ]),
    skipDuplicates: true,
  });
  return { trips: 2, departures: DEPARTURES.length, registrations: rows.length };
}

export const demoData = { seed: () => seedTrips() };
