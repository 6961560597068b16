import { type ApolloCache, type FragmentType } from '@apollo/client';
import { useApolloClient, useFragment, useMutation } from '@apollo/client/react';
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  EraseUserDialog_UserFragmentDoc,
  EraseUserDocument,
  type EraseUserDialog_UserFragment,
  type Role,
} from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { forgetSession } from '../../shared/session';
import { useViewer } from '../shell/viewer';
import { removeFromUserLists } from './user-lists';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment EraseUserDialog_user on User {
    id
    fullName
  }

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

export function EraseUserDialog({
  user,
  onClose,
}: {
  user: FragmentType<typeof EraseUserDialog_UserFragmentDoc> | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: EraseUserDialog_UserFragmentDoc,
    fragmentName: 'EraseUserDialog_user',
    from: user,
  });
  const opened = user !== null && complete;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={opened ? t('admin.eraseDialog.title', { name: data.fullName }) : ''}
    >
      {opened ? <EraseUserConfirm key={data.id} user={data} onClose={onClose} /> : null}
    </Modal>
  );
}

function EraseUserConfirm({ user, onClose }: { user: EraseUserDialog_UserFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [eraseUser, { loading }] = useMutation(EraseUserDocument);
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const client = useApolloClient();

  async function confirm() {
    setError(null);
    try {
      const { data } = await eraseUser({
        variables: { input: { userId: user.id } },
        update: (cache, result) => {
          if (result.data?.eraseUser.__typename !== 'MutationEraseUserSuccess') return;
          markErased(cache, user.id);
        },
      });
      const result = data?.eraseUser;
      if (!result) return;
      if (isErrorResult(result)) {
        setError(result.message);
        return;
      }
    } catch {
      setError(t('common.networkError'));
      return;
    }
    if (user.id === viewer?.id) {
      // Administrators who erase themselves have no session left, as after eraseMyAccount.
      await navigate('/', { replace: true, flushSync: true });
      notifications.show({ color: 'green', message: t('accounts.erase.done') });
      await forgetSession(client);
      return;
    }
    notifications.show({ color: 'green', message: t('admin.eraseDialog.done', { name: user.fullName }) });
    onClose();
  }

  return (
    <Stack>
      <Text>{t('admin.eraseDialog.lead', { name: user.fullName })}</Text>
      <List spacing="xs" size="sm">
        <List.Item>{t('admin.eraseDialog.anonymised')}</List.Item>
        <List.Item>{t('admin.eraseDialog.records')}</List.Item>
        <List.Item>{t('admin.eraseDialog.sessions')}</List.Item>
      </List>
      <Text fw={700}>{t('admin.eraseDialog.irreversible')}</Text>
      <FormErrorAlert message={error} />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose} disabled={loading} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={() => void confirm()} loading={loading}>
          {t('admin.eraseDialog.confirm')}
        </Button>
      </Group>
    </Stack>
  );
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
