import { GraphQLError, type ASTNode } from 'graphql';
import type { Locale, MessageKey } from './i18n/messages.ts';

/**
 * A rule of the domain was broken by the caller's request. Services throw these; the schema maps
 * each class to a GraphQL error type whose message is translated for the caller. Never a 500.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly messageKey: MessageKey;
  params: Record<string, string | number> = {};
  /** Parameters that read differently by language (a shift's title, a date), over `params`. */
  localizedParams: Partial<Record<Locale, Record<string, string | number>>> = {};
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  readonly messageKey = 'error.notFound';
}

/** A staff action on a record about the actor themselves (separation of duties). */
export class SelfActionError extends DomainError {
  readonly code = 'SELF_ACTION';
  readonly messageKey = 'error.selfAction';
}

/**
 * A document refused by a validation rule, before anything runs. Rules cannot see the request's
 * language, so the error plugin (http/app.ts) translates the message and answers BAD_USER_INPUT.
 */
export class RefusedDocumentError extends GraphQLError {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number>,
    nodes: readonly ASTNode[],
  ) {
    super(messageKey, { nodes });
  }
}

/**
 * A value that cannot even be read (a malformed date, say), thrown where no context is at hand
 * (scalar parsing); the API answers BAD_USER_INPUT with the message in the caller's language.
 */
export class BadInputError extends Error {
  constructor(readonly messageKey: MessageKey) {
    super(messageKey);
  }
}
