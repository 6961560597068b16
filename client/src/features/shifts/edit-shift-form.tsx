import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EditFollowingShiftsDocument, EditShiftDocument, EditShiftForm_ShiftFragmentDoc, type EditShiftForm_ShiftFragment } from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { istanbulDateTimeOf, parseIstanbulDateTime } from '@katilim/schema/istanbul-day';
import { istanbulTimeOf } from './calendar-days';
import { PlacesFields, rolesInput, type RoleRow } from './roles-editor';
import { WeekdayPicker } from './weekday-picker';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment EditShiftForm_shift on Shift {
    id
    startsAt
    endsAt
    capacity
    cutoffHours
    recurring
    occurrenceDate
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
  }

  mutation EditShift($input: EditShiftInput!) {
    editShift(input: $input) {
      __typename
      ... on MutationEditShiftSuccess {
        data {
          id
          startsAt
          endsAt
          capacity
          detached
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
  mutation EditFollowingShifts($input: EditFollowingShiftsInput!) {
    editFollowingShifts(input: $input) {
      __typename
      ... on MutationEditFollowingShiftsSuccess {
        data {
          updated
          created
          cancelled
          notified
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

type Scope = 'this' | 'following';

/** Edits one shift, or (in a series) this occurrence and all following ones. */
export function EditShiftForm({ shift: masked, onDone }: { shift: FragmentType<typeof EditShiftForm_ShiftFragmentDoc>; onDone: () => void }) {
  const { data: shift, complete } = useFragment({ fragment: EditShiftForm_ShiftFragmentDoc, fragmentName: 'EditShiftForm_shift', from: masked });
  if (!complete) return null;
  return <EditShiftFormFields shift={shift} onDone={onDone} />;
}

function EditShiftFormFields({ shift, onDone }: { shift: EditShiftForm_ShiftFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const inSeries = shift.recurring && shift.series !== null && shift.occurrenceDate !== null;
  const form = useForm({
    scope: 'this' as Scope,
    startsAt: istanbulDateTimeOf(shift.startsAt),
    endsAt: istanbulDateTimeOf(shift.endsAt),
    weekdays: (shift.series?.weekdays ?? []).map(String),
    startTime: istanbulTimeOf(shift.startsAt),
    durationMinutes: Math.round((new Date(shift.endsAt).getTime() - new Date(shift.startsAt).getTime()) / 60_000) as number | string,
    until: shift.series?.until ?? '',
    capacity: shift.capacity as number | string,
    cutoffHours: shift.cutoffHours as number | string,
    roles: shift.roles.map((role) => ({ nameTr: role.nameTr, nameEn: role.nameEn, headcount: role.headcount })) as RoleRow[],
  });
  const refetchQueries = ['ShiftPlanningPage', 'ShiftDialog'];
  const [editOne, one] = useMutation(EditShiftDocument, { refetchQueries });
  const [editFollowing, following] = useMutation(EditFollowingShiftsDocument, { refetchQueries });
  const { values, errors, setValue } = form;

  const required = t('shifts.planning.validation.required');
  const instant = z.string().transform((value, ctx) => {
    const iso = parseIstanbulDateTime(value)?.toISOString() ?? null;
    if (!iso) ctx.addIssue({ code: 'custom', message: t('shifts.planning.validation.dateTime') });
    return iso ?? '';
  });
  const numbers = {
    capacity: z.coerce.number().int().min(1, t('shifts.planning.validation.capacity')).max(500, t('shifts.planning.validation.capacity')),
    cutoffHours: z.coerce.number().int().min(0, t('shifts.planning.validation.cutoff')).max(168, t('shifts.planning.validation.cutoff')),
  };

  const submit = form.onSubmit(async () => {
    const roles = rolesInput(values.roles);
    if (values.scope === 'this') {
      const input = form.parse(z.looseObject({ ...numbers, startsAt: instant, endsAt: instant }));
      if (!input) return;
      const result = await form.send(async () =>
        (
          await editOne({
            variables: { input: { shiftId: shift.id, startsAt: input.startsAt, endsAt: input.endsAt, capacity: roles.length ? null : input.capacity, cutoffHours: input.cutoffHours, roles } },
          })
        ).data?.editShift,
      );
      if (!result) return;
      notifications.show({ color: 'green', message: t('shifts.planning.edit.saved') });
    } else {
      const input = form.parse(
        z.looseObject({
          ...numbers,
          until: z.string().min(1, required),
          weekdays: z.array(z.string()).min(1, t('shifts.planning.validation.weekdays')),
          startTime: z.string().regex(/^\d{2}:\d{2}$/, t('shifts.planning.validation.time')),
          durationMinutes: z.coerce.number().int().min(15, t('shifts.planning.validation.duration')).max(720, t('shifts.planning.validation.duration')),
        }),
      );
      if (!input) return;
      const result = await form.send(async () =>
        (
          await editFollowing({
            variables: {
              input: {
                shiftId: shift.id,
                weekdays: input.weekdays.map(Number),
                startTime: input.startTime,
                durationMinutes: input.durationMinutes,
                until: input.until,
                capacity: roles.length ? null : input.capacity,
                cutoffHours: input.cutoffHours,
                roles,
              },
            },
          })
        ).data?.editFollowingShifts,
      );
      if (!result) return;
      notifications.show({ color: 'green', message: t('shifts.planning.edit.followingSaved', result.data) });
    }
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert message={form.formError} />
        {inSeries ? (
          <Radio.Group label={t('shifts.planning.edit.scope')} value={values.scope} onChange={(value) => setValue('scope', value as Scope)}>
            <Stack gap="xs" mt="xs">
              <Radio value="this" label={t('shifts.planning.edit.this')} description={t('shifts.planning.edit.thisHelp')} />
              <Radio value="following" label={t('shifts.planning.edit.following')} description={t('shifts.planning.edit.followingHelp')} />
            </Stack>
          </Radio.Group>
        ) : null}
        {values.scope === 'this' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label={t('shifts.planning.shiftForm.startsAt')}
              description={t('shifts.planning.shiftForm.izmirTime')}
              value={values.startsAt}
              onChange={(e) => setValue('startsAt', e.currentTarget.value)}
              error={errors.startsAt}
              required
            />
            <TextInput type="datetime-local" label={t('shifts.planning.shiftForm.endsAt')} value={values.endsAt} onChange={(e) => setValue('endsAt', e.currentTarget.value)} error={errors.endsAt} required />
          </SimpleGrid>
        ) : (
          <>
            <WeekdayPicker value={values.weekdays} onChange={(days) => setValue('weekdays', days)} error={errors.weekdays} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                type="time"
                label={t('shifts.planning.series.startTime')}
                description={t('shifts.planning.shiftForm.izmirTime')}
                value={values.startTime}
                onChange={(e) => setValue('startTime', e.currentTarget.value)}
                error={errors.startTime}
                required
              />
              <NumberInput label={t('shifts.planning.series.duration')} value={values.durationMinutes} onChange={(v) => setValue('durationMinutes', v)} error={errors.durationMinutes} min={15} max={720} step={15} required />
              <TextInput type="date" label={t('shifts.planning.series.until')} value={values.until} onChange={(e) => setValue('until', e.currentTarget.value)} error={errors.until} required />
            </SimpleGrid>
          </>
        )}
        <PlacesFields values={values} errors={errors} onChange={setValue} />
        <Group justify="flex-end">
          <Button type="submit" loading={one.loading || following.loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
