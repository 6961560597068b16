import { z } from 'zod';
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';
import { InvalidCredentialsError, LastAdminError } from '../accounts/errors.ts';
import { UserType } from '../accounts/schema.ts';
import * as privacy from './service.ts';
import { oncePerRequest } from '../common/once-per-request.ts';

const DataExportType = builder.simpleObject('DataExport', {
  description: 'A copy of everything held about one person (KVKK article 11), as JSON.',
  fields: (t) => ({
    generatedAt: t.field({ type: 'DateTime' }),
    json: t.string(),
  }),
});

const UserIdInput = builder.inputType('UserIdInput', {
  fields: (t) => ({ userId: t.globalID({ required: true, for: UserType }) }),
});

const EraseMyAccountInput = builder.inputType('EraseMyAccountInput', {
  fields: (t) => ({
    password: t.string({ required: true, validate: z.string().min(1, 'validation.required').max(200, 'validation.tooLong') }),
  }),
});

builder.mutationFields((t) => ({
  exportMyData: t.field({
    type: DataExportType,
    description: 'Everything Katılım holds about the logged-in person.',
    authScopes: { loggedIn: true },
    errors: { types: [] },
    resolve: (_root, _args, ctx) => privacy.exportPersonData(ctx.viewer!.id, actorOf(ctx)),
  }),
  exportUserData: t.field({
    type: DataExportType,
    description: 'For a KVKK request handled by staff: everything held about a person. Audited.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UserIdInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: (_root, { input }, ctx) => privacy.exportPersonData(input.userId.id, actorOf(ctx)),
  }),
  eraseMyAccount: t.boolean({
    description: 'Erases the logged-in person after checking their password again; ends every session.',
    authScopes: { loggedIn: true },
    // It hashes a password: one per request, like logIn.
    extensions: oncePerRequest,
    args: { input: t.arg({ type: EraseMyAccountInput, required: true }) },
    errors: { types: [InvalidCredentialsError, LastAdminError] },
    resolve: async (_root, { input }, ctx) => {
      await privacy.eraseOwnAccount(ctx.viewer!.id, input.password, actorOf(ctx));
      ctx.session.end();
      return true;
    },
  }),
  eraseUser: t.boolean({
    description: 'Erases a person on a KVKK request. Audited.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UserIdInput, required: true }) },
    errors: { types: [NotFoundError, LastAdminError] },
    resolve: async (_root, { input }, ctx) => {
      await privacy.erasePerson(input.userId.id, actorOf(ctx));
      return true;
    },
  }),
}));
