import type { ApolloClient } from '@apollo/client';

/**
 * The session cookie is gone; nothing cached for this person may outlive it. The cache is
 * emptied before the refetch starts, so a refetch that fails or is aborted (a page unmounting
 * meanwhile) leaves nothing personal behind and is no reason to report an error.
 */
export async function forgetSession(client: ApolloClient) {
  try {
    await client.resetStore();
  } catch {
    // Each page shows its own error state for a query that could not be fetched again.
  }
}
