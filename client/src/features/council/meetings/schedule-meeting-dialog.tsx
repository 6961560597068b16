import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, Modal, NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScheduleCouncilMeetingDocument, type CouncilMeetingFrequency } from '../../../generated/graphql';
import { isErrorResult } from '../../../shared/form';
import { FormErrorAlert } from '../../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation ScheduleCouncilMeeting($input: ScheduleCouncilMeetingInput!) {
    scheduleCouncilMeeting(input: $input) {
      __typename
      ... on MutationScheduleCouncilMeetingSuccess {
        data {
          id
          startsAt
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

type Issue = { path: readonly string[]; message: string };

/** "Schedule a meeting": one-off or recurring, with agenda items. Times are İzmir wall-clock. */
export function ScheduleMeetingDialog({ committeeId, opened, onClose, onDone }: { committeeId: string; opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ title: '', date: '', startTime: '16:00', endTime: '17:30', placeName: '', address: '' });
  const [agenda, setAgenda] = useState<string[]>(['']);
  const [recurring, setRecurring] = useState(false);
  const [frequency, setFrequency] = useState<CouncilMeetingFrequency>('WEEKLY');
  const [occurrences, setOccurrences] = useState<number | string>(4);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [schedule, { loading }] = useMutation(ScheduleCouncilMeetingDocument);
  const issueOf = (field: string) => issues.find((issue) => issue.path.join('.') === field)?.message;
  const field = (name: keyof typeof values) => ({
    value: values[name],
    error: issueOf(name),
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      // Read the value now: the updater runs after React has let go of the event.
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });

  const submit = async () => {
    setError(null);
    setIssues([]);
    const input = {
      committeeId,
      ...values,
      agenda: agenda.filter((item) => item.trim()).map((title) => ({ title })),
      recurrence: recurring ? { frequency, occurrences: Number(occurrences) } : null,
    };
    try {
      const response = await schedule({ variables: { input } });
      const answer = response.data?.scheduleCouncilMeeting;
      if (!answer) throw new Error('no answer');
      if (isErrorResult(answer)) {
        setError(answer.message);
        if ('issues' in answer) setIssues([...answer.issues]);
        return;
      }
      onDone();
    } catch {
      setError(t('council.meetings.saveFailed'));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('council.meetings.scheduleTitle')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput label={t('council.meetings.fields.title')} required {...field('title')} />
          <TextInput label={t('council.meetings.fields.date')} type="date" required {...field('date')} />
          <Group grow>
            <TextInput label={t('council.meetings.fields.startTime')} type="time" required {...field('startTime')} />
            <TextInput label={t('council.meetings.fields.endTime')} type="time" required {...field('endTime')} />
          </Group>
          <TextInput label={t('council.meetings.fields.placeName')} required {...field('placeName')} />
          <TextInput label={t('council.meetings.fields.address')} {...field('address')} />
          <Switch label={t('council.meetings.fields.recurring')} checked={recurring} onChange={(event) => setRecurring(event.currentTarget.checked)} />
          {recurring ? (
            <Group grow>
              <Select
                label={t('council.meetings.fields.frequency')}
                value={frequency}
                allowDeselect={false}
                onChange={(value) => value && setFrequency(value as CouncilMeetingFrequency)}
                data={(['WEEKLY', 'BIWEEKLY', 'MONTHLY'] as const).map((value) => ({ value, label: t(`council.meetings.frequency.${value}`) }))}
              />
              <NumberInput
                label={t('council.meetings.fields.occurrences')}
                min={2}
                max={26}
                value={occurrences}
                onChange={setOccurrences}
                error={issueOf('recurrence.occurrences')}
              />
            </Group>
          ) : null}
          <Stack gap="xs">
            <Text fw={600}>{t('council.meetings.agenda')}</Text>
            {agenda.map((item, index) => (
              <Group key={index} gap="xs" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('council.meetings.fields.agendaItem', { n: index + 1 })}
                  value={item}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setAgenda((list) => list.map((old, i) => (i === index ? value : old)));
                  }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={24}
                  aria-label={t('council.meetings.removeItem', { n: index + 1 })}
                  onClick={() => setAgenda((list) => list.filter((_, i) => i !== index))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button variant="subtle" onClick={() => setAgenda((list) => [...list, ''])} style={{ alignSelf: 'flex-start' }}>
              {t('council.meetings.addItem')}
            </Button>
          </Stack>
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('council.meetings.close')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('council.meetings.schedule')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
