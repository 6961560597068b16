// Demo shifts: opportunities in several areas and districts (one online), one-off shifts and a weekly
// series over the coming weeks (İzmir time), roles, a full shift with a waitlist, an under-filled one
// within 72 hours (at risk), and past shifts with attendance and approved hours, the demo volunteer's
// among them. Deterministic and idempotent like the rest of the seed: stable ids, createMany with
// skipDuplicates; dates follow the day of the first run.
import { addDays, startOfIstanbulDay, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '../../db/prisma.ts';
import type { ShiftAttendance, ShiftSignupStatus } from '../../generated/prisma/enums.ts';
import { closesAt, newCheckInSecret } from './planning.ts';
import { occurrenceDates, occurrenceTimes, weeklyRule } from './recurrence.ts';
import { DISTRICTS } from '../../seed/reference.ts';
import { DAY, HOUR, MINUTE, seedId } from '../../seed/volunteering-plan.ts';

type Role = { nameTr: string; nameEn: string; headcount: number };

const OPPORTUNITIES = [
  {
    key: 'field-survey-karabaglar',
    area: 'field-work',
    titleTr: 'Karabağlar’da saha anketi',
    titleEn: 'Field survey in Karabağlar',
    descriptionTr: 'Mahalle mahalle kadınların kent hizmetlerine erişimini soran yüz yüze anket.',
    descriptionEn: 'A door-to-door survey on women’s access to city services, neighbourhood by neighbourhood.',
    district: 'Karabağlar',
    address: 'Karabağlar Belediyesi Kadın Danışma Merkezi, Yaşar Kemal Cd.',
    qualification: 'saha-calismasinda-guvenlik-ve-etik',
  },
  {
    key: 'translation-online',
    area: 'translation',
    titleTr: 'Bilgi notlarının çevirisi (çevrim içi)',
    titleEn: 'Translating information notes (online)',
    descriptionTr: 'Eşit İzmir bilgi notlarını İngilizceye ve Arapçaya çevirme oturumları.',
    descriptionEn: 'Sessions translating Eşit İzmir information notes into English and Arabic.',
    district: null,
    address: null,
    qualification: null,
  },
  {
    key: 'workshop-konak',
    area: 'workshops',
    titleTr: 'Konak’ta toplumsal cinsiyet atölyesi',
    titleEn: 'Gender equality workshop in Konak',
    descriptionTr: 'Gençlerle yapılan atölyede kolaylaştırıcıya destek, malzeme ve kayıt.',
    descriptionEn: 'Supporting the facilitator of a workshop with young people: materials and registration.',
    district: 'Konak',
    address: 'Konak Kültür Merkezi, Atatürk Cd. No: 1',
    qualification: null,
  },
  {
    key: 'social-media-week',
    area: 'social-media',
    titleTr: 'Sosyal medya kampanya haftası',
    titleEn: 'Social media campaign week',
    descriptionTr: 'Kampanya haftasının paylaşımlarını hazırlama ve yorumlara yanıt verme.',
    descriptionEn: 'Preparing the campaign week’s posts and answering comments.',
    district: 'Bornova',
    address: 'Bornova Gençlik Merkezi',
    qualification: null,
  },
  {
    key: 'campaign-stand-karsiyaka',
    area: 'campaign-management',
    titleTr: 'Karşıyaka çarşısında bilgilendirme standı',
    titleEn: 'Information stand at the Karşıyaka bazaar',
    descriptionTr: 'Standda broşür dağıtımı ve gönüllülük programının tanıtımı.',
    descriptionEn: 'Handing out leaflets and presenting the volunteer programme at the stand.',
    district: 'Karşıyaka',
    address: 'Karşıyaka Çarşısı girişi, Kemalpaşa Cd.',
    qualification: null,
  },
] as const;

type OpportunityKey = (typeof OPPORTUNITIES)[number]['key'];

/** A one-off shift: `day` from the first run's day, İzmir wall-clock time. */
type OneOff = { key: string; opportunity: OpportunityKey; day: number; start: string; minutes: number; capacity: number; cutoffHours: number; roles?: Role[] };

const TEAM: Role[] = [
  { nameTr: 'Ekip lideri', nameEn: 'Team lead', headcount: 1 },
  { nameTr: 'Anketör', nameEn: 'Surveyor', headcount: 4 },
];

const ONE_OFFS: OneOff[] = [
  // The demo volunteer's hours: two past months, approved.
  { key: 'past-survey-1', opportunity: 'field-survey-karabaglar', day: -38, start: '10:00', minutes: 180, capacity: 5, cutoffHours: 24, roles: TEAM },
  { key: 'past-workshop', opportunity: 'workshop-konak', day: -9, start: '14:00', minutes: 150, capacity: 4, cutoffHours: 12 },
  // Upcoming.
  { key: 'stand-at-risk', opportunity: 'campaign-stand-karsiyaka', day: 1, start: '11:00', minutes: 240, capacity: 6, cutoffHours: 6 },
  { key: 'workshop-full', opportunity: 'workshop-konak', day: 3, start: '14:00', minutes: 150, capacity: 3, cutoffHours: 12 },
  { key: 'survey-team', opportunity: 'field-survey-karabaglar', day: 6, start: '10:00', minutes: 180, capacity: 5, cutoffHours: 24, roles: TEAM },
  { key: 'social-media-day-1', opportunity: 'social-media-week', day: 8, start: '13:00', minutes: 180, capacity: 4, cutoffHours: 24 },
  { key: 'social-media-day-2', opportunity: 'social-media-week', day: 9, start: '13:00', minutes: 180, capacity: 4, cutoffHours: 24 },
  { key: 'survey-later', opportunity: 'field-survey-karabaglar', day: 13, start: '10:00', minutes: 180, capacity: 5, cutoffHours: 24, roles: TEAM },
];

/** The weekly series: Tuesdays and Thursdays 10:00–13:00 for four weeks, online translation. */
const SERIES = { key: 'translation-weekly', opportunity: 'translation-online' as OpportunityKey, weekdays: [2, 4], start: '10:00', minutes: 180, capacity: 3, cutoffHours: 12, weeks: 4 };

/** Who is on each shift: index into the active volunteers (the demo volunteer is `'demo'`). */
type Placement = { who: number | 'demo'; status: ShiftSignupStatus; role?: number; attendance?: ShiftAttendance; minutes?: number };

const PLACEMENTS: Record<string, Placement[]> = {
  'past-survey-1': [
    { who: 'demo', status: 'CONFIRMED', role: 0, attendance: 'PRESENT', minutes: 180 },
    { who: 0, status: 'CONFIRMED', role: 1, attendance: 'PRESENT', minutes: 180 },
    { who: 1, status: 'CONFIRMED', role: 1, attendance: 'PRESENT', minutes: 165 },
    { who: 2, status: 'CONFIRMED', role: 1, attendance: 'NO_SHOW' },
  ],
  'past-workshop': [
    { who: 'demo', status: 'CONFIRMED', attendance: 'PRESENT', minutes: 150 },
    { who: 3, status: 'CONFIRMED', attendance: 'PRESENT', minutes: 150 },
    { who: 4, status: 'LATE_CANCELLED' },
  ],
  'stand-at-risk': [{ who: 5, status: 'CONFIRMED' }],
  'workshop-full': [
    { who: 0, status: 'CONFIRMED' },
    { who: 1, status: 'CONFIRMED' },
    { who: 3, status: 'CONFIRMED' },
    { who: 6, status: 'WAITLISTED' },
    { who: 7, status: 'WAITLISTED' },
  ],
  'survey-team': [
    { who: 'demo', status: 'CONFIRMED', role: 1 },
    { who: 2, status: 'CONFIRMED', role: 0 },
    { who: 4, status: 'CONFIRMED', role: 1 },
  ],
  'social-media-day-1': [
    { who: 5, status: 'CONFIRMED' },
    { who: 6, status: 'CONFIRMED' },
  ],
  'translation-weekly:0': [
    { who: 'demo', status: 'CONFIRMED' },
    { who: 7, status: 'CONFIRMED' },
  ],
  'translation-weekly:1': [{ who: 1, status: 'CONFIRMED' }],
};

export async function seedShifts(options: { today?: string } = {}): Promise<{ opportunities: number; shifts: number; signups: number }> {
  const today = options.today ?? todayInIstanbul();
  const midnight = startOfIstanbulDay(today).getTime();
  const programme = await prisma.programme.findUniqueOrThrow({ where: { kind: 'VOLUNTEERING' }, select: { id: true } });
  const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: 'koordinator@katilim.demo' }, select: { id: true } });
  const demo = await prisma.user.findUniqueOrThrow({ where: { email: 'gonullu@katilim.demo' }, select: { id: true } });
  // Active volunteers of the pipeline (not the demo volunteer), in a stable order.
  const volunteers = await prisma.user.findMany({
    where: { email: { endsWith: '@ornek.katilim.demo' }, roles: { some: { role: 'VOLUNTEER' } }, applications: { some: { status: 'ACTIVE' } } },
    orderBy: { email: 'asc' },
    select: { id: true },
    take: 8,
  });
  const areas = new Map((await prisma.volunteerArea.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
  const qualifications = new Map((await prisma.qualification.findMany({ select: { id: true, slug: true } })).map((q) => [q.slug, q.id]));
  const districtId = (name: (typeof DISTRICTS)[number]) => DISTRICTS.indexOf(name) + 1;

  await prisma.shiftSettings.createMany({ data: [{ programmeId: programme.id }], skipDuplicates: true });
  await prisma.shiftOpportunity.createMany({
    data: OPPORTUNITIES.map((o) => ({
      id: seedId(`opportunity:${o.key}`),
      programmeId: programme.id,
      areaId: areas.get(o.area)!,
      titleTr: o.titleTr,
      titleEn: o.titleEn,
      descriptionTr: o.descriptionTr,
      descriptionEn: o.descriptionEn,
      online: o.district === null,
      districtId: o.district === null ? null : districtId(o.district),
      address: o.address,
      createdById: coordinator.id,
      createdAt: new Date(midnight - 60 * DAY),
    })),
    skipDuplicates: true,
  });
  await prisma.shiftOpportunityQualification.createMany({
    data: OPPORTUNITIES.filter((o) => o.qualification && qualifications.has(o.qualification)).map((o) => ({
      opportunityId: seedId(`opportunity:${o.key}`),
      qualificationId: qualifications.get(o.qualification!)!,
    })),
    skipDuplicates: true,
  });

  // The series and its occurrences.
  const seriesId = seedId(`series:${SERIES.key}`);
  const seriesStart = addDays(today, 1);
  const rrule = weeklyRule(SERIES.weekdays, addDays(today, SERIES.weeks * 7));
  const existingSeries = await prisma.shiftSeries.findUnique({ where: { id: seriesId }, select: { startDate: true, rrule: true } });
  const seriesDays = existingSeries
    ? occurrenceDates(existingSeries.rrule, existingSeries.startDate.toISOString().slice(0, 10))
    : occurrenceDates(rrule, seriesStart);
  await prisma.shiftSeries.createMany({
    data: [
      {
        id: seriesId,
        opportunityId: seedId(`opportunity:${SERIES.opportunity}`),
        rrule,
        startDate: new Date(`${seriesStart}T00:00:00.000Z`),
        startTime: SERIES.start,
        durationMinutes: SERIES.minutes,
        capacity: SERIES.capacity,
        cutoffHours: SERIES.cutoffHours,
        roles: [],
      },
    ],
    skipDuplicates: true,
  });

  type Planned = { key: string; id: string; opportunity: OpportunityKey; startsAt: Date; endsAt: Date; capacity: number; cutoffHours: number; roles: Role[]; series?: { day: string } };
  const planned: Planned[] = [
    ...ONE_OFFS.map((shift) => {
      const startsAt = new Date(midnight + shift.day * DAY + Number(shift.start.slice(0, 2)) * HOUR + Number(shift.start.slice(3)) * MINUTE);
      return {
        key: shift.key,
        id: seedId(`shift:${shift.key}`),
        opportunity: shift.opportunity,
        startsAt,
        endsAt: new Date(startsAt.getTime() + shift.minutes * MINUTE),
        capacity: shift.roles ? shift.roles.reduce((sum, role) => sum + role.headcount, 0) : shift.capacity,
        cutoffHours: shift.cutoffHours,
        roles: shift.roles ?? [],
      };
    }),
    ...seriesDays.map((day, index) => ({
      key: `${SERIES.key}:${index}`,
      id: seedId(`shift:${SERIES.key}:${day}`),
      opportunity: SERIES.opportunity,
      ...occurrenceTimes(day, SERIES.start, SERIES.minutes),
      capacity: SERIES.capacity,
      cutoffHours: SERIES.cutoffHours,
      roles: [],
      series: { day },
    })),
  ];

  await prisma.shift.createMany({
    data: planned.map((shift) => ({
      id: shift.id,
      opportunityId: seedId(`opportunity:${shift.opportunity}`),
      seriesId: shift.series ? seriesId : null,
      occurrenceDate: shift.series ? new Date(`${shift.series.day}T00:00:00.000Z`) : null,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      capacity: shift.capacity,
      signupClosesAt: closesAt(shift.startsAt, shift.cutoffHours),
      checkInSecret: newCheckInSecret(),
      createdAt: new Date(Math.min(midnight - 14 * DAY, shift.startsAt.getTime() - 14 * DAY)),
    })),
    skipDuplicates: true,
  });
  await prisma.shiftRole.createMany({
    data: planned.flatMap((shift) => shift.roles.map((role, position) => ({ id: seedId(`shift-role:${shift.key}:${position}`), shiftId: shift.id, ...role, position }))),
    skipDuplicates: true,
  });

  const signups = planned.flatMap((shift) =>
    (PLACEMENTS[shift.key] ?? []).flatMap((placement, order) => {
      const person = placement.who === 'demo' ? demo : volunteers[placement.who];
      if (!person) return [];
      const signedUpAt = new Date(Math.min(shift.startsAt.getTime() - 5 * DAY, midnight - DAY) + order * HOUR);
      const past = shift.endsAt.getTime() < midnight;
      const present = placement.attendance === 'PRESENT';
      const minutes = placement.minutes ?? null;
      return [
        {
          id: seedId(`shift-signup:${shift.key}:${placement.who === 'demo' ? 'demo' : placement.who}`),
          shiftId: shift.id,
          userId: person.id,
          roleId: placement.role === undefined ? null : seedId(`shift-role:${shift.key}:${placement.role}`),
          status: placement.status,
          waitlistedAt: placement.status === 'WAITLISTED' ? signedUpAt : null,
          confirmedAt: placement.status === 'CONFIRMED' || placement.status === 'LATE_CANCELLED' ? signedUpAt : null,
          cancelledAt: placement.status === 'LATE_CANCELLED' ? new Date(shift.startsAt.getTime() - 3 * HOUR) : null,
          attendance: past ? (placement.attendance ?? null) : null,
          checkedInAt: past && present ? new Date(shift.startsAt.getTime() - 5 * MINUTE) : null,
          checkedOutAt: past && present && minutes ? new Date(shift.startsAt.getTime() - 5 * MINUTE + minutes * MINUTE) : null,
          minutes: past ? minutes : null,
          hoursApprovedAt: past && minutes ? new Date(shift.endsAt.getTime() + DAY) : null,
          hoursApprovedById: past && minutes ? coordinator.id : null,
          createdAt: signedUpAt,
        },
      ];
    }),
  );
  await prisma.shiftSignup.createMany({ data: signups, skipDuplicates: true });
  // The no-show above counts towards its person's pause.
  const noShows = new Map<string, number>();
  for (const signup of signups) if (signup.attendance === 'NO_SHOW') noShows.set(signup.userId, (noShows.get(signup.userId) ?? 0) + 1);
  await prisma.shiftStanding.createMany({ data: [...noShows].map(([userId, count]) => ({ userId, noShows: count })), skipDuplicates: true });
  return { opportunities: OPPORTUNITIES.length, shifts: planned.length, signups: signups.length };
}

/** Collected by the generated demo-data map; `seedDemo` runs it after the people and the volunteer pipeline. */
export const demoData = { seed: () => seedShifts() };
