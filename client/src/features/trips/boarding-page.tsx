import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Select, Skeleton, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TripBoardingPageDocument, type TripBoardingPageQuery } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { useQrCamera } from '../../shared/use-qr-camera';
import { boardedState, filterUnits, loadList, saveList, tripCheckInCodeOf, type QueuedTap, type StoredList, type StoredUnit } from './boarding-store';
import { useBoardingSync } from './boarding-sync';

// Read by codegen, which turns it into the typed document imported above.
const _graphql = /* GraphQL */ `
  query TripBoardingPage($departureId: ID!) {
    tripBoardingList(departureId: $departureId) {
      departureId
      tripTitle
      startsAt
      pdfPath
      pickupPoints {
        id
        name
      }
      units {
        registrationId
        checkInCode
        entryNumber
        registrantName
        registrantPhone
        pickupPoint {
          id
          name
        }
        participants {
          id
          firstName
          lastName
          isRegistrant
          child
          boardedAt
        }
      }
    }
  }
`;

const READER_ID = 'trip-boarding-qr-reader';
const ALL = 'all';

type Answer = NonNullable<TripBoardingPageQuery['tripBoardingList']>;

function toStored(list: Answer): StoredList {
  return {
    departureId: list.departureId,
    tripTitle: list.tripTitle,
    startsAt: list.startsAt,
    pdfPath: list.pdfPath,
    pickupPoints: list.pickupPoints.map((point) => ({ id: point.id, name: point.name })),
    units: list.units.map((unit) => ({
      registrationId: unit.registrationId,
      checkInCode: unit.checkInCode,
      entryNumber: unit.entryNumber,
      registrantName: unit.registrantName,
      registrantPhone: unit.registrantPhone,
      pickupPoint: { id: unit.pickupPoint.id, name: unit.pickupPoint.name },
      participants: unit.participants.map((p) => ({ ...p, boardedAt: p.boardedAt ?? null })),
    })),
    savedAt: new Date().toISOString(),
  };
}

const newTap = (participantId: string, action: QueuedTap['action']): QueuedTap => ({
  clientEventId: crypto.randomUUID(),
  participantId,
  action,
  at: new Date().toISOString(),
});

/**
 * The guide's boarding page at the pier, on a phone: the list of a departure (kept on the phone),
 * a pick-up point, search by name, scan a QR code, a big tap per person, "board all" per unit. Taps
 * work offline and are synced when the network returns.
 */
export function BoardingPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { id: departureId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(TripBoardingPageDocument, { variables: { departureId }, fetchPolicy: 'network-only' });
  const [list, setList] = useState<StoredList | null>(() => loadList(localStorage, departureId));
  const [point, setPoint] = useState<string>(ALL);
  const [search, setSearch] = useState('');
  const [scanned, setScanned] = useState<{ code: string; found: boolean } | null>(null);

  // A fresh answer replaces the list (taps still queued are applied over it when shown).
  const [answered, setAnswered] = useState(data);
  if (data !== answered) {
    setAnswered(data);
    if (data?.tripBoardingList) setList(toStored(data.tripBoardingList));
  }
  // The phone keeps what it shows, for a reload without network.
  useEffect(() => {
    if (list) saveList(localStorage, list);
  }, [list]);

  const onSynced = useCallback(
    (states: { id: string; boardedAt: string | null }[]) => {
      const byId = new Map(states.map((s) => [s.id, s.boardedAt]));
      setList((current) => {
        if (!current) return current;
        return {
          ...current,
          units: current.units.map((unit) => ({
            ...unit,
            participants: unit.participants.map((p) => (byId.has(p.id) ? { ...p, boardedAt: byId.get(p.id)! } : p)),
          })),
        };
      });
    },
    [],
  );
  const sync = useBoardingSync(departureId, onSynced);

  const state = useMemo(() => (list ? boardedState(list, sync.queue) : new Map<string, string | null>()), [list, sync.queue]);
  const pointId = point === ALL ? null : point;
  const units = useMemo(() => {
    if (!list) return [];
    if (scanned?.found) return list.units.filter((unit) => unit.checkInCode === scanned.code);
    return filterUnits(list, pointId, search);
  }, [list, pointId, search, scanned]);

  const onScan = useCallback(
    (text: string) => {
      const code = tripCheckInCodeOf(text);
      setScanned({ code: code ?? text, found: !!code && !!list?.units.some((unit) => unit.checkInCode === code) });
    },
    [list],
  );

  if (!list) {
    if (error && !loading) return <QueryError onRetry={() => void refetch()} />;
    if (data && !data.tripBoardingList) return <EmptyMessage title={t('trips.boarding.notFound')} />;
    return (
      <Stack>
        <Skeleton height={40} />
        <Skeleton height={200} />
      </Stack>
    );
  }

  const atPoint = list.units.filter((unit) => pointId === null || unit.pickupPoint.id === pointId);
  const expected = atPoint.reduce((sum, unit) => sum + unit.participants.length, 0);
  const boarded = atPoint.reduce((sum, unit) => sum + unit.participants.filter((p) => state.get(p.id)).length, 0);
  const when = new Date(list.startsAt).toLocaleString(language === 'en' ? 'en-GB' : 'tr-TR', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
  const pdfHref = `${list.pdfPath}${pointId ? `?pickup=${pointId}&` : '?'}lang=${language === 'en' ? 'en' : 'tr'}`;

  const toggle = (participantId: string) => sync.enqueue([newTap(participantId, state.get(participantId) ? 'UNBOARD' : 'BOARD')]);
  const boardAll = (unit: StoredUnit) => sync.enqueue(unit.participants.filter((p) => !state.get(p.id)).map((p) => newTap(p.id, 'BOARD')));

  return (
    <Stack maw={720} gap="md">
      <PageHeader title={t('trips.boarding.title', { title: list.tripTitle })} lead={when} />
      <SyncBanner sync={sync} />
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('trips.boarding.point')}
          data={[{ value: ALL, label: t('trips.boarding.allPoints') }, ...list.pickupPoints.map((p) => ({ value: p.id, label: p.name }))]}
          value={point}
          onChange={(value) => setPoint(value ?? ALL)}
          allowDeselect={false}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Text size="xl" fw={700} role="status" aria-live="polite" data-testid="boarding-count">
          {t('trips.boarding.count', { boarded, expected })}
        </Text>
      </Group>
      <TextInput label={t('trips.boarding.search')} value={search} onChange={(event) => { setSearch(event.currentTarget.value); setScanned(null); }} type="search" />
      <QrScanner onScan={onScan} />
      {scanned ? (
        <Alert color={scanned.found ? 'blue' : 'orange'} role={scanned.found ? 'status' : 'alert'} withCloseButton closeButtonLabel={t('trips.boarding.showAll')} onClose={() => setScanned(null)}>
          {scanned.found ? t('trips.boarding.scannedUnit') : t('trips.boarding.scannedUnknown')}
        </Alert>
      ) : null}
      <Anchor href={pdfHref} target="_blank" rel="noopener">
        {t('trips.boarding.pdf')}
      </Anchor>
      {units.length === 0 ? (
        <EmptyMessage title={list.units.length === 0 ? t('trips.boarding.empty') : t('trips.boarding.noMatch')} />
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {units.map((unit) => (
            <UnitCard key={unit.registrationId} unit={unit} state={state} onToggle={toggle} onBoardAll={() => boardAll(unit)} showPoint={pointId === null} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function SyncBanner({ sync }: { sync: ReturnType<typeof useBoardingSync> }) {
  const { t } = useTranslation();
  const waiting = sync.queue.length;
  return (
    <Stack gap="xs">
      <Alert
        color={!sync.online ? 'orange' : waiting > 0 ? 'blue' : 'green'}
        role="status"
        aria-live="polite"
        data-testid="boarding-sync"
        title={!sync.online ? t('trips.boarding.offline') : waiting > 0 ? t('trips.boarding.waiting', { count: waiting }) : t('trips.boarding.synced')}
      >
        <Group justify="space-between" gap="xs">
          <Text size="sm">{!sync.online ? t('trips.boarding.offlineHelp', { count: waiting }) : waiting > 0 ? t('trips.boarding.waitingHelp') : t('trips.boarding.syncedHelp')}</Text>
          {sync.online && waiting > 0 ? (
            <Button size="xs" variant="white" onClick={sync.syncNow} loading={sync.status === 'syncing'}>
              {t('trips.boarding.syncNow')}
            </Button>
          ) : null}
        </Group>
      </Alert>
      {sync.refusal ? (
        <Alert color="red" role="alert">
          {sync.refusal}
        </Alert>
      ) : null}
    </Stack>
  );
}

function UnitCard({
  unit,
  state,
  onToggle,
  onBoardAll,
  showPoint,
}: {
  unit: StoredUnit;
  state: Map<string, string | null>;
  onToggle: (participantId: string) => void;
  onBoardAll: () => void;
  showPoint: boolean;
}) {
  const { t } = useTranslation();
  const everyone = unit.participants.every((p) => state.get(p.id));
  const headingId = `unit-${unit.registrationId.replace(/[^A-Za-z0-9]/g, '')}`;
  return (
    <Paper component="li" withBorder p="sm" radius="md" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <Stack gap={0}>
          <Title order={2} size="h4" id={headingId}>
            {t('trips.boarding.unit', { number: unit.entryNumber, name: unit.registrantName })}
          </Title>
          <Text size="sm" c="dimmed">
            {showPoint ? `${unit.pickupPoint.name} · ` : ''}
            <Anchor href={`tel:${unit.registrantPhone}`} size="sm" underline="always">
              {unit.registrantPhone}
            </Anchor>
          </Text>
        </Stack>
        <Button variant="light" onClick={onBoardAll} disabled={everyone}>
          {t('trips.boarding.boardAll')}
          <VisuallyHidden>{` (${unit.registrantName})`}</VisuallyHidden>
        </Button>
      </Group>
      <Stack gap="xs">
        {unit.participants.map((participant) => {
          const boardedAt = state.get(participant.id);
          const name = `${participant.firstName} ${participant.lastName}`;
          return (
            <Button
              key={participant.id}
              fullWidth
              size="lg"
              h={60}
              variant={boardedAt ? 'filled' : 'default'}
              color={boardedAt ? 'teal.9' : undefined}
              aria-pressed={!!boardedAt}
              onClick={() => onToggle(participant.id)}
              justify="space-between"
              rightSection={<span aria-hidden>{boardedAt ? '✓' : ''}</span>}
            >
              <Group gap="xs" wrap="nowrap">
                <span>{name}</span>
                {participant.child ? (
                  <Badge color={boardedAt ? 'gray.0' : 'grape.9'} c={boardedAt ? 'teal.9' : undefined} variant="filled" size="sm">
                    {t('trips.boarding.child')}
                  </Badge>
                ) : null}
                <VisuallyHidden>{` ${boardedAt ? t('trips.boarding.boardedState') : t('trips.boarding.notBoardedState')}`}</VisuallyHidden>
              </Group>
            </Button>
          );
        })}
      </Stack>
    </Paper>
  );
}

/** The camera, started on the guide's tap; each code read is handed on (the reader keeps running). */
function QrScanner({ onScan }: { onScan: (text: string) => void }) {
  const { t } = useTranslation();
  const last = useRef<{ text: string; at: number } | null>(null);
  const { camera, active, start, stop } = useQrCamera(READER_ID, (text) => {
    // The same code held in front of the camera is read many times a second: once is enough.
    const now = Date.now();
    if (last.current && last.current.text === text && now - last.current.at < 3_000) return;
    last.current = { text, at: now };
    onScan(text);
  });

  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Button variant={active ? 'default' : 'filled'} onClick={active ? stop : start}>
          {active ? t('trips.boarding.stopScan') : t('trips.boarding.scan')}
        </Button>
        <div id={READER_ID} role="region" aria-label={t('trips.boarding.camera')} style={{ width: '100%', minHeight: active ? 240 : 0 }} />
        {camera === 'unavailable' ? (
          <Alert color="orange" role="alert">
            {t('trips.boarding.cameraUnavailable')}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
