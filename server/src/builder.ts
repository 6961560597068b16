import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { type AuthFailure } from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import ValidationPlugin, { InputValidationError } from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { isStaff, type Context } from './context.ts';
import { prisma } from './db/prisma.ts';
import type PrismaTypes from './generated/pothos-types.ts';
import { getDatamodel } from './generated/pothos-types.ts';
import { translate } from './i18n/messages.ts';
import { isAboutPerson, type SubjectRef } from './modules/common/separation-of-duties.ts';
import { NO_NUL_PLUGIN } from './modules/common/no-nul-plugin.ts';
import { decodeGlobalId } from './modules/common/validation.ts';

export const MAX_CONNECTION_SIZE = 100;

/** Types reachable through node(id:); each declares itself here with registerNodeType. */
const NODE_TYPES = new Set<string>();
export function registerNodeType(name: string): string {
  NODE_TYPES.add(name);
  return name;
}

/** The scopes named in an authorization failure, however nested. */
function failedScopes(failure: AuthFailure): string[] {
  if ('failures' in failure) return failure.failures.flatMap(failedScopes);
  return 'scope' in failure ? [failure.scope] : [];
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    public: boolean;
    loggedIn: boolean;
    volunteer: boolean;
    facilitator: boolean;
    /** Programme work (recruitment, interviews, trainings): the one staff rule, see isStaff. */
    staff: boolean;
    admin: boolean;
    /** Staff work on these records: staff, and none of them is about the caller. */
    staffOn: readonly SubjectRef[];
  };
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: Date | string };
  };
}>({
  defaultFieldNullability: false,
  plugins: [
    ScopeAuthPlugin,
    ErrorsPlugin,
    NO_NUL_PLUGIN,
    PrismaPlugin,
    RelayPlugin,
    ValidationPlugin,
    ComplexityPlugin,
    SimpleObjectsPlugin,
  ],
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      loggedIn: ctx.viewer !== null,
      volunteer: ctx.viewer?.roles.has('VOLUNTEER') ?? false,
      facilitator: ctx.viewer?.roles.has('FACILITATOR') ?? false,
      staff: isStaff(ctx.viewer),
      admin: ctx.viewer?.roles.has('ADMIN') ?? false,
      staffOn: async (records) => isStaff(ctx.viewer) && !(await isAboutPerson(records, ctx.viewer!.id)),
    }),
    unauthorizedError: (_parent, ctx, _info, result) => {
      if (!ctx.viewer) {
        return new GraphQLError(translate(ctx.locale, 'error.unauthenticated'), { extensions: { code: 'UNAUTHENTICATED' } });
      }
      // Staff refused by staffOn were refused because the record is about themselves.
      const selfAction = isStaff(ctx.viewer) && failedScopes(result.failure).includes('staffOn');
      return new GraphQLError(translate(ctx.locale, selfAction ? 'error.selfAction' : 'error.forbidden'), {
        extensions: { code: 'FORBIDDEN', ...(selfAction ? { reason: 'SELF_ACTION' } : {}) },
      });
    },
  },
  errors: {
    // Input validation failures come back as typed results (InputValidationError), not top-level errors.
    unsafelyHandleInputErrors: true,
    defaultTypes: [InputValidationError],
  },
  prisma: {
    client: prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_CONNECTION_SIZE,
    defaultConnectionSize: 25,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Each id may cost a query: `nodes` is capped like a connection page.
    nodesQueryOptions: {
      resolve: (_root, args, ctx, _info, resolveNodes) => {
        if (args.ids.length > MAX_CONNECTION_SIZE) {
          throw new GraphQLError(translate(ctx.locale, 'error.tooManyIds', { max: MAX_CONNECTION_SIZE }), {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        return resolveNodes(args.ids);
      },
    },
    // A malformed id is the caller's mistake: answer BAD_USER_INPUT, never a database error.
    decodeGlobalID: (globalID, ctx) => {
      const decoded = decodeGlobalId(globalID);
      if (!decoded || !NODE_TYPES.has(decoded.typename)) {
        throw new GraphQLError(translate(ctx.locale, 'error.invalidId'), { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return decoded;
    },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // Breadth counts every selected field: the review board's eight columns select ~210.
    limit: { complexity: 2500, depth: 10, breadth: 300 },
    complexityError: (kind, result) => {
      const key = kind.toLowerCase() as 'breadth' | 'depth' | 'complexity';
      const max = result[`max${kind}` as 'maxBreadth' | 'maxDepth' | 'maxComplexity'];
      return new GraphQLError(`Query refused: its ${key} ${result[key]} is over the limit of ${max}`, {
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      });
    },
  },
});
