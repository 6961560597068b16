// Telling members' guardians of meetings: in the transaction of the change, through the outbox, in
// each guardian's language. Only ACTIVE members' guardians (a suspended child takes part in nothing);
// the child too while COUNCIL_CHILD_CONTACT stands and the child has an email. One mail per person
// per change, listing every date it concerns.
import { publicUrl } from '../accounts/service.ts';
import type { Tx } from '../../db/prisma.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import type { MeetingMailParams } from './mail-templates-meetings.ts';
import { councilPaths } from './paths.ts';

export type MeetingNotice = 'councilMeetingScheduled' | 'councilMeetingChanged' | 'councilMeetingCancelled' | 'councilMeetingReminder';

/** The meeting's global id, as the client's addresses hold it (services do not import GraphQL). */
export const meetingGlobalId = (id: string) => Buffer.from(`CouncilMeeting:${id}`).toString('base64');

const COUNCIL_NAME = { tr: 'İzmir Çocuk Meclisi', en: 'İzmir Children’s Council' } as const;

type Meeting = { id: string; title: string; startsAt: Date; endsAt: Date; placeName: string; address: string; committeeId: string | null; termId: string };

/** Queues the notice for everyone concerned by these meetings (all of one committee, or one assembly). Answers how many mails. */
export async function tellGuardians(tx: Tx, template: MeetingNotice, meetings: readonly Meeting[]): Promise<number> {
  const first = meetings[0];
  if (!first) return 0;
  const members = await tx.councilMember.findMany({
    where: {
      ...(first.committeeId ? { committeeId: first.committeeId } : { committee: { termId: first.termId } }),
      status: 'ACTIVE',
      erasedAt: null,
      guardian: { erasedAt: null },
    },
    orderBy: [{ firstName: 'asc' }, { id: 'asc' }],
    select: {
      firstName: true,
      email: true,
      committee: { select: { nameTr: true, nameEn: true } },
      guardian: { select: { id: true, userId: true, firstName: true, email: true, locale: true } },
      consents: { where: { purpose: 'COUNCIL_CHILD_CONTACT', withdrawnAt: null }, select: { id: true }, take: 1 },
    },
  });
  const occurrences = [...meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).map((m) => ({ startsAt: m.startsAt, endsAt: m.endsAt }));
  const base = (locale: 'tr' | 'en', committee: { nameTr: string; nameEn: string }) => ({
    committeeName: first.committeeId ? (locale === 'en' ? committee.nameEn : committee.nameTr) : COUNCIL_NAME[locale],
    title: first.title,
    occurrences,
    placeName: first.placeName,
    address: first.address,
    link: `${publicUrl()}${councilPaths.meeting(meetingGlobalId(first.id))}`,
  });
  const guardians = new Map<string, { guardian: (typeof members)[number]['guardian']; committee: (typeof members)[number]['committee']; children: string[] }>();
  let sent = 0;
  for (const member of members) {
    const entry = guardians.get(member.guardian.id) ?? { guardian: member.guardian, committee: member.committee, children: [] };
    entry.children.push(member.firstName);
    guardians.set(member.guardian.id, entry);
    if (member.email && member.consents.length) {
      const locale = member.guardian.locale;
      const params: MeetingMailParams = { firstName: member.firstName, childNames: null, ...base(locale, member.committee) };
      await enqueueEmail(tx, { template, locale, to: member.email, userId: null, params });
      sent += 1;
    }
  }
  for (const { guardian, committee, children } of guardians.values()) {
    if (!guardian.email) continue;
    const params: MeetingMailParams = { firstName: guardian.firstName, childNames: children.join(', '), ...base(guardian.locale, committee) };
    await enqueueEmail(tx, { template, locale: guardian.locale, to: guardian.email, userId: guardian.userId, params });
    sent += 1;
  }
  return sent;
}
