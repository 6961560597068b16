import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CreateShiftDocument, CreateShiftSeriesDocument } from '../../generated/graphql';
import { usePhone } from './use-phone';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { parseIstanbulDateTime } from '@katilim/schema/istanbul-day';
import { PlacesFields, rolesInput, type RoleRow } from './roles-editor';
import { WeekdayPicker } from './weekday-picker';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation CreateShift($input: CreateShiftInput!) {
    createShift(input: $input) {
      __typename
      ... on MutationCreateShiftSuccess {
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
  mutation CreateShiftSeries($input: CreateShiftSeriesInput!) {
    createShiftSeries(input: $input) {
      __typename
      ... on MutationCreateShiftSeriesSuccess {
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
`;

type Props = { opened: boolean; onClose: () => void; opportunities: { id: string; title: string }[] };

export function CreateShiftDialog({ opened, onClose, opportunities }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shifts.planning.shiftForm.title')} size="xl" fullScreen={phone}>
      {opened ? <ShiftForm opportunities={opportunities} onDone={onClose} /> : null}
    </Modal>
  );
}

function ShiftForm({ opportunities, onDone }: { opportunities: { id: string; title: string }[]; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    opportunityId: (opportunities[0]?.id ?? null) as string | null,
    mode: 'once' as 'once' | 'weekly',
    startsAt: '',
    endsAt: '',
    startDate: '',
    until: '',
    weekdays: [] as string[],
    startTime: '10:00',
    durationMinutes: 180 as number | string,
    capacity: 5 as number | string,
    cutoffHours: 12 as number | string,
    roles: [] as RoleRow[],
  });
  const refetchQueries = ['ShiftPlanningPage'];
  const [createShift, one] = useMutation(CreateShiftDocument, { refetchQueries });
  const [createSeries, series] = useMutation(CreateShiftSeriesDocument, { refetchQueries });
  const { values, errors, setValue } = form;

  const required = t('shifts.planning.validation.required');
  const instant = z.string().transform((value, ctx) => {
    const iso = parseIstanbulDateTime(value)?.toISOString() ?? null;
    if (!iso) ctx.addIssue({ code: 'custom', message: t('shifts.planning.validation.dateTime') });
    return iso ?? '';
  });
  const common = {
    opportunityId: z.string({ error: required }).min(1, required),
    capacity: z.coerce.number().int().min(1, t('shifts.planning.validation.capacity')).max(500, t('shifts.planning.validation.capacity')),
    cutoffHours: z.coerce.number().int().min(0, t('shifts.planning.validation.cutoff')).max(168, t('shifts.planning.validation.cutoff')),
  };

  const submit = form.onSubmit(async () => {
    const roles = rolesInput(values.roles);
    if (values.mode === 'once') {
      const input = form.parse(z.looseObject({ ...common, startsAt: instant, endsAt: instant }));
      if (!input) return;
      const result = await form.send(async () =>
        (
          await createShift({
            variables: {
              input: { opportunityId: input.opportunityId, startsAt: input.startsAt, endsAt: input.endsAt, capacity: roles.length ? null : input.capacity, cutoffHours: input.cutoffHours, roles },
            },
          })
        ).data?.createShift,
      );
      if (!result) return;
    } else {
      const input = form.parse(
        z.looseObject({
          ...common,
          startDate: z.string().min(1, required),
          until: z.string().min(1, required),
          weekdays: z.array(z.string()).min(1, t('shifts.planning.validation.weekdays')),
          startTime: z.string().regex(/^\d{2}:\d{2}$/, t('shifts.planning.validation.time')),
          durationMinutes: z.coerce.number().int().min(15, t('shifts.planning.validation.duration')).max(720, t('shifts.planning.validation.duration')),
        }),
      );
      if (!input) return;
      const result = await form.send(async () =>
        (
          await createSeries({
            variables: {
              input: {
                opportunityId: input.opportunityId,
                startDate: input.startDate,
                until: input.until,
                weekdays: input.weekdays.map(Number),
                startTime: input.startTime,
                durationMinutes: input.durationMinutes,
                capacity: roles.length ? null : input.capacity,
                cutoffHours: input.cutoffHours,
                roles,
              },
            },
          })
        ).data?.createShiftSeries,
      );
      if (!result) return;
    }
    notifications.show({ color: 'green', message: t(values.mode === 'once' ? 'shifts.planning.shiftForm.created' : 'shifts.planning.shiftForm.seriesCreated') });
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert message={form.formError} />
        <Select
          label={t('shifts.planning.shiftForm.opportunity')}
          data={opportunities.map((o) => ({ value: o.id, label: o.title }))}
          value={values.opportunityId}
          onChange={(value) => setValue('opportunityId', value)}
          error={errors.opportunityId}
          searchable
          required
          data-autofocus
        />
        <SegmentedControl
          aria-label={t('shifts.planning.shiftForm.mode')}
          value={values.mode}
          onChange={(value) => setValue('mode', value as 'once' | 'weekly')}
          data={[
            { value: 'once', label: t('shifts.planning.shiftForm.once') },
            { value: 'weekly', label: t('shifts.planning.shiftForm.weekly') },
          ]}
        />
        {values.mode === 'once' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label={t('shifts.planning.shiftForm.startsAt')}
              description={t('shifts.planning.shiftForm.izmirTime')}
              value={values.startsAt}
              onChange={(event) => setValue('startsAt', event.currentTarget.value)}
              error={errors.startsAt}
              required
            />
            <TextInput
              type="datetime-local"
              label={t('shifts.planning.shiftForm.endsAt')}
              value={values.endsAt}
              onChange={(event) => setValue('endsAt', event.currentTarget.value)}
              error={errors.endsAt}
              required
            />
          </SimpleGrid>
        ) : (
          <>
            <WeekdayPicker value={values.weekdays} onChange={(days) => setValue('weekdays', days)} error={errors.weekdays} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput type="date" label={t('shifts.planning.series.startDate')} value={values.startDate} onChange={(e) => setValue('startDate', e.currentTarget.value)} error={errors.startDate} required />
              <TextInput type="date" label={t('shifts.planning.series.until')} value={values.until} onChange={(e) => setValue('until', e.currentTarget.value)} error={errors.until} required />
              <TextInput
                type="time"
                label={t('shifts.planning.series.startTime')}
                description={t('shifts.planning.shiftForm.izmirTime')}
                value={values.startTime}
                onChange={(e) => setValue('startTime', e.currentTarget.value)}
                error={errors.startTime}
                required
              />
              <NumberInput
                label={t('shifts.planning.series.duration')}
                value={values.durationMinutes}
                onChange={(value) => setValue('durationMinutes', value)}
                error={errors.durationMinutes}
                min={15}
                max={720}
                step={15}
                required
              />
            </SimpleGrid>
          </>
        )}
        <PlacesFields values={values} errors={errors} onChange={setValue} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={one.loading || series.loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
