// Why a sign-up (or a confirmation, swap, assignment) was refused. One class per rule; messages in
// messages.ts (sign-up block), with the shift, qualification or clash named in the reader's language.
import { DomainError } from '../../errors.ts';
import { bothLanguages, formatDay, formatInstant } from './format.ts';

type Named = { nameTr: string; nameEn: string };

/** Every place is taken: the caller may join the waitlist instead. */
export class ShiftFullError extends DomainError {
  readonly code = 'SHIFT_FULL';
  readonly messageKey = 'error.shifts.full';
  readonly joinWaitlist = true;
  constructor(readonly capacity: number) {
    super();
    this.params = { capacity };
  }
}

/** The role asked for has no place left (the shift may still have places in other roles). */
export class RoleFullError extends DomainError {
  readonly code = 'ROLE_FULL';
  readonly messageKey = 'error.shifts.roleFull';
  constructor(role: Named & { headcount: number }) {
    super();
    this.params = { headcount: role.headcount };
    this.localizedParams = { tr: { role: role.nameTr }, en: { role: role.nameEn } };
  }
}

export class QualificationMissingError extends DomainError {
  readonly code = 'QUALIFICATION_MISSING';
  readonly messageKey = 'error.shifts.qualificationMissing';
  constructor(readonly missing: Named[]) {
    super();
    this.localizedParams = {
      tr: { qualifications: missing.map((q) => q.nameTr).join(', ') },
      en: { qualifications: missing.map((q) => q.nameEn).join(', ') },
    };
  }
}

/** A qualification held, but not valid through the end of the shift. */
export class QualificationExpiresError extends DomainError {
  readonly code = 'QUALIFICATION_EXPIRES';
  readonly messageKey = 'error.shifts.qualificationExpires';
  constructor(
    qualification: Named,
    readonly expiresAt: Date,
  ) {
    super();
    this.localizedParams = {
      tr: { qualification: qualification.nameTr, date: formatDay('tr', expiresAt) },
      en: { qualification: qualification.nameEn, date: formatDay('en', expiresAt) },
    };
  }
}

export type ClashKind = 'SHIFT' | 'INTERVIEW' | 'TRAINING';
/** Another commitment of the person overlaps the shift. */
export class ShiftClashError extends DomainError {
  readonly code = 'CLASH';
  readonly messageKey = 'error.shifts.clash';
  constructor(
    readonly kind: ClashKind,
    what: Named,
    readonly startsAt: Date,
  ) {
    super();
    const label = { SHIFT: ['vardiyanız', 'your shift'], INTERVIEW: ['mülakatınız', 'your interview'], TRAINING: ['eğitim oturumunuz', 'your training session'] }[kind];
    this.localizedParams = {
      tr: { what: `${label[0]} "${what.nameTr}"`, when: formatInstant('tr', startsAt) },
      en: { what: `${label[1]} "${what.nameEn}"`, when: formatInstant('en', startsAt) },
    };
  }
}

/** The hours of the İzmir week (Monday–Sunday) would pass the programme's cap. */
export class WorkloadCapError extends DomainError {
  readonly code = 'WORKLOAD_CAP';
  readonly messageKey = 'error.shifts.workloadCap';
  constructor(
    readonly maxHoursPerWeek: number,
    readonly hoursThatWeek: number,
    readonly shiftHours: number,
  ) {
    super();
    const round = (n: number) => Math.round(n * 10) / 10;
    this.params = { max: maxHoursPerWeek, booked: round(hoursThatWeek), adding: round(shiftHours) };
  }
}

/** The shift has started or passed its sign-up cut-off, or was cancelled. */
export class SignupClosedError extends DomainError {
  readonly code = 'SIGNUP_CLOSED';
  readonly messageKey = 'error.shifts.signupClosed';
  constructor(readonly closedAt: Date) {
    super();
    this.localizedParams = bothLanguages((locale) => ({ date: formatInstant(locale, closedAt) }));
  }
}

/** Sign-up is paused after no-shows until a coordinator lifts it. */
export class SignupPausedError extends DomainError {
  readonly code = 'SIGNUP_PAUSED';
  readonly messageKey = 'error.shifts.signupPaused';
  constructor(readonly noShows: number) {
    super();
    this.params = { noShows };
  }
}

export class NotActiveVolunteerError extends DomainError {
  readonly code = 'NOT_ACTIVE_VOLUNTEER';
  readonly messageKey = 'error.shifts.notActiveVolunteer';
}

export class AlreadySignedUpError extends DomainError {
  readonly code = 'ALREADY_SIGNED_UP';
  readonly messageKey = 'error.shifts.alreadySignedUp';
}

/** The sign-up is not in a state this action applies to (an offer already answered, a place already given up). */
export class SignupNotActiveError extends DomainError {
  readonly code = 'SIGNUP_NOT_ACTIVE';
  readonly messageKey = 'error.shifts.signupNotActive';
}

/** The hold on an offered place ran out before it was confirmed; the place went to the next person. */
export class OfferExpiredError extends DomainError {
  readonly code = 'OFFER_EXPIRED';
  readonly messageKey = 'error.shifts.offerExpired';
}

/** The swap or invitation was answered (or withdrawn) already. */
export class RequestAnsweredError extends DomainError {
  readonly code = 'REQUEST_ANSWERED';
  readonly messageKey = 'error.shifts.requestAnswered';
}

/** A volunteer offered their place to themselves. */
export class SwapToSelfError extends DomainError {
  readonly code = 'SWAP_TO_SELF';
  readonly messageKey = 'error.shifts.swapToSelf';
}
