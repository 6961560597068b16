// Authorization rows of consent texts (module consent): who may call each of its root operations.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { EVERYONE, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.consentText': {
    document: `{ consentText(purpose: ACCOUNT_PROCESSING) { version body } }`,
    allowed: EVERYONE,
  },
};
