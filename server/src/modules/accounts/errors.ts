import { DomainError } from '../../errors.ts';

export class EmailTakenError extends DomainError {
  readonly code = 'EMAIL_TAKEN';
  readonly messageKey = 'error.emailTaken';
}

export class InvalidCredentialsError extends DomainError {
  readonly code = 'INVALID_CREDENTIALS';
  readonly messageKey = 'error.invalidCredentials';
}

export class TooManyAttemptsError extends DomainError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  readonly messageKey = 'error.tooManyAttempts';
  constructor(readonly retryAfterSeconds: number) {
    super();
    this.params = { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) };
  }
}

export class EmailNotVerifiedError extends DomainError {
  readonly code = 'EMAIL_NOT_VERIFIED';
  readonly messageKey = 'error.emailNotVerified';
}

export class TokenInvalidError extends DomainError {
  readonly code = 'TOKEN_INVALID';
  readonly messageKey = 'error.tokenInvalid';
}

export class ConsentOutdatedError extends DomainError {
  readonly code = 'CONSENT_OUTDATED';
  readonly messageKey = 'error.consentOutdated';
}

export class LastAdminError extends DomainError {
  readonly code = 'LAST_ADMIN';
  readonly messageKey = 'error.lastAdmin';
}
