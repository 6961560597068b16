import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Modal, Progress, Select, SimpleGrid, Skeleton, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  CancelTripDepartureDocument,
  CloseTripEntriesDocument,
  DepartureAdminPageDocument,
  DrawTripLotteryDocument,
  MessageTripDepartureDocument,
  SetTripDrawPublicValueDocument,
  type TripRegistrationStatus,
} from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { usePhone } from '../shifts/use-phone';
import { refusalOf } from '../../shared/form';
import { formatDepartureTime, formatTripInstant } from './trip-format';
import { ScrollTable } from './scroll-table';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query DepartureAdminPage($id: ID!, $status: TripRegistrationStatus, $search: String, $after: String) {
    node(id: $id) {
      __typename
      ... on TripDeparture {
        id
        startsAt
        endsAt
        allocation
        capacity
        seatsLeft
        waitlistCount
        cancelledAt
        cancellationNote
        registrationClosesAt
        boardingPdfPath
        trip {
          id
          title
        }
        pickupPoints {
          id
          name
          seats
          seatsLeft
          vehicle
        }
      }
    }
    tripDraw(departureId: $id) {
      departureId
      entriesClosedAt
      entryListHash
      publicValue
      publicValueSource
      drawnAt
    }
    tripRegistrations(departureId: $id, status: $status, search: $search, first: 50, after: $after) {
      edges {
        node {
          id
          status
          seats
          entryNumber
          tier
          drawPosition
          holdExpiresAt
          attendance
          registrant {
            id
            firstName
            lastName
          }
          pickupPoint {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  mutation CloseTripEntries($input: CloseTripEntriesInput!) {
    closeTripEntries(input: $input) {
      __typename
      ... on MutationCloseTripEntriesSuccess {
        data {
          departureId
          entriesClosedAt
          entryListHash
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation SetTripDrawPublicValue($input: SetTripDrawPublicValueInput!) {
    setTripDrawPublicValue(input: $input) {
      __typename
      ... on MutationSetTripDrawPublicValueSuccess {
        data {
          departureId
          publicValue
          publicValueSource
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
  mutation DrawTripLottery($input: DrawTripLotteryInput!) {
    drawTripLottery(input: $input) {
      __typename
      ... on MutationDrawTripLotterySuccess {
        data {
          departureId
          drawnAt
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation CancelTripDeparture($input: CancelTripDepartureInput!) {
    cancelTripDeparture(input: $input) {
      __typename
      ... on MutationCancelTripDepartureSuccess {
        data {
          id
          cancelledAt
          cancellationNote
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
  mutation MessageTripDeparture($input: MessageTripDepartureInput!) {
    messageTripDeparture(input: $input) {
      __typename
      ... on MutationMessageTripDepartureSuccess {
        data {
          recipients
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

const STATUSES: TripRegistrationStatus[] = ['ENTERED', 'CONFIRMED', 'OFFERED', 'WAITLISTED', 'CANCELLED', 'DECLINED', 'EXPIRED'];
const REFRESH = { refetchQueries: ['DepartureAdminPage'], awaitRefetchQueries: true };

/** A departure for coordinators: fill per pick-up point, the roster, the lottery's steps, cancelling and messaging everyone. */
export function DepartureAdminPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { id = '' } = useParams();
  const [status, setStatus] = useState<TripRegistrationStatus | null>(null);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const { data, previousData, error, refetch, fetchMore, loading } = useQuery(DepartureAdminPageDocument, { variables: { id, status, search: deferred || null } });
  const [dialog, setDialog] = useState<'cancel' | 'message' | null>(null);
  const [now] = useState(() => Date.now());
  const shown = data ?? previousData;

  if (error && !shown) return <QueryError onRetry={() => void refetch()} />;
  if (!shown) return <Skeleton height={320} />;
  const departure = shown.node?.__typename === 'TripDeparture' ? shown.node : null;
  if (!departure) return <EmptyMessage title={t('trips.trip.notFound')} />;
  const registrations = shown.tripRegistrations.edges.map((edge) => edge.node);
  const over = new Date(departure.endsAt).getTime() < now;

  return (
    <Stack>
      <PageHeader
        title={t('trips.admin.title', { trip: departure.trip.title })}
        lead={formatDepartureTime(departure.startsAt, departure.endsAt, language)}
        actions={
          <Group gap="xs">
            <Button component={Link} to={`/coordination/trips/departures/${encodeURIComponent(departure.id)}/boarding`}>
              {t('trips.admin.boarding')}
            </Button>
            <Button variant="default" onClick={() => setDialog('message')} disabled={Boolean(departure.cancelledAt) || over}>
              {t('trips.admin.message')}
            </Button>
            <Button variant="default" color="red" onClick={() => setDialog('cancel')} disabled={Boolean(departure.cancelledAt) || over}>
              {t('trips.admin.cancel')}
            </Button>
          </Group>
        }
      />
      <Anchor component={Link} to={`/coordination/trips/${encodeURIComponent(departure.trip.id)}`} size="sm">
        {t('trips.admin.back', { trip: departure.trip.title })}
      </Anchor>
      {departure.cancelledAt ? (
        <Card withBorder radius="md" bg="red.0">
          <Text fw={600}>{t('trips.departure.cancelled')}</Text>
          <Text size="sm">{departure.cancellationNote}</Text>
        </Card>
      ) : null}

      <SimpleGrid cols={{ base: 1, md: departure.allocation === 'LOTTERY' ? 2 : 1 }}>
        <Card withBorder radius="md" component="section" aria-labelledby="fill-heading">
          <Title order={2} size="h4" id="fill-heading" mb="sm">
            {t('trips.admin.fill')}
          </Title>
          <Stack gap="sm">
            <FillBar label={t('trips.admin.overall')} taken={departure.capacity - departure.seatsLeft} seats={departure.capacity} />
            {departure.pickupPoints.map((point) => (
              <FillBar key={point.id} label={`${point.name} (${t(`trips.vehicle.${point.vehicle}`)})`} taken={point.seats - point.seatsLeft} seats={point.seats} />
            ))}
            <Text size="sm" c="dimmed">
              {t('trips.admin.waiting', { count: departure.waitlistCount })}
            </Text>
          </Stack>
        </Card>
        {departure.allocation === 'LOTTERY' && shown.tripDraw ? (
          <LotteryPanel departureId={departure.id} cancelled={Boolean(departure.cancelledAt)} closesAt={departure.registrationClosesAt} draw={shown.tripDraw} />
        ) : null}
      </SimpleGrid>

      <Title order={2} size="h3">
        {t('trips.admin.roster')}
      </Title>
      <Group align="flex-end" wrap="wrap">
        <TextInput type="search" label={t('trips.admin.search')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
        <Select
          label={t('trips.admin.status')}
          clearable
          placeholder={t('trips.admin.allStatuses')}
          value={status}
          onChange={(value) => setStatus(value as TripRegistrationStatus | null)}
          data={STATUSES.map((value) => ({ value, label: t(`trips.status.${value}`) }))}
        />
      </Group>
      {registrations.length === 0 ? (
        <EmptyMessage title={t('trips.admin.noRegistrations')} />
      ) : (
        <ScrollTable label={t('trips.admin.roster')} minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('trips.admin.entry')}</Table.Th>
                <Table.Th scope="col">{t('trips.admin.registrant')}</Table.Th>
                <Table.Th scope="col">{t('trips.admin.seats')}</Table.Th>
                <Table.Th scope="col">{t('trips.admin.pickup')}</Table.Th>
                <Table.Th scope="col">{t('trips.admin.status')}</Table.Th>
                <Table.Th scope="col">{t('trips.admin.tier')}</Table.Th>
                <Table.Th scope="col">{t('trips.admin.drawPosition')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registrations.map((registration) => (
                <Table.Tr key={registration.id}>
                  <Table.Td>{registration.entryNumber}</Table.Td>
                  <Table.Th scope="row">
                    {registration.registrant.firstName} {registration.registrant.lastName}
                  </Table.Th>
                  <Table.Td>{registration.seats}</Table.Td>
                  <Table.Td>{registration.pickupPoint.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`trips.status.${registration.status}`)}</Badge>
                    {registration.status === 'OFFERED' && registration.holdExpiresAt ? (
                      <Text size="xs" c="dimmed">
                        {t('trips.admin.holdUntil', { at: formatTripInstant(registration.holdExpiresAt, language) })}
                      </Text>
                    ) : null}
                    {registration.attendance ? (
                      <Text size="xs" c="dimmed">
                        {t(`trips.attendance.${registration.attendance}`)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{registration.tier}</Table.Td>
                  <Table.Td>{registration.drawPosition ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {shown.tripRegistrations.pageInfo.hasNextPage ? (
        <Button variant="default" w="fit-content" loading={loading} onClick={() => void fetchMore({ variables: { after: shown.tripRegistrations.pageInfo.endCursor } })}>
          {t('trips.list.more')}
        </Button>
      ) : null}
      {dialog === 'cancel' ? <CancelDepartureDialog departureId={departure.id} onClose={() => setDialog(null)} /> : null}
      {dialog === 'message' ? <MessageDialog departureId={departure.id} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}

function FillBar({ label, taken, seats }: { label: string; taken: number; seats: number }) {
  const { t } = useTranslation();
  const value = seats ? Math.min(100, Math.round((taken / seats) * 100)) : 0;
  return (
    <div>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={600}>
          {taken} / {seats}
        </Text>
      </Group>
      <Progress value={value} color={value >= 100 ? 'orange' : 'teal'} aria-label={t('trips.admin.fillOf', { label, taken, seats })} />
    </div>
  );
}

type Draw = { entriesClosedAt?: string | null; entryListHash?: string | null; publicValue?: string | null; publicValueSource?: string | null; drawnAt?: string | null };

function LotteryPanel({ departureId, cancelled, closesAt, draw }: { departureId: string; cancelled: boolean; closesAt: string; draw: Draw }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const confirm = useConfirm();
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [closeEntries, closing] = useMutation(CloseTripEntriesDocument, REFRESH);
  const [setPublicValue, setting] = useMutation(SetTripDrawPublicValueDocument, REFRESH);
  const [drawLottery] = useMutation(DrawTripLotteryDocument, REFRESH);
  const input = { departureId };

  async function run(action: () => Promise<string | null>, done: string) {
    setError(null);
    try {
      const refusal = await action();
      if (refusal) setError(refusal);
      else notifications.show({ color: 'green', message: done });
    } catch {
      setError(t('common.networkError'));
    }
  }

  async function askDraw() {
    const done = await confirm({
      title: t('trips.lottery.drawTitle'),
      message: t('trips.lottery.drawLead'),
      confirmLabel: t('trips.lottery.draw'),
      action: async () => refusalOf((await drawLottery({ variables: { input } })).data?.drawTripLottery),
    });
    if (done) notifications.show({ color: 'green', message: t('trips.lottery.drawn') });
  }

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="lottery-heading">
      <Title order={2} size="h4" id="lottery-heading" mb="sm">
        {t('trips.lottery.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">
          1. {draw.entriesClosedAt ? t('trips.lottery.entriesClosed', { at: formatTripInstant(draw.entriesClosedAt, language) }) : t('trips.lottery.entriesOpen', { at: formatTripInstant(closesAt, language) })}
        </Text>
        {!draw.entriesClosedAt ? (
          <Button
            w="fit-content"
            variant="light"
            disabled={cancelled}
            loading={closing.loading}
            onClick={() => void run(async () => refusalOf((await closeEntries({ variables: { input } })).data?.closeTripEntries), t('trips.lottery.closedDone'))}
          >
            {t('trips.lottery.closeEntries')}
          </Button>
        ) : null}
        <Text size="sm">
          2.{' '}
          {draw.publicValue
            ? t('trips.lottery.publicValueSet', { value: draw.publicValue, source: draw.publicValueSource ?? '' })
            : t('trips.lottery.publicValueNeeded')}
        </Text>
        {draw.entriesClosedAt && !draw.publicValue ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run(
                async () => refusalOf((await setPublicValue({ variables: { input: { departureId, value: value.trim(), source: source.trim() } } })).data?.setTripDrawPublicValue),
                t('trips.lottery.publicValueDone'),
              );
            }}
          >
            <Stack gap="xs">
              <TextInput required label={t('trips.lottery.publicValue')} description={t('trips.lottery.publicValueHelp')} value={value} onChange={(event) => setValue(event.currentTarget.value)} />
              <TextInput required label={t('trips.lottery.source')} placeholder={t('trips.lottery.sourcePlaceholder')} value={source} onChange={(event) => setSource(event.currentTarget.value)} />
              <Button type="submit" w="fit-content" variant="light" loading={setting.loading}>
                {t('trips.lottery.savePublicValue')}
              </Button>
            </Stack>
          </form>
        ) : null}
        <Text size="sm">3. {draw.drawnAt ? t('trips.lottery.drawnAt', { at: formatTripInstant(draw.drawnAt, language) }) : t('trips.lottery.notDrawn')}</Text>
        {draw.publicValue && !draw.drawnAt ? (
          <Button w="fit-content" disabled={cancelled} onClick={() => void askDraw()}>
            {t('trips.lottery.draw')}
          </Button>
        ) : null}
        <FormErrorAlert message={error} />
        <Anchor component={Link} to={`/trips/draws/${encodeURIComponent(departureId)}`} size="sm">
          {t('trips.departure.drawPage')}
        </Anchor>
      </Stack>
    </Card>
  );
}

function CancelDepartureDialog({ departureId, onClose }: { departureId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [noteTr, setNoteTr] = useState('');
  const [noteEn, setNoteEn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [cancel, { loading }] = useMutation(CancelTripDepartureDocument, REFRESH);

  async function submit() {
    setError(null);
    try {
      const refusal = refusalOf((await cancel({ variables: { input: { id: departureId, noteTr: noteTr.trim(), noteEn: noteEn.trim() } } })).data?.cancelTripDeparture);
      if (refusal) return setError(refusal);
      notifications.show({ color: 'green', message: t('trips.admin.cancelledDone') });
      onClose();
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('trips.admin.cancelTitle')} size="lg" fullScreen={phone}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('trips.admin.cancelLead')}</Text>
          <Textarea required autosize minRows={2} label={t('trips.admin.noteTr')} value={noteTr} onChange={(event) => setNoteTr(event.currentTarget.value)} />
          <Textarea required autosize minRows={2} label={t('trips.admin.noteEn')} value={noteEn} onChange={(event) => setNoteEn(event.currentTarget.value)} />
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('trips.admin.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function MessageDialog({ departureId, onClose }: { departureId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [values, setValues] = useState({ subjectTr: '', bodyTr: '', subjectEn: '', bodyEn: '' });
  const [error, setError] = useState<string | null>(null);
  const [send, { loading }] = useMutation(MessageTripDepartureDocument);
  const field = (key: keyof typeof values) => ({
    label: t(`trips.admin.${key}`),
    value: values[key],
    required: true,
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [key]: value }));
    },
  });

  async function submit() {
    setError(null);
    try {
      const result = (await send({ variables: { input: { id: departureId, ...values } } })).data?.messageTripDeparture;
      const refusal = refusalOf(result);
      if (refusal) return setError(refusal);
      notifications.show({ color: 'green', message: t('trips.admin.messageSent', { count: result?.__typename === 'MutationMessageTripDepartureSuccess' ? result.data.recipients : 0 }) });
      onClose();
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('trips.admin.messageTitle')} size="lg" fullScreen={phone}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('trips.admin.messageLead')}</Text>
          <TextInput {...field('subjectTr')} />
          <Textarea autosize minRows={3} {...field('bodyTr')} />
          <TextInput {...field('subjectEn')} />
          <Textarea autosize minRows={3} {...field('bodyEn')} />
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('trips.admin.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
