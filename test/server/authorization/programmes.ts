// Authorization rows of programmes (module programmes): who may call each of its root operations.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { EVERYONE, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.programmes': { document: `{ programmes { id name } }`, allowed: EVERYONE },
};
