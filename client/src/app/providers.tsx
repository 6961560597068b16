import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ConfirmProvider } from '../shared/confirm';
import { createAppTheme, cssVariablesResolver } from './theme';

// Only pages show notifications, and they load later: the container need not be in the first download.
const Notifications = lazy(() => import('@mantine/notifications').then((module) => ({ default: module.Notifications })));

export function AppProviders({
  client,
  i18n,
  children,
  mantineEnv = 'default',
}: {
  client: ApolloClient;
  i18n: I18n;
  children: ReactNode;
  /** "test" turns off Mantine's transitions and portals for jsdom. */
  mantineEnv?: 'default' | 'test';
}) {
  useEffect(() => {
    // Programme texts, consent texts and error messages come in the request's language.
    const refetch = () => void client.refetchQueries({ include: 'active' });
    i18n.on('languageChanged', refetch);
    return () => i18n.off('languageChanged', refetch);
  }, [client, i18n]);

  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <ThemedMantine env={mantineEnv}>{children}</ThemedMantine>
      </ApolloProvider>
    </I18nextProvider>
  );
}

function ThemedMantine({ env, children }: { env: 'default' | 'test'; children: ReactNode }) {
  const { t } = useTranslation();
  // `t` changes with the language, and so do the theme's accessible names.
  const theme = useMemo(() => createAppTheme(t), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env={env}>
      <Suspense fallback={null}>
        <Notifications position="bottom-right" />
      </Suspense>
      <ConfirmProvider>{children}</ConfirmProvider>
    </MantineProvider>
  );
}
