import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Checkbox, Group, Skeleton, Stack, Table, TextInput } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { TripPlanningPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatTripInstant } from './trip-format';
import { NEW_TRIP, TripFormDialog } from './trip-form-dialog';
import { ScrollTable } from './scroll-table';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query TripPlanningPage($search: String, $includeArchived: Boolean, $after: String) {
    trips(search: $search, includeArchived: $includeArchived, first: 50, after: $after) {
      edges {
        node {
          id
          title
          audience
          kind
          archivedAt
          departures(upcoming: true) {
            id
            startsAt
            allocation
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** Coordinators' list of trips, with their next departure, and creating a trip. */
export function TripPlanningPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const deferred = useDeferredValue(search.trim());
  const { data, previousData, error, refetch, fetchMore, loading } = useQuery(TripPlanningPageDocument, { variables: { search: deferred || null, includeArchived } });
  const connection = (data ?? previousData)?.trips;
  const trips = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack>
      <PageHeader
        title={t('trips.planning.title')}
        lead={t('trips.planning.lead')}
        actions={
          <Group gap="xs">
            <Button component={Link} to="/coordination/trips/reports" variant="default">
              {t('trips.nav.reports')}
            </Button>
            <Button onClick={() => setCreating(true)}>{t('trips.planning.create')}</Button>
          </Group>
        }
      />
      <Group align="flex-end">
        <TextInput type="search" label={t('trips.list.search')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
        <Checkbox label={t('trips.planning.includeArchived')} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} />
      </Group>
      {error && !connection ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton height={240} />
      ) : trips.length === 0 ? (
        <EmptyMessage title={t('trips.list.empty')} />
      ) : (
        <ScrollTable label={t('trips.planning.title')} minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('trips.reports.trip')}</Table.Th>
                <Table.Th scope="col">{t('trips.planning.audience')}</Table.Th>
                <Table.Th scope="col">{t('trips.planning.next')}</Table.Th>
                <Table.Th scope="col">{t('trips.planning.upcoming')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trips.map((trip) => (
                <Table.Tr key={trip.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/coordination/trips/${encodeURIComponent(trip.id)}`}>
                      {trip.title}
                    </Anchor>{' '}
                    {trip.archivedAt ? <Badge color="gray">{t('trips.planning.archived')}</Badge> : null}
                  </Table.Th>
                  <Table.Td>
                    {t(`trips.audience.${trip.audience}`)} · {t(`trips.kind.${trip.kind}`)}
                  </Table.Td>
                  <Table.Td>{trip.departures[0] ? formatTripInstant(trip.departures[0].startsAt, language) : '—'}</Table.Td>
                  <Table.Td>{trip.departures.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {connection?.pageInfo.hasNextPage ? (
        <Button variant="default" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })} w="fit-content">
          {t('trips.list.more')}
        </Button>
      ) : null}
      {creating ? <TripFormDialog initial={NEW_TRIP} onClose={() => setCreating(false)} onSaved={(id) => void navigate(`/coordination/trips/${encodeURIComponent(id)}`)} /> : null}
    </Stack>
  );
}
