// Shifts under KVKK: a volunteer's sign-ups (with attendance and hours), swaps offered and received,
// invitations, their no-show standing, certificates and calendar feed. For coordinators, the
// opportunities they created (the id only: the rows are about the work, not them).
import { declarePersonalData } from '../privacy/declaration.ts';

export const personalData = declarePersonalData({
  module: 'shifts',
  models: ['ShiftSignup', 'ShiftSwap', 'ShiftInvitation', 'ShiftStanding', 'ParticipationCertificate', 'CalendarFeed', 'ShiftOpportunity'],
  export: async (tx, subject) => {
    const [signups, swaps, invitations, standing, certificates, feed, opportunities] = await Promise.all([
      tx.shiftSignup.findMany({
        where: { userId: subject.id },
        include: { shift: { select: { startsAt: true, endsAt: true, opportunity: { select: { titleTr: true, titleEn: true } } } } },
        orderBy: { createdAt: 'asc' },
      }),
      tx.shiftSwap.findMany({ where: { OR: [{ fromUserId: subject.id }, { toUserId: subject.id }] }, orderBy: { createdAt: 'asc' } }),
      tx.shiftInvitation.findMany({ where: { userId: subject.id }, orderBy: { createdAt: 'asc' } }),
      tx.shiftStanding.findMany({ where: { userId: subject.id } }),
      tx.participationCertificate.findMany({ where: { userId: subject.id }, orderBy: { issuedAt: 'asc' } }),
      tx.calendarFeed.findMany({ where: { userId: subject.id }, select: { userId: true, createdAt: true } }),
      tx.shiftOpportunity.findMany({ where: { createdById: subject.id }, select: { id: true, titleTr: true, createdAt: true } }),
    ]);
    return {
      // The pg-boss ids of reminders are the system's bookkeeping, not data about the person.
      ShiftSignup: signups.map(({ reminderJobIds: _jobs, ...row }) => row),
      ShiftSwap: swaps,
      ShiftInvitation: invitations,
      ShiftStanding: standing,
      ParticipationCertificate: certificates,
      CalendarFeed: feed,
      ShiftOpportunity: opportunities,
    };
  },
  erase: async (tx, { subject }) => {
    // Sign-ups stay for the programme's figures (shifts filled, hours), anonymous through the
    // placeholder; none has free text about the person but the override reason, which goes.
    await tx.shiftSignup.updateMany({ where: { userId: subject.id }, data: { overrideReason: null, reminderJobIds: [] } });
    await tx.shiftSwap.deleteMany({ where: { OR: [{ fromUserId: subject.id }, { toUserId: subject.id }] } });
    await tx.shiftInvitation.deleteMany({ where: { userId: subject.id } });
    await tx.shiftStanding.deleteMany({ where: { userId: subject.id } });
    await tx.calendarFeed.deleteMany({ where: { userId: subject.id } });
    // A certificate names the person; its public check must no longer confirm anyone.
    await tx.participationCertificate.deleteMany({ where: { userId: subject.id } });
  },
});
