import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { addDays, istanbulDayOf, todayInIstanbul } from '@katilim/schema/istanbul-day';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PublishInterviewSlotsDocument,
  PublishSlotsDialog_InterviewerFragmentDoc,
  type PublishInterviewSlotsMutation,
  type PublishSlotsDialog_InterviewerFragment,
  type Weekday,
} from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { useViewer } from '../shell/viewer';
import { formatDay, formatTimeRange } from './format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment PublishSlotsDialog_interviewer on User {
    id
    fullName
  }

  mutation PublishInterviewSlots($input: PublishInterviewSlotsInput!) {
    publishInterviewSlots(input: $input) {
      __typename
      ... on MutationPublishInterviewSlotsSuccess {
        data {
          id
        }
      }
      ... on InterviewerConflictError {
        total
        clashes {
          interviewerId
          interviewerName
          startsAt
          endsAt
          conflictingStartsAt
          conflictingEndsAt
          existing
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

const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

type Conflict = Extract<PublishInterviewSlotsMutation['publishInterviewSlots'], { __typename: 'InterviewerConflictError' }>;

export function PublishSlotsDialog({
  opened,
  roundId,
  interviewers,
  onClose,
  onPublished,
}: {
  opened: boolean;
  roundId: string;
  interviewers: ReadonlyArray<FragmentType<typeof PublishSlotsDialog_InterviewerFragmentDoc>>;
  onClose: () => void;
  onPublished: () => void;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: PublishSlotsDialog_InterviewerFragmentDoc,
    fragmentName: 'PublishSlotsDialog_interviewer',
    from: [...interviewers],
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('interviews.publish.title')} size="lg">
      {opened && complete ? <PublishForm roundId={roundId} interviewers={data} onClose={onClose} onPublished={onPublished} /> : null}
    </Modal>
  );
}

function PublishForm({
  roundId,
  interviewers,
  onClose,
  onPublished,
}: {
  roundId: string;
  interviewers: readonly PublishSlotsDialog_InterviewerFragment[];
  onClose: () => void;
  onPublished: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { viewer } = useViewer();
  const today = todayInIstanbul();
  const form = useForm({
    fromDate: addDays(today, 1),
    toDate: addDays(today, 14),
    weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as string[],
    times: ['10:00', '14:00'] as string[],
    durationMinutes: 45 as number | string,
    interviewerIds: interviewers.some((person) => person.id === viewer?.id) && viewer ? [viewer.id] : ([] as string[]),
    location: '',
    onlineUrl: '',
    capacity: 1 as number | string,
  });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [publish, { loading }] = useMutation(PublishInterviewSlotsDocument);
  const options = [...interviewers]
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'tr'))
    .map((person) => ({ value: person.id, label: person.fullName }));

  async function submit() {
    setConflict(null);
    const { values } = form;
    const result = await form.send(
      async () =>
        (
          await publish({
            variables: {
              input: {
                roundId,
                fromDate: values.fromDate,
                toDate: values.toDate,
                weekdays: WEEKDAYS.filter((day) => values.weekdays.includes(day)),
                times: values.times.map((time) => time.trim()),
                durationMinutes: Number(values.durationMinutes),
                interviewerIds: values.interviewerIds,
                location: values.location.trim() || null,
                onlineUrl: values.onlineUrl.trim() || null,
                capacity: Number(values.capacity),
              },
            },
          })
        ).data?.publishInterviewSlots,
      {
        // Clashes are listed in their own alert, each with the interviewer and both times.
        onError: (error) => {
          if (error.__typename !== 'InterviewerConflictError') return undefined;
          setConflict(error);
          return null;
        },
      },
    );
    if (!result) return;
    notifications.show({ color: 'green', message: t('interviews.publish.done', { count: result.data.length }) });
    onPublished();
    onClose();
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('interviews.publish.lead')}
        </Text>
        <FormErrorAlert message={form.formError} />
        {conflict ? (
          <Alert color="red" title={t('interviews.publish.conflictTitle', { count: conflict.total })} role="alert">
            <Stack gap="xs">
              <Text size="sm">{t('interviews.publish.conflictLead')}</Text>
              <List size="sm" spacing={4}>
                {conflict.clashes.map((clash, index) => (
                  <List.Item key={`${clash.interviewerId}-${clash.startsAt}-${clash.conflictingStartsAt}-${index}`}>
                    {t(clash.existing ? 'interviews.publish.clashExisting' : 'interviews.publish.clashBatch', {
                      name: clash.interviewerName,
                      slot: `${formatDay(clash.startsAt, language)}, ${formatTimeRange(clash.startsAt, clash.endsAt, language)}`,
                      other:
                        istanbulDayOf(clash.conflictingStartsAt) === istanbulDayOf(clash.startsAt)
                          ? formatTimeRange(clash.conflictingStartsAt, clash.conflictingEndsAt, language)
                          : `${formatDay(clash.conflictingStartsAt, language)}, ${formatTimeRange(clash.conflictingStartsAt, clash.conflictingEndsAt, language)}`,
                    })}
                  </List.Item>
                ))}
              </List>
              {conflict.total > conflict.clashes.length ? (
                <Text size="sm">{t('interviews.publish.moreClashes', { count: conflict.total - conflict.clashes.length })}</Text>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('interviews.publish.fromDate')}
            value={form.values.fromDate}
            onChange={(event) => form.setValue('fromDate', event.currentTarget.value)}
            error={form.errors.fromDate}
            required
          />
          <TextInput
            type="date"
            label={t('interviews.publish.toDate')}
            description={t('interviews.publish.toDateHelp')}
            value={form.values.toDate}
            onChange={(event) => form.setValue('toDate', event.currentTarget.value)}
            error={form.errors.toDate}
            required
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('interviews.publish.weekdays')}
          value={form.values.weekdays}
          onChange={(value) => form.setValue('weekdays', value)}
          error={form.errors.weekdays}
          required
        >
          <Group gap="sm" mt="xs">
            {WEEKDAYS.map((day) => (
              <Checkbox key={day} value={day} label={t(`interviews.weekdays.${day}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <TagsInput
          label={t('interviews.publish.times')}
          description={t('interviews.publish.timesHelp')}
          value={form.values.times}
          onChange={(value) => form.setValue('times', value)}
          error={form.errors.times}
          splitChars={[',', ' ']}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('interviews.publish.duration')}
            value={form.values.durationMinutes}
            onChange={(value) => form.setValue('durationMinutes', value)}
            error={form.errors.durationMinutes}
            min={10}
            max={240}
            step={5}
            required
          />
          <NumberInput
            label={t('interviews.publish.capacity')}
            description={t('interviews.publish.capacityHelp')}
            value={form.values.capacity}
            onChange={(value) => form.setValue('capacity', value)}
            error={form.errors.capacity}
            min={1}
            max={20}
            required
          />
        </SimpleGrid>
        <MultiSelect
          label={t('interviews.publish.interviewers')}
          description={t('interviews.publish.interviewersHelp')}
          data={options}
          value={form.values.interviewerIds}
          onChange={(value) => form.setValue('interviewerIds', value)}
          error={form.errors.interviewerIds}
          searchable
          required
        />
        <TextInput
          label={t('interviews.publish.location')}
          description={t('interviews.publish.placeHelp')}
          value={form.values.location}
          onChange={(event) => form.setValue('location', event.currentTarget.value)}
          error={form.errors.location}
          maxLength={200}
        />
        <TextInput
          type="url"
          label={t('interviews.publish.onlineUrl')}
          placeholder="https://"
          value={form.values.onlineUrl}
          onChange={(event) => form.setValue('onlineUrl', event.currentTarget.value)}
          error={form.errors.onlineUrl}
          maxLength={500}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('interviews.publish.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
