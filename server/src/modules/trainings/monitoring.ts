// Volunteers trained in the monthly monitoring: enrolments completed in the period.
import { Prisma } from '../../generated/prisma/client.ts';
import { ageBandSql, defineMonitoring, instantSql, readRows } from '../monitoring/declaration.ts';

export const monitoring = defineMonitoring({
  programme: 'volunteers',
  metrics: [{ key: 'volunteersTrained', labelTr: 'Eğitimi tamamlayan', labelEn: 'Completed training', unit: 'count' }],
  rows: (db, { from, to }) =>
    readRows(
      db,
      Prisma.sql`
      SELECT 'volunteersTrained' AS metric, COALESCE(a."districtId", u."districtId") AS "districtId",
             ${ageBandSql(Prisma.sql`u."birthDate"`, Prisma.sql`e."completedAt"`)} AS band, u.gender::text AS gender, NULL::text AS category, count(*)::int AS value
        FROM "TrainingEnrolment" e JOIN "VolunteerApplication" a ON a.id = e."applicationId" JOIN "User" u ON u.id = a."applicantId"
       WHERE e."completedAt" >= ${instantSql(from)} AND e."completedAt" < ${instantSql(to)}
       GROUP BY 1, 2, 3, 4`,
    ),
});
