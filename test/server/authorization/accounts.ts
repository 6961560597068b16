// Authorization rows of accounts: registration, log-in, tokens, profile, roles (module accounts): who may call each of its root operations.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { TEST_PASSWORD, createPerson, registrationInput } from '../../support/scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { ADMIN_ONLY, EVERYONE, LOGGED_IN, globalId, tokenFor, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.me': { document: `{ me { id } }`, allowed: EVERYONE },
  'Query.users': {
    document: `{ users(first: 5) { totalCount edges { node { id fullName } } } }`,
    allowed: ADMIN_ONLY,
  },
  'Mutation.grantRole': {
    document: mutation('grantRole', 'RoleChangeInput'),
    variables: ({ other }) => ({ input: { userId: globalId('User', other.id), role: 'FACILITATOR' } }),
    allowed: ADMIN_ONLY,
  },
  'Mutation.logIn': {
    document: mutation('logIn', 'LogInInput'),
    variables: ({ other }) => ({ input: { email: other.email, password: TEST_PASSWORD } }),
    allowed: EVERYONE,
  },
  'Mutation.logOut': { document: mutation('logOut', null, 'data'), allowed: LOGGED_IN },
  'Mutation.register': {
    document: mutation('register', 'RegisterInput'),
    variables: () => ({ input: registrationInput() }),
    allowed: EVERYONE,
  },
  'Mutation.requestPasswordReset': {
    document: mutation('requestPasswordReset', 'EmailInput', 'data'),
    variables: ({ other }) => ({ input: { email: other.email } }),
    allowed: EVERYONE,
  },
  'Mutation.resendVerification': {
    document: mutation('resendVerification', 'EmailInput', 'data'),
    variables: async () => ({ input: { email: (await createPerson({ verified: false })).email } }),
    allowed: EVERYONE,
  },
  'Mutation.resetPassword': {
    document: mutation('resetPassword', 'ResetPasswordInput', 'data'),
    variables: async ({ other }) => ({ input: { token: await tokenFor(other.id, 'RESET_PASSWORD'), password: 'a-brand-new-password' } }),
    allowed: EVERYONE,
  },
  'Mutation.revokeRole': {
    document: mutation('revokeRole', 'RoleChangeInput'),
    variables: ({ other }) => ({ input: { userId: globalId('User', other.id), role: 'VOLUNTEER' } }),
    allowed: ADMIN_ONLY,
  },
  'Mutation.updateProfile': {
    document: mutation('updateProfile', 'UpdateProfileInput'),
    variables: () => ({ input: { firstName: 'Ilgaz', lastName: 'Öztürk', phone: '0532 765 43 21', districtId: 9, locale: 'tr' } }),
    allowed: LOGGED_IN,
  },
  'Mutation.verifyEmail': {
    document: mutation('verifyEmail', 'TokenInput'),
    variables: async () => ({ input: { token: await tokenFor((await createPerson({ verified: false })).id, 'VERIFY_EMAIL') } }),
    allowed: EVERYONE,
  },
};
