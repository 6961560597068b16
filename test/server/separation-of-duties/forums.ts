// Separation-of-duties rows of forums: replacing a focus group's participant and marking attendance
// are about a person (never one's own); the rest is about events, sessions and the selection. A
// coordinator who applied herself cannot steer the draw: the distribution and the secret's hash are
// committed before the public value exists, and anyone can recompute the panel.
import { prisma } from '@katilim/server/db/prisma';
import { globalId } from '../../support/applications-scenarios.ts';
import { createForumApplication, createForumRegistration, createForumSession, openToAll, selectedFocusGroup } from '../../support/forums-scenarios.ts';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {
    recordForumAttendance: {
      inputType: 'RecordForumAttendanceInput',
      input: async (applicant) => {
        const session = await createForumSession({ event: await openToAll() });
        const registration = await createForumRegistration(session, applicant.id);
        return { sessionId: session.globalId, registrationId: registration.globalId, attended: true };
      },
    },
    replaceForumParticipant: {
      inputType: 'ReplaceForumParticipantInput',
      input: async (applicant) => {
        // Her application joins a drawn pool as a selected participant (the draw itself is not under test).
        const { session } = await selectedFocusGroup(4, 2, true);
        const mine = await createForumApplication(session, applicant.id, { district: 'north', age: '18-24' }, 'SELECTED');
        const selection = await prisma.forumSelection.findUniqueOrThrow({ where: { sessionId: session.id } });
        const [leaving, ...rest] = selection.panelIds;
        await prisma.forumApplication.update({ where: { id: leaving! }, data: { status: 'APPLIED' } });
        await prisma.forumSelection.update({ where: { id: selection.id }, data: { panelIds: [mine.id, ...rest], poolIds: [...selection.poolIds.filter((id) => id !== leaving), mine.id] } });
        return { applicationId: globalId('ForumApplication', mine.id) };
      },
    },
  },
  aboutNobody: {
    createForumEvent: 'an event',
    updateForumEvent: 'an event',
    setForumEventStatus: 'an event',
    createForumSession: 'a session',
    updateForumSession: 'a session',
    setForumSessionFacilitators: 'staff assigned to a session (their work, not a participant’s record)',
    setForumProfileQuestions: 'an event’s questions',
    setForumQuotas: 'a focus group’s rules',
    commitForumSelection: 'a focus group’s distribution (the LEXIMIN rule decides, not the coordinator)',
    drawForumSelection: 'a focus group’s draw (the committed seed decides, and anyone can recompute it)',
    addForumFinding: 'a session’s record (notes and recommendations, about no one)',
  },
  counts: async () => ({
    attendance: await prisma.forumRegistration.count({ where: { attended: { not: null } } }),
    replaced: await prisma.forumApplication.count({ where: { status: 'REPLACED' } }),
  }),
};
