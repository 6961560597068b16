// Leisure trips in the monthly monitoring, for departures in the period (cancelled ones left out):
// departures, participants (each traveller of a confirmed registration: her age at the departure, the
// registrant's district; gender only for the registrant), first-timers (a registrant's first
// confirmed departure), seats offered and taken (fill rate), and no-shows among those recorded.
import { Prisma } from '../../generated/prisma/client.ts';
import { ageBandSql, defineMonitoring, instantSql, readRows } from '../monitoring/declaration.ts';

export const monitoring = defineMonitoring({
  programme: 'trips',
  metrics: [
    { key: 'tripDepartures', labelTr: 'Yapılan sefer', labelEn: 'Departures', unit: 'count' },
    { key: 'tripParticipants', labelTr: 'Katılımcı', labelEn: 'Participants', unit: 'count', public: true },
    { key: 'tripFirstTimers', labelTr: 'İlk kez katılan (kayıt)', labelEn: 'First-timers (registrations)', unit: 'count' },
    { key: 'tripSeatsOffered', labelTr: 'Sunulan koltuk', labelEn: 'Seats offered', unit: 'count' },
    { key: 'tripSeatsTaken', labelTr: 'Dolan koltuk', labelEn: 'Seats taken', unit: 'count' },
    { key: 'tripFillRate', labelTr: 'Doluluk oranı', labelEn: 'Fill rate', unit: 'rate', ratio: { numerator: 'tripSeatsTaken', denominator: 'tripSeatsOffered' } },
    { key: 'tripNoShows', labelTr: 'Gelmeyen (kayıt)', labelEn: 'No-shows (registrations)', unit: 'count' },
    { key: 'tripAttendanceRecorded', labelTr: 'Yoklaması alınan kayıt', labelEn: 'Registrations with attendance', unit: 'count' },
    { key: 'tripNoShowRate', labelTr: 'Gelmeme oranı', labelEn: 'No-show rate', unit: 'rate', ratio: { numerator: 'tripNoShows', denominator: 'tripAttendanceRecorded' } },
  ],
  rows: (db, { from, to }) =>
    readRows(
      db,
      Prisma.sql`
      WITH departures AS (
        SELECT d.id, d."startsAt", d.capacity FROM "TripDeparture" d
         WHERE d."startsAt" >= ${instantSql(from)} AND d."startsAt" < ${instantSql(to)} AND d."cancelledAt" IS NULL
      ), registrations AS (
        SELECT r.id, r."userId", r.seats, r.attendance, d."startsAt", u."districtId", u."birthDate", u.gender::text AS gender,
               NOT EXISTS (SELECT 1 FROM "TripRegistration" e JOIN "TripDeparture" ed ON ed.id = e."departureId"
                            WHERE e."userId" = r."userId" AND e.status = 'CONFIRMED' AND ed."cancelledAt" IS NULL
                              AND (ed."startsAt" < d."startsAt" OR (ed."startsAt" = d."startsAt" AND e.id < r.id))) AS first
          FROM "TripRegistration" r JOIN departures d ON d.id = r."departureId" JOIN "User" u ON u.id = r."userId"
         WHERE r.status = 'CONFIRMED'
      )
      SELECT 'tripDepartures' AS metric, NULL::int AS "districtId", NULL::text AS band, NULL::text AS gender, NULL::text AS category, count(*)::int AS value
        FROM departures HAVING count(*) > 0
      UNION ALL
      SELECT 'tripSeatsOffered', NULL, NULL, NULL, NULL, sum(capacity)::int FROM departures HAVING count(*) > 0
      UNION ALL
      SELECT 'tripSeatsTaken', "districtId", ${ageBandSql(Prisma.sql`"birthDate"`, Prisma.sql`"startsAt"`)}, gender, NULL, sum(seats)::int FROM registrations GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'tripFirstTimers', "districtId", ${ageBandSql(Prisma.sql`"birthDate"`, Prisma.sql`"startsAt"`)}, gender, NULL, count(*)::int FROM registrations WHERE first GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'tripNoShows', "districtId", ${ageBandSql(Prisma.sql`"birthDate"`, Prisma.sql`"startsAt"`)}, gender, NULL, count(*)::int FROM registrations WHERE attendance = 'NO_SHOW' GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'tripAttendanceRecorded', "districtId", ${ageBandSql(Prisma.sql`"birthDate"`, Prisma.sql`"startsAt"`)}, gender, NULL, count(*)::int FROM registrations WHERE attendance IS NOT NULL GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'tripParticipants', r."districtId", ${ageBandSql(Prisma.sql`p."birthDate"`, Prisma.sql`r."startsAt"`)}, CASE WHEN p."isRegistrant" THEN r.gender END, NULL, count(*)::int
        FROM registrations r JOIN "TripParticipant" p ON p."registrationId" = r.id GROUP BY 2, 3, 4`,
    ),
});
