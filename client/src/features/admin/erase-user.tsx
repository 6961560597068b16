import { type ApolloCache } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EraseUserDocument, type Role } from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { isErrorResult } from '../../shared/form';
import { forgetSession } from '../../shared/session';
import { useViewer } from '../shell/viewer';
import { removeFromUserLists } from './user-lists';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation EraseUser($input: UserIdInput!) {
    eraseUser(input: $input) {
      __typename
      ... on MutationEraseUserSuccess {
        data
      }
      ... on Error {
        message
      }
    }
  }
`;

/** Erasure on a KVKK request: asks first, saying what is removed and that it cannot be undone. */
export function useEraseUser() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const [eraseUser] = useMutation(EraseUserDocument);
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const client = useApolloClient();

  return async (user: { id: string; fullName: string }) => {
    const done = await confirm({
      title: t('admin.eraseDialog.title', { name: user.fullName }),
      message: (
        <Stack>
          <Text>{t('admin.eraseDialog.lead', { name: user.fullName })}</Text>
          <List spacing="xs" size="sm">
            <List.Item>{t('admin.eraseDialog.anonymised')}</List.Item>
            <List.Item>{t('admin.eraseDialog.records')}</List.Item>
            <List.Item>{t('admin.eraseDialog.sessions')}</List.Item>
          </List>
          <Text fw={700}>{t('admin.eraseDialog.irreversible')}</Text>
        </Stack>
      ),
      confirmLabel: t('admin.eraseDialog.confirm'),
      danger: true,
      action: async () => {
        const { data } = await eraseUser({
          variables: { input: { userId: user.id } },
          update: (cache, result) => {
            if (result.data?.eraseUser.__typename === 'MutationEraseUserSuccess') markErased(cache, user.id);
          },
        });
        const result = data?.eraseUser;
        return result && isErrorResult(result) ? result.message : null;
      },
    });
    if (!done) return;
    if (user.id === viewer?.id) {
      // Administrators who erase themselves have no session left, as after eraseMyAccount.
      await navigate('/', { replace: true, flushSync: true });
      notifications.show({ color: 'green', message: t('accounts.erase.done') });
      await forgetSession(client);
      return;
    }
    notifications.show({ color: 'green', message: t('admin.eraseDialog.done', { name: user.fullName }) });
  };
}

/**
 * The row stays, as the server keeps an anonymous placeholder: mark it erased and take it
 * out of searched or role-filtered lists, which it no longer matches (no name, no roles).
 */
function markErased(cache: ApolloCache, userId: string) {
  cache.modify<{ erased: boolean; roles: ReadonlyArray<Role>; emailVerified: boolean }>({
    id: cache.identify({ __typename: 'User', id: userId }),
    fields: {
      erased: () => true,
      roles: () => [],
      emailVerified: () => false,
    },
  });
  removeFromUserLists(
    cache,
    userId,
    (storeFieldName) => storeFieldName.includes('"role":') || storeFieldName.includes('"search":'),
  );
}
