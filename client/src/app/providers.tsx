import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createAppTheme, cssVariablesResolver } from './theme';

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
      <Notifications position="bottom-right" />
      {children}
    </MantineProvider>
  );
}
