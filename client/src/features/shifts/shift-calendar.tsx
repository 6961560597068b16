import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Box, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ShiftCalendar_ShiftFragmentDoc } from '../../generated/graphql';
import { istanbulDayOf } from '@katilim/schema/istanbul-day';
import { istanbulTimeOf, type CalendarView } from './calendar-days';
import { FILL_COLOURS, FillBadge } from './fill-level';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ShiftCalendar_shift on Shift {
    id
    startsAt
    endsAt
    capacity
    recurring
    atRisk
    opportunity {
      id
      title
    }
    fill {
      held
      waitlisted
      capacity
      level
    }
  }
`;

export type CalendarShift = { id: string; startsAt: string } & FragmentType<typeof ShiftCalendar_ShiftFragmentDoc>;

type Props = { view: CalendarView; days: string[]; shifts: CalendarShift[]; onSelect: (shiftId: string) => void };

/** The shifts of a week (a column a day) or a month (a grid of weeks); one list a day on a phone. */
export function ShiftCalendar({ view, days, shifts, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const byDay = new Map<string, CalendarShift[]>();
  for (const shift of shifts) {
    const day = istanbulDayOf(shift.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), shift]);
  }
  const locale = i18n.language === 'en' ? 'en-GB' : 'tr-TR';
  const dayName = new Intl.DateTimeFormat(locale, { weekday: view === 'week' ? 'long' : 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const month = days[Math.floor(days.length / 2)]!.slice(0, 7);

  return (
    <SimpleGrid cols={{ base: 1, md: 7 }} spacing="xs" verticalSpacing="xs" role="list" aria-label={t('shifts.planning.calendar.label')}>
      {days.map((day) => {
        const list = byDay.get(day) ?? [];
        const label = dayName.format(new Date(`${day}T00:00:00Z`));
        const outside = view === 'month' && !day.startsWith(month);
        return (
          // Empty days take room on a wide screen only: on a phone the month is a list of busy days.
          <Box key={day} role="listitem" visibleFrom={list.length ? undefined : 'md'}>
            <Paper withBorder p="xs" radius="sm" mih={view === 'week' ? 160 : 96} bg={outside ? 'var(--mantine-color-default-hover)' : undefined}>
              <Stack gap={6}>
                <Title order={3} size="sm" fw={600} c={outside ? 'dimmed' : undefined}>
                  {label}
                </Title>
                {list.length === 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('shifts.planning.calendar.noShifts')}
                  </Text>
                ) : (
                  list.map((shift) => <ShiftChip key={shift.id} shift={shift} compact={view === 'month'} onSelect={onSelect} />)
                )}
              </Stack>
            </Paper>
          </Box>
        );
      })}
    </SimpleGrid>
  );
}

function ShiftChip({ shift, compact, onSelect }: { shift: CalendarShift; compact: boolean; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: ShiftCalendar_ShiftFragmentDoc, fragmentName: 'ShiftCalendar_shift', from: shift });
  if (!complete) return null;
  const time = `${istanbulTimeOf(data.startsAt)}–${istanbulTimeOf(data.endsAt)}`;
  return (
    <UnstyledButton
      onClick={() => onSelect(data.id)}
      style={{ borderLeft: `4px solid var(--mantine-color-${FILL_COLOURS[data.fill.level]}-6)`, borderRadius: 4 }}
      p={4}
      pl={8}
    >
      <Text size="xs" fw={600}>
        {time}
        {data.recurring ? ` · ${t('shifts.planning.calendar.recurring')}` : ''}
        {data.atRisk ? ` · ${t('shifts.planning.calendar.atRisk')}` : ''}
      </Text>
      <Text size="sm" lineClamp={compact ? 1 : 2}>
        {data.opportunity.title}
      </Text>
      <FillBadge level={data.fill.level} held={data.fill.held} capacity={data.fill.capacity} waitlisted={compact ? 0 : data.fill.waitlisted} />
    </UnstyledButton>
  );
}
