// The Children's Council in the monthly monitoring: members at the period's end (joined before it
// ended, not left by then), meetings held, attendance at meetings in the period, proposals submitted
// to the municipality and the municipality's answers, by the answer's status.
import { Prisma } from '../../generated/prisma/client.ts';
import { ageBandSql, defineMonitoring, instantSql, istanbulDateSql, readRows } from '../monitoring/declaration.ts';

export const monitoring = defineMonitoring({
  programme: 'council',
  metrics: [
    { key: 'councilMembers', labelTr: 'Üye çocuk (dönem sonunda)', labelEn: 'Child members (at the end)', unit: 'count', public: true },
    { key: 'councilMeetingsHeld', labelTr: 'Yapılan toplantı', labelEn: 'Meetings held', unit: 'count' },
    { key: 'councilAttendances', labelTr: 'Toplantıya katılım', labelEn: 'Meeting attendances', unit: 'count' },
    { key: 'councilAttendanceRecorded', labelTr: 'Yoklaması alınan', labelEn: 'Attendance recorded', unit: 'count' },
    { key: 'councilAttendanceRate', labelTr: 'Katılım oranı', labelEn: 'Attendance rate', unit: 'rate', ratio: { numerator: 'councilAttendances', denominator: 'councilAttendanceRecorded' } },
    { key: 'councilProposalsSubmitted', labelTr: 'Belediyeye sunulan öneri', labelEn: 'Proposals submitted', unit: 'count' },
    { key: 'councilProposalAnswers', labelTr: 'Önerilere verilen yanıt (duruma göre)', labelEn: 'Answers to proposals (by status)', unit: 'count' },
  ],
  rows: (db, { from, to }) =>
    readRows(
      db,
      Prisma.sql`
      SELECT 'councilMembers' AS metric, m."districtId", ${ageBandSql(Prisma.sql`m."birthDate"`, Prisma.sql`${instantSql(new Date(to.getTime() - 1))}`)} AS band,
             m.gender::text AS gender, NULL::text AS category, count(*)::int AS value
        FROM "CouncilMember" m
       WHERE m."joinedOn" < ${istanbulDateSql(instantSql(to))}
         AND (m."leftAt" IS NULL OR m."leftAt" >= ${instantSql(to)}) AND m."erasedAt" IS NULL
       GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'councilMeetingsHeld', NULL, NULL, NULL, NULL, count(*)::int
        FROM "CouncilMeeting" c WHERE c.status = 'HELD' AND c."startsAt" >= ${instantSql(from)} AND c."startsAt" < ${instantSql(to)}
      HAVING count(*) > 0
      UNION ALL
      SELECT CASE WHEN a.status = 'PRESENT' THEN 'councilAttendances' ELSE 'councilAttendanceRecorded' END, m."districtId",
             ${ageBandSql(Prisma.sql`m."birthDate"`, Prisma.sql`c."startsAt"`)}, m.gender::text, NULL, count(*)::int
        FROM "CouncilAttendance" a JOIN "CouncilMeeting" c ON c.id = a."meetingId" JOIN "CouncilMember" m ON m.id = a."memberId"
       WHERE c."startsAt" >= ${instantSql(from)} AND c."startsAt" < ${instantSql(to)}
       GROUP BY 1, 2, 3, 4
      UNION ALL
      SELECT 'councilAttendanceRecorded', m."districtId", ${ageBandSql(Prisma.sql`m."birthDate"`, Prisma.sql`c."startsAt"`)}, m.gender::text, NULL, count(*)::int
        FROM "CouncilAttendance" a JOIN "CouncilMeeting" c ON c.id = a."meetingId" JOIN "CouncilMember" m ON m.id = a."memberId"
       WHERE c."startsAt" >= ${instantSql(from)} AND c."startsAt" < ${instantSql(to)} AND a.status = 'PRESENT'
       GROUP BY 2, 3, 4
      UNION ALL
      SELECT 'councilProposalsSubmitted', p."districtId", NULL, NULL, NULL, count(*)::int
        FROM "CouncilProposal" p WHERE p."submittedAt" >= ${instantSql(from)} AND p."submittedAt" < ${instantSql(to)}
       GROUP BY 2
      UNION ALL
      SELECT 'councilProposalAnswers', p."districtId", NULL, NULL, r.status::text, count(*)::int
        FROM "CouncilProposalResponse" r JOIN "CouncilProposal" p ON p.id = r."proposalId"
       WHERE r."createdAt" >= ${instantSql(from)} AND r."createdAt" < ${instantSql(to)}
       GROUP BY 2, 5`,
    ),
});
