import { Chip, Group, Input } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** ISO weekdays as strings "1" (Monday) … "7" (Sunday). */
export function WeekdayPicker({ value, onChange, error }: { value: string[]; onChange: (days: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={t('shifts.planning.series.weekdays')} error={error} required>
      <Chip.Group multiple value={value} onChange={onChange}>
        <Group gap={6} mt={4} role="group" aria-label={t('shifts.planning.series.weekdays')}>
          {(['1', '2', '3', '4', '5', '6', '7'] as const).map((day) => (
            <Chip key={day} value={day} size="sm">
              {t(`shifts.planning.weekdays.${day}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}
