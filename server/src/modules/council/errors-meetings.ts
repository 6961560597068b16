// The meetings part's domain errors: a meeting already cancelled or over, one that would start in the
// past, attendance naming children who cannot be marked, and items that belong to no committee.
import { DomainError } from '../../errors.ts';

/** The meeting was cancelled: nothing more is recorded on it and it cannot be changed. */
export class CouncilMeetingCancelledError extends DomainError {
  readonly code = 'COUNCIL_MEETING_CANCELLED';
  readonly messageKey = 'error.council.meetings.meetingCancelled';
}

/** The meeting has started or is over: its time and place no longer change, nor is it cancelled. */
export class CouncilMeetingStartedError extends DomainError {
  readonly code = 'COUNCIL_MEETING_STARTED';
  readonly messageKey = 'error.council.meetings.meetingStarted';
}

/** A meeting (or one occurrence of a series) would start in the past. */
export class CouncilMeetingInPastError extends DomainError {
  readonly code = 'COUNCIL_MEETING_IN_PAST';
  readonly messageKey = 'error.council.meetings.meetingInPast';
  constructor(readonly startsAt: Date) {
    super();
  }
}

/**
 * Attendance named children who are not ACTIVE members of the meeting's committee (another
 * committee's, suspended, left, or unknown ids); nothing was recorded.
 */
export class CouncilAttendanceNotMarkableError extends DomainError {
  readonly code = 'COUNCIL_ATTENDANCE_NOT_MARKABLE';
  readonly messageKey = 'error.council.meetings.attendanceNotMarkable';
  constructor(
    /** Global ids of the members, as the caller sent them. */
    readonly memberIds: string[],
    /** First names of those the caller may read, for the message. */
    readonly names: string[],
  ) {
    super();
    this.params = { count: memberIds.length, names: names.join(', ') || '—' };
  }
}

/** Agenda, attendance and minutes of a general assembly are not a committee's: the action is for committee meetings. */
export class CouncilNotACommitteeMeetingError extends DomainError {
  readonly code = 'COUNCIL_NOT_A_COMMITTEE_MEETING';
  readonly messageKey = 'error.council.meetings.notACommitteeMeeting';
}

/** The general assembly has no agenda item for this committee. */
export class CouncilNoReportItemError extends DomainError {
  readonly code = 'COUNCIL_NO_REPORT_ITEM';
  readonly messageKey = 'error.council.meetings.noReportItem';
}

/** The term has no committee to report at a general assembly. */
export class CouncilTermWithoutCommitteesError extends DomainError {
  readonly code = 'COUNCIL_TERM_WITHOUT_COMMITTEES';
  readonly messageKey = 'error.council.meetings.termWithoutCommittees';
}
