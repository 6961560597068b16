// Demo council proposals (owned by the proposals slice). Idempotent: stable ids, createMany with skipDuplicates.
// Kent Hakları has one adopted, one under review with an answer and one implemented, voted by the demo
// children in a past HELD meeting of its own (so this part does not depend on the meetings slice's
// rows); Doğa ve Ekoloji has a draft.
import { prisma } from '../../db/prisma.ts';
import type { CouncilProposalStatus, CouncilVoteChoice } from '../../generated/prisma/enums.ts';
import { seedId } from '../../seed/volunteering-plan.ts';
import { DEMO_TERM_ID, demoCommitteeId } from './demo-data.ts';

const at = (instant: string) => new Date(instant);
const day = (date: string) => new Date(`${date}T00:00:00Z`);

export const DEMO_PROPOSAL_MEETING_ID = seedId('council-proposals-meeting-kent-haklari');
export const demoProposalId = (slug: string) => seedId(`council-proposal-${slug}`);

type DemoProposal = {
  slug: string;
  committee: 'kent-haklari' | 'doga-ve-ekoloji';
  title: string;
  problem: string;
  suggestion: string;
  districtId: number | null;
  status: CouncilProposalStatus;
  voted?: { at: string; choices: CouncilVoteChoice[] };
  submittedAt?: string;
  responses?: { status: CouncilProposalStatus; on: string; answer: string }[];
};

const PROPOSALS: DemoProposal[] = [
  {
    slug: 'yagmur-suyu',
    committee: 'doga-ve-ekoloji',
    title: 'Okul bahçelerine yağmur suyu toplama depoları',
    problem: 'Okul bahçelerindeki ağaçlar yazın susuz kalıyor, şebeke suyu harcanıyor.',
    suggestion: 'Okul çatılarından yağmur suyu toplayan depolar kurulsun; bahçe sulamasında bu su kullanılsın.',
    districtId: 7,
    status: 'DRAFT',
  },
  {
    slug: 'park-panosu',
    committee: 'kent-haklari',
    title: 'Parklarda çocuk meclisi duyuru panoları',
    problem: 'Çocuklar meclisin çalışmalarından ve toplantılarından haberdar olmuyor.',
    suggestion: 'Mahalle parklarına meclisin duyurularının asıldığı panolar konulsun.',
    districtId: 21,
    status: 'ADOPTED',
    voted: { at: '2026-11-04T14:00:00Z', choices: ['FOR', 'FOR', 'FOR', 'AGAINST', 'ABSTAIN', 'FOR'] },
  },
  {
    slug: 'icme-suyu',
    committee: 'kent-haklari',
    title: 'Mahalle parklarına içme suyu çeşmeleri',
    problem: 'Parklarda oynayan çocuklar su içebilecekleri bir çeşme bulamıyor.',
    suggestion: 'Her mahalle parkına çocuk boyunda, temiz içme suyu veren bir çeşme yapılsın.',
    districtId: 8,
    status: 'UNDER_REVIEW',
    voted: { at: '2026-11-04T14:10:00Z', choices: ['FOR', 'FOR', 'FOR', 'FOR', 'AGAINST', 'FOR'] },
    submittedAt: '2026-11-06T09:00:00Z',
    responses: [
      { status: 'RECEIVED', on: '2026-11-10', answer: 'Öneriniz Park ve Bahçeler Dairesi Başkanlığına iletildi.' },
      { status: 'UNDER_REVIEW', on: '2026-11-20', answer: 'Buca ilçesindeki 12 park için keşif çalışması başladı; sonuçları Ocak ayında paylaşacağız.' },
    ],
  },
  {
    slug: 'okul-onu',
    committee: 'kent-haklari',
    title: 'Okul önlerinde yavaşlama bölgeleri',
    problem: 'Okul çıkışlarında araçlar hızlı geçiyor, çocuklar karşıdan karşıya geçerken korkuyor.',
    suggestion: 'Okul önlerine hız kesici ve “yavaş” yazılı yol işaretleri konulsun.',
    districtId: 21,
    status: 'IMPLEMENTED',
    voted: { at: '2026-11-04T14:20:00Z', choices: ['FOR', 'FOR', 'FOR', 'FOR', 'FOR', 'ABSTAIN'] },
    submittedAt: '2026-11-05T10:00:00Z',
    responses: [
      { status: 'ACCEPTED', on: '2026-11-09', answer: 'Konak’taki 8 okul için uygulama programa alındı.' },
      { status: 'IMPLEMENTED', on: '2026-11-27', answer: '8 okulun önüne hız kesici ve yol işaretleri yapıldı. Teşekkür ederiz!' },
    ],
  },
];

export async function seedCouncilProposals(): Promise<void> {
  const committeeId = demoCommitteeId('kent-haklari');
  await prisma.councilMeeting.createMany({
    data: [
      {
        id: DEMO_PROPOSAL_MEETING_ID,
        termId: DEMO_TERM_ID,
        committeeId,
        kind: 'COMMITTEE',
        title: 'Öneriler toplantısı',
        startsAt: at('2026-11-04T13:30:00Z'),
        endsAt: at('2026-11-04T15:00:00Z'),
        placeName: 'Konak Çocuk Meclisi Salonu',
        address: 'Konak, İzmir',
        status: 'HELD',
      },
    ],
    skipDuplicates: true,
  });
  await prisma.councilProposal.createMany({
    data: PROPOSALS.map((p) => ({
      id: demoProposalId(p.slug),
      committeeId: demoCommitteeId(p.committee),
      title: p.title,
      problem: p.problem,
      suggestion: p.suggestion,
      districtId: p.districtId,
      status: p.status,
      votedMeetingId: p.voted ? DEMO_PROPOSAL_MEETING_ID : null,
      votedAt: p.voted ? at(p.voted.at) : null,
      submittedAt: p.submittedAt ? at(p.submittedAt) : null,
      answer: p.responses?.at(-1)?.answer ?? '',
      createdAt: at('2026-10-21T12:00:00Z'),
    })),
    skipDuplicates: true,
  });
  // The demo children are the members slice's (council-child-1 … 6); votes only for those that exist.
  const childIds = [1, 2, 3, 4, 5, 6].map((n) => seedId(`council-child-${n}`));
  const present = new Set((await prisma.councilMember.findMany({ where: { id: { in: childIds } }, select: { id: true } })).map((row) => row.id));
  await prisma.councilProposalVote.createMany({
    data: PROPOSALS.flatMap((p) =>
      (p.voted?.choices ?? []).flatMap((choice, index) =>
        present.has(childIds[index]!)
          ? [{ proposalId: demoProposalId(p.slug), memberId: childIds[index]!, meetingId: DEMO_PROPOSAL_MEETING_ID, choice, recordedAt: at(p.voted!.at) }]
          : [],
      ),
    ),
    skipDuplicates: true,
  });
  await prisma.councilProposalResponse.createMany({
    data: PROPOSALS.flatMap((p) =>
      (p.responses ?? []).map((r, index) => ({
        id: seedId(`council-proposal-${p.slug}-response-${index}`),
        proposalId: demoProposalId(p.slug),
        status: r.status,
        answer: r.answer,
        respondedOn: day(r.on),
      })),
    ),
    skipDuplicates: true,
  });
}
