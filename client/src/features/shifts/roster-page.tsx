import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Checkbox, Group, Modal, MultiSelect, Skeleton, Stack, Table, Text, TextInput, Textarea, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AssignToShiftDocument, MessageShiftDocument, RemoveFromShiftDocument, ShiftAssignCandidatesDocument, ShiftRosterPageDocument } from '../../generated/graphql';
import { isErrorResult, useForm } from '../../shared/form';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { formatSessionTime } from '../trainings/istanbul-time';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ShiftRosterPage($id: ID!) {
    node(id: $id) {
      id
      ... on Shift {
        startsAt
        endsAt
        capacity
        placesLeft
        waitlistLength
        opportunity {
          id
          title
        }
        roster {
          id
          status
          waitlistPosition
          holdExpiresAt
          assignedByCoordinator
          overrideReason
          volunteer {
            id
            fullName
          }
          role {
            id
            name
          }
        }
      }
    }
  }

  query ShiftAssignCandidates($shiftId: ID!, $search: String) {
    shiftAssignCandidates(shiftId: $shiftId, search: $search) {
      id
      fullName
    }
  }

  mutation AssignToShift($input: AssignToShiftInput!) {
    assignToShift(input: $input) {
      __typename
      ... on MutationAssignToShiftSuccess {
        data {
          signups {
            id
          }
          refused {
            volunteer {
              id
              fullName
            }
            code
            message
          }
        }
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }

  mutation RemoveFromShift($input: RemoveFromShiftInput!) {
    removeFromShift(input: $input) {
      __typename
      ... on MutationRemoveFromShiftSuccess {
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

  mutation MessageShift($input: MessageShiftInput!) {
    messageShift(input: $input) {
      __typename
      ... on MutationMessageShiftSuccess {
        data {
          recipients
        }
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

const STATUS_COLOURS = { CONFIRMED: 'green', OFFERED: 'orange', WAITLISTED: 'blue' } as const;
type OnShift = keyof typeof STATUS_COLOURS;
const REFRESH = { refetchQueries: ['ShiftRosterPage'], awaitRefetchQueries: true };

/** A shift's roster for coordinators: who holds a place, who waits; assign, remove, message everyone. */
export function ShiftRosterPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ShiftRosterPageDocument, { variables: { id } });
  const [selected, setSelected] = useState<string[]>([]);
  const [assignOpen, setAssignOpen] = useState(false);
  const [messageOpen, setMessageOpen] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [remove, removing] = useMutation(RemoveFromShiftDocument, REFRESH);
  const shift = data?.node?.__typename === 'Shift' ? data.node : null;

  async function removeSelected() {
    setRemoveError(null);
    try {
      const result = (await remove({ variables: { input: { signupIds: selected } } })).data?.removeFromShift;
      if (!result) return;
      if (isErrorResult(result)) setRemoveError(result.message);
      else {
        notifications.show({ color: 'green', message: t('shifts.signup.roster.removed', { count: result.data.length }) });
        setSelected([]);
      }
    } catch {
      setRemoveError(t('common.networkError'));
    }
  }

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Stack gap="xs" aria-busy="true">
        <Skeleton height={40} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (!shift) return <EmptyMessage title={t('shifts.signup.roster.notFound')} />;

  return (
    <Stack>
      <PageHeader
        title={t('shifts.signup.roster.title', { title: shift.opportunity.title })}
        lead={`${formatSessionTime(shift.startsAt, shift.endsAt, i18n.language)} · ${t('shifts.signup.roster.fill', { held: shift.capacity - shift.placesLeft, capacity: shift.capacity, waiting: shift.waitlistLength })}`}
        actions={
          <Group gap="xs">
            <Button onClick={() => setAssignOpen(true)}>{t('shifts.signup.roster.assign')}</Button>
            <Button variant="light" onClick={() => setMessageOpen(true)}>
              {t('shifts.signup.roster.message')}
            </Button>
          </Group>
        }
      />
      <FormErrorAlert message={removeError} />
      {shift.roster.length === 0 ? (
        <EmptyMessage title={t('shifts.signup.roster.empty')} />
      ) : (
        <Stack gap="xs">
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('shifts.signup.roster.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <VisuallyHidden>{t('shifts.signup.roster.select')}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>{t('shifts.signup.roster.volunteer')}</Table.Th>
                  <Table.Th>{t('shifts.signup.roster.status')}</Table.Th>
                  <Table.Th>{t('shifts.signup.roster.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shift.roster.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('shifts.signup.roster.selectOne', { name: row.volunteer.fullName })}
                        checked={selected.includes(row.id)}
                        onChange={(event) => {
                          const checked = event.currentTarget.checked;
                          setSelected((current) => (checked ? [...current, row.id] : current.filter((s) => s !== row.id)));
                        }}
                      />
                    </Table.Td>
                    <Table.Td>
                      {row.volunteer.fullName}
                      {row.role ? ` · ${row.role.name}` : ''}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOURS[row.status as OnShift]} variant="light">
                        {row.status === 'WAITLISTED' ? t('shifts.signup.status.WAITLISTED_AT', { position: row.waitlistPosition ?? '?' }) : t(`shifts.signup.status.${row.status as OnShift}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {row.overrideReason ? t('shifts.signup.roster.override', { reason: row.overrideReason }) : row.assignedByCoordinator ? t('shifts.signup.roster.assignedBy') : ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group>
            <Button color="red" variant="light" disabled={selected.length === 0} loading={removing.loading} onClick={() => void removeSelected()}>
              {t('shifts.signup.roster.remove', { count: selected.length })}
            </Button>
          </Group>
        </Stack>
      )}
      <Modal opened={assignOpen} onClose={() => setAssignOpen(false)} title={t('shifts.signup.roster.assignTitle')} size="lg">
        {assignOpen ? <AssignForm shiftId={shift.id} onDone={() => setAssignOpen(false)} /> : null}
      </Modal>
      <Modal opened={messageOpen} onClose={() => setMessageOpen(false)} title={t('shifts.signup.roster.messageTitle')} size="lg">
        {messageOpen ? <MessageForm shiftId={shift.id} onDone={() => setMessageOpen(false)} /> : null}
      </Modal>
    </Stack>
  );
}

function AssignForm({ shiftId, onDone }: { shiftId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const candidates = useQuery(ShiftAssignCandidatesDocument, { variables: { shiftId, search: search.trim() || null } });
  const form = useForm({ userIds: [] as string[], override: false, overrideReason: '' });
  const [names, setNames] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<{ name: string; message: string }[]>([]);
  const [assign, { loading }] = useMutation(AssignToShiftDocument, REFRESH);
  const options = (candidates.data?.shiftAssignCandidates ?? []).map((person) => ({ value: person.id, label: person.fullName }));
  const data = [...options, ...form.values.userIds.filter((id) => !options.some((o) => o.value === id)).map((id) => ({ value: id, label: names[id] ?? id }))];

  const submit = form.onSubmit(async () => {
    if (form.values.userIds.length === 0) {
      form.setFormError(t('shifts.signup.roster.choosePeople'));
      return;
    }
    if (form.values.override && !form.values.overrideReason.trim()) {
      form.setFormError(t('shifts.signup.roster.reasonRequired'));
      return;
    }
    const result = await form.send(
      async () =>
        (
          await assign({
            variables: { input: { shiftId, userIds: form.values.userIds, overrideReason: form.values.override ? form.values.overrideReason.trim() : null } },
          })
        ).data?.assignToShift,
      { aliases: { overrideReason: 'overrideReason' } },
    );
    if (!result) return;
    if (result.data.signups.length) notifications.show({ color: 'green', message: t('shifts.signup.roster.assigned', { count: result.data.signups.length }) });
    if (result.data.refused.length) setRefused(result.data.refused.map((r) => ({ name: r.volunteer.fullName, message: r.message })));
    else onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert message={form.formError} />
        {refused.length ? (
          <Alert color="yellow" title={t('shifts.signup.roster.refusedTitle')}>
            <Stack gap={4}>
              {refused.map((r) => (
                <Text key={r.name} size="sm">
                  {r.name}: {r.message}
                </Text>
              ))}
              <Text size="sm">{t('shifts.signup.roster.refusedHint')}</Text>
            </Stack>
          </Alert>
        ) : null}
        <MultiSelect
          label={t('shifts.signup.roster.people')}
          placeholder={t('shifts.signup.roster.searchPeople')}
          data={data}
          value={form.values.userIds}
          onChange={(ids) => {
            setNames((current) => ({ ...current, ...Object.fromEntries(options.map((o) => [o.value, o.label])) }));
            form.setValue('userIds', ids);
          }}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          searchable
          clearable
          data-autofocus
        />
        <Checkbox label={t('shifts.signup.roster.overrideLabel')} checked={form.values.override} onChange={(event) => form.setValue('override', event.currentTarget.checked)} />
        {form.values.override ? (
          <Textarea
            label={t('shifts.signup.roster.reason')}
            description={t('shifts.signup.roster.reasonHint')}
            value={form.values.overrideReason}
            onChange={(event) => form.setValue('overrideReason', event.currentTarget.value)}
            error={form.errors.overrideReason}
            required
            autosize
            minRows={2}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('shifts.signup.roster.assignSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MessageForm({ shiftId, onDone }: { shiftId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ subject: '', body: '' });
  const [send, { loading }] = useMutation(MessageShiftDocument);

  const submit = form.onSubmit(async () => {
    const result = await form.send(async () => (await send({ variables: { input: { shiftId, subject: form.values.subject, body: form.values.body } } })).data?.messageShift);
    if (!result) return;
    notifications.show({ color: 'green', message: t('shifts.signup.roster.messageSent', { count: result.data.recipients }) });
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('shifts.signup.roster.messageLead')}</Text>
        <FormErrorAlert message={form.formError} />
        <TextInput
          label={t('shifts.signup.roster.subject')}
          value={form.values.subject}
          onChange={(event) => form.setValue('subject', event.currentTarget.value)}
          error={form.errors.subject}
          required
          data-autofocus
        />
        <Textarea
          label={t('shifts.signup.roster.body')}
          value={form.values.body}
          onChange={(event) => form.setValue('body', event.currentTarget.value)}
          error={form.errors.body}
          required
          autosize
          minRows={4}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('shifts.signup.roster.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
