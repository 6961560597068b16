// One guard at the edge for text no field may hold: PostgreSQL text cannot store NUL, and a search
// or a slug in a query has no zod rule of its own. Every variable value and every inline string
// literal of the operation is checked before anything runs, so a new module inherits the rule.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from '../context.ts';
import { translate } from '../i18n/messages.ts';

/** The path of the first string holding NUL inside a variable value, or null. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function literalHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

export function inputGuardPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const path = nulPath(request.variables ?? {}, '$') ?? (literalHasNul(document) ? 'literal' : null);
          if (!path) return;
          throw new GraphQLError(translate(contextValue.locale, 'error.invalidText'), {
            extensions: { code: 'BAD_USER_INPUT', field: path, http: { status: 400 } },
          });
        },
      };
    },
  };
}
