import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { possibleTypes } from '../generated/graphql';
import type { Language } from './i18n';

export function createCache() {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          users: relayStylePagination(['search', 'role']),
          outboxMessages: relayStylePagination(['status']),
          // volunteering: each board column is one list per status and filters.
          recruitmentRounds: relayStylePagination(['status']),
          roundApplications: relayStylePagination(['roundId', 'status', 'areaId', 'districtId', 'ageBand', 'language', 'search']),
        },
      },
    },
  });
}

/** The server translates error messages (and programme texts) by this header. */
function localeLink(getLanguage: () => Language) {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'x-locale': getLanguage() },
    }));
    return forward(operation);
  });
}

export function createApolloClient(getLanguage: () => Language) {
  return new ApolloClient({
    link: ApolloLink.from([
      localeLink(getLanguage),
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: createCache(),
    dataMasking: true,
  });
}
