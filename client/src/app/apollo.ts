import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { possibleTypes } from '../generated/first-page-graphql';
import { typePolicies } from './features';
import type { Language } from './i18n';

export function createCache() {
  return new InMemoryCache({
    possibleTypes,
    // Each feature declares the policies of its own lists (features/<name>/feature.ts).
    typePolicies,
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
