import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { parseIstanbulDateTime } from '@katilim/schema/istanbul-day';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AddTrainingSessionDocument } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation AddTrainingSession($input: AddTrainingSessionInput!) {
    addTrainingSession(input: $input) {
      __typename
      ... on MutationAddTrainingSessionSuccess {
        data {
          id
          title
          startsAt
          endsAt
          place
          trainer
          capacity
          isMakeUp
          makeUpFor {
            id
            title
          }
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

type RegularSession = { id: string; title: string; startsAt: string };
type Props = { courseId: string; courseTitle: string; regularSessions: RegularSession[]; opened: boolean; onClose: () => void };

export function AddSessionDialog({ courseId, courseTitle, regularSessions, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('trainings.sessions.dialogTitle', { course: courseTitle })} size="lg">
      {opened ? <SessionForm courseId={courseId} regularSessions={regularSessions} onDone={onClose} /> : null}
    </Modal>
  );
}

function SessionForm({ courseId, regularSessions, onDone }: { courseId: string; regularSessions: RegularSession[]; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const form = useForm({
    title: '',
    startsAt: '',
    endsAt: '',
    place: '',
    trainer: '',
    capacity: 20 as number | string,
    makeUpForId: null as string | null,
  });
  const [add, { loading }] = useMutation(AddTrainingSessionDocument, {
    update: (cache, { data }) => {
      const result = data?.addTrainingSession;
      if (result?.__typename !== 'MutationAddTrainingSessionSuccess') return;
      cache.modify<{ sessions: readonly Reference[] }>({
        id: cache.identify({ __typename: 'TrainingCourse', id: courseId }),
        fields: {
          sessions: (existing, { toReference }) => {
            const added = toReference(result.data);
            return added ? [...existing, added] : existing;
          },
        },
      });
    },
  });

  const required = z.string().trim().min(1, t('trainings.validation.required'));
  const instant = z.string().transform((value, ctx) => {
    // The input speaks the device's zone; trainings happen in İzmir: read it as İzmir wall-clock time.
    const at = parseIstanbulDateTime(value);
    if (!at) ctx.addIssue({ code: 'custom', message: t('trainings.validation.dateTime') });
    return at?.toISOString() ?? '';
  });
  const schema = z
    .object({
      title: required,
      startsAt: instant,
      endsAt: instant,
      place: required,
      trainer: required,
      capacity: z.coerce.number().int().min(1, t('trainings.validation.capacity')).max(1000, t('trainings.validation.capacity')),
      makeUpForId: z.string().nullable(),
    })
    .refine((input) => input.endsAt > input.startsAt, { path: ['endsAt'], message: t('trainings.validation.endsBeforeStarts') })
    .transform((input) => ({ ...input, courseId }));

  const submit = form.onSubmit(async () => {
    const input = form.parse(schema);
    if (!input) return;
    const result = await form.send(async () => (await add({ variables: { input } })).data?.addTrainingSession);
    if (!result) return;
    notifications.show({ color: 'green', message: t('trainings.sessions.added') });
    onDone();
  });
  const { values, errors, setValue } = form;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert message={form.formError} />
        <Select
          label={t('trainings.sessions.makeUp')}
          description={t('trainings.sessions.makeUpHelp')}
          placeholder={t('trainings.sessions.makeUpNone')}
          data={regularSessions.map((s) => ({ value: s.id, label: `${s.title} · ${format.dateTime(s.startsAt)}` }))}
          value={values.makeUpForId}
          onChange={(value) => setValue('makeUpForId', value)}
          clearable
        />
        <TextInput
          label={t('trainings.sessions.fieldTitle')}
          value={values.title}
          onChange={(event) => setValue('title', event.currentTarget.value)}
          error={errors.title}
          required
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('trainings.sessions.startsAt')}
            value={values.startsAt}
            onChange={(event) => setValue('startsAt', event.currentTarget.value)}
            error={errors.startsAt}
            required
          />
          <TextInput
            type="datetime-local"
            label={t('trainings.sessions.endsAt')}
            value={values.endsAt}
            onChange={(event) => setValue('endsAt', event.currentTarget.value)}
            error={errors.endsAt}
            required
          />
          <TextInput
            label={t('trainings.sessions.fieldPlace')}
            value={values.place}
            onChange={(event) => setValue('place', event.currentTarget.value)}
            error={errors.place}
            required
          />
          <TextInput
            label={t('trainings.sessions.fieldTrainer')}
            value={values.trainer}
            onChange={(event) => setValue('trainer', event.currentTarget.value)}
            error={errors.trainer}
            required
          />
          <NumberInput
            label={t('trainings.sessions.fieldCapacity')}
            value={values.capacity}
            onChange={(value) => setValue('capacity', value)}
            error={errors.capacity}
            min={1}
            max={1000}
            required
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
