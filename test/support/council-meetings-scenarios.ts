// Builders for the council's meetings tests: GraphQL documents as the client writes them, and a
// committee with a facilitator and children in a few states.
import { addDays, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { createChild, createCouncilTerm, facilitatorOf } from './council-scenarios.ts';

export const SCHEDULE = `mutation($input: ScheduleCouncilMeetingInput!) { scheduleCouncilMeeting(input: $input) { __typename
  ... on MutationScheduleCouncilMeetingSuccess { data { id title startsAt endsAt seriesId status placeName agendaItems { position title notes } } }
  ... on InputValidationError { issues { path message } }
  ... on CouncilMeetingInPastError { startsAt }
  ... on Error { code message } } }`;
export const UPDATE = `mutation($input: UpdateCouncilMeetingInput!) { updateCouncilMeeting(input: $input) { __typename
  ... on MutationUpdateCouncilMeetingSuccess { data { id title startsAt endsAt placeName status } }
  ... on InputValidationError { issues { path message } }
  ... on Error { code message } } }`;
export const CANCEL = `mutation($input: CancelCouncilMeetingInput!) { cancelCouncilMeeting(input: $input) { __typename
  ... on MutationCancelCouncilMeetingSuccess { data { id status } }
  ... on Error { code message } } }`;
export const ATTENDANCE = `mutation($input: RecordCouncilAttendanceInput!) { recordCouncilAttendance(input: $input) { __typename
  ... on MutationRecordCouncilAttendanceSuccess { data { id status attendanceSummary { present excused absent } } }
  ... on CouncilAttendanceNotMarkableError { memberIds }
  ... on InputValidationError { issues { path message } }
  ... on Error { code message } } }`;
export const MINUTES = `mutation($input: RecordCouncilMinutesInput!) { recordCouncilMinutes(input: $input) { __typename
  ... on MutationRecordCouncilMinutesSuccess { data { id minutes minutesAt decisions { position text } } }
  ... on InputValidationError { issues { path message } }
  ... on Error { code message } } }`;
export const AGENDA = `mutation($input: SetCouncilAgendaInput!) { setCouncilAgenda(input: $input) { __typename
  ... on MutationSetCouncilAgendaSuccess { data { id agendaItems { position title notes } } }
  ... on Error { code message } } }`;
export const ASSEMBLY = `mutation($input: ScheduleCouncilGeneralAssemblyInput!) { scheduleCouncilGeneralAssembly(input: $input) { __typename
  ... on MutationScheduleCouncilGeneralAssemblySuccess { data { id kind committee { id } agendaItems { position title committee { id name } report } } }
  ... on InputValidationError { issues { path message } }
  ... on Error { code message } } }`;
export const REPORT = `mutation($input: RecordCouncilCommitteeReportInput!) { recordCouncilCommitteeReport(input: $input) { __typename
  ... on MutationRecordCouncilCommitteeReportSuccess { data { id agendaItems { committee { id } report } } }
  ... on Error { code message } } }`;
export const ROSTER = `query($id: ID!) { node(id: $id) { ... on CouncilMeeting { id status
  roster { id firstName lastName status mediaAllowed }
  attendances { member { id } status } } } }`;

/** An İzmir day `days` from today. */
export const inDays = (days: number) => addDays(todayInIstanbul(), days);

/** A valid meeting input for the committee, a week from today, 16:00–17:30. */
export const meetingInput = (committee: { globalId: string }, overrides: Record<string, unknown> = {}) => ({
  committeeId: committee.globalId,
  title: 'Parklar üzerine toplantı',
  date: inDays(7),
  startTime: '16:00',
  endTime: '17:30',
  placeName: 'Konak Çocuk Meclisi Salonu',
  address: 'Cumhuriyet Bulvarı 1, Konak',
  agenda: [{ title: 'Açılış' }, { title: 'Park önerisi', notes: 'Kültürpark' }],
  ...overrides,
});

/** A term with two committees, a facilitator of the first, and in it an active and a suspended child. */
export async function committeeWithChildren(graphqlUrl: string) {
  const { term, committees } = await createCouncilTerm();
  const [committee, other] = committees as [(typeof committees)[number], (typeof committees)[number]];
  const facilitator = await facilitatorOf(graphqlUrl, committee);
  const active = await createChild({ committee, firstName: 'Ada', lastName: 'Yıldız', guardianLocale: 'tr' });
  const suspended = await createChild({ committee, firstName: 'Berk', lastName: 'Kaya', status: 'SUSPENDED', consents: ['COUNCIL_MEDIA'] });
  return { term, committee, other, facilitator, active, suspended };
}
