// Trips' reports: every figure of tripReport equals a count made here independently from the raw rows
// of a small seeded set (departures inside and outside the period, a cancelled one, every status and
// attendance, an age band edge on the İzmir day); the CSV says the same; only staff get it.
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { ageOn } from '@katilim/schema/age';
import { istanbulDayOf } from '@katilim/schema/istanbul-day';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor, cookieHeader, createPerson } from '../support/scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { createDeparture, createRegistration, createTrip, type Departure } from '../support/trips-scenarios.ts';

let server: TestServer;
let coordinator: GraphQLClient;
const FROM = '2031-05-01';
const TO = '2031-05-31';

async function departureAt(startsAt: string, spec: Parameters<typeof createDeparture>[0] = {}) {
  const departure = await createDeparture(spec);
  const at = new Date(startsAt);
  await prisma.tripDeparture.update({ where: { id: departure.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 6 * 3_600_000) } });
  return departure;
}

async function woman(birthDate: string, districtId: number) {
  return createPerson({ gender: 'WOMAN', birthDate, districtId, roles: ['VOLUNTEER'] });
}

async function register(departure: Departure, userId: string, spec: Parameters<typeof createRegistration>[2] & { attendance?: 'ATTENDED' | 'NO_SHOW' } = {}) {
  const { attendance, ...rest } = spec;
  const registration = await createRegistration(departure, userId, rest);
  if (attendance) await prisma.tripRegistration.update({ where: { id: registration.id }, data: { attendance } });
  return registration;
}

let gulfId: string;
let museumId: string;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  const gulf = await createTrip({ titleTr: 'Körfez Turu R', titleEn: 'Gulf Tour R' });
  const museum = await createTrip({ audience: 'CHILDREN', titleTr: 'Müze Gezisi R', titleEn: 'Museum Trip R' });
  gulfId = gulf.id;
  museumId = museum.id;
  const [ayse, fatma, zeynep, emine, hatice, elif, meryem] = await Promise.all([
    woman('1990-03-08', 7),
    woman('1975-01-20', 7),
    woman('2000-07-01', 15),
    woman('1985-02-02', 15),
    woman('1966-05-25', 30),
    woman('1980-01-01', 7),
    woman('1970-01-01', 7),
  ]);
  // Before the period: Ayşe attended once, so she is no first-timer in May.
  const april = await departureAt('2031-04-10T07:00:00Z', { trip: gulf, pickupPoints: [{ seats: 10 }] });
  await register(april, ayse.id, { attendance: 'ATTENDED' });
  // 1 May 00:30 in İzmir (still 30 April in UTC): inside the period.
  const first = await departureAt('2031-04-30T21:30:00Z', { trip: gulf, pickupPoints: [{ seats: 6 }, { seats: 4 }] });
  await register(first, ayse.id, { companions: ['2025-01-01', '2019-05-01'], attendance: 'ATTENDED' });
  await register(first, fatma.id, { attendance: 'NO_SHOW', pickupPointId: first.pickupPoints[1]!.id });
  await register(first, zeynep.id, { status: 'WAITLISTED' });
  await register(first, emine.id, { status: 'CANCELLED' });
  await register(first, elif.id, { status: 'OFFERED' });
  const second = await departureAt('2031-05-20T07:00:00Z', { trip: gulf, pickupPoints: [{ seats: 5 }] });
  // Fatma's no-show earlier in May does not make her a returning participant; Hatice is 64 (60+).
  await register(second, fatma.id, { attendance: 'ATTENDED' });
  await register(second, hatice.id);
  // A cancelled departure and one after the period count for nothing.
  const cancelled = await departureAt('2031-05-12T07:00:00Z', { trip: gulf, pickupPoints: [{ seats: 40 }] });
  await prisma.tripDeparture.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
  await register(cancelled, meryem.id);
  const june = await departureAt('2031-06-01T07:00:00Z', { trip: gulf, pickupPoints: [{ seats: 40 }] });
  await register(june, meryem.id);
  // A children's trip at 23:30 UTC on 14 May = 15 May in İzmir: a girl born 15 May 2013 is 18 there.
  const kids = await departureAt('2031-05-14T21:30:00Z', { trip: museum, pickupPoints: [{ seats: 8 }] });
  await register(kids, emine.id, { companions: ['2013-05-15', '2013-05-16', '2020-01-01'] });
});
afterAll(() => server?.close());

type Figures = {
  departures: number; capacity: number; confirmedSeats: number; fillRate: number; participants: number; units: number;
  attendanceRecorded: number; noShows: number; noShowRate: number; firstTimeUnits: number; firstTimeShare: number;
};

/** The figures counted from raw rows in JavaScript, with the definitions written out again. */
async function independentCount(from: string, to: string, tripId?: string) {
  const all = await prisma.tripDeparture.findMany({
    include: { registrations: { include: { participants: true, user: { include: { district: true } } } } },
  });
  const attended = await prisma.tripRegistration.findMany({ where: { attendance: 'ATTENDED' }, include: { departure: true } });
  const inPeriod = all.filter((d) => !d.cancelledAt && istanbulDayOf(d.startsAt) >= from && istanbulDayOf(d.startsAt) <= to && (!tripId || d.tripId === tripId));
  const figuresOf = (departures: typeof all): Figures => {
    const confirmed = departures.flatMap((d) => d.registrations.filter((r) => r.status === 'CONFIRMED').map((r) => ({ ...r, startsAt: d.startsAt })));
    const capacity = departures.reduce((n, d) => n + d.capacity, 0);
    const confirmedSeats = confirmed.reduce((n, r) => n + r.seats, 0);
    const recorded = confirmed.filter((r) => r.attendance !== null).length;
    const noShows = confirmed.filter((r) => r.attendance === 'NO_SHOW').length;
    const firstTime = confirmed.filter((r) => !attended.some((a) => a.userId === r.userId && a.departure.startsAt < r.startsAt)).length;
    return {
      departures: departures.length,
      capacity,
      confirmedSeats,
      fillRate: capacity ? confirmedSeats / capacity : 0,
      participants: confirmed.reduce((n, r) => n + r.participants.length, 0),
      units: confirmed.length,
      attendanceRecorded: recorded,
      noShows,
      noShowRate: recorded ? noShows / recorded : 0,
      firstTimeUnits: firstTime,
      firstTimeShare: confirmed.length ? firstTime / confirmed.length : 0,
    };
  };
  const tripIds = [...new Set(inPeriod.map((d) => d.tripId))];
  const districts = new Map<string, number>();
  const bands = new Map<string, number>();
  for (const d of inPeriod) {
    for (const r of d.registrations.filter((x) => x.status === 'CONFIRMED')) {
      for (const p of r.participants) {
        districts.set(r.user.district.name, (districts.get(r.user.district.name) ?? 0) + 1);
        const age = ageOn(p.birthDate.toISOString().slice(0, 10), istanbulDayOf(d.startsAt))!;
        const band = age < 12 ? '0-11' : age < 18 ? '12-17' : age < 30 ? '18-29' : age < 45 ? '30-44' : age < 60 ? '45-59' : '60+';
        bands.set(band, (bands.get(band) ?? 0) + 1);
      }
    }
  }
  return {
    total: figuresOf(inPeriod),
    trips: Object.fromEntries(tripIds.map((id) => [id, figuresOf(inPeriod.filter((d) => d.tripId === id))])),
    districts: Object.fromEntries(districts),
    bands: Object.fromEntries(bands),
  };
}

const FIGURES = 'departures capacity confirmedSeats fillRate participants units attendanceRecorded noShows noShowRate firstTimeUnits firstTimeShare';
const QUERY = `query($from: Date!, $to: Date!, $tripId: ID) { tripReport(from: $from, to: $to, tripId: $tripId) {
  from to total { ${FIGURES} } trips { tripId title ${FIGURES} } districts { districtId name participants } ageBands { band participants } } }`;
const decode = (id: string) => Buffer.from(id, 'base64').toString('utf8').replace(/^Trip:/, '');

describe('tripReport', () => {
  it('answers for every figure what the raw rows say', async () => {
    const expected = await independentCount(FROM, TO);
    const { tripReport: report } = await coordinator.ok(QUERY, { from: FROM, to: TO });
    expect(report.total).toEqual(expected.total);
    expect(Object.fromEntries(report.trips.map((row: { tripId: string } & Figures) => {
      const { tripId, title: _title, ...figures } = row as { tripId: string; title: string } & Figures;
      return [decode(tripId), figures];
    }))).toEqual(expected.trips);
    expect(Object.fromEntries(report.districts.map((row: { name: string; participants: number }) => [row.name, row.participants]))).toEqual(expected.districts);
    expect(Object.fromEntries(report.ageBands.filter((row: { participants: number }) => row.participants > 0).map((row: { band: string; participants: number }) => [row.band, row.participants]))).toEqual(expected.bands);
  });

  it('gives the figures of the seeded set as written down by hand', async () => {
    const { tripReport: report } = await coordinator.ok(QUERY, { from: FROM, to: TO });
    // Gulf: 1 May (10 seats: Ayşe + 2 children, Fatma) and 20 May (5 seats: Fatma, Hatice). Museum: 8 seats, Emine + 3.
    expect(report.total).toMatchObject({ departures: 3, capacity: 23, confirmedSeats: 10, participants: 10, units: 5, attendanceRecorded: 3, noShows: 1 });
    expect(report.total.fillRate).toBeCloseTo(10 / 23);
    expect(report.total.noShowRate).toBeCloseTo(1 / 3);
    // Ayşe attended in April; Fatma's 20 May unit comes after a no-show only: 4 of 5 are first-timers.
    expect(report.total.firstTimeUnits).toBe(4);
    expect(report.ageBands).toEqual([
      { band: '0-11', participants: 2 },
      { band: '12-17', participants: 2 },
      { band: '18-29', participants: 1 },
      { band: '30-44', participants: 1 },
      { band: '45-59', participants: 3 },
      { band: '60+', participants: 1 },
    ]);
    expect(report.trips.map((row: { title: string }) => row.title)).toEqual(['Körfez Turu R', 'Müze Gezisi R']);
  });

  it('costs the same fixed statements however many trips, departures and people there are', async () => {
    const { statements } = await recordSql(() => coordinator.ok(QUERY, { from: FROM, to: TO }));
    // The three run at once, so they may be sent in any order.
    const report = statements.filter((sql) => /"TripDeparture"/.test(sql)).sort();
    expect(report).toHaveLength(3);
    const { statements: wider } = await recordSql(() => coordinator.ok(QUERY, { from: '2031-01-01', to: '2031-12-31' }));
    expect(wider.filter((sql) => /"TripDeparture"/.test(sql)).sort()).toEqual(report);
  });

  it('keeps to one trip when asked', async () => {
    const museumGlobal = Buffer.from(`Trip:${museumId}`).toString('base64');
    const expected = await independentCount(FROM, TO, museumId);
    const { tripReport: report } = await coordinator.ok(QUERY, { from: FROM, to: TO, tripId: museumGlobal });
    expect(report.total).toEqual(expected.total);
    expect(report.trips).toHaveLength(1);
    expect(report.total.participants).toBe(4);
    expect(decode(report.trips[0].tripId)).toBe(museumId);
    expect(gulfId).not.toBe(museumId);
  });

  it('refuses a period that ends before it starts, in both languages', async () => {
    const response = await coordinator.request(QUERY, { from: TO, to: FROM });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: ['to'], message: translate('tr', 'trips.reports.dateOrder') }] });
    expect(translate('tr', 'trips.reports.dateOrder')).toBe('Bitiş tarihi başlangıç tarihinden önce olamaz.');
    expect(translate('en', 'trips.reports.dateOrder')).toBe('The end date cannot be before the start date.');
  });

  it('serves the same figures as CSV to staff only', async () => {
    const csv = await fetch(`${server.url}/trips/reports.csv?from=${FROM}&to=${TO}`, { headers: { cookie: cookieHeader(coordinator) } });
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('Bölüm,Ad,Sefer,Kapasite,Onaylı koltuk,Doluluk (%),Katılımcı,Yoklaması alınan,Gelmeyen,Gelmeme (%),İlk kez katılan (%)');
    expect(lines).toContain('Toplam,Toplam,3,23,10,43.5,10,3,1,33.3,80');
    expect(lines).toContain('Yaş grubu,60+,,,,,1,,,,');
    const english = await fetch(`${server.url}/trips/reports.csv?from=${FROM}&to=${TO}&lang=en`, { headers: { cookie: cookieHeader(coordinator) } });
    expect((await english.text()).split('\n')[0]).toContain('Section,Name,Departures');
    const { client: volunteer } = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    expect((await fetch(`${server.url}/trips/reports.csv?from=${FROM}&to=${TO}`, { headers: { cookie: cookieHeader(volunteer) } })).status).toBe(404);
    expect((await fetch(`${server.url}/trips/reports.csv?from=${TO}&to=${FROM}`, { headers: { cookie: cookieHeader(coordinator) } })).status).toBe(400);
  });
});
