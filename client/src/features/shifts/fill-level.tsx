import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShiftFillLevel } from '../../generated/graphql';

/** Colour per fill level; the level is always written out too (colour alone is not accessible). */
export const FILL_COLOURS: Record<ShiftFillLevel, string> = { EMPTY: 'red', LOW: 'orange', PARTIAL: 'yellow', FULL: 'green' };

export function FillBadge({ level, held, capacity, waitlisted }: { level: ShiftFillLevel; held: number; capacity: number; waitlisted: number }) {
  const { t } = useTranslation();
  return (
    <Badge color={FILL_COLOURS[level]} variant="light" radius="sm" styles={{ label: { color: 'var(--mantine-color-text)' } }}>
      {t(`shifts.planning.fill.${level}`)} · {t('shifts.planning.fill.count', { held, capacity })}
      {waitlisted ? ` · ${t('shifts.planning.fill.waitlisted', { count: waitlisted })}` : ''}
    </Badge>
  );
}
