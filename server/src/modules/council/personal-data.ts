// The council under KVKK. The subject is a user: as a guardian with an account, their guardian rows
// and each child's record (member row, consents without the scan's bytes, attendance, votes,
// elections); as staff, the council work they did (ids and dates: those rows are about children).
// Erasure anonymises the guardian and their children: see anonymiseMembers (members.ts) for why the
// birth year stays. Every council model that refers to a person is named here, for the whole module.
import { declarePersonalData } from '../privacy/declaration.ts';
import { anonymiseMembers } from './members.ts';

export const personalData = declarePersonalData({
  module: 'council',
  models: [
    'CouncilTerm',
    'CouncilFacilitator',
    'CouncilGuardian',
    'CouncilMember',
    'CouncilConsent',
    'CouncilElection',
    'CouncilMeeting',
    'CouncilAttendance',
    'CouncilProposal',
    'CouncilProposalVote',
    'CouncilProposalResponse',
  ],
  export: async (tx, subject) => {
    const guardians = await tx.councilGuardian.findMany({ where: { userId: subject.id }, orderBy: { createdAt: 'asc' } });
    const guardianIds = guardians.map((guardian) => guardian.id);
    const children = await tx.councilMember.findMany({ where: { guardianId: { in: guardianIds } }, orderBy: { createdAt: 'asc' } });
    const childIds = children.map((child) => child.id);
    // The scan is the signed paper itself: its fingerprint (sha256) identifies it without copying it out.
    const consents = await tx.councilConsent.findMany({ where: { memberId: { in: childIds } }, omit: { scan: true }, orderBy: { createdAt: 'asc' } });
    const [attendances, votes, elections] = await Promise.all([
      tx.councilAttendance.findMany({ where: { memberId: { in: childIds } }, orderBy: { recordedAt: 'asc' } }),
      tx.councilProposalVote.findMany({ where: { memberId: { in: childIds } }, orderBy: { recordedAt: 'asc' } }),
      tx.councilElection.findMany({ where: { electedId: { in: childIds } }, orderBy: { heldOn: 'asc' } }),
    ]);
    // Staff work: what they ran and made, by id and date only.
    const [facilitations, terms, meetings, proposals, responses] = await Promise.all([
      tx.councilFacilitator.findMany({ where: { userId: subject.id } }),
      tx.councilTerm.findMany({ where: { createdById: subject.id }, select: { id: true, name: true, createdAt: true } }),
      tx.councilMeeting.findMany({ where: { createdById: subject.id }, select: { id: true, title: true, startsAt: true, createdAt: true } }),
      tx.councilProposal.findMany({ where: { createdById: subject.id }, select: { id: true, title: true, createdAt: true } }),
      tx.councilProposalResponse.findMany({ where: { recordedById: subject.id }, select: { id: true, proposalId: true, status: true, respondedOn: true } }),
    ]);
    return {
      CouncilGuardian: guardians,
      CouncilMember: children.map(({ nameSearchText: _search, ...child }) => child),
      CouncilConsent: consents,
      CouncilAttendance: attendances,
      CouncilProposalVote: votes,
      CouncilElection: elections,
      CouncilFacilitator: facilitations,
      CouncilTerm: terms,
      CouncilMeeting: meetings,
      CouncilProposal: proposals,
      CouncilProposalResponse: responses,
    };
  },
  erase: async (tx, { subject, now }) => {
    const guardians = await tx.councilGuardian.findMany({ where: { userId: subject.id }, select: { id: true } });
    const guardianIds = guardians.map((guardian) => guardian.id);
    const children = await tx.councilMember.findMany({ where: { guardianId: { in: guardianIds }, erasedAt: null }, select: { id: true } });
    await anonymiseMembers(tx, children.map((child) => child.id), now);
    // A guardian row without children left (or never with any) goes anonymous too.
    await tx.councilGuardian.updateMany({
      where: { id: { in: guardianIds } },
      data: { firstName: '—', lastName: '—', relationship: '—', email: null, phone: '—', erasedAt: now, userId: null },
    });
    // An erased person runs no committee.
    await tx.councilFacilitator.deleteMany({ where: { userId: subject.id } });
  },
});
