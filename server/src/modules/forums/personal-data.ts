// Forums under KVKK: a person's registrations (with the accessibility needs she consented to give),
// her focus-group applications and profile answers, and her staff work (facilitation, findings,
// selections committed or drawn, events created), and her comments on sessions' summaries.
import { declarePersonalData } from '../privacy/declaration.ts';

export const personalData = declarePersonalData({
  module: 'forums',
  models: ['ForumEvent', 'ForumFacilitator', 'ForumRegistration', 'ForumApplication', 'ForumApplicationAnswer', 'ForumSelection', 'ForumFinding', 'ForumComment'],
  export: async (tx, subject) => {
    const [registrations, applications, facilitations, findings, events, selections, comments] = await Promise.all([
      tx.forumRegistration.findMany({ where: { userId: subject.id }, orderBy: { createdAt: 'asc' } }),
      tx.forumApplication.findMany({ where: { userId: subject.id }, include: { answers: true }, orderBy: { createdAt: 'asc' } }),
      tx.forumFacilitator.findMany({ where: { userId: subject.id } }),
      tx.forumFinding.findMany({ where: { authorId: subject.id }, orderBy: { createdAt: 'asc' } }),
      tx.forumEvent.findMany({ where: { createdById: subject.id }, select: { id: true, titleTr: true, createdAt: true } }),
      tx.forumSelection.findMany({
        where: { OR: [{ committedById: subject.id }, { drawnById: subject.id }] },
        select: { id: true, sessionId: true, committedById: true, committedAt: true, drawnById: true, drawnAt: true },
      }),
      tx.forumComment.findMany({ where: { userId: subject.id }, orderBy: { createdAt: 'asc' } }),
    ]);
    return {
      ForumRegistration: registrations,
      ForumApplication: applications.map(({ answers: _answers, ...row }) => row),
      ForumApplicationAnswer: applications.flatMap((a) => a.answers),
      ForumFacilitator: facilitations,
      ForumFinding: findings,
      ForumEvent: events,
      ForumSelection: selections,
      ForumComment: comments,
    };
  },
  erase: async (tx, { subject }) => {
    // Registrations and applications stay for the event's figures; what she told about herself goes:
    // her accessibility needs, and her profile answers unless a committed selection's pool holds them
    // (the published distribution and a replacement's quota check recompute from them; they then
    // name no one, the account being anonymised).
    await tx.forumRegistration.updateMany({ where: { userId: subject.id }, data: { accessibilityNeeds: null, accessibilityConsentAt: null } });
    await tx.forumApplicationAnswer.deleteMany({ where: { application: { userId: subject.id, session: { selection: null } } } });
    // Her comments on summaries were kept on her consent: they go.
    await tx.forumComment.deleteMany({ where: { userId: subject.id } });
    // Findings are the session's record: they stay, without their author.
    await tx.forumFinding.updateMany({ where: { authorId: subject.id }, data: { authorId: null } });
  },
});
