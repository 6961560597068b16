// Demo council meetings (owned by the meetings slice): in Kent Hakları a meeting held ten days ago
// with attendance, minutes and decisions, and one in three days; in Doğa ve Ekoloji a weekly series
// of four; next month the term's general assembly with an item per committee. Idempotent: stable ids,
// createMany with skipDuplicates; dates follow the day of the first run. Attendance is written only
// for the demo children the members slice seeded.
import { addDays, istanbulInstant, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '../../db/prisma.ts';
import type { CouncilAttendanceStatus, CouncilMeetingKind, CouncilMeetingStatus } from '../../generated/prisma/enums.ts';
import { seedId } from '../../seed/volunteering-plan.ts';
import { STANDING_COMMITTEES } from './committees.ts';
import { DEMO_TERM_ID, demoCommitteeId } from './demo-data.ts';
import { addMonths } from './meetings-recurrence.ts';

type DemoMeeting = {
  key: string;
  committee: 'kent-haklari' | 'doga-ve-ekoloji' | null;
  kind: CouncilMeetingKind;
  day: string;
  start: string;
  end: string;
  title: string;
  status: CouncilMeetingStatus;
  series?: string;
  agenda: string[];
};

const SALON = { placeName: 'Konak Çocuk Meclisi Salonu', address: 'Cumhuriyet Bulvarı No: 1, Konak' };

function demoMeetings(today: string): DemoMeeting[] {
  const series = Array.from({ length: 4 }, (_, index) => ({
    key: `doga-series-${index + 1}`,
    committee: 'doga-ve-ekoloji' as const,
    kind: 'COMMITTEE' as const,
    day: addDays(today, 5 + index * 7),
    start: '16:00',
    end: '17:30',
    title: 'Kıyı temizliği çalışma grubu',
    status: 'SCHEDULED' as const,
    series: seedId('council-meeting-series-doga'),
    agenda: ['Geçen haftanın notları', 'İnciraltı kıyısı planı'],
  }));
  return [
    {
      key: 'kent-past',
      committee: 'kent-haklari',
      kind: 'COMMITTEE',
      day: addDays(today, -10),
      start: '16:00',
      end: '17:30',
      title: 'Güvenli okul yolları',
      status: 'HELD',
      agenda: ['Açılış ve yoklama', 'Okul yolu gözlemleri', 'Öneri taslağı'],
    },
    {
      key: 'kent-next',
      committee: 'kent-haklari',
      kind: 'COMMITTEE',
      day: addDays(today, 3),
      start: '16:00',
      end: '17:30',
      title: 'Parklarda oyun alanları',
      status: 'SCHEDULED',
      agenda: ['Açılış', 'Oyun alanı anketi', 'Belediyeye öneri'],
    },
    ...series,
  ];
}

const PAST_ATTENDANCE: [number, CouncilAttendanceStatus][] = [
  [1, 'PRESENT'],
  [2, 'PRESENT'],
  [3, 'EXCUSED'],
  [4, 'PRESENT'],
  [5, 'ABSENT'],
  [6, 'PRESENT'],
];

export async function seedCouncilMeetings(): Promise<void> {
  const today = todayInIstanbul();
  const meetings = demoMeetings(today);
  await prisma.councilMeeting.createMany({
    data: meetings.map((meeting) => ({
      id: seedId(`council-meeting-${meeting.key}`),
      termId: DEMO_TERM_ID,
      committeeId: meeting.committee ? demoCommitteeId(meeting.committee) : null,
      kind: meeting.kind,
      seriesId: meeting.series ?? null,
      title: meeting.title,
      startsAt: istanbulInstant(meeting.day, meeting.start),
      endsAt: istanbulInstant(meeting.day, meeting.end),
      ...SALON,
      status: meeting.status,
      ...(meeting.status === 'HELD'
        ? {
            minutes:
              'Toplantı 16:00’da açıldı. Üyeler okula giderken karşılaştıkları tehlikeli geçitleri anlattı; Alsancak ve Karşıyaka’daki iki geçit için fotoğrafsız gözlem notları toplandı.',
            minutesAt: istanbulInstant(meeting.day, '18:00'),
          }
        : {}),
    })),
    skipDuplicates: true,
  });
  await prisma.councilAgendaItem.createMany({
    data: meetings.flatMap((meeting) =>
      meeting.agenda.map((title, position) => ({ id: seedId(`council-agenda-${meeting.key}-${position}`), meetingId: seedId(`council-meeting-${meeting.key}`), position, title })),
    ),
    skipDuplicates: true,
  });
  const pastId = seedId('council-meeting-kent-past');
  await prisma.councilDecision.createMany({
    data: [
      'Okul önlerinde yaya geçidi önerisi hazırlanacak.',
      'Bir sonraki toplantıda taslak oylanacak.',
    ].map((text, position) => ({ id: seedId(`council-decision-kent-past-${position}`), meetingId: pastId, position, text })),
    skipDuplicates: true,
  });
  const children = await prisma.councilMember.findMany({
    where: { id: { in: PAST_ATTENDANCE.map(([n]) => seedId(`council-child-${n}`)) } },
    select: { id: true },
  });
  const seeded = new Set(children.map((child) => child.id));
  await prisma.councilAttendance.createMany({
    data: PAST_ATTENDANCE.filter(([n]) => seeded.has(seedId(`council-child-${n}`))).map(([n, status]) => ({
      meetingId: pastId,
      memberId: seedId(`council-child-${n}`),
      status,
      recordedAt: istanbulInstant(addDays(today, -10), '16:10'),
    })),
    skipDuplicates: true,
  });

  // Next month's general assembly, with an item per standing committee and the Kent Hakları report.
  const assemblyId = seedId('council-meeting-assembly');
  const assemblyDay = addMonths(today, 1);
  await prisma.councilMeeting.createMany({
    data: [
      {
        id: assemblyId,
        termId: DEMO_TERM_ID,
        kind: 'GENERAL_ASSEMBLY',
        title: 'Çocuk Meclisi Genel Kurulu',
        startsAt: istanbulInstant(assemblyDay, '11:00'),
        endsAt: istanbulInstant(assemblyDay, '13:00'),
        placeName: 'Ahmed Adnan Saygun Sanat Merkezi',
        address: 'Mithatpaşa Cd. No: 138, Güzelyalı',
      },
    ],
    skipDuplicates: true,
  });
  await prisma.councilAgendaItem.createMany({
    data: STANDING_COMMITTEES.map((committee, position) => ({
      id: seedId(`council-agenda-assembly-${committee.slug}`),
      meetingId: assemblyId,
      position,
      title: committee.nameTr,
      committeeId: demoCommitteeId(committee.slug),
      report: committee.slug === 'kent-haklari' ? 'Güvenli okul yolları için iki geçit önerisi hazırladık.' : '',
    })),
    skipDuplicates: true,
  });
}
