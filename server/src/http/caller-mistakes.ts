// Errors that reach the top level of a response although the caller, not the server, is at fault:
// each is recognised by its class, once, and answered with a stable code in the caller's language.
import { PothosValidationError } from '@pothos/core';
import type { GraphQLError } from 'graphql';
import { BadInputError, DomainError } from '../errors.ts';
import { translate, type Locale, type MessageKey } from '../i18n/messages.ts';

/** What Pothos (relay, prisma connections) says about ids and paging arguments it could not read. */
const POTHOS_INPUT_MESSAGES: [RegExp, MessageKey][] = [
  [/global ID|is not of type/i, 'error.invalidId'],
  [/cursor|Arguments? "(first|last|before|after)"/i, 'error.invalidPagination'],
];

export type CallerMistake = { code: string; message: string; field?: string };

/** graphql-js names the variable, and the field inside it, that it could not coerce. */
function coercedField(message: string): string | null {
  if (!message.startsWith('Variable "$')) return null;
  return /\bat "([^"]+)"/.exec(message)?.[1] ?? /^Variable "\$(\w+)"/.exec(message)?.[1] ?? null;
}

/** The error that started it: variable coercion wraps a scalar's error twice. */
function rootCause(error: GraphQLError): Error | undefined {
  let cause: Error | undefined = error.originalError;
  while (cause && 'originalError' in cause && cause.originalError instanceof Error) cause = cause.originalError;
  return cause;
}

export function callerMistake(error: GraphQLError, locale: Locale): CallerMistake | null {
  const cause = rootCause(error);
  // A query answering a domain error (mutations list theirs as typed results instead).
  if (cause instanceof DomainError) return { code: cause.code, message: translate(locale, cause.messageKey, cause.params) };
  const field = error.extensions?.code === 'BAD_USER_INPUT' ? coercedField(error.message) : null;
  if (cause instanceof BadInputError) return { code: 'BAD_USER_INPUT', message: translate(locale, cause.messageKey), ...(field ? { field } : {}) };
  if (cause instanceof PothosValidationError) {
    const key = POTHOS_INPUT_MESSAGES.find(([pattern]) => pattern.test(cause.message))?.[1];
    if (key) return { code: 'BAD_USER_INPUT', message: translate(locale, key) };
  }
  // Any other value graphql-js could not coerce (an Int over 2^31, a missing required field).
  if (field) return { code: 'BAD_USER_INPUT', message: translate(locale, 'error.invalidVariable', { field }), field };
  return null;
}
