import { type FragmentType } from '@apollo/client';
import { useApolloClient, useFragment, useMutation } from '@apollo/client/react';
import { Avatar, Button, Group, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { forgetSession } from '../../shared/session';
import { Link, useNavigate } from 'react-router';
import { LogOutDocument, UserMenu_UserFragmentDoc } from '../../generated/first-page-graphql';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment UserMenu_user on User {
    id
    firstName
    lastName
    fullName
  }

  mutation LogOut {
    logOut {
      __typename
      ... on MutationLogOutSuccess {
        data
      }
    }
  }
`;

export function UserMenu({ user }: { user: FragmentType<typeof UserMenu_UserFragmentDoc> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, complete } = useFragment({
    fragment: UserMenu_UserFragmentDoc,
    fragmentName: 'UserMenu_user',
    from: user,
  });
  const [logOut, { loading }] = useMutation(LogOutDocument);

  if (!complete) return null;

  async function handleLogOut() {
    try {
      await logOut();
      // Leave the page first (synchronously), or a protected page sees the emptied cache and
      // sends the person to the log-in page instead of home.
      await navigate('/', { flushSync: true });
      await forgetSession(client);
      notifications.show({ message: t('userMenu.loggedOut') });
    } catch {
      notifications.show({ color: 'red', message: t('common.networkError') });
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          loading={loading}
          aria-label={t('userMenu.label', { name: data.fullName })}
        >
          <Group gap="xs" wrap="nowrap">
            {/* A figure, not initials: visible text in the button must be part of its name (WCAG 2.5.3). */}
            <Avatar color="blue" radius="xl" size="sm" aria-hidden />
            <Text size="sm" fw={500} visibleFrom="xs">
              {data.firstName}
            </Text>
          </Group>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{data.fullName}</Menu.Label>
        <Menu.Item component={Link} to="/profile">
          {t('userMenu.profile')}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => void handleLogOut()}>
          {t('userMenu.logOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
