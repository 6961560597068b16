import { type ApolloCache, type Reference } from '@apollo/client';
import { isReference } from '@apollo/client/utilities';

/** How relayStylePagination keeps a connection in the cache. */
type CachedConnection = { edges?: ReadonlyArray<{ node?: Reference }>; totalCount?: number };

/**
 * Takes a person out of the cached `users` lists whose arguments (as in the store field
 * name, e.g. `users:{"role":"ADMIN"}`) say they no longer belong there.
 */
export function removeFromUserLists(cache: ApolloCache, userId: string, belongsTo: (storeFieldName: string) => boolean) {
  cache.modify<{ users: CachedConnection }>({
    fields: {
      users(existing, { storeFieldName, readField }) {
        if (isReference(existing) || !existing.edges) return existing;
        if (!belongsTo(storeFieldName)) return existing;
        const edges = existing.edges.filter((edge) => readField('id', edge.node) !== userId);
        const removed = existing.edges.length - edges.length;
        return {
          ...existing,
          edges,
          ...(typeof existing.totalCount === 'number' ? { totalCount: existing.totalCount - removed } : {}),
        };
      },
    },
  });
}
