import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelShiftDocument, ShiftDialogDocument, type ShiftDialogQuery } from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { usePhone } from './use-phone';
import { QueryError } from '../../shared/page';
import { formatSessionTime } from '../trainings/istanbul-time';
import { EditShiftForm } from './edit-shift-form';
import { FillBadge } from './fill-level';
import { StaffingPanel } from './staffing-panel';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ShiftDialog($id: ID!) {
    node(id: $id) {
      id
      ... on Shift {
        startsAt
        endsAt
        capacity
        cutoffHours
        cancelledAt
        recurring
        detached
        occurrenceDate
        opportunity {
          id
          title
          online
          address
          district {
            id
            name
          }
        }
        roles {
          id
          nameTr
          nameEn
          headcount
        }
        series {
          id
          weekdays
          until
          startTime
          durationMinutes
        }
        ...EditShiftForm_shift
        fill {
          held
          waitlisted
          capacity
          level
        }
      }
    }
  }
  mutation CancelShift($input: CancelShiftInput!) {
    cancelShift(input: $input) {
      __typename
      ... on MutationCancelShiftSuccess {
        data {
          id
          cancelledAt
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

export type DialogShift = Extract<NonNullable<ShiftDialogQuery['node']>, { __typename: 'Shift' }>;
type Tab = 'details' | 'edit' | 'staff';

/** One shift: its details, editing (this one or this and following), cancelling, staffing. */
export function ShiftDialog({ shiftId, initialTab, onClose }: { shiftId: string | null; initialTab: Tab; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  return (
    <Modal opened={shiftId !== null} onClose={onClose} title={t('shifts.planning.dialog.title')} size="xl" fullScreen={phone}>
      {shiftId ? <ShiftDialogBody key={`${shiftId}-${initialTab}`} shiftId={shiftId} initialTab={initialTab} onClose={onClose} /> : null}
    </Modal>
  );
}

function ShiftDialogBody({ shiftId, initialTab, onClose }: { shiftId: string; initialTab: Tab; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<Tab>(initialTab);
  const [confirming, setConfirming] = useState(false);
  // "Has it started" as of opening the dialog.
  const [openedAt] = useState(() => Date.now());
  const { data, error, refetch } = useQuery(ShiftDialogDocument, { variables: { id: shiftId } });
  const [cancel, cancelling] = useMutation(CancelShiftDocument, { refetchQueries: ['ShiftPlanningPage', 'ShiftDialog'] });
  const [cancelError, setCancelError] = useState<string | null>(null);

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={200} aria-busy />;
  const shift = data.node?.__typename === 'Shift' ? data.node : null;
  if (!shift) return <Text>{t('shifts.planning.dialog.notFound')}</Text>;
  const past = new Date(shift.startsAt).getTime() <= openedAt;
  const closed = past || shift.cancelledAt !== null;

  async function confirmCancel() {
    setCancelError(null);
    try {
      const result = (await cancel({ variables: { input: { shiftId } } })).data?.cancelShift;
      if (result && isErrorResult(result)) return setCancelError(result.message);
      notifications.show({ color: 'green', message: t('shifts.planning.dialog.cancelled') });
      onClose();
    } catch {
      setCancelError(t('common.networkError'));
    }
  }

  return (
    <Stack>
      <Stack gap={2}>
        <Text fw={700}>{shift.opportunity.title}</Text>
        <Text size="sm">{formatSessionTime(shift.startsAt, shift.endsAt, i18n.language)}</Text>
        <Text size="sm" c="dimmed">
          {shift.opportunity.online ? t('shifts.planning.dialog.online') : [shift.opportunity.address, shift.opportunity.district?.name].filter(Boolean).join(', ')}
        </Text>
        <Group gap="xs">
          <FillBadge level={shift.fill.level} held={shift.fill.held} capacity={shift.fill.capacity} waitlisted={shift.fill.waitlisted} />
          {shift.recurring ? <Text size="xs">{t(shift.detached ? 'shifts.planning.dialog.detached' : 'shifts.planning.dialog.recurring')}</Text> : null}
        </Group>
        {shift.cancelledAt ? (
          <Alert color="gray" role="status">
            {t('shifts.planning.dialog.isCancelled')}
          </Alert>
        ) : null}
      </Stack>
      <Tabs value={tab} onChange={(value) => setTab((value as Tab) ?? 'details')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">{t('shifts.planning.dialog.tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="edit" disabled={closed}>
            {t('shifts.planning.dialog.tabs.edit')}
          </Tabs.Tab>
          <Tabs.Tab value="staff" disabled={closed}>
            {t('shifts.planning.dialog.tabs.staff')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <Stack>
            {shift.roles.length ? (
              <Stack gap={2}>
                {shift.roles.map((role) => (
                  <Text key={role.id} size="sm">
                    {t('shifts.planning.dialog.role', { name: i18n.language === 'en' ? role.nameEn : role.nameTr, count: role.headcount })}
                  </Text>
                ))}
              </Stack>
            ) : null}
            <Text size="sm">{t('shifts.planning.dialog.cutoff', { count: shift.cutoffHours })}</Text>
            {cancelError ? (
              <Alert color="red" role="alert">
                {cancelError}
              </Alert>
            ) : null}
            {closed ? null : confirming ? (
              <Alert color="red" title={t('shifts.planning.dialog.confirmTitle')}>
                <Stack gap="xs">
                  <Text size="sm">{t('shifts.planning.dialog.confirmText', { count: shift.fill.held + shift.fill.waitlisted })}</Text>
                  <Group>
                    <Button color="red" size="xs" loading={cancelling.loading} onClick={() => void confirmCancel()}>
                      {t('shifts.planning.dialog.confirmCancel')}
                    </Button>
                    <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
                      {t('common.no')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : (
              <Group>
                <Button color="red" variant="light" onClick={() => setConfirming(true)}>
                  {t('shifts.planning.dialog.cancel')}
                </Button>
              </Group>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="edit" pt="md">
          <EditShiftForm shift={shift} onDone={onClose} />
        </Tabs.Panel>
        <Tabs.Panel value="staff" pt="md">
          <StaffingPanel shiftId={shift.id} free={shift.fill.capacity - shift.fill.held} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
