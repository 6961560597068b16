// Why a council members change was refused. Messages in messages.ts (members block), Turkish first.
import { DomainError } from '../../errors.ts';

/** The child's age on the day is outside the term's age band. */
export class CouncilAgeOutOfBandError extends DomainError {
  readonly code = 'COUNCIL_AGE_OUT_OF_BAND';
  readonly messageKey = 'error.council.ageOutOfBand';
  constructor(
    readonly age: number,
    readonly minAge: number,
    readonly maxAge: number,
  ) {
    super();
    this.params = { age, minAge, maxAge };
  }
}

/** The person assigned to run a committee does not hold the FACILITATOR role. */
export class CouncilNotFacilitatorError extends DomainError {
  readonly code = 'COUNCIL_NOT_FACILITATOR';
  readonly messageKey = 'error.council.notFacilitator';
}

/** The committee is archived: nobody new joins it and no new meetings are scheduled. */
export class CouncilCommitteeArchivedError extends DomainError {
  readonly code = 'COUNCIL_COMMITTEE_ARCHIVED';
  readonly messageKey = 'error.council.committeeArchived';
}

/** A committee of that name already exists in the term. */
export class CouncilCommitteeExistsError extends DomainError {
  readonly code = 'COUNCIL_COMMITTEE_EXISTS';
  readonly messageKey = 'error.council.committeeExists';
}

/** A term of that name already exists. */
export class CouncilTermExistsError extends DomainError {
  readonly code = 'COUNCIL_TERM_EXISTS';
  readonly messageKey = 'error.council.termExists';
}

/** The member has left the council: nothing more is recorded for them. */
export class CouncilMemberLeftError extends DomainError {
  readonly code = 'COUNCIL_MEMBER_LEFT';
  readonly messageKey = 'error.council.memberLeft';
}

/** The elected member is not ACTIVE in the committee. */
export class CouncilMemberNotActiveError extends DomainError {
  readonly code = 'COUNCIL_MEMBER_NOT_ACTIVE';
  readonly messageKey = 'error.council.memberNotActive';
}

/** A consent scan that is not a PDF, JPEG or PNG, or is over 2 MB. */
export class CouncilScanInvalidError extends DomainError {
  readonly code = 'COUNCIL_SCAN_INVALID';
  readonly messageKey = 'error.council.scanInvalid';
}

/** A paper consent needs its scan. */
export class CouncilScanMissingError extends DomainError {
  readonly code = 'COUNCIL_SCAN_MISSING';
  readonly messageKey = 'error.council.scanMissing';
}

/** That consent already stands (give) or does not stand (withdraw). */
export class CouncilConsentUnchangedError extends DomainError {
  readonly code = 'COUNCIL_CONSENT_UNCHANGED';
  readonly messageKey = 'error.council.consentUnchanged';
}

/** Moving a member to a committee of another term. */
export class CouncilOtherTermError extends DomainError {
  readonly code = 'COUNCIL_OTHER_TERM';
  readonly messageKey = 'error.council.otherTerm';
}
