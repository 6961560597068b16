import { useQuery } from '@apollo/client/react';
import { Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminUsersPageDocument, type Role, type UserRow_UserFragment } from '../../generated/graphql';
import { PageHeader } from '../../shared/page';
import { PagedTable } from '../../shared/paged-table';
import { ROLES } from './labels';
import { RoleDialog } from './role-dialog';
import { UserRow } from './user-row';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query AdminUsersPage($first: Int!, $after: String, $search: String, $role: Role) {
    users(first: $first, after: $after, search: $search, role: $role) {
      totalCount
      edges {
        cursor
        node {
          id
          ...UserRow_user
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const PAGE_SIZE = 25;

export function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [editing, setEditing] = useState<UserRow_UserFragment | null>(null);

  // The server folds Turkish case and diacritics, so the search goes as typed.
  const { data, previousData, error, refetch, fetchMore, loading } = useQuery(AdminUsersPageDocument, {
    variables: { first: PAGE_SIZE, search: debouncedSearch || undefined, role: role ?? undefined },
  });
  const filtered = Boolean(debouncedSearch || role);

  return (
    <Stack>
      <PageHeader title={t('admin.users.title')} />
      <PagedTable
        caption={t('admin.users.tableLabel')}
        connection={(data ?? previousData)?.users}
        loading={loading && !data}
        error={error}
        refetch={refetch}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        totalLabel={(count) => t('admin.users.total', { count })}
        empty={{ title: filtered ? t('admin.users.emptyFiltered') : t('admin.users.empty') }}
        search={{ label: t('admin.users.search'), description: t('admin.users.searchHelp'), value: search, onChange: setSearch }}
        filters={
          <Select
            label={t('admin.users.role')}
            placeholder={t('admin.users.allRoles')}
            data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            value={role}
            onChange={(value) => setRole(ROLES.find((candidate) => candidate === value) ?? null)}
            clearable
            w={{ base: '100%', sm: 220 }}
          />
        }
        minWidth={900}
        striped
        highlightOnHover
        columns={[
          { key: 'name', header: t('admin.users.name') },
          { key: 'email', header: t('admin.users.email') },
          { key: 'district', header: t('admin.users.district') },
          { key: 'roles', header: t('admin.users.roles') },
          { key: 'verified', header: t('admin.users.verified') },
          { key: 'actions', header: t('admin.users.actions') },
        ]}
        renderRow={(user) => <UserRow user={user} onEditRoles={setEditing} />}
      />
      <RoleDialog user={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
