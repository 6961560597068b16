// Hours served: only approved minutes count. Months and days are İzmir's (Europe/Istanbul), by the
// shift's start.
import { prisma, type Tx } from '../../db/prisma.ts';
import { addDays, istanbulInstant, TIME_ZONE } from '@katilim/schema/istanbul-day';

/** Approved minutes of a person, all time. */
export async function approvedMinutes(userId: string): Promise<number> {
  const { _sum } = await prisma.shiftSignup.aggregate({ where: { userId, hoursApprovedAt: { not: null } }, _sum: { minutes: true } });
  return _sum.minutes ?? 0;
}

export type AreaMinutes = { areaId: string; nameTr: string; nameEn: string; minutes: number };

/** Approved minutes by area of shifts starting on the İzmir days `from` … `to` (inclusive). */
export async function approvedMinutesByArea(tx: Tx, userId: string, from: string, to: string): Promise<AreaMinutes[]> {
  const rows = await tx.$queryRaw<AreaMinutes[]>`
    SELECT a.id AS "areaId", a."nameTr", a."nameEn", SUM(su.minutes)::int AS minutes
    FROM "ShiftSignup" su
    JOIN "Shift" s ON s.id = su."shiftId"
    JOIN "ShiftOpportunity" o ON o.id = s."opportunityId"
    JOIN "VolunteerArea" a ON a.id = o."areaId"
    WHERE su."userId" = ${userId}::uuid AND su."hoursApprovedAt" IS NOT NULL AND su.minutes > 0
      AND s."startsAt" >= ${istanbulInstant(from)} AND s."startsAt" < ${istanbulInstant(addDays(to, 1))}
    GROUP BY a.id, a."nameTr", a."nameEn"
    ORDER BY minutes DESC, a."nameTr"`;
  return rows;
}

export type HoursOfYear = {
  year: number;
  totalMinutes: number;
  /** Twelve entries, January first. */
  months: { month: number; minutes: number }[];
  areas: AreaMinutes[];
};

/** A person's approved minutes of an İzmir calendar year, by month and by area (for the chart). */
export async function hoursOfYear(userId: string, year: number): Promise<HoursOfYear> {
  const [byMonth, areas] = await Promise.all([
    prisma.$queryRaw<{ month: number; minutes: number }[]>`
      SELECT EXTRACT(MONTH FROM (s."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE ${TIME_ZONE})::int AS month, SUM(su.minutes)::int AS minutes
      FROM "ShiftSignup" su JOIN "Shift" s ON s.id = su."shiftId"
      WHERE su."userId" = ${userId}::uuid AND su."hoursApprovedAt" IS NOT NULL
        AND s."startsAt" >= ${istanbulInstant(`${year}-01-01`)} AND s."startsAt" < ${istanbulInstant(`${year + 1}-01-01`)}
      GROUP BY 1`,
    approvedMinutesByArea(prisma, userId, `${year}-01-01`, `${year}-12-31`),
  ]);
  const months = Array.from({ length: 12 }, (_, index) => ({ month: index + 1, minutes: byMonth.find((row) => row.month === index + 1)?.minutes ?? 0 }));
  return { year, totalMinutes: months.reduce((sum, m) => sum + m.minutes, 0), months, areas };
}
