// Reports for coordinators over the departures starting on the İzmir days from … to (cancelled ones
// left out), optionally of one trip: participants (everyone travelling in a CONFIRMED unit) per trip,
// per district (the registrant's) and per age band on the departure's İzmir day; fill rate (confirmed
// seats ÷ capacity); no-show rate (NO_SHOW units ÷ units whose attendance was recorded); the share of
// first-time participants (CONFIRMED units whose registrant had no ATTENDED unit on a departure that
// started earlier). Three fixed statements; the CSV download uses the same figures.
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { prisma } from '../../db/prisma.ts';
import type { Locale } from '../../i18n/messages.ts';
import { addDays, istanbulInstant, TIME_ZONE } from '@katilim/schema/istanbul-day';
import { isoDate } from '../common/validation.ts';

/** A report's period: real days, in order, at most ten years. */
export const tripReportPeriodSchema = z
  .looseObject({ from: isoDate, to: isoDate })
  .refine((period) => period.from <= period.to, { path: ['to'], message: 'trips.reports.dateOrder' })
  .refine((period) => Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) <= 10, { path: ['from'], message: 'validation.periodTooLong' });

export const AGE_BANDS = ['0-11', '12-17', '18-29', '30-44', '45-59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export type TripReportTripRow = {
  tripId: string;
  title: string;
  departures: number;
  capacity: number;
  confirmedSeats: number;
  /** confirmedSeats ÷ capacity, 0…1. */
  fillRate: number;
  participants: number;
  units: number;
  attendanceRecorded: number;
  noShows: number;
  /** noShows ÷ attendanceRecorded, 0…1 (0 when nothing was recorded). */
  noShowRate: number;
  firstTimeUnits: number;
  /** firstTimeUnits ÷ units, 0…1. */
  firstTimeShare: number;
};

export type TripReport = {
  from: string;
  to: string;
  trips: TripReportTripRow[];
  total: Omit<TripReportTripRow, 'tripId' | 'title'>;
  districts: { districtId: number; name: string; participants: number }[];
  ageBands: { band: AgeBand; participants: number }[];
};

type Raw = Omit<TripReportTripRow, 'title' | 'fillRate' | 'noShowRate' | 'firstTimeShare'> & { titleTr: string; titleEn: string };

const ratio = (part: number, whole: number) => (whole ? part / whole : 0);

export async function tripReport(from: string, to: string, tripId: string | null, locale: Locale): Promise<TripReport> {
  const start = istanbulInstant(from);
  const end = istanbulInstant(addDays(to, 1));
  // Departures in the period: one row per departure first (capacity counted once), then per trip.
  const perTrip = prisma.$queryRaw<Raw[]>`
    WITH dep AS (
      SELECT d.id, d."tripId", d.capacity, d."startsAt"
      FROM "TripDeparture" d
      WHERE d."cancelledAt" IS NULL AND d."startsAt" >= ${start} AND d."startsAt" < ${end}
        AND (${tripId}::uuid IS NULL OR d."tripId" = ${tripId}::uuid)
    ), per_dep AS (
      SELECT dep.id, dep."tripId", dep.capacity,
             COALESCE(SUM(r.seats) FILTER (WHERE r.status = 'CONFIRMED'), 0) AS seats,
             COUNT(r.id) FILTER (WHERE r.status = 'CONFIRMED') AS units,
             COUNT(r.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.attendance IS NOT NULL) AS recorded,
             COUNT(r.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.attendance = 'NO_SHOW') AS "noShows",
             COUNT(r.id) FILTER (WHERE r.status = 'CONFIRMED' AND NOT EXISTS (
               SELECT 1 FROM "TripRegistration" earlier JOIN "TripDeparture" ed ON ed.id = earlier."departureId"
               WHERE earlier."userId" = r."userId" AND earlier.attendance = 'ATTENDED' AND ed."startsAt" < dep."startsAt"
             )) AS "firstTime"
      FROM dep LEFT JOIN "TripRegistration" r ON r."departureId" = dep.id
      GROUP BY dep.id, dep."tripId", dep.capacity
    )
    SELECT t.id AS "tripId", t."titleTr", t."titleEn",
           COUNT(*)::int AS departures,
           SUM(p.capacity)::int AS capacity,
           SUM(p.seats)::int AS "confirmedSeats",
           SUM(p.seats)::int AS participants,
           SUM(p.units)::int AS units,
           SUM(p.recorded)::int AS "attendanceRecorded",
           SUM(p."noShows")::int AS "noShows",
           SUM(p."firstTime")::int AS "firstTimeUnits"
    FROM per_dep p JOIN "Trip" t ON t.id = p."tripId"
    GROUP BY t.id, t."titleTr", t."titleEn"`;
  const perDistrict = prisma.$queryRaw<{ districtId: number; name: string; participants: number }[]>`
    SELECT di.id AS "districtId", di.name, COUNT(tp.id)::int AS participants
    FROM "TripDeparture" d
    JOIN "TripRegistration" r ON r."departureId" = d.id AND r.status = 'CONFIRMED'
    JOIN "TripParticipant" tp ON tp."registrationId" = r.id
    JOIN "User" u ON u.id = r."userId"
    JOIN "District" di ON di.id = u."districtId"
    WHERE d."cancelledAt" IS NULL AND d."startsAt" >= ${start} AND d."startsAt" < ${end}
      AND (${tripId}::uuid IS NULL OR d."tripId" = ${tripId}::uuid)
    GROUP BY di.id, di.name`;
  const perAge = prisma.$queryRaw<{ band: AgeBand; participants: number }[]>`
    SELECT band, COUNT(*)::int AS participants FROM (
      SELECT CASE
               WHEN a < 12 THEN '0-11' WHEN a < 18 THEN '12-17' WHEN a < 30 THEN '18-29'
               WHEN a < 45 THEN '30-44' WHEN a < 60 THEN '45-59' ELSE '60+' END AS band
      FROM (
        SELECT date_part('year', age(((d."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE ${TIME_ZONE})::date, tp."birthDate"))::int AS a
        FROM "TripDeparture" d
        JOIN "TripRegistration" r ON r."departureId" = d.id AND r.status = 'CONFIRMED'
        JOIN "TripParticipant" tp ON tp."registrationId" = r.id
        WHERE d."cancelledAt" IS NULL AND d."startsAt" >= ${start} AND d."startsAt" < ${end}
          AND (${tripId}::uuid IS NULL OR d."tripId" = ${tripId}::uuid)
      ) ages
    ) bands
    GROUP BY band`;
  const [tripRows, districtRows, ageRows] = await Promise.all([perTrip, perDistrict, perAge]);

  const trips = tripRows
    .map(({ titleTr, titleEn, ...row }) => withRates({ ...row, title: locale === 'en' ? titleEn : titleTr }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
  const sum = (key: keyof Omit<Raw, 'tripId' | 'titleTr' | 'titleEn'>) => tripRows.reduce((total, row) => total + row[key], 0);
  const total = withRates({
    departures: sum('departures'),
    capacity: sum('capacity'),
    confirmedSeats: sum('confirmedSeats'),
    participants: sum('participants'),
    units: sum('units'),
    attendanceRecorded: sum('attendanceRecorded'),
    noShows: sum('noShows'),
    firstTimeUnits: sum('firstTimeUnits'),
  });
  const byBand = new Map(ageRows.map((row) => [row.band, row.participants]));
  return {
    from,
    to,
    trips,
    total,
    districts: districtRows.sort((a, b) => b.participants - a.participants || a.name.localeCompare(b.name, 'tr')),
    ageBands: AGE_BANDS.map((band) => ({ band, participants: byBand.get(band) ?? 0 })),
  };
}

function withRates<T extends { capacity: number; confirmedSeats: number; attendanceRecorded: number; noShows: number; units: number; firstTimeUnits: number }>(row: T) {
  return {
    ...row,
    fillRate: ratio(row.confirmedSeats, row.capacity),
    noShowRate: ratio(row.noShows, row.attendanceRecorded),
    firstTimeShare: ratio(row.firstTimeUnits, row.units),
  };
}

const HEADERS = {
  tr: {
    section: 'Bölüm', name: 'Ad', departures: 'Sefer', capacity: 'Kapasite', seats: 'Onaylı koltuk', fillRate: 'Doluluk (%)',
    participants: 'Katılımcı', recorded: 'Yoklaması alınan', noShows: 'Gelmeyen', noShowRate: 'Gelmeme (%)', firstTime: 'İlk kez katılan (%)',
    trip: 'Gezi', district: 'İlçe', age: 'Yaş grubu', total: 'Toplam',
  },
  en: {
    section: 'Section', name: 'Name', departures: 'Departures', capacity: 'Capacity', seats: 'Confirmed seats', fillRate: 'Fill rate (%)',
    participants: 'Participants', recorded: 'Attendance recorded', noShows: 'No-shows', noShowRate: 'No-show rate (%)', firstTime: 'First-time (%)',
    trip: 'Trip', district: 'District', age: 'Age band', total: 'Total',
  },
} as const;

/** A cell a spreadsheet would read as a formula is kept as text. */
const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const percent = (rate: number) => Math.round(rate * 1000) / 10;

/** The report as one CSV table (UTF-8 with a byte-order mark, so spreadsheet programs read Turkish letters). */
export function tripReportCsv(report: TripReport, locale: Locale): string {
  const h = HEADERS[locale];
  const tripLine = (section: string, name: string, row: TripReport['total']) => [
    section, cell(name), row.departures, row.capacity, row.confirmedSeats, percent(row.fillRate), row.participants,
    row.attendanceRecorded, row.noShows, percent(row.noShowRate), percent(row.firstTimeShare),
  ];
  const rows = [
    ...report.trips.map((row) => tripLine(h.trip, row.title, row)),
    tripLine(h.total, h.total, report.total),
    ...report.districts.map((row) => [h.district, cell(row.name), '', '', '', '', row.participants, '', '', '', '']),
    ...report.ageBands.map((row) => [h.age, row.band, '', '', '', '', row.participants, '', '', '', '']),
  ];
  const body = stringify(rows, {
    header: true,
    columns: [h.section, h.name, h.departures, h.capacity, h.seats, h.fillRate, h.participants, h.recorded, h.noShows, h.noShowRate, h.firstTime],
    cast: { number: (value) => String(value) },
  });
  return `\uFEFF${body}`;
}
