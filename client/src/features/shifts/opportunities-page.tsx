import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArchiveShiftOpportunityDocument, ShiftOpportunitiesPageDocument } from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { isErrorResult } from '../../shared/form';
import { PageHeader } from '../../shared/page';
import { PagedTable } from '../../shared/paged-table';
import { CreateOpportunityDialog } from './create-opportunity-dialog';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ShiftOpportunitiesPage($first: Int!, $after: String, $search: String, $includeArchived: Boolean) {
    shiftOpportunities(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          online
          address
          archivedAt
          area {
            id
            name
          }
          district {
            id
            name
          }
          qualifications {
            id
            name
          }
          ...OpportunityDialog_opportunity
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    volunteerAreas {
      id
      name
    }
    districts {
      id
      name
    }
    qualifications {
      id
      name
    }
  }

  mutation ArchiveShiftOpportunity($input: ArchiveShiftOpportunityInput!) {
    archiveShiftOpportunity(input: $input) {
      __typename
      ... on MutationArchiveShiftOpportunitySuccess {
        data {
          id
          archivedAt
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

const PAGE_SIZE = 25;

/** Coordinators' list of opportunities (reached from shift planning): search, edit, archive and restore. */
export function ShiftOpportunitiesPage() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const { data, previousData, error, refetch, fetchMore, loading } = useQuery(ShiftOpportunitiesPageDocument, {
    variables: { first: PAGE_SIZE, search: debouncedSearch || null, includeArchived },
  });
  const [archive] = useMutation(ArchiveShiftOpportunityDocument, { refetchQueries: ['ShiftOpportunitiesPage', 'ShiftPlanningPage'] });
  const shown = data ?? previousData;
  const rows = shown?.shiftOpportunities.edges.map((edge) => edge.node) ?? [];
  const edited = rows.find((row) => row.id === editing) ?? null;

  async function toggleArchived(row: (typeof rows)[number]) {
    const archiving = !row.archivedAt;
    const done = await confirm({
      title: t(archiving ? 'shifts.planning.opportunities.archiveTitle' : 'shifts.planning.opportunities.restoreTitle', { title: row.title }),
      message: t(archiving ? 'shifts.planning.opportunities.archiveLead' : 'shifts.planning.opportunities.restoreLead'),
      confirmLabel: t(archiving ? 'shifts.planning.opportunities.archive' : 'shifts.planning.opportunities.restore'),
      danger: archiving,
      action: async () => {
        const result = (await archive({ variables: { input: { id: row.id, archived: archiving } } })).data?.archiveShiftOpportunity;
        return result && isErrorResult(result) ? result.message : null;
      },
    });
    if (done) {
      notifications.show({
        color: 'green',
        message: t(archiving ? 'shifts.planning.opportunities.archivedDone' : 'shifts.planning.opportunities.restoredDone', { title: row.title }),
      });
    }
  }

  return (
    <Stack>
      <PageHeader
        title={t('shifts.planning.opportunities.title')}
        lead={t('shifts.planning.opportunities.lead')}
        actions={
          <Button component={Link} to="/coordination/shifts" variant="default">
            {t('shifts.planning.opportunities.back')}
          </Button>
        }
      />
      <PagedTable
        caption={t('shifts.planning.opportunities.tableLabel')}
        connection={shown?.shiftOpportunities}
        loading={loading && !data}
        error={error}
        refetch={refetch}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        totalLabel={(count) => t('shifts.planning.opportunities.total', { count })}
        empty={{ title: t('shifts.planning.opportunities.empty') }}
        search={{ label: t('shifts.planning.opportunities.search'), value: search, onChange: setSearch }}
        filters={
          <Switch label={t('shifts.planning.opportunities.includeArchived')} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} />
        }
        minWidth={820}
        highlightOnHover
        columns={[
          { key: 'title', header: t('shifts.planning.opportunities.columns.title'), cell: (row) => <Text fw={500}>{row.title}</Text> },
          { key: 'area', header: t('shifts.planning.opportunities.columns.area'), cell: (row) => row.area.name },
          {
            key: 'place',
            header: t('shifts.planning.opportunities.columns.place'),
            cell: (row) => (row.online ? t('shifts.planning.opportunities.online') : [row.district?.name, row.address].filter(Boolean).join(' · ')),
          },
          {
            key: 'qualifications',
            header: t('shifts.planning.opportunities.columns.qualifications'),
            cell: (row) => row.qualifications.map((q) => q.name).join(', ') || '—',
          },
          {
            key: 'status',
            header: t('shifts.planning.opportunities.columns.status'),
            cell: (row) =>
              row.archivedAt ? (
                <Badge color="gray" variant="light">
                  {t('shifts.planning.opportunities.archived')}
                </Badge>
              ) : (
                <Badge color="teal" variant="light">
                  {t('shifts.planning.opportunities.active')}
                </Badge>
              ),
          },
          {
            key: 'actions',
            header: t('shifts.planning.opportunities.columns.actions'),
            cell: (row) => (
              <Group gap="xs" wrap="nowrap">
                <Button size="xs" variant="light" onClick={() => setEditing(row.id)} aria-label={`${t('shifts.planning.opportunities.edit')}: ${row.title}`}>
                  {t('shifts.planning.opportunities.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color={row.archivedAt ? undefined : 'red'}
                  onClick={() => void toggleArchived(row)}
                  aria-label={`${t(row.archivedAt ? 'shifts.planning.opportunities.restore' : 'shifts.planning.opportunities.archive')}: ${row.title}`}
                >
                  {t(row.archivedAt ? 'shifts.planning.opportunities.restore' : 'shifts.planning.opportunities.archive')}
                </Button>
              </Group>
            ),
          },
        ]}
      />
      <CreateOpportunityDialog
        opened={edited !== null}
        onClose={() => setEditing(null)}
        opportunity={edited}
        areas={shown?.volunteerAreas ?? []}
        districts={shown?.districts ?? []}
        qualifications={shown?.qualifications ?? []}
      />
    </Stack>
  );
}
