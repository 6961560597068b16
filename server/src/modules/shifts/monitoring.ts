// Volunteer shifts in the monthly monitoring, for shifts that started in the period (cancelled
// shifts left out): places filled (confirmed sign-ups), approved hours, no-shows, and the people who
// served (present at least once; counted once per district, age band and gender).
import { Prisma } from '../../generated/prisma/client.ts';
import { ageBandSql, defineMonitoring, instantSql, readRows } from '../monitoring/declaration.ts';

export const monitoring = defineMonitoring({
  programme: 'volunteers',
  metrics: [
    { key: 'shiftPlacesFilled', labelTr: 'Dolan vardiya yeri', labelEn: 'Shift places filled', unit: 'count' },
    { key: 'hoursServed', labelTr: 'Onaylı gönüllü saati', labelEn: 'Approved volunteer hours', unit: 'hours' },
    { key: 'shiftNoShows', labelTr: 'Gelmeyen (vardiya)', labelEn: 'No-shows (shifts)', unit: 'count' },
    { key: 'volunteersServed', labelTr: 'Vardiyada görev alan gönüllü', labelEn: 'Volunteers who served', unit: 'count', public: true },
    { key: 'shiftNoShowRate', labelTr: 'Gelmeme oranı', labelEn: 'No-show rate', unit: 'rate', ratio: { numerator: 'shiftNoShows', denominator: 'shiftPlacesFilled' } },
  ],
  rows: (db, { from, to }) =>
    readRows(
      db,
      Prisma.sql`
      WITH signups AS (
        SELECT g."userId", g.status, g.attendance, g.minutes, g."hoursApprovedAt", s."startsAt" AS at, u."districtId",
               ${ageBandSql(Prisma.sql`u."birthDate"`, Prisma.sql`s."startsAt"`)} AS band, u.gender::text AS gender
          FROM "ShiftSignup" g JOIN "Shift" s ON s.id = g."shiftId" JOIN "User" u ON u.id = g."userId"
         WHERE s."startsAt" >= ${instantSql(from)} AND s."startsAt" < ${instantSql(to)} AND s."cancelledAt" IS NULL
      )
      SELECT 'shiftPlacesFilled' AS metric, "districtId", band, gender, NULL::text AS category, count(*)::int AS value FROM signups WHERE status = 'CONFIRMED' GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'hoursServed', "districtId", band, gender, NULL, COALESCE(sum(minutes), 0)::int FROM signups WHERE "hoursApprovedAt" IS NOT NULL AND minutes IS NOT NULL GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'shiftNoShows', "districtId", band, gender, NULL, count(*)::int FROM signups WHERE attendance = 'NO_SHOW' GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'volunteersServed', "districtId", band, gender, NULL, count(DISTINCT "userId")::int FROM signups WHERE attendance = 'PRESENT' GROUP BY 2, 3, 4`,
    ),
});
