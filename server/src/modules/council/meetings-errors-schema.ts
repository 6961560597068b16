// The meetings part's error types in the schema: how each refusal of errors-meetings.ts reads to a
// caller, with the fields a client needs to say which meeting or child it was about.
import { builder } from '../../builder.ts';
import { errorType, ErrorInterface } from '../common/schema.ts';
import {
  CouncilAttendanceNotMarkableError,
  CouncilMeetingCancelledError,
  CouncilMeetingInPastError,
  CouncilMeetingStartedError,
  CouncilNoReportItemError,
  CouncilNotACommitteeMeetingError,
  CouncilTermWithoutCommitteesError,
} from './errors-meetings.ts';

builder.objectType(CouncilAttendanceNotMarkableError, {
  name: 'CouncilAttendanceNotMarkableError',
  description: 'Attendance named children who are not ACTIVE members of the meeting’s committee; nothing was recorded.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CouncilAttendanceNotMarkableError,
  fields: (t) => ({ memberIds: t.exposeIDList('memberIds') }),
});
builder.objectType(CouncilMeetingInPastError, {
  name: 'CouncilMeetingInPastError',
  description: 'The meeting (or an occurrence of the series) would start in the past.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CouncilMeetingInPastError,
  fields: (t) => ({ startsAt: t.expose('startsAt', { type: 'DateTime' }) }),
});
errorType(CouncilMeetingCancelledError, 'CouncilMeetingCancelledError', 'The meeting was cancelled.');
errorType(CouncilMeetingStartedError, 'CouncilMeetingStartedError', 'The meeting has started or was held: its time and place no longer change.');
errorType(CouncilNotACommitteeMeetingError, 'CouncilNotACommitteeMeetingError', 'The action is for committee meetings, not a general assembly.');
errorType(CouncilNoReportItemError, 'CouncilNoReportItemError', 'The general assembly has no item for this committee.');
errorType(CouncilTermWithoutCommitteesError, 'CouncilTermWithoutCommitteesError', 'The term has no committee to report.');

