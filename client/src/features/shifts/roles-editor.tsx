import { ActionIcon, Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type RoleRow = { nameTr: string; nameEn: string; headcount: number | string };

/** Roles of a shift with their headcounts (1 team lead + 4 volunteers); none means plain places. */
export function RolesEditor({ roles, onChange, error }: { roles: RoleRow[]; onChange: (roles: RoleRow[]) => void; error?: string }) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<RoleRow>) => onChange(roles.map((role, i) => (i === index ? { ...role, ...patch } : role)));
  return (
    <Stack gap="xs" role="group" aria-label={t('shifts.planning.roles.label')}>
      <Text size="sm" fw={500}>
        {t('shifts.planning.roles.label')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('shifts.planning.roles.help')}
      </Text>
      {roles.map((role, index) => (
        <Group key={index} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('shifts.planning.roles.nameTr', { n: index + 1 })}
            value={role.nameTr}
            onChange={(event) => update(index, { nameTr: event.currentTarget.value })}
            required
            w={{ base: '100%', xs: 160 }}
          />
          <TextInput
            label={t('shifts.planning.roles.nameEn', { n: index + 1 })}
            value={role.nameEn}
            onChange={(event) => update(index, { nameEn: event.currentTarget.value })}
            required
            w={{ base: '100%', xs: 160 }}
          />
          <NumberInput
            label={t('shifts.planning.roles.headcount', { n: index + 1 })}
            value={role.headcount}
            onChange={(value) => update(index, { headcount: value })}
            min={1}
            max={500}
            required
            w={100}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            onClick={() => onChange(roles.filter((_, i) => i !== index))}
            aria-label={t('shifts.planning.roles.remove', { n: index + 1 })}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...roles, { nameTr: '', nameEn: '', headcount: 1 }])}>
          {t('shifts.planning.roles.add')}
        </Button>
      </Group>
    </Stack>
  );
}

export const rolesInput = (roles: RoleRow[]) => roles.map((role) => ({ nameTr: role.nameTr.trim(), nameEn: role.nameEn.trim(), headcount: Number(role.headcount) }));

type Places = { capacity: number | string; cutoffHours: number | string; roles: RoleRow[] };

/**
 * A shift's places: capacity (the sum of the roles' headcounts when there are roles), the sign-up
 * cut-off and the roles. Shared by the new-shift and edit forms.
 */
export function PlacesFields<T extends Places>({
  values,
  errors,
  onChange,
}: {
  values: T;
  errors: Partial<Record<keyof Places, string>>;
  onChange: <K extends keyof T>(field: K, value: T[K]) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('shifts.planning.shiftForm.capacity')}
          description={values.roles.length ? t('shifts.planning.shiftForm.capacityFromRoles') : undefined}
          value={values.roles.length ? rolesInput(values.roles).reduce((sum, r) => sum + (r.headcount || 0), 0) : values.capacity}
          onChange={(value) => onChange('capacity', value as T['capacity'])}
          error={errors.capacity}
          disabled={values.roles.length > 0}
          min={1}
          max={500}
          required
        />
        <NumberInput
          label={t('shifts.planning.shiftForm.cutoffHours')}
          description={t('shifts.planning.shiftForm.cutoffHelp')}
          value={values.cutoffHours}
          onChange={(value) => onChange('cutoffHours', value as T['cutoffHours'])}
          error={errors.cutoffHours}
          min={0}
          max={168}
          required
        />
      </SimpleGrid>
      <RolesEditor roles={values.roles} onChange={(roles) => onChange('roles', roles as T['roles'])} error={errors.roles} />
    </>
  );
}
