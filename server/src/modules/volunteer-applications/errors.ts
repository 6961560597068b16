import type { ApplicationStatusName } from '@katilim/schema/application-status';
import { DomainError } from '../../errors.ts';
import type { Qualification } from '../../generated/prisma/client.ts';

export class IllegalTransitionError extends DomainError {
  readonly code = 'ILLEGAL_TRANSITION';
  readonly messageKey = 'error.illegalTransition';
  constructor(
    readonly from: ApplicationStatusName,
    readonly to: ApplicationStatusName,
  ) {
    super();
    this.params = { from, to };
  }
}

export class RoundClosedError extends DomainError {
  readonly code = 'ROUND_CLOSED';
  readonly messageKey = 'error.roundClosed';
}

export class ApplicationExistsError extends DomainError {
  readonly code = 'APPLICATION_EXISTS';
  readonly messageKey = 'error.applicationExists';
}

/** `missing` lists the qualifications the round requires that the person holds no valid one of. */
export class QualificationsMissingError extends DomainError {
  readonly code = 'QUALIFICATIONS_MISSING';
  readonly messageKey = 'error.qualificationsMissing';
  constructor(readonly missing: readonly Qualification[] = []) {
    super();
  }
}

export class ApplicantTooYoungError extends DomainError {
  readonly code = 'APPLICANT_TOO_YOUNG';
  readonly messageKey = 'error.applicantTooYoung';
}

export class SlugTakenError extends DomainError {
  readonly code = 'SLUG_TAKEN';
  readonly messageKey = 'error.slugTaken';
}

export class RoundHasApplicationsError extends DomainError {
  readonly code = 'ROUND_HAS_APPLICATIONS';
  readonly messageKey = 'error.roundHasApplications';
}
