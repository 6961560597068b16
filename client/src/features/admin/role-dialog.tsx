import { type ApolloCache, type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GrantRoleDocument,
  RevokeRoleDocument,
  RoleDialog_UserFragmentDoc,
  type RoleDialog_UserFragment,
  type Role,
} from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { ROLES } from './labels';
import { removeFromUserLists } from './user-lists';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment RoleDialog_user on User {
    id
    fullName
    roles
  }

  mutation GrantRole($input: RoleChangeInput!) {
    grantRole(input: $input) {
      __typename
      ... on MutationGrantRoleSuccess {
        data {
          id
          roles
        }
      }
      ... on Error {
        message
      }
    }
  }

  mutation RevokeRole($input: RoleChangeInput!) {
    revokeRole(input: $input) {
      __typename
      ... on MutationRevokeRoleSuccess {
        data {
          id
          roles
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

export function RoleDialog({
  user,
  onClose,
}: {
  user: FragmentType<typeof RoleDialog_UserFragmentDoc> | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: RoleDialog_UserFragmentDoc,
    fragmentName: 'RoleDialog_user',
    from: user,
  });
  const opened = user !== null && complete;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={opened ? t('admin.roleDialog.title', { name: data.fullName }) : ''}
    >
      {opened ? <RoleDialogForm key={data.id} user={data} onClose={onClose} /> : null}
    </Modal>
  );
}

function RoleDialogForm({ user, onClose }: { user: RoleDialog_UserFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>([...user.roles]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [grantRole] = useMutation(GrantRoleDocument);
  const [revokeRole] = useMutation(RevokeRoleDocument);

  async function save() {
    setError(null);
    setSaving(true);
    const toGrant = ROLES.filter((role) => selected.includes(role) && !user.roles.includes(role));
    const toRevoke = ROLES.filter((role) => !selected.includes(role) && user.roles.includes(role));
    try {
      // Each result carries the user's new roles, which the cache merges into every row.
      for (const role of toGrant) {
        const { data } = await grantRole({ variables: { input: { userId: user.id, role } } });
        if (data && isErrorResult(data.grantRole)) throw new RoleChangeError(data.grantRole.message);
      }
      for (const role of toRevoke) {
        const { data } = await revokeRole({
          variables: { input: { userId: user.id, role } },
          update: (cache, result) => {
            if (result.data?.revokeRole.__typename !== 'MutationRevokeRoleSuccess') return;
            removeFromRoleLists(cache, user.id, role);
          },
        });
        if (data && isErrorResult(data.revokeRole)) throw new RoleChangeError(data.revokeRole.message);
      }
      notifications.show({ color: 'green', message: t('admin.roleDialog.saved', { name: user.fullName }) });
      onClose();
    } catch (caught) {
      setError(caught instanceof RoleChangeError ? caught.message : t('common.networkError'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack>
      <Text size="sm">{t('admin.roleDialog.lead')}</Text>
      <FormErrorAlert message={error} />
      <Checkbox.Group label={t('admin.roleDialog.legend')} value={selected} onChange={setSelected}>
        <Stack gap="xs" mt="xs">
          {ROLES.map((role) => (
            <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void save()} loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

class RoleChangeError extends Error {}

/** A person who lost a role no longer belongs in lists filtered by that role. */
function removeFromRoleLists(cache: ApolloCache, userId: string, role: Role) {
  removeFromUserLists(cache, userId, (storeFieldName) => storeFieldName.includes(`"role":"${role}"`));
}
