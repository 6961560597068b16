import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, istanbulDateTimeOf, parseIstanbulDateTime, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { CreateForumSessionDocument, ManageSessionFormDialog_SessionFragmentDoc, UpdateForumSessionDocument, type ForumSessionKind } from '../../generated/graphql';
import { FormErrorAlert } from '../../shared/page';
import { usePhone } from '../shifts/use-phone';
import { forumRefusal } from './manage-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ManageSessionFormDialog_session on ForumSession {
    id
    kind
    title
    placeName
    address
    agenda
    startsAt
    endsAt
    opensAt
    closesAt
    capacity
    panelSize
  }
  mutation CreateForumSession($input: CreateForumSessionInput!) {
    createForumSession(input: $input) {
      __typename
      ... on MutationCreateForumSessionSuccess {
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
  mutation UpdateForumSession($input: UpdateForumSessionInput!) {
    updateForumSession(input: $input) {
      __typename
      ... on MutationUpdateForumSessionSuccess {
        data {
          id
          title
          kind
          startsAt
          placeName
          capacity
          panelSize
          ...ManageSessionFormDialog_session
        }
      }
      ... on Error {
        message
      }
      ... on ForumCapacityBelowTakenError {
        capacity
        taken
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

type Times = { startsAt: string; endsAt: string; opensAt: string; closesAt: string };
type Values = Times & { kind: ForumSessionKind; title: string; placeName: string; address: string; agenda: string; size: number | '' };

const TIME_FIELDS: ReadonlyArray<keyof Times> = ['startsAt', 'endsAt', 'opensAt', 'closesAt'];

function defaults(): Values {
  const today = todayInIstanbul();
  return {
    kind: 'OPEN',
    title: '',
    placeName: '',
    address: '',
    agenda: '',
    size: 40,
    startsAt: `${addDays(today, 21)}T14:00`,
    endsAt: `${addDays(today, 21)}T16:00`,
    opensAt: `${addDays(today, 1)}T10:00`,
    closesAt: `${addDays(today, 19)}T23:59`,
  };
}

/**
 * A session of an event, new or (given `session`) to edit: an open forum with seats or a focus group
 * with the panel the selection draws; place, agenda, its time and registration window in İzmir.
 * A session keeps its kind once created.
 */
export function ManageSessionFormDialog({
  eventId,
  session: sessionRef,
  onClose,
}: {
  eventId: string;
  session?: FragmentType<typeof ManageSessionFormDialog_SessionFragmentDoc>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const { data: session, complete } = useFragment({ fragment: ManageSessionFormDialog_SessionFragmentDoc, fragmentName: 'ManageSessionFormDialog_session', from: sessionRef ?? null });
  const editing = sessionRef !== undefined && complete;
  const [values, setValues] = useState<Values>(() =>
    editing
      ? {
          kind: session.kind,
          title: session.title,
          placeName: session.placeName,
          address: session.address,
          agenda: session.agenda,
          size: (session.kind === 'OPEN' ? session.capacity : session.panelSize) ?? '',
          startsAt: istanbulDateTimeOf(session.startsAt),
          endsAt: istanbulDateTimeOf(session.endsAt),
          opensAt: istanbulDateTimeOf(session.opensAt),
          closesAt: istanbulDateTimeOf(session.closesAt),
        }
      : defaults(),
  );
  const [error, setError] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateForumSessionDocument, { refetchQueries: ['ManageEventPage'], awaitRefetchQueries: true });
  const [update, updating] = useMutation(UpdateForumSessionDocument);
  const open = values.kind === 'OPEN';

  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));

  async function submit() {
    setError(null);
    const instants = Object.fromEntries(TIME_FIELDS.map((key) => [key, parseIstanbulDateTime(values[key])])) as Record<keyof Times, Date | null>;
    if (TIME_FIELDS.some((key) => instants[key] === null)) return setError(t('forums.manage.session.invalidTime'));
    const size = values.size === '' ? null : values.size;
    const fields = {
      title: values.title.trim(),
      placeName: values.placeName.trim(),
      address: values.address.trim(),
      agenda: values.agenda.trim(),
      startsAt: instants.startsAt!.toISOString(),
      endsAt: instants.endsAt!.toISOString(),
      opensAt: instants.opensAt!.toISOString(),
      closesAt: instants.closesAt!.toISOString(),
      capacity: open ? size : null,
      panelSize: open ? null : size,
    };
    try {
      if (editing) {
        const answer = (await update({ variables: { input: { ...fields, id: session.id } } })).data?.updateForumSession;
        const refusal = forumRefusal(answer, t);
        if (refusal) return setError(refusal);
        if (answer?.__typename === 'MutationUpdateForumSessionSuccess') onClose();
      } else {
        const answer = (await create({ variables: { input: { ...fields, eventId, kind: values.kind } } })).data?.createForumSession;
        const refusal = forumRefusal(answer, t);
        if (refusal) return setError(refusal);
        if (answer?.__typename === 'MutationCreateForumSessionSuccess') onClose();
      }
    } catch {
      setError(t('common.networkError'));
    }
  }

  const textInput = (field: 'title' | 'placeName' | 'address', required: boolean) => (
    <TextInput
      required={required}
      label={t(`forums.manage.session.${field}`)}
      value={values[field]}
      onChange={(change) => {
        const value = change.currentTarget.value;
        set(field, value);
      }}
    />
  );
  const timeInput = (field: keyof Times) => (
    <TextInput
      type="datetime-local"
      required
      label={t(`forums.manage.session.${field}`)}
      value={values[field]}
      onChange={(change) => {
        const value = change.currentTarget.value;
        set(field, value);
      }}
    />
  );

  return (
    <Modal opened onClose={onClose} title={t(editing ? 'forums.manage.session.editTitle' : 'forums.manage.session.createTitle')} size="xl" fullScreen={phone}>
      <form
        onSubmit={(submitEvent) => {
          submitEvent.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="manage-session-kind">
              {t('forums.manage.session.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="manage-session-kind"
              value={values.kind}
              disabled={editing}
              onChange={(value) => set('kind', value as ForumSessionKind)}
              data={[
                { value: 'OPEN', label: t('forums.kind.OPEN') },
                { value: 'FOCUS_GROUP', label: t('forums.kind.FOCUS_GROUP') },
              ]}
            />
            {editing ? (
              <Text size="xs" c="dimmed">
                {t('forums.manage.session.kindStays')}
              </Text>
            ) : null}
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {textInput('title', true)}
            <NumberInput
              required
              label={t(open ? 'forums.manage.session.capacity' : 'forums.manage.session.panelSize')}
              description={t(open ? 'forums.manage.session.capacityHelp' : 'forums.manage.session.panelSizeHelp')}
              value={values.size}
              min={1}
              max={open ? 5000 : 500}
              onChange={(value) => set('size', value === '' ? '' : Number(value))}
            />
            {textInput('placeName', true)}
            {textInput('address', false)}
            {timeInput('startsAt')}
            {timeInput('endsAt')}
            {timeInput('opensAt')}
            {timeInput('closesAt')}
          </SimpleGrid>
          <Textarea
            autosize
            minRows={3}
            label={t('forums.manage.session.agenda')}
            value={values.agenda}
            onChange={(change) => {
              const value = change.currentTarget.value;
              set('agenda', value);
            }}
          />
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {editing ? t('common.save') : t('forums.manage.session.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
