// Eşit İzmir volunteers in the monthly monitoring: applications received (submitted), accepted and
// activated in the period, from the applications' timeline (ApplicationEvent), the applicant's
// district (the application's, else the account's), age band and gender at the event.
import { Prisma } from '../../generated/prisma/client.ts';
import { ageBandSql, defineMonitoring, instantSql, readRows } from '../monitoring/declaration.ts';

export const monitoring = defineMonitoring({
  programme: 'volunteers',
  metrics: [
    { key: 'applicationsReceived', labelTr: 'Alınan başvuru', labelEn: 'Applications received', unit: 'count' },
    { key: 'applicationsAccepted', labelTr: 'Kabul edilen', labelEn: 'Accepted', unit: 'count' },
    { key: 'volunteersActivated', labelTr: 'Etkinleşen gönüllü', labelEn: 'Volunteers activated', unit: 'count', public: true },
  ],
  rows: (db, { from, to }) =>
    readRows(
      db,
      Prisma.sql`
      WITH happened AS (
        SELECT 'applicationsReceived' AS metric, a."applicantId" AS "userId", a."districtId", a."submittedAt" AS at
          FROM "VolunteerApplication" a WHERE a."submittedAt" >= ${instantSql(from)} AND a."submittedAt" < ${instantSql(to)}
        UNION ALL
        SELECT CASE e."toStatus" WHEN 'ACCEPTED' THEN 'applicationsAccepted' ELSE 'volunteersActivated' END, a."applicantId", a."districtId", e."createdAt"
          FROM "ApplicationEvent" e JOIN "VolunteerApplication" a ON a.id = e."applicationId"
         WHERE e."toStatus" IN ('ACCEPTED', 'ACTIVE') AND e."createdAt" >= ${instantSql(from)} AND e."createdAt" < ${instantSql(to)}
      )
      SELECT h.metric, COALESCE(h."districtId", u."districtId") AS "districtId", ${ageBandSql(Prisma.sql`u."birthDate"`, Prisma.sql`h.at`)} AS band,
             u.gender::text AS gender, NULL::text AS category, count(*)::int AS value
        FROM happened h JOIN "User" u ON u.id = h."userId"
       GROUP BY 1, 2, 3, 4`,
    ),
});
