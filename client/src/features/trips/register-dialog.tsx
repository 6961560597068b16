import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegisterDialog_DepartureFragmentDoc, RegisterDialog_TripFragmentDoc, RegisterForTripDocument } from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { usePhone } from '../shifts/use-phone';
import { formatDepartureTime, formatTripTime } from './trip-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment RegisterDialog_trip on Trip {
    id
    title
    audience
    maxCompanions
    companionMaxAge
    minAge
    maxAge
  }
  fragment RegisterDialog_departure on TripDeparture {
    id
    startsAt
    endsAt
    allocation
    seatsLeft
    pickupPoints {
      id
      name
      pickupAt
      vehicle
      seatsLeft
    }
  }
  mutation RegisterForTrip($input: RegisterForTripInput!) {
    registerForTrip(input: $input) {
      __typename
      ... on MutationRegisterForTripSuccess {
        data {
          id
          status
          entryNumber
          seats
        }
      }
      ... on Error {
        code
        message
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`;

type Traveller = { key: number; firstName: string; lastName: string; birthDate: string };

/**
 * Registering for a departure: the pick-up point, who travels (her children, or the guardian's
 * children, with birth dates), the guardian's consent for a children's trip; the server's refusals shown
 * as it words them, and the waitlist offered when the departure is full.
 */
export function RegisterDialog({
  trip: tripRef,
  departure: departureRef,
  onClose,
  onDone,
}: {
  trip: FragmentType<typeof RegisterDialog_TripFragmentDoc>;
  departure: FragmentType<typeof RegisterDialog_DepartureFragmentDoc>;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const phone = usePhone();
  const trip = useFragment({ fragment: RegisterDialog_TripFragmentDoc, fragmentName: 'RegisterDialog_trip', from: tripRef });
  const departure = useFragment({ fragment: RegisterDialog_DepartureFragmentDoc, fragmentName: 'RegisterDialog_departure', from: departureRef });
  const children = trip.data.audience === 'CHILDREN';
  const [pickupPointId, setPickupPointId] = useState<string | null>(departure.data.pickupPoints?.length === 1 ? (departure.data.pickupPoints[0]?.id ?? null) : null);
  const [travellers, setTravellers] = useState<Traveller[]>(children ? [{ key: 1, firstName: '', lastName: '', birthDate: '' }] : []);
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<{ message: string; full: boolean } | null>(null);
  const [register, { loading }] = useMutation(RegisterForTripDocument);
  if (!trip.complete || !departure.complete) return null;
  const departureId = departure.data.id;
  const maxTravellers = trip.data.maxCompanions;
  const lottery = departure.data.allocation === 'LOTTERY';
  const seatsAsked = travellers.length + (children ? 0 : 1);
  const point = departure.data.pickupPoints.find((p) => p.id === pickupPointId);
  const looksFull = !lottery && (departure.data.seatsLeft < seatsAsked || (point !== undefined && point.seatsLeft < seatsAsked));

  function update(key: number, field: 'firstName' | 'lastName' | 'birthDate', value: string) {
    setTravellers((list) => list.map((traveller) => (traveller.key === key ? { ...traveller, [field]: value } : traveller)));
  }

  async function submit(joinWaitlist: boolean) {
    setError(null);
    if (!pickupPointId) {
      setError({ message: t('trips.register.choosePoint'), full: false });
      return;
    }
    try {
      const { data } = await register({
        variables: {
          input: {
            departureId,
            pickupPointId,
            travellers: travellers.map(({ firstName, lastName, birthDate }) => ({ firstName: firstName.trim(), lastName: lastName.trim(), birthDate })),
            guardianConsent: children ? consent : null,
            joinWaitlist,
          },
        },
      });
      const result = data?.registerForTrip;
      if (!result) return;
      if (isErrorResult(result)) {
        const issues = result.__typename === 'InputValidationError' ? result.issues.map((issue) => issue.message) : [];
        setError({ message: [result.message, ...issues].join(' '), full: result.__typename === 'TripFullError' });
        return;
      }
      const status = result.data.status;
      notifications.show({
        color: 'green',
        message: status === 'ENTERED' ? t('trips.register.entered', { number: result.data.entryNumber }) : status === 'WAITLISTED' ? t('trips.register.waitlisted') : t('trips.register.confirmed'),
      });
      onDone();
    } catch {
      setError({ message: t('common.networkError'), full: false });
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('trips.register.title', { trip: trip.data.title })} size="lg" fullScreen={phone}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit(looksFull);
        }}
      >
        <Stack>
          <Text size="sm">{formatDepartureTime(departure.data.startsAt, departure.data.endsAt, language)}</Text>
          <Radio.Group label={t('trips.register.pickupPoint')} value={pickupPointId} onChange={setPickupPointId} required>
            <Stack gap={6} mt={4}>
              {departure.data.pickupPoints.map((p) => (
                <Radio
                  key={p.id}
                  value={p.id}
                  label={`${formatTripTime(p.pickupAt, language)} · ${p.name} (${t(`trips.vehicle.${p.vehicle}`)})`}
                  description={lottery ? undefined : t('trips.departure.seatsLeft', { count: p.seatsLeft })}
                />
              ))}
            </Stack>
          </Radio.Group>

          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={500} size="sm">
              {children ? t('trips.register.childrenLegend', { min: trip.data.minAge, max: trip.data.maxAge ?? trip.data.minAge }) : t('trips.register.companionsLegend', { age: trip.data.companionMaxAge + 1 })}
            </Text>
            {!children ? (
              <Text size="xs" c="dimmed">
                {t('trips.register.youTravel')}
              </Text>
            ) : null}
            {travellers.map((traveller, index) => (
              <Group key={traveller.key} align="flex-end" wrap="wrap" gap="xs">
                <TextInput label={t('trips.register.firstName', { n: index + 1 })} value={traveller.firstName} onChange={(event) => update(traveller.key, 'firstName', event.currentTarget.value)} required />
                <TextInput label={t('trips.register.lastName', { n: index + 1 })} value={traveller.lastName} onChange={(event) => update(traveller.key, 'lastName', event.currentTarget.value)} required />
                <TextInput type="date" label={t('trips.register.birthDate', { n: index + 1 })} value={traveller.birthDate} onChange={(event) => update(traveller.key, 'birthDate', event.currentTarget.value)} required />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('trips.register.removeTraveller', { n: index + 1 })}
                  disabled={children && travellers.length === 1}
                  onClick={() => setTravellers((list) => list.filter((x) => x.key !== traveller.key))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {travellers.length < maxTravellers ? (
              <Button
                variant="subtle"
                size="xs"
                w="fit-content"
                onClick={() => setTravellers((list) => [...list, { key: Math.max(0, ...list.map((x) => x.key)) + 1, firstName: '', lastName: '', birthDate: '' }])}
              >
                {children ? t('trips.register.addChild') : t('trips.register.addCompanion')}
              </Button>
            ) : null}
          </Stack>

          {children ? <Checkbox checked={consent} onChange={(event) => setConsent(event.currentTarget.checked)} label={t('trips.register.consent')} /> : null}
          {lottery ? <Alert color="grape">{t('trips.register.lotteryNote')}</Alert> : looksFull ? <Alert color="orange">{t('trips.register.fullNote')}</Alert> : null}
          {error ? (
            <Alert color="red" role="alert" title={t('trips.register.refused')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{error.message}</Text>
                {error.full ? (
                  <Button size="xs" onClick={() => void submit(true)} loading={loading}>
                    {t('trips.register.joinWaitlist')}
                  </Button>
                ) : null}
              </Stack>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {lottery ? t('trips.register.enter') : looksFull ? t('trips.register.joinWaitlist') : t('trips.register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
