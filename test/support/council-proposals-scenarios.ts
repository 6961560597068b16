// Scenario builders for the council's proposals: proposals at a given status and meetings in the
// past, made straight in the database so a test states only the rule it is about.
import { prisma } from '@katilim/server/db/prisma';
import type { CouncilMeetingStatus, CouncilProposalStatus } from '@katilim/server/generated/prisma/enums';
import { globalId } from './applications-scenarios.ts';

let made = 0;

/** A committee meeting `daysAgo` days ago (negative: in the future), HELD by default. */
export async function pastMeeting(committee: { id: string; termId: string }, spec: { daysAgo?: number; status?: CouncilMeetingStatus; startsAt?: Date } = {}) {
  const startsAt = spec.startsAt ?? new Date(Date.now() - (spec.daysAgo ?? 2) * 86_400_000);
  const meeting = await prisma.councilMeeting.create({
    data: {
      termId: committee.termId,
      committeeId: committee.id,
      kind: 'COMMITTEE',
      title: 'Komisyon toplantısı',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      placeName: 'Salon',
      status: spec.status ?? 'HELD',
    },
  });
  return { ...meeting, globalId: globalId('CouncilMeeting', meeting.id) };
}

/** A proposal of the committee at the given status (SUBMITTED and later carry submittedAt, `submittedDaysAgo` ago). */
export async function createProposal(committee: { id: string }, spec: { status?: CouncilProposalStatus; title?: string; submittedDaysAgo?: number; createdAt?: Date; answer?: string } = {}) {
  made += 1;
  const status = spec.status ?? 'DRAFT';
  const submitted = !['DRAFT', 'ADOPTED', 'REJECTED'].includes(status);
  const proposal = await prisma.councilProposal.create({
    data: {
      committeeId: committee.id,
      title: spec.title ?? `Öneri ${made}`,
      problem: 'Sorun',
      suggestion: 'Çözüm',
      status,
      submittedAt: submitted ? new Date(Date.now() - (spec.submittedDaysAgo ?? 3) * 86_400_000) : null,
      answer: spec.answer ?? '',
      ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
    },
  });
  return { ...proposal, globalId: globalId('CouncilProposal', proposal.id) };
}
