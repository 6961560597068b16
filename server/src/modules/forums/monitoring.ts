// Forums and focus groups in the monthly monitoring: sessions held in the period, their participants
// (confirmed registrations and selected applicants) and those present, and the findings recorded in
// the period by theme.
import { Prisma } from '../../generated/prisma/client.ts';
import { ageBandSql, defineMonitoring, instantSql, readRows } from '../monitoring/declaration.ts';

export const monitoring = defineMonitoring({
  programme: 'forums',
  metrics: [
    { key: 'forumSessions', labelTr: 'Yapılan oturum', labelEn: 'Sessions held', unit: 'count' },
    { key: 'forumParticipants', labelTr: 'Katılımcı', labelEn: 'Participants', unit: 'count', public: true },
    { key: 'forumAttended', labelTr: 'Katılan (yoklamada)', labelEn: 'Attended (marked present)', unit: 'count' },
    { key: 'forumFindings', labelTr: 'Bulgu (temaya göre)', labelEn: 'Findings (by theme)', unit: 'count' },
  ],
  rows: (db, { from, to }) =>
    readRows(
      db,
      Prisma.sql`
      WITH people AS (
        SELECT r."userId", r.attended, s."startsAt" AS at FROM "ForumRegistration" r JOIN "ForumSession" s ON s.id = r."sessionId"
         WHERE r.status = 'CONFIRMED' AND s."startsAt" >= ${instantSql(from)} AND s."startsAt" < ${instantSql(to)}
        UNION ALL
        SELECT a."userId", a.attended, s."startsAt" FROM "ForumApplication" a JOIN "ForumSession" s ON s.id = a."sessionId"
         WHERE a.status = 'SELECTED' AND s."startsAt" >= ${instantSql(from)} AND s."startsAt" < ${instantSql(to)}
      ), located AS (
        SELECT p.attended, u."districtId", ${ageBandSql(Prisma.sql`u."birthDate"`, Prisma.sql`p.at`)} AS band, u.gender::text AS gender
          FROM people p JOIN "User" u ON u.id = p."userId"
      )
      SELECT 'forumParticipants' AS metric, "districtId", band, gender, NULL::text AS category, count(*)::int AS value FROM located GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'forumAttended', "districtId", band, gender, NULL, count(*)::int FROM located WHERE attended GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'forumSessions', NULL, NULL, NULL, NULL, count(*)::int FROM "ForumSession" s
       WHERE s."startsAt" >= ${instantSql(from)} AND s."startsAt" < ${instantSql(to)} HAVING count(*) > 0
      UNION ALL
      SELECT 'forumFindings', NULL, NULL, NULL, f.theme, count(*)::int FROM "ForumFinding" f
       WHERE f."createdAt" >= ${instantSql(from)} AND f."createdAt" < ${instantSql(to)} GROUP BY 5`,
    ),
});
