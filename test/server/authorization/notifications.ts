// Authorization rows of the outbox (module notifications): who may call each of its root operations.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { ADMIN_ONLY, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.outboxMessages': {
    document: `{ outboxMessages(first: 5) { totalCount edges { node { id toAddress subject } } } }`,
    allowed: ADMIN_ONLY,
  },
};
