// What every module stands on: root types, scalars, the Error interface and the one place where
// domain errors become GraphQL types.
import { parseCalendarDate } from '@katilim/schema/istanbul-day';
import { InputValidationError, type StandardSchemaV1 } from '@pothos/plugin-validation';
import { builder } from '../../builder.ts';
import { BadInputError, DomainError, NotFoundError } from '../../errors.ts';
import { issuePath, translateIssue } from '../../i18n/issues.ts';
import { translate } from '../../i18n/messages.ts';
import { parseInstant } from '../../time.ts';

builder.queryType({});
builder.mutationType({});

// Strict on input: a value the database or a later `new Date()` would bend (year 0, +275760,
// 30 February rolled into March) is refused here, for every argument of every module.
builder.scalarType('DateTime', {
  description: 'An instant, ISO-8601 with a zone (Z or ±HH:MM), year 1900–2200.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? parseInstant(value) : null;
    if (!date) throw new BadInputError('error.invalidDateTime');
    return date;
  },
});

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD, year 1900–2200.',
  serialize: (value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)),
  parseValue: (value) => {
    const date = typeof value === 'string' ? parseCalendarDate(value) : null;
    if (!date) throw new BadInputError('error.invalidDate');
    return date;
  },
});

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({
    message: t.string({
      resolve: (error, _args, ctx) =>
        error instanceof DomainError
          ? translate(ctx.locale, error.messageKey, { ...error.params, ...error.localizedParams[ctx.locale] })
          : error.message,
    }),
    code: t.string({
      resolve: (error) => (error instanceof DomainError ? error.code : 'INVALID_INPUT'),
    }),
  }),
});

const ValidationIssue = builder.objectRef<StandardSchemaV1.Issue>('ValidationIssue').implement({
  description: 'One problem with one input field; path names the field inside `input`.',
  fields: (t) => ({
    path: t.stringList({ resolve: (issue) => issuePath(issue) }),
    message: t.string({ resolve: (issue, _args, ctx) => translateIssue(issue, ctx.locale) }),
  }),
});

builder.objectType(InputValidationError, {
  name: 'InputValidationError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    message: t.string({ resolve: (_error, _args, ctx) => translate(ctx.locale, 'error.invalidInput') }),
    issues: t.field({ type: [ValidationIssue], resolve: (error) => [...error.issues] }),
  }),
});

/** Registers a domain error class as a GraphQL type implementing Error. */
export function errorType<T extends DomainError>(
  errorClass: abstract new (...args: never[]) => T,
  name: string,
  description: string,
) {
  // Pothos cannot relate an abstract generic class to the interface's shape; every DomainError is an Error.
  return builder.objectType(errorClass as unknown as typeof Error, {
    name,
    description,
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof errorClass,
    fields: () => ({}),
  });
}

errorType(NotFoundError, 'NotFoundError', 'The record does not exist or is not visible to you.');

/**
 * Prisma refuses an empty `select`, which Pothos hands over when a mutation's caller selects only
 * `__typename` of the result: read the id alone then.
 */
/**
 * A list field whose answer is known to be empty without asking the database: reading the selection
 * tells Pothos it was seen (outside production an unread selection is an error).
 */
export function noRows(query: object): [] {
  void { ...query };
  return [];
}

export function nonEmpty<Q extends object>(query: Q): Q {
  const { select } = query as { select?: object };
  // Keep the rest (a connection's take, skip and cursor).
  return select && Object.keys(select).length === 0 ? { ...query, select: { id: true } } : query;
}
