import { z } from 'zod';
import { builder, registerNodeType } from '../../builder.ts';
import { actorOf, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { Gender, Locale, Role } from '../../generated/prisma/enums.ts';
import type { UserWhereInput } from '../../generated/prisma/models.ts';
import { foldForSearch } from '../../text.ts';
import { oncePerRequest } from '../common/once-per-request.ts';
import { keysetPage } from '../common/keyset.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import {
  ConsentOutdatedError,
  EmailNotVerifiedError,
  EmailTakenError,
  InvalidCredentialsError,
  LastAdminError,
  TokenInvalidError,
  TooManyAttemptsError,
} from './errors.ts';
import * as accounts from './service.ts';
import {
  emailSchema,
  logInSchema,
  registerSchema,
  resetPasswordSchema,
  tokenSchema,
  updateProfileSchema,
} from './validation.ts';

export const RoleEnum = builder.enumType(Role, { name: 'Role' });
export const GenderEnum = builder.enumType(Gender, { name: 'Gender' });
export const LocaleEnum = builder.enumType(Locale, { name: 'Locale' });

errorType(EmailTakenError, 'EmailTakenError', 'An account with this email already exists.');
errorType(InvalidCredentialsError, 'InvalidCredentialsError', 'Wrong email or password.');
errorType(EmailNotVerifiedError, 'EmailNotVerifiedError', 'The account exists but its email is not verified yet.');
errorType(TokenInvalidError, 'TokenInvalidError', 'The link is unknown, used or expired.');
errorType(ConsentOutdatedError, 'ConsentOutdatedError', 'The consent text accepted is not the one in force.');
errorType(LastAdminError, 'LastAdminError', 'The last administrator cannot be removed.');
builder.objectType(TooManyAttemptsError, {
  name: 'TooManyAttemptsError',
  description:
    'Refused for a while: repeated log-in failures (code TOO_MANY_ATTEMPTS) or too many mails asked for from one connection (TOO_MANY_REQUESTS).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TooManyAttemptsError,
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

const isSelfOrAdmin = (user: { id: string }, _args: unknown, ctx: Context) =>
  ctx.viewer?.id === user.id || ctx.ownedUserIds.has(user.id) || (ctx.viewer?.roles.has('ADMIN') ?? false);

/** Personal data (contact, birth date, gender) is visible only to the person and to administrators. */
registerNodeType('User');

export const UserType = builder.prismaNode('User', {
  id: { field: 'id' },
  // Only the columns a request asks for: never password hashes or search text in a list.
  select: { id: true },
  nullable: true,
  authScopes: (user, ctx) => isSelfOrAdmin(user, undefined, ctx) || { staff: true },
  fields: (t) => ({
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    fullName: t.string({ select: { firstName: true, lastName: true }, resolve: (user) => `${user.firstName} ${user.lastName}` }),
    email: t.exposeString('email', { authScopes: isSelfOrAdmin }),
    phone: t.exposeString('phone', { authScopes: isSelfOrAdmin }),
    birthDate: t.expose('birthDate', { type: 'Date', authScopes: isSelfOrAdmin }),
    gender: t.expose('gender', { type: GenderEnum, nullable: true, authScopes: isSelfOrAdmin }),
    locale: t.expose('locale', { type: LocaleEnum }),
    emailVerified: t.boolean({ select: { emailVerifiedAt: true }, resolve: (user) => user.emailVerifiedAt !== null }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    erased: t.boolean({ select: { erasedAt: true }, resolve: (user) => user.erasedAt !== null }),
    district: t.relation('district'),
    roles: t.field({
      type: [RoleEnum],
      select: { roles: { select: { role: true }, orderBy: { role: 'asc' } } },
      resolve: (user) => user.roles.map((grant) => grant.role),
    }),
  }),
});

/** The people the admin list shows: every word of the search (Turkish-folded) and the role, if given. */
function usersWhere(args: { search?: string | null; role?: Role | null }): UserWhereInput {
  return {
    ...(args.search?.trim()
      ? { AND: foldForSearch(args.search).split(' ').map((word) => ({ searchText: { contains: word } })) }
      : {}),
    ...(args.role ? { roles: { some: { role: args.role } } } : {}),
  };
}

builder.queryFields((t) => ({
  me: t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The logged-in person, or null.',
    authScopes: { public: true },
    resolve: (query, _root, _args, ctx) => {
      // Spread first: the query must be used even when there is nobody to look up.
      const selection = nonEmpty(query);
      return ctx.viewer ? prisma.user.findUnique({ ...selection, where: { id: ctx.viewer.id } }) : null;
    },
  }),
  users: t.prismaConnection({
    type: 'User',
    cursor: 'id',
    description: 'Everyone with an account, newest first. Search folds Turkish case: "ışık" finds "IŞIK".',
    authScopes: { admin: true },
    args: {
      search: t.arg.string({ required: false, validate: z.string().max(100, 'validation.tooLong') }),
      role: t.arg({ type: RoleEnum, required: false }),
    },
    resolve: (query, _root, args) =>
      prisma.user.findMany(keysetPage(query, usersWhere(args), 'desc')),
    totalCount: (_root, args) =>
      prisma.user.count({ where: usersWhere(args) }),
  }),
}));

const RegisterInput = builder
  .inputType('RegisterInput', {
    fields: (t) => ({
      email: t.string({ required: true }),
      password: t.string({ required: true }),
      firstName: t.string({ required: true }),
      lastName: t.string({ required: true }),
      phone: t.string({ required: true }),
      birthDate: t.string({ required: true, description: 'YYYY-MM-DD; 18 or older.' }),
      districtId: t.int({ required: true }),
      gender: t.field({ type: GenderEnum, required: false }),
      locale: t.field({ type: LocaleEnum, required: false }),
      acceptConsentVersion: t.string({ required: true, description: 'The version of the KVKK text the person accepted.' }),
    }),
  })
  .validate(registerSchema);

const UpdateProfileInput = builder
  .inputType('UpdateProfileInput', {
    fields: (t) => ({
      firstName: t.string({ required: true }),
      lastName: t.string({ required: true }),
      phone: t.string({ required: true }),
      districtId: t.int({ required: true }),
      gender: t.field({ type: GenderEnum, required: false }),
      locale: t.field({ type: LocaleEnum, required: true }),
    }),
  })
  .validate(updateProfileSchema);

const LogInInput = builder
  .inputType('LogInInput', {
    fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
  })
  .validate(logInSchema);

const EmailInput = builder.inputType('EmailInput', {
  fields: (t) => ({ email: t.string({ required: true, validate: emailSchema }) }),
});

const TokenInput = builder.inputType('TokenInput', {
  fields: (t) => ({ token: t.string({ required: true, validate: tokenSchema }) }),
});

const ResetPasswordInput = builder
  .inputType('ResetPasswordInput', {
    fields: (t) => ({ token: t.string({ required: true }), password: t.string({ required: true }) }),
  })
  .validate(resetPasswordSchema);

const RoleChangeInput = builder.inputType('RoleChangeInput', {
  fields: (t) => ({ userId: t.globalID({ required: true, for: UserType }), role: t.field({ type: RoleEnum, required: true }) }),
});

/** The written record, shaped by the request's selection (which is empty when only __typename was asked). */
const reload = (query: object, id: string) => prisma.user.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  register: t.prismaField({
    type: 'User',
    description: 'Creates an account for an adult (18+) and mails a verification link.',
    authScopes: { public: true },
    extensions: oncePerRequest,
    args: { input: t.arg({ type: RegisterInput, required: true }) },
    errors: { types: [EmailTakenError, ConsentOutdatedError, TooManyAttemptsError] },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await accounts.register(input, actorOf(ctx), ctx.locale);
      ctx.ownedUserIds.add(user.id);
      return reload(query, user.id);
    },
  }),
  verifyEmail: t.prismaField({
    type: 'User',
    authScopes: { public: true },
    args: { input: t.arg({ type: TokenInput, required: true }) },
    errors: { types: [TokenInvalidError] },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await accounts.verifyEmail(input.token, actorOf(ctx));
      ctx.ownedUserIds.add(user.id);
      return reload(query, user.id);
    },
  }),
  resendVerification: t.boolean({
    description: 'Mails a new verification link when the address has an unverified account; answers the same either way.',
    authScopes: { public: true },
    extensions: oncePerRequest,
    args: { input: t.arg({ type: EmailInput, required: true }) },
    errors: { types: [TooManyAttemptsError] },
    resolve: async (_root, { input }, ctx) => {
      await accounts.resendVerification(input.email, actorOf(ctx));
      return true;
    },
  }),
  logIn: t.prismaField({
    type: 'User',
    authScopes: { public: true },
    extensions: oncePerRequest,
    args: { input: t.arg({ type: LogInInput, required: true }) },
    errors: { types: [InvalidCredentialsError, TooManyAttemptsError, EmailNotVerifiedError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { user, token, expiresAt, device } = await accounts.logIn(input.email, input.password, {
        ip: ctx.ip ?? 'unknown',
        userAgent: ctx.userAgent,
        deviceToken: ctx.deviceToken,
      });
      ctx.session.start(token, expiresAt);
      if (device) ctx.session.trustDevice(device.token, device.expiresAt);
      ctx.ownedUserIds.add(user.id);
      return reload(query, user.id);
    },
  }),
  logOut: t.boolean({
    authScopes: { loggedIn: true },
    errors: { types: [] },
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer) await accounts.logOut(ctx.viewer.sessionId, actorOf(ctx));
      ctx.session.end();
      return true;
    },
  }),
  requestPasswordReset: t.boolean({
    description: 'Mails a reset link when the address has an account; answers the same either way.',
    authScopes: { public: true },
    extensions: oncePerRequest,
    args: { input: t.arg({ type: EmailInput, required: true }) },
    errors: { types: [TooManyAttemptsError] },
    resolve: async (_root, { input }, ctx) => {
      await accounts.requestPasswordReset(input.email, actorOf(ctx));
      return true;
    },
  }),
  resetPassword: t.boolean({
    authScopes: { public: true },
    extensions: oncePerRequest,
    args: { input: t.arg({ type: ResetPasswordInput, required: true }) },
    errors: { types: [TokenInvalidError] },
    resolve: async (_root, { input }, ctx) => {
      await accounts.resetPassword(input.token, input.password, actorOf(ctx));
      return true;
    },
  }),
  updateProfile: t.prismaField({
    type: 'User',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: UpdateProfileInput, required: true }) },
    errors: { types: [] },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await accounts.updateProfile(ctx.viewer!.id, input, actorOf(ctx));
      return reload(query, user.id);
    },
  }),
  grantRole: t.prismaField({
    type: 'User',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RoleChangeInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await accounts.grantRole(input.userId.id, input.role, actorOf(ctx));
      return reload(query, user.id);
    },
  }),
  revokeRole: t.prismaField({
    type: 'User',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RoleChangeInput, required: true }) },
    errors: { types: [LastAdminError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await accounts.revokeRole(input.userId.id, input.role, actorOf(ctx));
      return reload(query, user.id);
    },
  }),
}));
