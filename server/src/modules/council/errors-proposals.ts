// Why a proposal step was refused (drafting, the committee's vote, submission, the municipality's
// responses). Messages in messages.ts (proposals block), Turkish first.
import { DomainError } from '../../errors.ts';

/** Only a DRAFT is edited or voted on; a proposal votes once. */
export class CouncilProposalNotDraftError extends DomainError {
  readonly code = 'COUNCIL_PROPOSAL_NOT_DRAFT';
  readonly messageKey = 'error.council.proposals.notDraft';
}

/** Only a proposal the committee ADOPTED is submitted to the municipality. */
export class CouncilProposalNotAdoptedError extends DomainError {
  readonly code = 'COUNCIL_PROPOSAL_NOT_ADOPTED';
  readonly messageKey = 'error.council.proposals.notAdopted';
}

/** The meeting cannot carry this vote: another committee's, cancelled, or not yet come. */
export class CouncilVoteMeetingError extends DomainError {
  readonly code = 'COUNCIL_VOTE_MEETING';
  readonly messageKey = 'error.council.proposals.voteMeeting';
  constructor(readonly reason: 'OTHER_COMMITTEE' | 'CANCELLED' | 'FUTURE') {
    super();
    this.localizedParams = {
      tr: { reason: { OTHER_COMMITTEE: 'toplantı bu komisyonun değil', CANCELLED: 'toplantı iptal edildi', FUTURE: 'toplantı henüz yapılmadı' }[reason] },
      en: { reason: { OTHER_COMMITTEE: 'the meeting is not this committee’s', CANCELLED: 'the meeting was cancelled', FUTURE: 'the meeting has not taken place yet' }[reason] },
    };
  }
}

/** Votes of people who are not ACTIVE members of the committee; nothing was written. */
export class CouncilVotersNotEligibleError extends DomainError {
  readonly code = 'COUNCIL_VOTERS_NOT_ELIGIBLE';
  readonly messageKey = 'error.council.proposals.votersNotEligible';
  /** Global ids as sent, and the first names of those the committee knows (a suspended member, say). */
  constructor(
    readonly memberIds: string[],
    names: string[],
  ) {
    super();
    this.params = { count: memberIds.length, names: names.join(', ') || '—' };
  }
}

/** The municipality's response does not follow from the proposal's status. */
export class CouncilResponseTransitionError extends DomainError {
  readonly code = 'COUNCIL_RESPONSE_TRANSITION';
  readonly messageKey = 'error.council.proposals.transition';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super();
    this.params = { from, to };
  }
}

/** A response's date is before the submission or in the future. */
export class CouncilResponseDateError extends DomainError {
  readonly code = 'COUNCIL_RESPONSE_DATE';
  readonly messageKey = 'error.council.proposals.responseDate';
  constructor(
    readonly earliest: string,
    readonly latest: string,
  ) {
    super();
    this.params = { earliest, latest };
  }
}
