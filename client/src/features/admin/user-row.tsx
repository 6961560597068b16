import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UserRow_UserFragmentDoc, type UserRow_UserFragment } from '../../generated/graphql';
import { ROLE_COLOR, ROLES } from './labels';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment UserRow_user on User {
    id
    fullName
    email
    emailVerified
    roles
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

  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={500}>{data.fullName}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {data.email}
        </Text>
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
        <Button
          size="xs"
          variant="light"
          onClick={() => onEditRoles(data)}
          aria-label={t('admin.users.editRolesFor', { name: data.fullName })}
        >
          {t('admin.users.editRoles')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
