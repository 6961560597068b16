// The council's reports for coordinators and admins, over one term and the İzmir days from … to:
// members (ACTIVE at the end of the period: joined by then, not left by then, not suspended now) by
// committee, district, age band on the period's last day and gender; attendance rate per committee
// per İzmir month (present ÷ recorded, HELD committee meetings); the status of the proposals its
// committees drafted in the period. The CSV download (http-reports.ts) answers the same figures.
import { addDays, istanbulInstant, TIME_ZONE } from '@katilim/schema/istanbul-day';
import { stringify } from 'csv-stringify/sync';
import { prisma } from '../../db/prisma.ts';
import type { Locale } from '../../i18n/messages.ts';

export const COUNCIL_AGE_BANDS = ['10-11', '12-13', '14-15', '16-17', 'OTHER'] as const;
export const GENDERS = ['WOMAN', 'MAN', 'NON_BINARY', 'UNDISCLOSED'] as const;
export const PROPOSAL_STATUSES = ['DRAFT', 'ADOPTED', 'REJECTED', 'SUBMITTED', 'RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED', 'DECLINED'] as const;

export type CouncilReport = {
  from: string;
  to: string;
  termName: string;
  committees: { committeeId: string; name: string; members: number }[];
  districts: { districtId: number; name: string; members: number }[];
  ageBands: { band: (typeof COUNCIL_AGE_BANDS)[number]; members: number }[];
  genders: { gender: (typeof GENDERS)[number]; members: number }[];
  attendance: { committeeId: string; name: string; month: string; meetings: number; present: number; recorded: number; rate: number }[];
  proposals: { status: (typeof PROPOSAL_STATUSES)[number]; count: number }[];
  totalMembers: number;
};

/** The age band of someone born on birthDate, on the given day (YYYY-MM-DD). */
export function ageBandOn(birthDate: string, day: string): (typeof COUNCIL_AGE_BANDS)[number] {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age >= 10 && age <= 17) return COUNCIL_AGE_BANDS[Math.floor((age - 10) / 2)]!;
  return 'OTHER';
}

export async function councilReport(termId: string, from: string, to: string, locale: Locale): Promise<CouncilReport | null> {
  const term = await prisma.councilTerm.findUnique({ where: { id: termId }, select: { name: true } });
  if (!term) return null;
  const start = istanbulInstant(from);
  const end = istanbulInstant(addDays(to, 1));
  const endDay = new Date(`${to}T00:00:00Z`);
  const [members, attendance, proposals] = await Promise.all([
    prisma.councilMember.findMany({
      where: {
        committee: { termId },
        erasedAt: null,
        status: { not: 'SUSPENDED' },
        joinedOn: { lte: endDay },
        OR: [{ leftAt: null }, { leftAt: { gte: end } }],
      },
      select: { committeeId: true, birthDate: true, gender: true, district: { select: { id: true, name: true } } },
    }),
    prisma.$queryRaw<{ committeeId: string; month: string; meetings: number; present: number; recorded: number }[]>`
      SELECT m."committeeId", to_char((m."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE ${TIME_ZONE}, 'YYYY-MM') AS month,
             COUNT(DISTINCT m.id)::int AS meetings,
             COUNT(a."memberId") FILTER (WHERE a.status = 'PRESENT')::int AS present,
             COUNT(a."memberId")::int AS recorded
      FROM "CouncilMeeting" m LEFT JOIN "CouncilAttendance" a ON a."meetingId" = m.id
      WHERE m."termId" = ${termId}::uuid AND m.kind = 'COMMITTEE' AND m.status = 'HELD' AND m."committeeId" IS NOT NULL
        AND m."startsAt" >= ${start} AND m."startsAt" < ${end}
      GROUP BY m."committeeId", month`,
    prisma.councilProposal.groupBy({
      by: ['status'],
      where: { committee: { termId }, createdAt: { gte: start, lt: end } },
      _count: { _all: true },
    }),
  ]);
  const committees = await prisma.councilCommittee.findMany({ where: { termId }, select: { id: true, nameTr: true, nameEn: true }, orderBy: { slug: 'asc' } });
  const nameOf = new Map(committees.map((c) => [c.id, locale === 'en' ? c.nameEn : c.nameTr]));
  const count = <K>(keys: K[]) => keys.reduce((map, key) => map.set(key, (map.get(key) ?? 0) + 1), new Map<K, number>());

  const byCommittee = count(members.map((m) => m.committeeId));
  const byDistrict = count(members.map((m) => m.district.id));
  const districtName = new Map(members.map((m) => [m.district.id, m.district.name]));
  const byBand = count(members.map((m) => ageBandOn(m.birthDate.toISOString().slice(0, 10), to)));
  const byGender = count(members.map((m) => m.gender ?? 'UNDISCLOSED'));
  const byStatus = new Map(proposals.map((row) => [row.status, row._count._all]));

  return {
    from,
    to,
    termName: term.name,
    committees: committees.map((c) => ({ committeeId: c.id, name: nameOf.get(c.id)!, members: byCommittee.get(c.id) ?? 0 })),
    districts: [...byDistrict]
      .map(([districtId, n]) => ({ districtId, name: districtName.get(districtId)!, members: n }))
      .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name, 'tr')),
    ageBands: COUNCIL_AGE_BANDS.map((band) => ({ band, members: byBand.get(band) ?? 0 })),
    genders: GENDERS.map((gender) => ({ gender, members: byGender.get(gender) ?? 0 })),
    attendance: attendance
      .map((row) => ({ ...row, name: nameOf.get(row.committeeId) ?? '', rate: row.recorded ? row.present / row.recorded : 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, locale) || a.month.localeCompare(b.month)),
    proposals: PROPOSAL_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    totalMembers: members.length,
  };
}

const HEADERS = {
  tr: { section: 'Bölüm', name: 'Ad', month: 'Ay', count: 'Sayı', meetings: 'Toplantı', present: 'Katılan', recorded: 'Yoklama', rate: 'Katılım (%)',
    committee: 'Komisyon', district: 'İlçe', age: 'Yaş grubu', gender: 'Cinsiyet', attendance: 'Katılım', proposals: 'Öneri durumu', total: 'Toplam üye' },
  en: { section: 'Section', name: 'Name', month: 'Month', count: 'Count', meetings: 'Meetings', present: 'Present', recorded: 'Recorded', rate: 'Attendance (%)',
    committee: 'Committee', district: 'District', age: 'Age band', gender: 'Gender', attendance: 'Attendance', proposals: 'Proposal status', total: 'Total members' },
} as const;

/** A cell a spreadsheet would read as a formula is kept as text. */
const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const percent = (rate: number) => Math.round(rate * 1000) / 10;

/** The report as one CSV table (UTF-8 with a byte-order mark, so spreadsheet programs read Turkish letters). */
export function councilReportCsv(report: CouncilReport, locale: Locale): string {
  const h = HEADERS[locale];
  const rows = [
    [h.total, '', '', report.totalMembers, '', '', '', ''],
    ...report.committees.map((r) => [h.committee, cell(r.name), '', r.members, '', '', '', '']),
    ...report.districts.map((r) => [h.district, cell(r.name), '', r.members, '', '', '', '']),
    ...report.ageBands.map((r) => [h.age, r.band, '', r.members, '', '', '', '']),
    ...report.genders.map((r) => [h.gender, r.gender, '', r.members, '', '', '', '']),
    ...report.attendance.map((r) => [h.attendance, cell(r.name), r.month, '', r.meetings, r.present, r.recorded, percent(r.rate)]),
    ...report.proposals.map((r) => [h.proposals, r.status, '', r.count, '', '', '', '']),
  ];
  const body = stringify(rows, {
    header: true,
    columns: [h.section, h.name, h.month, h.count, h.meetings, h.present, h.recorded, h.rate],
    cast: { number: (value) => String(value) },
  });
  return `\uFEFF${body}`;
}
