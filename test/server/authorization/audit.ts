// Authorization rows of the audit log (module audit): who may call each of its root operations.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { ADMIN_ONLY, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.auditEntries': {
    document: `{ auditEntries(first: 5) { edges { node { id action } } } }`,
    allowed: ADMIN_ONLY,
  },
};
