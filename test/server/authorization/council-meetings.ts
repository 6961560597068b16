// Authorization rows of the council's meetings part. Committee meetings are run by the committee's
// facilitators and the council's coordinators (the FACILITATOR caller here runs no committee); a
// committee's meetings are listed for its readers (coordinators, admins); general assemblies are
// scheduled by coordinators. Collected by authorization.test.ts.
import { inDays, meetingInput } from '../../support/council-meetings-scenarios.ts';
import { createChild, createCouncilMeeting, createCouncilTerm } from '../../support/council-scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { globalId, STAFF, type Caller, type Operations } from './table.ts';

const READERS: readonly Caller[] = ['COORDINATOR', 'ADMIN'];

async function committeeMeeting(startsInHours = 7 * 24) {
  const { committees } = await createCouncilTerm();
  const committee = committees[0]!;
  const child = await createChild({ committee });
  const meeting = await createCouncilMeeting({ committee, startsInHours });
  return { committee, child, meeting };
}

const times = { date: inDays(10), startTime: '16:00', endTime: '17:00', placeName: 'Konak Çocuk Meclisi Salonu' };

export const operations: Operations = {
  'Query.councilMeetings': {
    document: `query($c: ID!) { councilMeetings(committeeId: $c, first: 5) { edges { node { id title attendanceSummary { present } } } } }`,
    variables: async () => ({ c: (await committeeMeeting()).committee.globalId }),
    allowed: READERS,
  },
  'Mutation.scheduleCouncilMeeting': {
    document: mutation('scheduleCouncilMeeting', 'ScheduleCouncilMeetingInput', 'data { id }'),
    variables: async () => {
      const { committee } = await committeeMeeting();
      return { input: meetingInput(committee) };
    },
    allowed: STAFF,
  },
  'Mutation.updateCouncilMeeting': {
    document: mutation('updateCouncilMeeting', 'UpdateCouncilMeetingInput', 'data { id }'),
    variables: async () => ({ input: { meetingId: (await committeeMeeting()).meeting.globalId, title: 'Yeni', ...times } }),
    allowed: STAFF,
  },
  'Mutation.cancelCouncilMeeting': {
    document: mutation('cancelCouncilMeeting', 'CancelCouncilMeetingInput', 'data { id }'),
    variables: async () => ({ input: { meetingId: (await committeeMeeting()).meeting.globalId } }),
    allowed: STAFF,
  },
  'Mutation.recordCouncilAttendance': {
    document: mutation('recordCouncilAttendance', 'RecordCouncilAttendanceInput', 'data { id status }'),
    variables: async () => {
      const { meeting, child } = await committeeMeeting(0);
      return { input: { meetingId: meeting.globalId, entries: [{ memberId: child.globalId, status: 'PRESENT' }] } };
    },
    allowed: STAFF,
  },
  'Mutation.recordCouncilMinutes': {
    document: mutation('recordCouncilMinutes', 'RecordCouncilMinutesInput', 'data { id minutesAt }'),
    variables: async () => ({ input: { meetingId: (await committeeMeeting(0)).meeting.globalId, minutes: 'Toplantı yapıldı.', decisions: ['Öneri yazılacak.'] } }),
    allowed: STAFF,
  },
  'Mutation.setCouncilAgenda': {
    document: mutation('setCouncilAgenda', 'SetCouncilAgendaInput', 'data { id }'),
    variables: async () => ({ input: { meetingId: (await committeeMeeting()).meeting.globalId, items: [{ title: 'Açılış' }] } }),
    allowed: STAFF,
  },
  'Mutation.scheduleCouncilGeneralAssembly': {
    document: mutation('scheduleCouncilGeneralAssembly', 'ScheduleCouncilGeneralAssemblyInput', 'data { id }'),
    variables: async () => {
      const { term, committees } = await createCouncilTerm();
      await createChild({ committee: committees[0]! });
      return { input: { termId: term.globalId, title: 'Genel Kurul', ...times } };
    },
    allowed: STAFF,
  },
  'Mutation.recordCouncilCommitteeReport': {
    document: mutation('recordCouncilCommitteeReport', 'RecordCouncilCommitteeReportInput', 'data { id }'),
    variables: async () => {
      const { term, committees } = await createCouncilTerm();
      const { prisma } = await import('@katilim/server/db/prisma');
      const assembly = await prisma.councilMeeting.create({
        data: {
          termId: term.id,
          kind: 'GENERAL_ASSEMBLY',
          title: 'Genel Kurul',
          startsAt: new Date(Date.now() + 86_400_000),
          endsAt: new Date(Date.now() + 90_000_000),
          placeName: 'Salon',
          agendaItems: { create: [{ position: 0, title: committees[0]!.nameTr, committeeId: committees[0]!.id }] },
        },
      });
      return { input: { meetingId: globalId('CouncilMeeting', assembly.id), committeeId: committees[0]!.globalId, report: 'Raporumuz.' } };
    },
    allowed: STAFF,
  },
};
operations['Query.councilAssemblyTerms'] = {
  document: `{ councilAssemblyTerms { id name } }`,
  allowed: STAFF,
};
