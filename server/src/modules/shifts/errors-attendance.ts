// Attendance's domain errors: check-in and check-out, attendance, hours approval, certificates.
import { DomainError } from '../../errors.ts';

/** The scanned code names no shift, or its signature does not match the shift's secret. */
export class InvalidCheckInCodeError extends DomainError {
  readonly code = 'INVALID_CHECK_IN_CODE';
  readonly messageKey = 'shifts.attendance.invalidCode';
}

/** Check-in opens 30 minutes before the start. */
export class CheckInNotOpenError extends DomainError {
  readonly code = 'CHECK_IN_NOT_OPEN';
  readonly messageKey = 'shifts.attendance.notOpen';
  constructor(readonly opensAt: Date) {
    super();
    this.params = { minutes: Math.max(1, Math.ceil((opensAt.getTime() - Date.now()) / 60_000)) };
  }
}

/** The shift has ended (or was cancelled): there is nothing to check in to. */
export class CheckInClosedError extends DomainError {
  readonly code = 'CHECK_IN_CLOSED';
  readonly messageKey = 'shifts.attendance.closed';
}

/** Only a person with a confirmed place on the shift checks in. */
export class NotOnShiftError extends DomainError {
  readonly code = 'NOT_ON_SHIFT';
  readonly messageKey = 'shifts.attendance.notOnShift';
}

/** Check-out needs a check-in first. */
export class NotCheckedInError extends DomainError {
  readonly code = 'NOT_CHECKED_IN';
  readonly messageKey = 'shifts.attendance.notCheckedIn';
}

export class AlreadyCheckedOutError extends DomainError {
  readonly code = 'ALREADY_CHECKED_OUT';
  readonly messageKey = 'shifts.attendance.alreadyCheckedOut';
}

/** Attendance is recorded from the opening of check-in on, never for a shift still far ahead. */
export class AttendanceTooEarlyError extends DomainError {
  readonly code = 'ATTENDANCE_TOO_EARLY';
  readonly messageKey = 'shifts.attendance.tooEarly';
}

/** An entry named a sign-up that is not a confirmed place on this shift. */
export class SignupNotOnShiftError extends DomainError {
  readonly code = 'SIGNUP_NOT_ON_SHIFT';
  readonly messageKey = 'shifts.attendance.signupNotOnShift';
}

/** Approved hours are final; attendance or minutes of an approved sign-up no longer change. */
export class HoursAlreadyApprovedError extends DomainError {
  readonly code = 'HOURS_ALREADY_APPROVED';
  readonly messageKey = 'shifts.attendance.alreadyApproved';
}

/** More minutes than the shift lasts. */
export class MinutesExceedShiftError extends DomainError {
  readonly code = 'MINUTES_EXCEED_SHIFT';
  readonly messageKey = 'shifts.attendance.minutesExceedShift';
  constructor(readonly maximum: number) {
    super();
    this.params = { maximum };
  }
}

/** Only the hours of people marked present can be approved; nothing was approved. */
export class HoursNotApprovableError extends DomainError {
  readonly code = 'HOURS_NOT_APPROVABLE';
  readonly messageKey = 'shifts.attendance.notApprovable';
  constructor(readonly count: number) {
    super();
    this.params = { count };
  }
}

/** Lifting needs a pause. */
export class NotPausedError extends DomainError {
  readonly code = 'NOT_PAUSED';
  readonly messageKey = 'shifts.attendance.notPaused';
}

/** A certificate needs approved hours in its period. */
export class NoApprovedHoursError extends DomainError {
  readonly code = 'NO_APPROVED_HOURS';
  readonly messageKey = 'shifts.attendance.noApprovedHours';
}

/** Too many certificate checks from one address in a short time. */
export class TooManyVerificationsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  readonly messageKey = 'shifts.attendance.tooManyVerifications';
  constructor(readonly retryAfterSeconds: number) {
    super();
    this.params = { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) };
  }
}
