import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Card, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateTripDepartureDocument, TripFormDistrictsDocument, type TripAllocation, type TripVehicle } from '../../generated/graphql';
import { FormErrorAlert } from '../../shared/page';
import { usePhone } from '../shifts/use-phone';
import { refusalOf } from '../../shared/form';
import { addDays, parseIstanbulDateTime, todayInIstanbul } from '@katilim/schema/istanbul-day';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation CreateTripDeparture($input: CreateTripDepartureInput!) {
    createTripDeparture(input: $input) {
      __typename
      ... on MutationCreateTripDepartureSuccess {
        data {
          id
        }
      }
      ... on Error {
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

type Point = { key: number; name: string; address: string; districtId: string | null; pickupAt: string; vehicle: TripVehicle; vehicleName: string; seats: number };
type Times = { startsAt: string; endsAt: string; registrationOpensAt: string; registrationClosesAt: string; cancelCutoffAt: string };

function defaults(): Times {
  const today = todayInIstanbul();
  return {
    startsAt: `${addDays(today, 21)}T09:30`,
    endsAt: `${addDays(today, 21)}T16:00`,
    registrationOpensAt: `${addDays(today, 1)}T10:00`,
    registrationClosesAt: `${addDays(today, 14)}T23:59`,
    cancelCutoffAt: `${addDays(today, 19)}T09:30`,
  };
}

/** A new departure of a trip: times in İzmir, allocation, capacity and the pick-up points (each a vehicle with its seats). */
export function DepartureFormDialog({ tripId, onClose, onSaved }: { tripId: string; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const districts = useQuery(TripFormDistrictsDocument);
  const [times, setTimes] = useState<Times>(defaults);
  const [allocation, setAllocation] = useState<TripAllocation>('FIRST_COME');
  const [points, setPoints] = useState<Point[]>([{ key: 1, name: '', address: '', districtId: null, pickupAt: defaults().startsAt, vehicle: 'BUS', vehicleName: '', seats: 45 }]);
  const [capacity, setCapacity] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateTripDepartureDocument);
  const seatSum = points.reduce((sum, point) => sum + point.seats, 0);
  const effectiveCapacity = allocation === 'LOTTERY' ? seatSum : (capacity ?? seatSum);

  const setPoint = <K extends keyof Point>(key: number, field: K, value: Point[K]) => setPoints((list) => list.map((point) => (point.key === key ? { ...point, [field]: value } : point)));

  async function submit() {
    setError(null);
    const instants = Object.fromEntries(Object.entries(times).map(([key, value]) => [key, parseIstanbulDateTime(value)])) as Record<keyof Times, Date | null>;
    const pickupInstants = points.map((point) => parseIstanbulDateTime(point.pickupAt));
    if (Object.values(instants).some((value) => value === null) || pickupInstants.some((value) => value === null)) {
      setError(t('trips.planning.departure.invalidTime'));
      return;
    }
    try {
      const result = (
        await create({
          variables: {
            input: {
              tripId,
              allocation,
              capacity: effectiveCapacity,
              startsAt: instants.startsAt!.toISOString(),
              endsAt: instants.endsAt!.toISOString(),
              registrationOpensAt: instants.registrationOpensAt!.toISOString(),
              registrationClosesAt: instants.registrationClosesAt!.toISOString(),
              cancelCutoffAt: instants.cancelCutoffAt!.toISOString(),
              pickupPoints: points.map((point, index) => ({
                name: point.name.trim(),
                address: point.address.trim(),
                districtId: point.districtId ? Number(point.districtId) : null,
                pickupAt: pickupInstants[index]!.toISOString(),
                vehicle: point.vehicle,
                vehicleName: point.vehicleName.trim(),
                seats: point.seats,
              })),
            },
          },
        })
      ).data?.createTripDeparture;
      const refusal = refusalOf(result);
      if (refusal) return setError(refusal);
      if (result?.__typename === 'MutationCreateTripDepartureSuccess') onSaved(result.data.id);
    } catch {
      setError(t('common.networkError'));
    }
  }

  const timeInput = (key: keyof Times) => (
    <TextInput type="datetime-local" required label={t(`trips.planning.departure.${key}`)} value={times[key]} onChange={(event) => {
      const value = event.currentTarget.value;
      setTimes((current) => ({ ...current, [key]: value }));
    }} />
  );

  return (
    <Modal opened onClose={onClose} title={t('trips.planning.departure.createTitle')} size="xl" fullScreen={phone}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="departure-allocation-label">
              {t('trips.planning.departure.allocation')}
            </Text>
            <SegmentedControl
              aria-labelledby="departure-allocation-label"
              value={allocation}
              onChange={(value) => setAllocation(value as TripAllocation)}
              data={[
                { value: 'FIRST_COME', label: t('trips.allocation.FIRST_COME') },
                { value: 'LOTTERY', label: t('trips.allocation.LOTTERY') },
              ]}
            />
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {timeInput('startsAt')}
            {timeInput('endsAt')}
            {timeInput('registrationOpensAt')}
            {timeInput('registrationClosesAt')}
            {timeInput('cancelCutoffAt')}
            <NumberInput
              label={t('trips.planning.departure.capacity')}
              description={allocation === 'LOTTERY' ? t('trips.planning.departure.capacityLottery') : t('trips.planning.departure.capacityHelp')}
              value={effectiveCapacity}
              disabled={allocation === 'LOTTERY'}
              min={1}
              max={2000}
              onChange={(value) => setCapacity(value === '' ? null : Number(value))}
            />
          </SimpleGrid>
          <Text fw={600}>{t('trips.planning.departure.pickupPoints')}</Text>
          {points.map((point, index) => (
            <Card key={point.key} withBorder radius="md" padding="sm" component="fieldset" aria-label={t('trips.planning.departure.point', { n: index + 1 })}>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput required label={t('trips.planning.departure.pointName', { n: index + 1 })} value={point.name} onChange={(event) => setPoint(point.key, 'name', event.currentTarget.value)} />
                <TextInput label={t('trips.planning.departure.address')} value={point.address} onChange={(event) => setPoint(point.key, 'address', event.currentTarget.value)} />
                <Select
                  label={t('trips.planning.departure.district')}
                  searchable
                  clearable
                  value={point.districtId}
                  onChange={(value) => setPoint(point.key, 'districtId', value)}
                  data={(districts.data?.districts ?? []).map((district) => ({ value: String(district.id), label: district.name }))}
                />
                <TextInput type="datetime-local" required label={t('trips.planning.departure.pickupAt')} value={point.pickupAt} onChange={(event) => setPoint(point.key, 'pickupAt', event.currentTarget.value)} />
                <Select
                  label={t('trips.planning.departure.vehicle')}
                  allowDeselect={false}
                  value={point.vehicle}
                  onChange={(value) => value && setPoint(point.key, 'vehicle', value as TripVehicle)}
                  data={(['BUS', 'BOAT'] as const).map((value) => ({ value, label: t(`trips.vehicle.${value}`) }))}
                />
                <TextInput label={t('trips.planning.departure.vehicleName')} value={point.vehicleName} onChange={(event) => setPoint(point.key, 'vehicleName', event.currentTarget.value)} />
                <NumberInput required label={t('trips.planning.departure.seats')} value={point.seats} min={1} max={500} onChange={(value) => setPoint(point.key, 'seats', Number(value) || 0)} />
              </SimpleGrid>
              {points.length > 1 ? (
                <Group justify="flex-end" mt="xs">
                  <ActionIcon variant="subtle" color="red" aria-label={t('trips.planning.departure.removePoint', { n: index + 1 })} onClick={() => setPoints((list) => list.filter((x) => x.key !== point.key))}>
                    ×
                  </ActionIcon>
                </Group>
              ) : null}
            </Card>
          ))}
          <Button
            variant="subtle"
            w="fit-content"
            onClick={() => setPoints((list) => [...list, { ...list[list.length - 1]!, key: Math.max(...list.map((x) => x.key)) + 1, name: '', address: '', vehicleName: '' }])}
          >
            {t('trips.planning.departure.addPoint')}
          </Button>
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('trips.planning.departure.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
