import { useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Burger, Container, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { AppShellDocument } from '../../generated/first-page-graphql';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { UserMenu } from './lazy-user-menu';
import { SignedOutActions } from './signed-out-actions';
import { ViewerContext } from './viewer';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query AppShell {
    me {
      id
      roles
      ...UserMenu_user
    }
  }
`;

const NAVBAR_ID = 'main-navigation';

export function ShellLayout() {
  const { t } = useTranslation();
  const { data, previousData, loading, error } = useQuery(AppShellDocument);
  const { pathname } = useLocation();
  // The phone menu belongs to the page it was opened on: navigating closes it.
  const [navOpenedOn, setNavOpenedOn] = useState<string | null>(null);
  const navOpened = navOpenedOn === pathname;
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // Keep the last known viewer while the store is being reset (log in, log out).
  const shellData = data ?? previousData;
  const viewer = shellData?.me ?? null;

  useEffect(() => {
    // After client-side navigation, move focus to the new content as a page load would.
    if (firstRender.current) firstRender.current = false;
    else mainRef.current?.focus();
  }, [pathname]);

  return (
    <ViewerContext value={{ viewer, loading: loading && !shellData }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={() => setNavOpenedOn(navOpened ? null : pathname)}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggle')}
                aria-controls={NAVBAR_ID}
                aria-expanded={navOpened}
              />
              <Anchor component={Link} to="/" underline="never" c="inherit">
                <Stack gap={0}>
                  <Text fw={800} size="lg" lh={1.1} c="blue.8">
                    {t('app.name')}
                  </Text>
                  <Text size="xs" c="dimmed" lh={1.1} visibleFrom="xs">
                    {t('app.municipality')}
                  </Text>
                </Stack>
              </Anchor>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch />
              {viewer ? (
                <UserMenu user={viewer} />
              ) : shellData || error ? (
                <SignedOutActions />
              ) : null}
            </Group>
          </Group>
        </AppShell.Header>

        {/* The menu scrolls on its own: a coordinator's entries are longer than a short screen. */}
        <AppShell.Navbar id={NAVBAR_ID} p="sm" component="nav" aria-label={t('nav.label')} style={{ overflowY: 'auto' }}>
          <MainNav viewer={viewer} />
        </AppShell.Navbar>

        <AppShell.Main id="main" ref={mainRef} tabIndex={-1} style={{ outline: 'none' }}>
          <Container size="lg" px={0}>
            <Outlet />
          </Container>
          <Text component="footer" size="xs" c="dimmed" ta="center" mt="xl" py="md">
            {t('app.footer')}
          </Text>
        </AppShell.Main>
      </AppShell>
    </ViewerContext>
  );
}
