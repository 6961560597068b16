import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UserRow_UserFragmentDoc, type UserRow_UserFragment } from '../../generated/graphql';
import { ROLE_COLOR, ROLES } from './labels';
import { UserPrivacyMenu } from './user-privacy-menu';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment UserRow_user on User {
    id
    fullName
    email
    emailVerified
    roles
    erased
    district {
      id
      name
    }
    ...RoleDialog_user
  }
`;

export function UserRow({
  user,
  onEditRoles,
}: {
  user: FragmentType<typeof UserRow_UserFragmentDoc>;
  onEditRoles: (user: UserRow_UserFragment) => void;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: UserRow_UserFragmentDoc,
    fragmentName: 'UserRow_user',
    from: user,
  });
  if (!complete) return null;

  const roles = ROLES.filter((role) => data.roles.includes(role));
  // Until the list is fetched again the cache may still hold the name an erasure removed.
  const name = data.erased ? t('admin.users.erasedName') : data.fullName;

  return (
    <Table.Tr>
      <Table.Td>
        {data.erased ? (
          <Group gap="xs" wrap="nowrap">
            <Text fw={500} c="dimmed">
              {name}
            </Text>
            <Badge color="gray" variant="filled" miw="max-content">
              {t('admin.users.erased')}
            </Badge>
          </Group>
        ) : (
          <Text fw={500}>{name}</Text>
        )}
      </Table.Td>
      <Table.Td>
        {data.erased ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {data.email}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{data.district.name}</Table.Td>
      <Table.Td>
        {roles.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('admin.users.noRoles')}
          </Text>
        ) : (
          <Group gap={4}>
            {roles.map((role) => (
              <Badge key={role} color={ROLE_COLOR[role]} variant="light" miw="max-content">
                {t(`roles.${role}`)}
              </Badge>
            ))}
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={data.emailVerified ? 'green' : 'gray'} variant="outline" miw="max-content">
          {data.emailVerified ? t('admin.users.verifiedYes') : t('admin.users.verifiedNo')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            onClick={() => onEditRoles(data)}
            disabled={data.erased}
            aria-label={t('admin.users.editRolesFor', { name })}
          >
            {t('admin.users.editRoles')}
          </Button>
          <UserPrivacyMenu userId={data.id} name={name} erased={data.erased} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
