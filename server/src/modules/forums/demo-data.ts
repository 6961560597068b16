// Demo forums: "Eşitlik için Gençlik Forumu", published, for women aged 18–30 living in İzmir, with
// an open forum in two weeks (its registration open, the demo volunteer and a few demo women
// registered) and a focus group in three weeks with two profile questions, quotas for a panel of 8
// and about 30 demo applicants, so the preview shows probabilities. The demo facilitator runs both
// sessions. Deterministic and idempotent like the rest of the seed: stable ids, createMany with
// skipDuplicates; dates follow the day of the first run.
import { addDays, istanbulInstant, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { ageOn } from '@katilim/schema/age';
import { prisma } from '../../db/prisma.ts';
import { seedId } from '../../seed/volunteering-plan.ts';

const QUESTIONS = [
  {
    key: 'district-group',
    labelTr: 'Yaşadığınız ilçe grubu',
    labelEn: 'Your district group',
    options: [
      { value: 'north', labelTr: 'Kuzey (Karşıyaka, Bayraklı, Çiğli…)', labelEn: 'North (Karşıyaka, Bayraklı, Çiğli…)' },
      { value: 'centre', labelTr: 'Merkez (Konak, Bornova, Buca…)', labelEn: 'Centre (Konak, Bornova, Buca…)' },
      { value: 'south', labelTr: 'Güney ve batı (Karabağlar, Gaziemir, Urla…)', labelEn: 'South and west (Karabağlar, Gaziemir, Urla…)' },
    ],
  },
  {
    key: 'age-band',
    labelTr: 'Yaş grubu',
    labelEn: 'Age band',
    options: [
      { value: '18-24', labelTr: '18–24', labelEn: '18–24' },
      { value: '25-30', labelTr: '25–30', labelEn: '25–30' },
    ],
  },
] as const;

const QUOTAS = [
  { question: 'district-group', value: 'north', min: 2, max: 4 },
  { question: 'district-group', value: 'centre', min: 2, max: 4 },
  { question: 'district-group', value: 'south', min: 2, max: 4 },
  { question: 'age-band', value: '18-24', min: 3, max: 5 },
  { question: 'age-band', value: '25-30', min: 3, max: 5 },
];

export async function seedForums(options: { today?: string } = {}): Promise<{ events: number; registrations: number; applications: number }> {
  const today = options.today ?? todayInIstanbul();
  const at = (day: number, time: string) => istanbulInstant(addDays(today, day), time);
  const programme = await prisma.programme.findUniqueOrThrow({ where: { kind: 'FORUMS' }, select: { id: true } });
  const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: 'koordinator@katilim.demo' }, select: { id: true } });
  const facilitator = await prisma.user.findUniqueOrThrow({ where: { email: 'kolaylastirici@katilim.demo' }, select: { id: true } });
  const demo = await prisma.user.findUniqueOrThrow({ where: { email: 'gonullu@katilim.demo' }, select: { id: true } });
  const eventId = seedId('forum-event:esitlik');
  const openId = seedId('forum-session:open');
  const focusId = seedId('forum-session:focus');
  // Demo women of the generated population aged 18–30 on the focus group's day, in a stable order.
  const women = (await prisma.user.findMany({ where: { email: { endsWith: '@ornek.katilim.demo' }, gender: 'WOMAN' }, orderBy: { email: 'asc' }, select: { id: true, birthDate: true } }))
    .map((w) => ({ ...w, age: ageOn(w.birthDate.toISOString().slice(0, 10), addDays(today, 21)) ?? 0 }))
    .filter((w) => w.age >= 18 && w.age <= 30)
    .slice(0, 34);

  await prisma.forumEvent.createMany({
    data: [
      {
        id: eventId,
        programmeId: programme.id,
        titleTr: 'Eşitlik için Gençlik Forumu',
        titleEn: 'Youth Forum for Equality',
        descriptionTr: 'Genç kadınlar kentin kararlarına katılıyor: ulaşım, güvenlik, istihdam ve kamusal alanlar üzerine açık forum ve adil kurayla seçilen bir odak grup.',
        descriptionEn: 'Young women take part in the city’s decisions: an open forum on transport, safety, work and public space, and a focus group chosen by a fair draw.',
        gender: 'WOMAN',
        minAge: 18,
        maxAge: 30,
        residentOfIzmir: true,
        status: 'PUBLISHED',
        createdById: coordinator.id,
      },
    ],
    skipDuplicates: true,
  });
  await prisma.forumSession.createMany({
    data: [
      {
        id: openId,
        eventId,
        kind: 'OPEN',
        title: 'Açık forum: kentte eşitlik',
        startsAt: at(14, '14:00'),
        endsAt: at(14, '17:00'),
        placeName: 'Ahmed Adnan Saygun Sanat Merkezi',
        address: 'Mithatpaşa Cd. No: 138, Güzelyalı, Konak',
        capacity: 60,
        agenda: 'Açılış; ulaşım, güvenlik, istihdam ve kamusal alan masaları; önerilerin paylaşılması.',
        opensAt: at(-3, '10:00'),
        closesAt: at(12, '23:59'),
      },
      {
        id: focusId,
        eventId,
        kind: 'FOCUS_GROUP',
        title: 'Odak grup: gece ulaşımı ve güvenlik',
        startsAt: at(21, '18:00'),
        endsAt: at(21, '20:00'),
        placeName: 'Kadın Dayanışma Merkezi, Bayraklı',
        address: 'Manas Blv., Bayraklı',
        panelSize: 8,
        agenda: 'Gece ulaşımındaki deneyimler; güvenli durak ve güzergâh önerileri.',
        opensAt: at(-5, '10:00'),
        closesAt: at(15, '23:59'),
      },
    ],
    skipDuplicates: true,
  });
  await prisma.forumFacilitator.createMany({
    data: [openId, focusId].map((sessionId) => ({ sessionId, userId: facilitator.id, assignedById: coordinator.id })),
    skipDuplicates: true,
  });
  await prisma.forumProfileQuestion.createMany({
    data: QUESTIONS.map((q, position) => ({ id: seedId(`forum-question:${q.key}`), eventId, key: q.key, labelTr: q.labelTr, labelEn: q.labelEn, position })),
    skipDuplicates: true,
  });
  await prisma.forumProfileOption.createMany({
    data: QUESTIONS.flatMap((q) => q.options.map((o, position) => ({ id: seedId(`forum-option:${q.key}:${o.value}`), questionId: seedId(`forum-question:${q.key}`), ...o, position }))),
    skipDuplicates: true,
  });
  await prisma.forumQuota.createMany({
    data: QUOTAS.map((q) => ({ id: seedId(`forum-quota:${q.question}:${q.value}`), sessionId: focusId, questionId: seedId(`forum-question:${q.question}`), optionValue: q.value, min: q.min, max: q.max })),
    skipDuplicates: true,
  });

  // The open forum: the demo volunteer and four demo women; the focus group: the others apply.
  const registrants = [demo.id, ...women.slice(0, 4).map((w) => w.id)];
  await prisma.forumRegistration.createMany({
    data: registrants.map((userId, i) => ({ id: seedId(`forum-registration:${i}`), sessionId: openId, userId, status: 'CONFIRMED' as const, createdAt: at(-3, `10:${String(10 + i).padStart(2, '0')}`) })),
    skipDuplicates: true,
  });
  const applicants = women.slice(4);
  const groups = ['north', 'centre', 'south'] as const;
  await prisma.forumApplication.createMany({
    data: applicants.map((w, i) => ({ id: seedId(`forum-application:${i}`), sessionId: focusId, userId: w.id, createdAt: at(-5, '12:00') })),
    skipDuplicates: true,
  });
  await prisma.forumApplicationAnswer.createMany({
    data: applicants.flatMap((w, i) => [
      { applicationId: seedId(`forum-application:${i}`), questionId: seedId('forum-question:district-group'), optionValue: groups[i % 3]! },
      { applicationId: seedId(`forum-application:${i}`), questionId: seedId('forum-question:age-band'), optionValue: w.age <= 24 ? '18-24' : '25-30' },
    ]),
    skipDuplicates: true,
  });
  return { events: 1, registrations: registrants.length, applications: applicants.length };
}

export const demoData = { seed: () => seedForums() };
