import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TripsPageDocument, type TripAudience } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatTripInstant, formatDepartureTime, windowState } from './trip-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query TripsPage($audience: TripAudience, $search: String, $after: String) {
    trips(audience: $audience, search: $search, first: 20, after: $after) {
      edges {
        node {
          id
          title
          description
          audience
          departures(upcoming: true) {
            id
            startsAt
            endsAt
            allocation
            capacity
            seatsLeft
            registrationOpen
            registrationOpensAt
            registrationClosesAt
            cancelledAt
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

type AudienceFilter = TripAudience | 'ALL';

/** "Geziler": the public list of trips with their next departures, seats left and registration windows. */
export function TripsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [audience, setAudience] = useState<AudienceFilter>('ALL');
  const [search, setSearch] = useState('');
  const [now] = useState(() => Date.now());
  const deferredSearch = useDeferredValue(search.trim());
  const { data, previousData, error, refetch, fetchMore, loading } = useQuery(TripsPageDocument, {
    variables: { audience: audience === 'ALL' ? null : audience, search: deferredSearch || null },
  });
  const connection = (data ?? previousData)?.trips;
  const trips = connection?.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];

  return (
    <Stack>
      <PageHeader title={t('trips.list.title')} lead={t('trips.list.lead')} />
      <Group align="flex-end" wrap="wrap">
        <TextInput type="search" label={t('trips.list.search')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} w={{ base: '100%', sm: 320 }} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="trips-audience-label">
            {t('trips.list.audience')}
          </Text>
          <SegmentedControl
            aria-labelledby="trips-audience-label"
            value={audience}
            onChange={(value) => setAudience(value as AudienceFilter)}
            data={[
              { value: 'ALL', label: t('trips.list.audienceAll') },
              { value: 'WOMEN', label: t('trips.audience.WOMEN') },
              { value: 'CHILDREN', label: t('trips.audience.CHILDREN') },
            ]}
          />
        </Stack>
      </Group>
      {error && !connection ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton height={240} />
      ) : trips.length === 0 ? (
        <EmptyMessage title={t('trips.list.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {trips.map((trip) => (
            <Card key={trip.id} withBorder radius="md" padding="md" component="article" aria-labelledby={`trip-${trip.id}`}>
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Title order={2} size="h4" id={`trip-${trip.id}`}>
                    <Anchor component={Link} to={`/trips/${encodeURIComponent(trip.id)}`}>
                      {trip.title}
                    </Anchor>
                  </Title>
                  <Badge variant="light">{t(`trips.audience.${trip.audience}`)}</Badge>
                </Group>
                <Text size="sm" lineClamp={3}>
                  {trip.description}
                </Text>
                {trip.departures.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('trips.list.noDepartures')}
                  </Text>
                ) : (
                  <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {trip.departures.slice(0, 3).map((departure) => {
                      const state = windowState(departure.registrationOpensAt, departure.registrationClosesAt, now);
                      return (
                        <li key={departure.id}>
                          <Text size="sm" fw={500}>
                            {formatDepartureTime(departure.startsAt, departure.endsAt, language)}
                          </Text>
                          <Group gap={6} wrap="wrap">
                            {departure.cancelledAt ? (
                              <Badge color="red" variant="light">{t('trips.departure.cancelled')}</Badge>
                            ) : departure.allocation === 'LOTTERY' ? (
                              <Badge color="grape" variant="light">{t('trips.departure.lottery')}</Badge>
                            ) : departure.seatsLeft > 0 ? (
                              <Badge color="teal" variant="light">{t('trips.departure.seatsLeft', { count: departure.seatsLeft })}</Badge>
                            ) : (
                              <Badge color="orange" variant="light">{t('trips.departure.full')}</Badge>
                            )}
                            <Text size="xs" c="dimmed">
                              {state === 'NOT_YET'
                                ? t('trips.departure.opensAt', { at: formatTripInstant(departure.registrationOpensAt, language) })
                                : state === 'OPEN'
                                  ? t('trips.departure.closesAt', { at: formatTripInstant(departure.registrationClosesAt, language) })
                                  : t('trips.departure.windowClosed')}
                            </Text>
                          </Group>
                        </li>
                      );
                    })}
                  </Stack>
                )}
                <Button component={Link} to={`/trips/${encodeURIComponent(trip.id)}`} variant="light" size="sm" w="fit-content">
                  {t('trips.list.details')}
                </Button>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {connection?.pageInfo.hasNextPage ? (
        <Button variant="default" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })} w="fit-content">
          {t('trips.list.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
