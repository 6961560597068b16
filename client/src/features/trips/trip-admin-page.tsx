import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ArchiveTripDocument, TripAdminPageDocument } from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { DepartureFormDialog } from './departure-form-dialog';
import { refusalOf } from '../../shared/form';
import { formatDepartureTime } from './trip-format';
import { TripFormDialog } from './trip-form-dialog';
import { ScrollTable } from './scroll-table';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query TripAdminPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Trip {
        id
        title
        titleTr
        titleEn
        descriptionTr
        descriptionEn
        whatToBringTr
        whatToBringEn
        accessibilityTr
        accessibilityEn
        kind
        audience
        minAge
        maxAge
        maxCompanions
        companionMaxAge
        maxPerSeason
        priorityDistrictIds
        archivedAt
        departures(upcoming: false) {
          id
          startsAt
          endsAt
          allocation
          capacity
          seatsLeft
          waitlistCount
          cancelledAt
        }
      }
    }
  }
  mutation ArchiveTrip($input: ArchiveTripInput!) {
    archiveTrip(input: $input) {
      __typename
      ... on MutationArchiveTripSuccess {
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

/** A trip for coordinators: its settings (edit, archive) and all its departures, with creating one. */
export function TripAdminPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const { data, error, refetch } = useQuery(TripAdminPageDocument, { variables: { id } });
  const [archive] = useMutation(ArchiveTripDocument);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  const trip = data.node?.__typename === 'Trip' ? data.node : null;
  if (!trip) return <EmptyMessage title={t('trips.trip.notFound')} />;
  const archiving = !trip.archivedAt;

  async function toggleArchive() {
    if (!trip) return;
    const done = await confirm({
      title: t(archiving ? 'trips.planning.archiveTitle' : 'trips.planning.restoreTitle', { trip: trip.title }),
      message: t(archiving ? 'trips.planning.archiveLead' : 'trips.planning.restoreLead'),
      confirmLabel: t(archiving ? 'trips.planning.archive' : 'trips.planning.restore'),
      danger: archiving,
      action: async () => refusalOf((await archive({ variables: { input: { id: trip.id, archived: archiving } } })).data?.archiveTrip),
    });
    if (done) notifications.show({ color: 'green', message: t(archiving ? 'trips.planning.archivedDone' : 'trips.planning.restoredDone') });
  }

  return (
    <Stack>
      <PageHeader
        title={trip.title}
        lead={
          <>
            {t(`trips.audience.${trip.audience}`)} · {t(`trips.kind.${trip.kind}`)} {trip.archivedAt ? <Badge color="gray">{t('trips.planning.archived')}</Badge> : null}
          </>
        }
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('trips.planning.edit')}
            </Button>
            <Button variant="default" color={archiving ? 'red' : undefined} onClick={() => void toggleArchive()}>
              {t(archiving ? 'trips.planning.archive' : 'trips.planning.restore')}
            </Button>
            <Button onClick={() => setAdding(true)} disabled={!archiving}>
              {t('trips.planning.addDeparture')}
            </Button>
          </Group>
        }
      />
      <Anchor component={Link} to="/coordination/trips" size="sm">
        {t('trips.planning.back')}
      </Anchor>
      {trip.departures.length === 0 ? (
        <EmptyMessage title={t('trips.planning.noDepartures')} />
      ) : (
        <ScrollTable label={t('trips.trip.departures')} minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('trips.planning.when')}</Table.Th>
                <Table.Th scope="col">{t('trips.planning.departure.allocation')}</Table.Th>
                <Table.Th scope="col">{t('trips.planning.seatsTaken')}</Table.Th>
                <Table.Th scope="col">{t('trips.planning.waiting')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trip.departures.map((departure) => (
                <Table.Tr key={departure.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/coordination/trips/departures/${encodeURIComponent(departure.id)}`}>
                      {formatDepartureTime(departure.startsAt, departure.endsAt, language)}
                    </Anchor>{' '}
                    {departure.cancelledAt ? <Badge color="red">{t('trips.departure.cancelled')}</Badge> : null}
                  </Table.Th>
                  <Table.Td>{t(`trips.allocation.${departure.allocation}`)}</Table.Td>
                  <Table.Td>
                    {departure.capacity - departure.seatsLeft} / {departure.capacity}
                  </Table.Td>
                  <Table.Td>{departure.waitlistCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Text size="xs" c="dimmed">
        {t('trips.planning.departuresHelp')}
      </Text>
      {editing ? (
        <TripFormDialog
          id={trip.id}
          initial={{
            kind: trip.kind,
            audience: trip.audience,
            titleTr: trip.titleTr,
            titleEn: trip.titleEn,
            descriptionTr: trip.descriptionTr,
            descriptionEn: trip.descriptionEn,
            whatToBringTr: trip.whatToBringTr,
            whatToBringEn: trip.whatToBringEn,
            accessibilityTr: trip.accessibilityTr,
            accessibilityEn: trip.accessibilityEn,
            minAge: trip.minAge,
            maxAge: trip.maxAge ?? null,
            maxCompanions: trip.maxCompanions,
            companionMaxAge: trip.companionMaxAge,
            maxPerSeason: trip.maxPerSeason ?? null,
            priorityDistrictIds: [...trip.priorityDistrictIds],
          }}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            notifications.show({ color: 'green', message: t('trips.planning.saved') });
          }}
        />
      ) : null}
      {adding ? (
        <DepartureFormDialog tripId={trip.id} onClose={() => setAdding(false)} onSaved={(departureId) => void navigate(`/coordination/trips/departures/${encodeURIComponent(departureId)}`)} />
      ) : null}
    </Stack>
  );
}
