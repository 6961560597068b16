// Authorization rows of KVKK export and erasure (module privacy): who may call each of its root operations.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { TEST_PASSWORD, createPerson } from '../../support/scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { ADMIN_ONLY, LOGGED_IN, globalId, type Operations } from './table.ts';

export const operations: Operations = {
  'Mutation.eraseMyAccount': {
    document: mutation('eraseMyAccount', 'EraseMyAccountInput', 'data'),
    // Another administrator exists, so an ADMIN caller is not the last one.
    variables: async () => {
      await createPerson({ roles: ['ADMIN'] });
      return { input: { password: TEST_PASSWORD } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.eraseUser': {
    document: mutation('eraseUser', 'UserIdInput', 'data'),
    variables: ({ other }) => ({ input: { userId: globalId('User', other.id) } }),
    allowed: ADMIN_ONLY,
  },
  'Mutation.exportMyData': { document: mutation('exportMyData', null, 'data { generatedAt }'), allowed: LOGGED_IN },
  'Mutation.exportUserData': {
    document: mutation('exportUserData', 'UserIdInput', 'data { generatedAt }'),
    variables: ({ other }) => ({ input: { userId: globalId('User', other.id) } }),
    allowed: ADMIN_ONLY,
  },
};
