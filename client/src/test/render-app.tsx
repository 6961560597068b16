import { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createCache } from '../app/apollo';
import { createI18n, type Language } from '../app/i18n';
import { AppProviders } from '../app/providers';
import { routes } from '../app/routes';
import { AppShellDocument } from '../generated/graphql';

/** The signed-out shell: every page test needs it. */
export const signedOutShellMock: MockLink.MockedResponse = {
  request: { query: AppShellDocument },
  result: { data: { me: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/**
 * Renders the real routes with the real cache policies and data masking;
 * only the network is replaced by mocked responses.
 */
export function renderApp(
  path: string,
  mocks: ReadonlyArray<MockLink.MockedResponse>,
  { language, routes: appRoutes = routes }: { language?: Language; routes?: RouteObject[] } = {},
) {
  const i18n = createI18n(language);
  const client = new ApolloClient({
    link: new MockLink(mocks),
    cache: createCache(),
    dataMasking: true,
  });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const view = render(
    <AppProviders client={client} i18n={i18n} mantineEnv="test">
      {/* What RouterProvider from react-router/dom (main.tsx) passes; importing that one here
          would load a second copy of react-router under Vitest. */}
      <RouterProvider router={router} flushSync={(update) => void flushSync(update)} />
    </AppProviders>,
  );
  return { ...view, i18n, client, router };
}
