// Reports for coordinators: per area or per district and İzmir month, the shifts held (cancelled ones
// left out), their places and how many were filled, approved hours, and the no-show rate among the
// attendance recorded. One statement; the CSV download uses the same rows.
import { stringify } from 'csv-stringify/sync';
import { prisma } from '../../db/prisma.ts';
import type { Locale } from '../../i18n/messages.ts';
import { addDays, istanbulInstant, TIME_ZONE } from '@katilim/schema/istanbul-day';

export type ReportGrouping = 'AREA' | 'DISTRICT';

export type ReportRow = {
  month: string;
  groupKey: string;
  groupName: string;
  shifts: number;
  places: number;
  filled: number;
  /** filled ÷ places, 0…1. */
  fillRate: number;
  approvedMinutes: number;
  attendanceRecorded: number;
  noShows: number;
  /** noShows ÷ attendanceRecorded, 0…1 (0 when nothing was recorded). */
  noShowRate: number;
};

const ONLINE = 'online';

export async function shiftReport(from: string, to: string, by: ReportGrouping, locale: Locale): Promise<ReportRow[]> {
  const rows = await prisma.$queryRaw<Omit<ReportRow, 'groupName' | 'fillRate' | 'noShowRate'>[]>`
    SELECT to_char((s."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE ${TIME_ZONE}, 'YYYY-MM') AS month,
           CASE WHEN ${by} = 'AREA' THEN o."areaId"::text ELSE COALESCE(o."districtId"::text, ${ONLINE}) END AS "groupKey",
           COUNT(*)::int AS shifts,
           SUM(s.capacity)::int AS places,
           SUM(x.filled)::int AS filled,
           SUM(x.minutes)::int AS "approvedMinutes",
           SUM(x.recorded)::int AS "attendanceRecorded",
           SUM(x."noShows")::int AS "noShows"
    FROM "Shift" s
    JOIN "ShiftOpportunity" o ON o.id = s."opportunityId"
    CROSS JOIN LATERAL (
      SELECT COUNT(*) FILTER (WHERE su.status = 'CONFIRMED') AS filled,
             COALESCE(SUM(su.minutes) FILTER (WHERE su."hoursApprovedAt" IS NOT NULL), 0) AS minutes,
             COUNT(*) FILTER (WHERE su.status = 'CONFIRMED' AND su.attendance IS NOT NULL) AS recorded,
             COUNT(*) FILTER (WHERE su.status = 'CONFIRMED' AND su.attendance = 'NO_SHOW') AS "noShows"
      FROM "ShiftSignup" su WHERE su."shiftId" = s.id
    ) x
    WHERE s."cancelledAt" IS NULL AND s."startsAt" >= ${istanbulInstant(from)} AND s."startsAt" < ${istanbulInstant(addDays(to, 1))}
    GROUP BY 1, 2
    ORDER BY 1, 2`;
  const names = new Map<string, string>();
  if (by === 'AREA') {
    const areas = await prisma.volunteerArea.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.groupKey))] } }, select: { id: true, nameTr: true, nameEn: true } });
    for (const area of areas) names.set(area.id, locale === 'en' ? area.nameEn : area.nameTr);
  } else {
    const ids = rows.map((row) => Number(row.groupKey)).filter((id) => Number.isInteger(id));
    for (const district of await prisma.district.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })) names.set(String(district.id), district.name);
    names.set(ONLINE, locale === 'en' ? 'Online' : 'Çevrimiçi');
  }
  return rows
    .map((row) => ({
      ...row,
      groupName: names.get(row.groupKey) ?? row.groupKey,
      fillRate: row.places ? row.filled / row.places : 0,
      noShowRate: row.attendanceRecorded ? row.noShows / row.attendanceRecorded : 0,
    }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.groupName.localeCompare(b.groupName, 'tr'));
}

const HEADERS = {
  tr: { month: 'Ay', group: { AREA: 'Alan', DISTRICT: 'İlçe' }, shifts: 'Vardiya', places: 'Yer', filled: 'Dolu', fillRate: 'Doluluk (%)', hours: 'Onaylı saat', recorded: 'Yoklaması alınan', noShows: 'Gelmeyen', noShowRate: 'Gelmeme (%)' },
  en: { month: 'Month', group: { AREA: 'Area', DISTRICT: 'District' }, shifts: 'Shifts', places: 'Places', filled: 'Filled', fillRate: 'Fill rate (%)', hours: 'Approved hours', recorded: 'Attendance recorded', noShows: 'No-shows', noShowRate: 'No-show rate (%)' },
} as const;

/** A cell a spreadsheet would read as a formula is kept as text. */
const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const percent = (rate: number) => Math.round(rate * 1000) / 10;

/** The report as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Turkish letters). */
export function reportCsv(rows: ReportRow[], by: ReportGrouping, locale: Locale): string {
  const h = HEADERS[locale];
  const body = stringify(
    rows.map((row) => [row.month, cell(row.groupName), row.shifts, row.places, row.filled, percent(row.fillRate), Math.round(row.approvedMinutes / 6) / 10, row.attendanceRecorded, row.noShows, percent(row.noShowRate)]),
    { header: true, columns: [h.month, h.group[by], h.shifts, h.places, h.filled, h.fillRate, h.hours, h.recorded, h.noShows, h.noShowRate], cast: { number: (value) => String(value) } },
  );
  return `\uFEFF${body}`;
}
