import type { FragmentType, Reference } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Modal, MultiSelect, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  CreateQualificationDocument,
  RequiredQualifications_QualificationFragmentDoc,
  RequiredQualifications_RoundFragmentDoc,
  RoundTrainingsPageDocument,
  SetRoundRequiredQualificationsDocument,
  type RequiredQualifications_QualificationFragment,
  type RequiredQualifications_RoundFragment,
} from '../../generated/graphql';
import { isErrorResult, useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { turkishFilter } from './search';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment RequiredQualifications_round on RecruitmentRound {
    id
    requiredQualifications {
      id
      name
    }
  }

  fragment RequiredQualifications_qualification on Qualification {
    id
    name
  }

  mutation SetRoundRequiredQualifications($input: SetRoundRequiredQualificationsInput!) {
    setRoundRequiredQualifications(input: $input) {
      __typename
      ... on MutationSetRoundRequiredQualificationsSuccess {
        data {
          id
          requiredQualifications {
            id
            name
          }
        }
      }
      ... on Error {
        message
      }
    }
  }

  mutation CreateQualification($input: CreateQualificationInput!) {
    createQualification(input: $input) {
      __typename
      ... on MutationCreateQualificationSuccess {
        data {
          id
          name
          validityMonths
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

export function RequiredQualifications({
  round,
  qualifications,
}: {
  round: FragmentType<typeof RequiredQualifications_RoundFragmentDoc>;
  qualifications: ReadonlyArray<FragmentType<typeof RequiredQualifications_QualificationFragmentDoc>>;
}) {
  const roundData = useFragment({ fragment: RequiredQualifications_RoundFragmentDoc, fragmentName: 'RequiredQualifications_round', from: round });
  const options = useFragment({
    fragment: RequiredQualifications_QualificationFragmentDoc,
    fragmentName: 'RequiredQualifications_qualification',
    from: [...qualifications],
  });
  if (!roundData.complete || !options.complete) return null;
  return <RequiredQualificationsForm round={roundData.data} qualifications={options.data} />;
}

function RequiredQualificationsForm({
  round,
  qualifications,
}: {
  round: RequiredQualifications_RoundFragment;
  qualifications: readonly RequiredQualifications_QualificationFragment[];
}) {
  const { t } = useTranslation();
  const saved = round.requiredQualifications.map((q) => q.id);
  const [selected, setSelected] = useState<string[]>(saved);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // Who lacks what changes with the requirements: the page is read again, not patched by hand.
  const [save, { loading }] = useMutation(SetRoundRequiredQualificationsDocument, {
    refetchQueries: [RoundTrainingsPageDocument],
    awaitRefetchQueries: true,
  });
  const changed = selected.length !== saved.length || selected.some((id) => !saved.includes(id));

  async function submit() {
    setError(null);
    try {
      const { data } = await save({ variables: { input: { roundId: round.id, qualificationIds: selected } } });
      const result = data?.setRoundRequiredQualifications;
      if (result && isErrorResult(result)) setError(result.message);
      else notifications.show({ color: 'green', message: t('trainings.required.saved') });
    } catch {
      setError(t('common.networkError'));
    }
  }

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="required-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="required-heading">
          {t('trainings.required.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('trainings.required.lead')}
        </Text>
        {round.requiredQualifications.length === 0 ? (
          <Text size="sm">{t('trainings.required.none')}</Text>
        ) : (
          <Group gap="xs">
            {round.requiredQualifications.map((q) => (
              <Badge key={q.id} variant="light">
                {q.name}
              </Badge>
            ))}
          </Group>
        )}
        <FormErrorAlert message={error} />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <MultiSelect
            label={t('trainings.required.label')}
            data={qualifications.map((q) => ({ value: q.id, label: q.name }))}
            value={selected}
            onChange={setSelected}
            filter={turkishFilter}
            searchable
            clearable
            w={{ base: '100%', sm: 420 }}
          />
          <Button onClick={() => void submit()} loading={loading} disabled={!changed}>
            {t('trainings.required.save')}
          </Button>
          <Button variant="default" onClick={() => setCreating(true)}>
            {t('trainings.required.newQualification')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('trainings.qualification.dialogTitle')}>
        {creating ? <QualificationForm onDone={() => setCreating(false)} /> : null}
      </Modal>
    </Paper>
  );
}

function QualificationForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ nameTr: '', nameEn: '', validityMonths: 24 as number | string });
  const [create, { loading }] = useMutation(CreateQualificationDocument, {
    update: (cache, { data }) => {
      const result = data?.createQualification;
      if (result?.__typename !== 'MutationCreateQualificationSuccess') return;
      cache.modify<{ qualifications: readonly Reference[] }>({
        fields: {
          qualifications: (existing, { toReference }) => {
            const added = toReference(result.data);
            return added ? [...existing, added] : existing;
          },
        },
      });
    },
  });
  const required = z.string().trim().min(1, t('trainings.validation.required'));
  const schema = z.object({
    nameTr: required,
    nameEn: required,
    validityMonths: z.coerce.number().int().min(1, t('trainings.validation.months')).max(120, t('trainings.validation.months')),
  });

  const submit = form.onSubmit(async () => {
    const input = form.parse(schema);
    if (!input) return;
    const result = await form.send(async () => (await create({ variables: { input } })).data?.createQualification);
    if (!result) return;
    notifications.show({ color: 'green', message: t('trainings.qualification.created', { name: result.data.name }) });
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert message={form.formError} />
        <TextInput
          label={t('trainings.qualification.nameTr')}
          value={form.values.nameTr}
          onChange={(event) => form.setValue('nameTr', event.currentTarget.value)}
          error={form.errors.nameTr}
          required
          data-autofocus
        />
        <TextInput
          label={t('trainings.qualification.nameEn')}
          value={form.values.nameEn}
          onChange={(event) => form.setValue('nameEn', event.currentTarget.value)}
          error={form.errors.nameEn}
          required
        />
        <NumberInput
          label={t('trainings.qualification.validityMonths')}
          value={form.values.validityMonths}
          onChange={(value) => form.setValue('validityMonths', value)}
          error={form.errors.validityMonths}
          min={1}
          max={120}
          required
        />
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
