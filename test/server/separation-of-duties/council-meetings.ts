// Separation-of-duties rows of the council's meetings part: a coordinator whose own child sits on a
// committee does not take that child's attendance. The rest acts on meetings, about no child.
// Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import { createChild, createCouncilMeeting, createCouncilTerm } from '../../support/council-scenarios.ts';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {
    recordCouncilAttendance: {
      inputType: 'RecordCouncilAttendanceInput',
      input: async (guardian) => {
        const { committees } = await createCouncilTerm();
        const child = await createChild({ committee: committees[0]!, guardianUserId: guardian.id });
        const meeting = await createCouncilMeeting({ committee: committees[0]!, startsInHours: 0 });
        return { meetingId: meeting.globalId, entries: [{ memberId: child.globalId, status: 'PRESENT' }] };
      },
    },
  },
  aboutNobody: {
    scheduleCouncilGeneralAssembly: 'Schedules the whole council’s assembly, with an agenda item per committee; it records nothing about a child.',
  },
  counts: async () => ({
    councilAttendance: await prisma.councilAttendance.count(),
    councilMeetings: await prisma.councilMeeting.count(),
  }),
};
