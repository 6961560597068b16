// Recruitment under KVKK: the person's applications in their own words, their area choices and
// timeline, and the screening notes staff wrote about them. Staff notes about a person are that
// person's data (KVKK article 11), so they are exported to them and erased with them; the staff
// who wrote them are not named. For staff, the export lists what they did, not the other
// applicants' data they worked on.
import { declarePersonalData } from '../privacy/declaration.ts';

export const personalData = declarePersonalData({
  module: 'volunteer-applications',
  models: ['VolunteerApplication', 'ApplicationAreaChoice', 'ApplicationEvent', 'ScreeningNote', 'RecruitmentRound'],
  export: async (tx, subject) => {
    const ownApplication = { application: { applicantId: subject.id } };
    const [applications, choices, events, notes, rounds] = await Promise.all([
      tx.volunteerApplication.findMany({
        where: { applicantId: subject.id },
        include: { round: { select: { titleTr: true, titleEn: true } } },
        orderBy: { createdAt: 'asc' },
      }),
      tx.applicationAreaChoice.findMany({ where: ownApplication, include: { area: { select: { nameTr: true, nameEn: true } } }, orderBy: [{ applicationId: 'asc' }, { rank: 'asc' }] }),
      tx.applicationEvent.findMany({
        where: { OR: [ownApplication, { actorId: subject.id }] },
        include: { application: { select: { applicantId: true } } },
        orderBy: { createdAt: 'asc' },
      }),
      tx.screeningNote.findMany({
        where: { OR: [ownApplication, { authorId: subject.id }] },
        include: { application: { select: { applicantId: true } } },
        orderBy: { createdAt: 'asc' },
      }),
      tx.recruitmentRound.findMany({ where: { createdById: subject.id }, select: { id: true, slug: true, titleTr: true, createdAt: true } }),
    ]);
    return {
      VolunteerApplication: applications,
      ApplicationAreaChoice: choices,
      ApplicationEvent: events.map(({ application, actorId, note, ...event }) =>
        application.applicantId === subject.id ? { ...event, note, byYou: actorId === subject.id } : { ...event, byYou: true },
      ),
      ScreeningNote: notes.map(({ application, authorId: _authorId, body, ...note }) =>
        application.applicantId === subject.id ? { ...note, body } : { ...note, writtenByYou: true },
      ),
      RecruitmentRound: rounds,
    };
  },
  erase: async (tx, { subject }) => {
    const ownApplication = { application: { applicantId: subject.id } };
    // Applications, choices and the timeline stay for the round's statistics, without the person's
    // own words or where they live; staff remarks on the timeline and screening notes go.
    await tx.volunteerApplication.updateMany({
      where: { applicantId: subject.id },
      data: { motivation: '', experience: '', languages: [], districtId: null },
    });
    await tx.applicationEvent.updateMany({ where: { ...ownApplication, note: { not: null } }, data: { note: null } });
    await tx.screeningNote.deleteMany({ where: ownApplication });
    // Notes and events they wrote as staff are about other people and stay; their author is now
    // the anonymous placeholder, like the creator of a round.
  },
});
