import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Group, Select, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminUsersPageDocument, type Role, type UserRow_UserFragment } from '../../generated/graphql';
import { EmptyMessage, LoadMoreFooter, PageHeader, QueryError } from '../../shared/page';
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
  const { data, previousData, error, refetch, fetchMore, networkStatus, loading } = useQuery(
    AdminUsersPageDocument,
    { variables: { first: PAGE_SIZE, search: debouncedSearch || undefined, role: role ?? undefined } },
  );
  const shown = data ?? previousData;
  const users = shown?.users.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];
  const filtered = Boolean(debouncedSearch || role);

  return (
    <Stack>
      <PageHeader title={t('admin.users.title')} />
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          type="search"
          label={t('admin.users.search')}
          description={t('admin.users.searchHelp')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('admin.users.role')}
          placeholder={t('admin.users.allRoles')}
          data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          value={role}
          onChange={(value) => setRole(ROLES.find((candidate) => candidate === value) ?? null)}
          clearable
          w={{ base: '100%', sm: 220 }}
        />
      </Group>

      {error && !shown ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !shown ? (
        <Stack gap="xs">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} height={40} />
          ))}
        </Stack>
      ) : users.length === 0 ? (
        <EmptyMessage title={filtered ? t('admin.users.emptyFiltered') : t('admin.users.empty')} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('admin.users.total', { count: shown.users.totalCount })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table
              striped
              highlightOnHover
              aria-label={t('admin.users.tableLabel')}
              aria-busy={loading}
              style={{ opacity: loading && !data ? 0.6 : 1 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.users.name')}</Table.Th>
                  <Table.Th>{t('admin.users.email')}</Table.Th>
                  <Table.Th>{t('admin.users.district')}</Table.Th>
                  <Table.Th>{t('admin.users.roles')}</Table.Th>
                  <Table.Th>{t('admin.users.verified')}</Table.Th>
                  <Table.Th>{t('admin.users.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.map((user) => (
                  <UserRow key={user.id} user={user} onEditRoles={setEditing} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMoreFooter
            shown={users.length}
            total={shown.users.totalCount}
            hasMore={shown.users.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: shown.users.pageInfo.endCursor } })}
          />
        </Stack>
      )}
      <RoleDialog user={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
