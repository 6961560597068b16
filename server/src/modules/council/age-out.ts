// Ageing out: members leave the council on the day (İzmir) they turn their term's maxAge + 1; the
// guardian and the committee's facilitators are told once. Safe to run twice: a member already LEFT
// is not touched again, and the mail is queued with the change that makes it true.
import { latestBirthDateForAge } from '@katilim/schema/age';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { audit } from '../audit/service.ts';
import { publicUrl } from '../accounts/service.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { councilPaths } from './paths.ts';

export const AGE_OUT_ACTOR: Actor = { userId: null, requestId: 'job:council-age-out', ip: null };

/** Marks every member past their term's band LEFT (AGED_OUT) and queues the mail. Returns how many left. */
export async function ageOutMembers(now: Date = new Date()): Promise<number> {
  const today = todayInIstanbul(now);
  const terms = await prisma.councilTerm.findMany({ select: { id: true, maxAge: true } });
  let left = 0;
  for (const term of terms) {
    const members = await prisma.councilMember.findMany({
      where: { status: { not: 'LEFT' }, erasedAt: null, committee: { termId: term.id }, birthDate: { lte: new Date(`${latestBirthDateForAge(term.maxAge + 1, today)}T00:00:00Z`) } },
      select: { id: true },
    });
    for (const { id } of members) if (await ageOut(id, term.maxAge + 1, now)) left += 1;
  }
  return left;
}

async function ageOut(memberId: string, age: number, now: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const changed = await tx.councilMember.updateMany({
      where: { id: memberId, status: { not: 'LEFT' } },
      data: { status: 'LEFT', leftAt: now, leftReason: 'AGED_OUT', position: null },
    });
    if (!changed.count) return false;
    const member = await tx.councilMember.findUniqueOrThrow({
      where: { id: memberId },
      select: {
        firstName: true,
        guardian: { select: { firstName: true, email: true, locale: true, userId: true, erasedAt: true } },
        committee: { select: { id: true, nameTr: true, nameEn: true, facilitators: { select: { user: { select: { id: true, firstName: true, email: true, locale: true, erasedAt: true } } } } } },
      },
    });
    const base = { childFirstName: member.firstName, committeeTr: member.committee.nameTr, committeeEn: member.committee.nameEn, age };
    const { guardian } = member;
    if (guardian.email && !guardian.erasedAt) {
      await enqueueEmail(tx, {
        template: 'councilAgedOutGuardian',
        locale: guardian.locale,
        to: guardian.email,
        userId: guardian.userId,
        params: { ...base, recipientFirstName: guardian.firstName, link: `${publicUrl()}${councilPaths.myChildren}` },
      });
    }
    for (const { user } of member.committee.facilitators) {
      if (user.erasedAt) continue;
      await enqueueEmail(tx, {
        template: 'councilAgedOutFacilitator',
        locale: user.locale,
        to: user.email,
        userId: user.id,
        params: { ...base, recipientFirstName: user.firstName, link: `${publicUrl()}${councilPaths.member(Buffer.from(`CouncilMember:${memberId}`).toString('base64'))}` },
      });
    }
    await audit(tx, AGE_OUT_ACTOR, 'council.member.ageOut', { type: 'CouncilMember', id: memberId }, { age });
    return true;
  });
}
