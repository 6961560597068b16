// Demo council: the 2026–2027 term with its five committees, the demo facilitator on two of them,
// then each part's demo rows (children with guardians and consents, meetings, proposals).
// Deterministic and idempotent like the rest of the seed: stable ids, createMany with skipDuplicates.
import { prisma } from '../../db/prisma.ts';
import { seedId } from '../../seed/volunteering-plan.ts';
import { STANDING_COMMITTEES } from './committees.ts';
import { seedCouncilMeetings } from './demo-data-meetings.ts';
import { seedCouncilMembers } from './demo-data-members.ts';
import { seedCouncilProposals } from './demo-data-proposals.ts';

export const DEMO_TERM_ID = seedId('council-term-2026');
export const demoCommitteeId = (slug: (typeof STANDING_COMMITTEES)[number]['slug']) => seedId(`council-committee-${slug}`);
/** The committees the demo facilitator (kolaylastirici@katilim.demo) runs. */
export const DEMO_FACILITATED = ['kent-haklari', 'doga-ve-ekoloji'] as const;

export async function seedCouncil(): Promise<void> {
  const programme = await prisma.programme.findUniqueOrThrow({ where: { kind: 'CHILDRENS_COUNCIL' }, select: { id: true } });
  await prisma.councilTerm.createMany({
    data: [
      {
        id: DEMO_TERM_ID,
        programmeId: programme.id,
        name: '2026–2027',
        startsOn: new Date('2026-09-01'),
        endsOn: new Date('2027-08-31'),
        minAge: 10,
        maxAge: 17,
      },
    ],
    skipDuplicates: true,
  });
  await prisma.councilCommittee.createMany({
    data: STANDING_COMMITTEES.map((committee) => ({ id: demoCommitteeId(committee.slug), termId: DEMO_TERM_ID, ...committee })),
    skipDuplicates: true,
  });
  const facilitator = await prisma.user.findUnique({ where: { email: 'kolaylastirici@katilim.demo' }, select: { id: true } });
  if (facilitator) {
    await prisma.councilFacilitator.createMany({
      data: DEMO_FACILITATED.map((slug) => ({ committeeId: demoCommitteeId(slug), userId: facilitator.id })),
      skipDuplicates: true,
    });
  }
  await seedCouncilMembers();
  await seedCouncilMeetings();
  await seedCouncilProposals();
}

export const demoData = { seed: () => seedCouncil() };
