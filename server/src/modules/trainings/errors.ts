import { DomainError } from '../../errors.ts';

/** Enrolling these applicants would put more people in a session than it has seats. */
export class TrainingFullError extends DomainError {
  readonly code = 'TRAINING_FULL';
  readonly messageKey = 'error.trainingFull';
  constructor(
    readonly capacity: number,
    readonly enrolled: number,
    readonly requested: number,
  ) {
    super();
    this.params = { capacity, enrolled, requested };
  }
}

/** A session cannot have fewer seats than the course already has people enrolled. */
export class CapacityBelowEnrolmentsError extends DomainError {
  readonly code = 'CAPACITY_BELOW_ENROLMENTS';
  readonly messageKey = 'error.capacityBelowEnrolments';
  constructor(
    readonly capacity: number,
    readonly enrolled: number,
  ) {
    super();
    this.params = { capacity, enrolled };
  }
}

/** The course has fewer regular sessions than its completion rule needs, so nobody could finish it. */
export class CourseNotReadyError extends DomainError {
  readonly code = 'COURSE_NOT_READY';
  readonly messageKey = 'error.courseNotReady';
  constructor(
    readonly sessionsNeeded: number,
    readonly sessions: number,
  ) {
    super();
    this.params = { needed: sessionsNeeded, sessions };
  }
}

/** A make-up session must replace a regular session of the same course. */
export class InvalidMakeUpError extends DomainError {
  readonly code = 'INVALID_MAKE_UP';
  readonly messageKey = 'error.invalidMakeUp';
}

/** Attendance named someone who is not enrolled in the session's course. */
export class EnrolmentNotInCourseError extends DomainError {
  readonly code = 'ENROLMENT_NOT_IN_COURSE';
  readonly messageKey = 'error.enrolmentNotInCourse';
}

export class QualificationExistsError extends DomainError {
  readonly code = 'QUALIFICATION_EXISTS';
  readonly messageKey = 'error.qualificationExists';
}
