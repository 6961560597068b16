// Authorization rows of the Relay node fields (module common): who may call each of its root operations.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { LOGGED_IN, globalId, type Operations } from './table.ts';

export const operations: Operations = {
  // The root fields admit anyone; the type decides what a node shows. A logged-in caller reads
  // themselves; an anonymous one can read no user at all.
  'Query.node': {
    document: `query($id: ID!) { node(id: $id) { id } }`,
    variables: ({ self, other }) => ({ id: globalId('User', (self ?? other).id) }),
    allowed: LOGGED_IN,
  },
  'Query.nodes': {
    document: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
    variables: ({ self, other }) => ({ ids: [globalId('User', (self ?? other).id)] }),
    allowed: LOGGED_IN,
  },
};
