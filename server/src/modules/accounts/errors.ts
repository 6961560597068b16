import { DomainError } from '../../errors.ts';
import type { MessageKey } from '../../i18n/messages.ts';

export class EmailTakenError extends DomainError {
  readonly code = 'EMAIL_TAKEN';
  readonly messageKey = 'error.emailTaken';
}

export class InvalidCredentialsError extends DomainError {
  readonly code = 'INVALID_CREDENTIALS';
  readonly messageKey = 'error.invalidCredentials';
}

export class TooManyAttemptsError extends DomainError {
  readonly code: string = 'TOO_MANY_ATTEMPTS';
  readonly messageKey: MessageKey = 'error.tooManyAttempts';
  constructor(readonly retryAfterSeconds: number) {
    super();
    this.params = { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) };
  }
}

/** Too many mails (or other costly requests) from one client: the same GraphQL type, its own code and message. */
export class TooManyRequestsError extends TooManyAttemptsError {
  override readonly code = 'TOO_MANY_REQUESTS';
  override readonly messageKey = 'error.tooManyRequests';
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
