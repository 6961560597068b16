import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Image, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CancelTripRegistrationDocument, ConfirmTripOfferDocument, DeclineTripOfferDocument, MyTripsPageDocument, type MyTripsPageQuery } from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { isErrorResult } from '../../shared/form';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { formatDepartureTime, formatTripInstant, formatTripTime } from './trip-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query MyTripsPage {
    myTripRegistrations(upcoming: true) {
      id
      status
      seats
      entryNumber
      drawPosition
      holdExpiresAt
      cancelReason
      checkInQr
      pickupPoint {
        id
        name
        address
        pickupAt
        vehicle
        vehicleName
      }
      participants {
        id
        firstName
        lastName
        isRegistrant
      }
      departure {
        id
        startsAt
        endsAt
        allocation
        cancelCutoffAt
        cancelledAt
        cancellationNote
        trip {
          id
          title
        }
      }
    }
  }
  mutation ConfirmTripOffer($input: TripOfferInput!) {
    confirmTripOffer(input: $input) {
      __typename
      ... on MutationConfirmTripOfferSuccess {
        data {
          id
          status
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation DeclineTripOffer($input: TripOfferInput!) {
    declineTripOffer(input: $input) {
      __typename
      ... on MutationDeclineTripOfferSuccess {
        data {
          id
          status
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation CancelTripRegistration($input: TripRegistrationRefInput!) {
    cancelTripRegistration(input: $input) {
      __typename
      ... on MutationCancelTripRegistrationSuccess {
        data {
          id
          status
          cancelReason
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

type Registration = MyTripsPageQuery['myTripRegistrations'][number];
const REFRESH = { refetchQueries: ['MyTripsPage'], awaitRefetchQueries: true };
const LIVE = new Set(['ENTERED', 'CONFIRMED', 'OFFERED', 'WAITLISTED']);

/** "Gezilerim": each registration with its status, pick-up, the boarding QR code, offers to answer, cancelling. */
export function MyTripsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyTripsPageDocument);
  const registrations = data?.myTripRegistrations;

  return (
    <Stack>
      <PageHeader title={t('trips.mine.title')} lead={t('trips.mine.lead')} />
      {error && !registrations ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !registrations ? (
        <Skeleton height={240} />
      ) : registrations.length === 0 ? (
        <EmptyMessage title={t('trips.mine.empty')}>
          <Anchor component={Link} to="/trips">
            {t('trips.mine.browse')}
          </Anchor>
        </EmptyMessage>
      ) : (
        registrations.map((registration) => <RegistrationCard key={registration.id} registration={registration} />)
      )}
    </Stack>
  );
}

function RegistrationCard({ registration }: { registration: Registration }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const confirm = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const [confirmOffer, confirming] = useMutation(ConfirmTripOfferDocument, REFRESH);
  const [declineOffer, declining] = useMutation(DeclineTripOfferDocument, REFRESH);
  const [cancel] = useMutation(CancelTripRegistrationDocument, REFRESH);
  const { departure, pickupPoint, status } = registration;
  const headingId = `registration-${registration.id}`;

  async function run(action: () => Promise<{ __typename: string } | null | undefined>, done: string) {
    setError(null);
    try {
      const result = await action();
      if (result && isErrorResult(result as { __typename: string })) setError((result as unknown as { message: string }).message);
      else if (result) notifications.show({ color: 'green', message: done });
    } catch {
      setError(t('common.networkError'));
    }
  }

  async function askCancel() {
    // Read at the click: the dialog says what the server will do now.
    const beforeCutoff = Date.now() < new Date(departure.cancelCutoffAt).getTime();
    const done = await confirm({
      title: t('trips.mine.cancelTitle', { trip: departure.trip.title }),
      message: beforeCutoff ? t('trips.mine.cancelBeforeCutoff', { at: formatTripInstant(departure.cancelCutoffAt, language) }) : t('trips.mine.cancelAfterCutoff', { at: formatTripInstant(departure.cancelCutoffAt, language) }),
      confirmLabel: t('trips.mine.cancel'),
      danger: true,
      action: async () => {
        const result = (await cancel({ variables: { input: { id: registration.id } } })).data?.cancelTripRegistration;
        return result && isErrorResult(result) ? result.message : null;
      },
    });
    if (done) notifications.show({ color: 'green', message: t('trips.mine.cancelled') });
  }

  return (
    <Card withBorder radius="md" component="article" aria-labelledby={headingId}>
      <SimpleGrid cols={{ base: 1, sm: status === 'CONFIRMED' ? 2 : 1 }}>
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h4" id={headingId}>
              <Anchor component={Link} to={`/trips/${encodeURIComponent(departure.trip.id)}`}>
                {departure.trip.title}
              </Anchor>
            </Title>
            <Badge color={status === 'CONFIRMED' ? 'teal' : status === 'OFFERED' ? 'orange' : LIVE.has(status) ? 'blue' : 'gray'} variant="filled">
              {t(`trips.status.${status}`)}
            </Badge>
          </Group>
          <Text size="sm">{formatDepartureTime(departure.startsAt, departure.endsAt, language)}</Text>
          <Text size="sm">
            {t('trips.mine.pickup', { time: formatTripTime(pickupPoint.pickupAt, language), place: pickupPoint.name })} ({t(`trips.vehicle.${pickupPoint.vehicle}`)}
            {pickupPoint.vehicleName ? ` ${pickupPoint.vehicleName}` : ''})
          </Text>
          {pickupPoint.address ? (
            <Text size="xs" c="dimmed">
              {pickupPoint.address}
            </Text>
          ) : null}
          <Text size="sm">{t('trips.mine.travellers', { names: registration.participants.map((p) => `${p.firstName} ${p.lastName}`).join(', ') })}</Text>
          {departure.allocation === 'LOTTERY' ? (
            <Text size="sm">
              {t('trips.mine.entryNumber', { number: registration.entryNumber })}{' '}
              {registration.drawPosition !== null && status === 'WAITLISTED' ? t('trips.mine.waitlistPosition', { position: registration.drawPosition }) : null}{' '}
              <Anchor component={Link} to={`/trips/draws/${encodeURIComponent(departure.id)}`}>
                {t('trips.departure.drawPage')}
              </Anchor>
            </Text>
          ) : null}
          {departure.cancelledAt ? (
            <Alert color="red" title={t('trips.departure.cancelled')}>
              {departure.cancellationNote}
            </Alert>
          ) : null}
          {status === 'OFFERED' && registration.holdExpiresAt ? (
            <Alert color="orange" title={t('trips.mine.offerTitle')}>
              {t('trips.mine.offer', { at: formatTripInstant(registration.holdExpiresAt, language) })}
            </Alert>
          ) : null}
          <FormErrorAlert message={error} />
          <Group gap="xs">
            {status === 'OFFERED' ? (
              <>
                <Button size="sm" loading={confirming.loading} onClick={() => void run(async () => (await confirmOffer({ variables: { input: { registrationId: registration.id } } })).data?.confirmTripOffer, t('trips.mine.offerConfirmed'))}>
                  {t('trips.mine.confirmOffer')}
                </Button>
                <Button size="sm" variant="default" loading={declining.loading} onClick={() => void run(async () => (await declineOffer({ variables: { input: { registrationId: registration.id } } })).data?.declineTripOffer, t('trips.mine.offerDeclined'))}>
                  {t('trips.mine.declineOffer')}
                </Button>
              </>
            ) : null}
            {LIVE.has(status) && !departure.cancelledAt ? (
              <Button size="sm" variant="default" color="red" onClick={() => void askCancel()}>
                {status === 'WAITLISTED' || status === 'ENTERED' ? t('trips.mine.withdraw') : t('trips.mine.cancel')}
              </Button>
            ) : null}
          </Group>
        </Stack>
        {status === 'CONFIRMED' ? (
          <Stack gap={4} align="center">
            <Image src={registration.checkInQr} alt={t('trips.mine.qrAlt', { trip: departure.trip.title })} w={200} h={200} fit="contain" bg="white" />
            <Text size="xs" c="dimmed" ta="center">
              {t('trips.mine.qrHelp')}
            </Text>
          </Stack>
        ) : null}
      </SimpleGrid>
    </Card>
  );
}
