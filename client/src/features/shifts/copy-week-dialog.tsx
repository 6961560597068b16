import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CopyShiftWeekDocument } from '../../generated/graphql';
import { usePhone } from './use-phone';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { addDays, isoWeekday } from '@katilim/schema/istanbul-day';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation CopyShiftWeek($input: CopyShiftWeekInput!) {
    copyShiftWeek(input: $input) {
      __typename
      ... on MutationCopyShiftWeekSuccess {
        data {
          created {
            id
          }
          skipped {
            id
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

export function CopyWeekDialog({ opened, onClose, week }: { opened: boolean; onClose: () => void; week: string }) {
  const { t } = useTranslation();
  const phone = usePhone();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shifts.planning.copyWeek.title')} fullScreen={phone}>
      {opened ? <CopyWeekForm week={week} onDone={onClose} /> : null}
    </Modal>
  );
}

function CopyWeekForm({ week, onDone }: { week: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ fromWeek: week, toWeek: addDays(week, 7) });
  const [copy, { loading }] = useMutation(CopyShiftWeekDocument, { refetchQueries: ['ShiftPlanningPage'] });
  const [outcome, setOutcome] = useState<{ created: number; skipped: number } | null>(null);
  const monday = z.string().refine((day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && isoWeekday(day) === 1, t('shifts.planning.copyWeek.monday'));

  const submit = form.onSubmit(async () => {
    const input = form.parse(z.object({ fromWeek: monday, toWeek: monday }));
    if (!input) return;
    const result = await form.send(async () => (await copy({ variables: { input } })).data?.copyShiftWeek);
    if (result) setOutcome({ created: result.data.created.length, skipped: result.data.skipped.length });
  });
  const { values, errors, setValue } = form;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('shifts.planning.copyWeek.lead')}
        </Text>
        <FormErrorAlert message={form.formError} />
        {outcome ? (
          <Alert color={outcome.skipped ? 'yellow' : 'green'} role="status">
            {t('shifts.planning.copyWeek.done', { count: outcome.created })}
            {outcome.skipped ? ` ${t('shifts.planning.copyWeek.skipped', { count: outcome.skipped })}` : ''}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('shifts.planning.copyWeek.from')} value={values.fromWeek} onChange={(e) => setValue('fromWeek', e.currentTarget.value)} error={errors.fromWeek} required data-autofocus />
          <TextInput type="date" label={t('shifts.planning.copyWeek.to')} value={values.toWeek} onChange={(e) => setValue('toWeek', e.currentTarget.value)} error={errors.toWeek} required />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.close')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('shifts.planning.copyWeek.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
