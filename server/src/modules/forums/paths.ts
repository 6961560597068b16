// The client's pages the forums mail links to.
import { encodeGlobalID } from '@pothos/plugin-relay';

/** A focus group's public selection record; the page takes the session's GraphQL id. */
export const selectionPagePath = (sessionId: string): string => `/forums/selections/${encodeURIComponent(encodeGlobalID('ForumSession', sessionId))}`;
