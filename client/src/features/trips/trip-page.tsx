import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { TripPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { useViewer } from '../shell/viewer';
import { RegisterDialog } from './register-dialog';
import { formatDepartureTime, formatTripInstant, formatTripTime, windowState } from './trip-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query TripPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Trip {
        id
        title
        description
        whatToBring
        accessibility
        audience
        minAge
        maxAge
        maxCompanions
        companionMaxAge
        departures(upcoming: true) {
          id
          startsAt
          endsAt
          allocation
          capacity
          seatsLeft
          waitlistCount
          registrationOpen
          registrationOpensAt
          registrationClosesAt
          cancelCutoffAt
          cancelledAt
          cancellationNote
          myRegistration {
            id
            status
          }
          pickupPoints {
            id
            name
            address
            pickupAt
            vehicle
            vehicleName
            seats
            seatsLeft
          }
          ...RegisterDialog_departure
        }
        ...RegisterDialog_trip
      }
    }
  }
`;

/** A trip's page: details, what to bring, accessibility, departures with pick-up points, and registering. */
export function TripPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const location = useLocation();
  const { data, error, refetch } = useQuery(TripPageDocument, { variables: { id } });
  const [registering, setRegistering] = useState<string | null>(null);
  // When the page was shown: windows do not close themselves while someone reads (the server decides).
  const [now] = useState(() => Date.now());

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  const trip = data.node?.__typename === 'Trip' ? data.node : null;
  if (!trip) return <EmptyMessage title={t('trips.trip.notFound')} />;
  const chosen = trip.departures.find((departure) => departure.id === registering) ?? null;

  return (
    <Stack>
      <PageHeader title={trip.title} lead={<Badge variant="light">{t(`trips.audience.${trip.audience}`)}</Badge>} />
      <Text style={{ whiteSpace: 'pre-line' }}>{trip.description}</Text>
      <Group align="flex-start" grow wrap="wrap">
        {trip.whatToBring ? (
          <Card withBorder radius="md" component="section" aria-labelledby="trip-bring">
            <Title order={2} size="h5" id="trip-bring">
              {t('trips.trip.whatToBring')}
            </Title>
            <Text size="sm">{trip.whatToBring}</Text>
          </Card>
        ) : null}
        {trip.accessibility ? (
          <Card withBorder radius="md" component="section" aria-labelledby="trip-access">
            <Title order={2} size="h5" id="trip-access">
              {t('trips.trip.accessibility')}
            </Title>
            <Text size="sm">{trip.accessibility}</Text>
          </Card>
        ) : null}
        <Card withBorder radius="md" component="section" aria-labelledby="trip-who">
          <Title order={2} size="h5" id="trip-who">
            {t('trips.trip.who')}
          </Title>
          <Text size="sm">
            {trip.audience === 'WOMEN'
              ? t('trips.trip.whoWomen', { minAge: trip.minAge, count: trip.maxCompanions, childAge: trip.companionMaxAge + 1 })
              : t('trips.trip.whoChildren', { minAge: trip.minAge, maxAge: trip.maxAge ?? trip.minAge, count: trip.maxCompanions })}
          </Text>
        </Card>
      </Group>

      <Title order={2}>{t('trips.trip.departures')}</Title>
      {trip.departures.length === 0 ? (
        <EmptyMessage title={t('trips.list.noDepartures')} />
      ) : (
        trip.departures.map((departure) => {
          const state = windowState(departure.registrationOpensAt, departure.registrationClosesAt, now);
          const headingId = `departure-${departure.id}`;
          return (
            <Card key={departure.id} withBorder radius="md" component="section" aria-labelledby={headingId}>
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap">
                  <Title order={3} size="h4" id={headingId}>
                    {formatDepartureTime(departure.startsAt, departure.endsAt, language)}
                  </Title>
                  <Group gap={6}>
                    {departure.allocation === 'LOTTERY' ? <Badge color="grape" variant="light">{t('trips.departure.lottery')}</Badge> : null}
                    {departure.cancelledAt ? (
                      <Badge color="red" variant="light">{t('trips.departure.cancelled')}</Badge>
                    ) : departure.allocation === 'FIRST_COME' ? (
                      departure.seatsLeft > 0 ? (
                        <Badge color="teal" variant="light">{t('trips.departure.seatsLeft', { count: departure.seatsLeft })}</Badge>
                      ) : (
                        <Badge color="orange" variant="light">{t('trips.departure.fullWaiting', { count: departure.waitlistCount })}</Badge>
                      )
                    ) : null}
                  </Group>
                </Group>
                {departure.cancelledAt ? (
                  <Alert color="red" title={t('trips.departure.cancelled')}>
                    {departure.cancellationNote}
                  </Alert>
                ) : null}
                <Text size="sm" c="dimmed">
                  {state === 'NOT_YET'
                    ? t('trips.departure.opensAt', { at: formatTripInstant(departure.registrationOpensAt, language) })
                    : state === 'OPEN'
                      ? t('trips.departure.closesAt', { at: formatTripInstant(departure.registrationClosesAt, language) })
                      : t('trips.departure.windowClosed')}
                  {' · '}
                  {t('trips.departure.cutoff', { at: formatTripInstant(departure.cancelCutoffAt, language) })}
                </Text>
                {departure.allocation === 'LOTTERY' ? (
                  <Text size="sm">
                    {t('trips.departure.lotteryHelp')}{' '}
                    <Anchor component={Link} to={`/trips/draws/${encodeURIComponent(departure.id)}`}>
                      {t('trips.departure.drawPage')}
                    </Anchor>
                  </Text>
                ) : null}
                <List size="sm" spacing={4} aria-label={t('trips.departure.pickupPoints')}>
                  {departure.pickupPoints.map((point) => (
                    <List.Item key={point.id}>
                      <Text span fw={500}>
                        {formatTripTime(point.pickupAt, language)} · {point.name}
                      </Text>{' '}
                      <Text span c="dimmed">
                        ({t(`trips.vehicle.${point.vehicle}`)}
                        {point.vehicleName ? ` ${point.vehicleName}` : ''}
                        {departure.allocation === 'FIRST_COME' ? `, ${t('trips.departure.seatsLeft', { count: point.seatsLeft })}` : `, ${t('trips.departure.seats', { count: point.seats })}`})
                      </Text>
                      {point.address ? (
                        <Text size="xs" c="dimmed">
                          {point.address}
                        </Text>
                      ) : null}
                    </List.Item>
                  ))}
                </List>
                {departure.myRegistration ? (
                  <Group gap="xs">
                    <Badge variant="filled">{t(`trips.status.${departure.myRegistration.status}`)}</Badge>
                    <Anchor component={Link} to="/trips/mine" size="sm">
                      {t('trips.trip.seeMine')}
                    </Anchor>
                  </Group>
                ) : departure.registrationOpen && !departure.cancelledAt ? (
                  viewer ? (
                    <Button w="fit-content" onClick={() => setRegistering(departure.id)}>
                      {departure.allocation === 'LOTTERY' ? t('trips.register.enter') : departure.seatsLeft > 0 ? t('trips.register.open') : t('trips.register.openWaitlist')}
                    </Button>
                  ) : (
                    <Button component={Link} to={`/login?next=${encodeURIComponent(location.pathname)}`} variant="light" w="fit-content">
                      {t('trips.register.logIn')}
                    </Button>
                  )
                ) : null}
              </Stack>
            </Card>
          );
        })
      )}
      {chosen ? (
        <RegisterDialog
          trip={trip}
          departure={chosen}
          onClose={() => setRegistering(null)}
          onDone={() => {
            setRegistering(null);
            void refetch();
          }}
        />
      ) : null}
    </Stack>
  );
}
