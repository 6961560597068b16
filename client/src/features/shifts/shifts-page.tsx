import { useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, SegmentedControl, Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShiftsPageDocument, type ShiftTimeOfDay } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { ShiftCard } from './shift-card';
import { addDays, istanbulDayOf, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { mondayOf } from './calendar-days';
import { formatWeekday } from './shift-time';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ShiftsPage($filter: AvailableShiftsFilter, $after: String) {
    availableShifts(filter: $filter, first: 50, after: $after) {
      edges {
        node {
          id
          startsAt
          ...ShiftCard_shift
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    volunteerAreas {
      id
      name
    }
    districts {
      id
      name
    }
  }
`;

type View = 'list' | 'week';
const TIMES_OF_DAY: ShiftTimeOfDay[] = ['MORNING', 'AFTERNOON', 'EVENING'];

/** "Vardiyalar": the shifts a volunteer qualifies for, as a list or a week, with filters. */
export function ShiftsPage() {
  const { t, i18n } = useTranslation();
  const today = todayInIstanbul();
  const [view, setView] = useState<View>('list');
  const [areaId, setAreaId] = useState<string | null>(null);
  const [districtId, setDistrictId] = useState<string | null>(null);
  const [timeOfDay, setTimeOfDay] = useState<ShiftTimeOfDay | 'ANY'>('ANY');
  const [from, setFrom] = useState(today);
  const weekStart = mondayOf(from);
  const filter = {
    areaId,
    districtId: districtId ? Number(districtId) : null,
    timeOfDay: timeOfDay === 'ANY' ? null : timeOfDay,
    from: view === 'week' ? (weekStart < today ? today : weekStart) : from,
    to: view === 'week' ? addDays(weekStart, 6) : null,
  };
  const { data, error, refetch, fetchMore, loading } = useQuery(ShiftsPageDocument, { variables: { filter } });
  const shifts = data?.availableShifts.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];

  return (
    <Stack>
      <PageHeader title={t('shifts.signup.browse.title')} lead={t('shifts.signup.browse.lead')} />
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="sm">
        <Select
          label={t('shifts.signup.browse.area')}
          placeholder={t('shifts.signup.browse.all')}
          data={(data?.volunteerAreas ?? []).map((area) => ({ value: area.id, label: area.name }))}
          value={areaId}
          onChange={setAreaId}
          clearable
        />
        <Select
          label={t('shifts.signup.browse.district')}
          placeholder={t('shifts.signup.browse.all')}
          data={(data?.districts ?? []).map((district) => ({ value: String(district.id), label: district.name }))}
          value={districtId}
          onChange={setDistrictId}
          searchable
          clearable
        />
        <TextInput type="date" label={t('shifts.signup.browse.from')} value={from} min={today} onChange={(event) => setFrom(event.currentTarget.value || today)} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="time-of-day-label">
            {t('shifts.signup.browse.timeOfDay')}
          </Text>
          <SegmentedControl
            aria-labelledby="time-of-day-label"
            size="xs"
            value={timeOfDay}
            onChange={(value) => setTimeOfDay(value as ShiftTimeOfDay | 'ANY')}
            data={[{ value: 'ANY', label: t('shifts.signup.browse.anyTime') }, ...TIMES_OF_DAY.map((value) => ({ value, label: t(`shifts.signup.timeOfDay.${value}`) }))]}
          />
        </Stack>
      </SimpleGrid>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('shifts.signup.browse.view')}
          value={view}
          onChange={(value) => setView(value as View)}
          data={[
            { value: 'list', label: t('shifts.signup.browse.list') },
            { value: 'week', label: t('shifts.signup.browse.week') },
          ]}
        />
        {view === 'week' ? (
          <Group gap="xs">
            <ActionIcon variant="default" aria-label={t('shifts.signup.browse.previousWeek')} disabled={weekStart <= today} onClick={() => setFrom(addDays(weekStart, -7))}>
              ‹
            </ActionIcon>
            <Text size="sm">
              {formatWeekday(weekStart, i18n.language)} – {formatWeekday(addDays(weekStart, 6), i18n.language)}
            </Text>
            <ActionIcon variant="default" aria-label={t('shifts.signup.browse.nextWeek')} onClick={() => setFrom(addDays(weekStart, 7))}>
              ›
            </ActionIcon>
          </Group>
        ) : null}
      </Group>

      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="xs" aria-busy="true">
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} height={110} />
          ))}
        </Stack>
      ) : shifts.length === 0 ? (
        <EmptyMessage title={t('shifts.signup.browse.empty')}>{t('shifts.signup.browse.emptyHint')}</EmptyMessage>
      ) : view === 'list' ? (
        <Stack gap="sm">
          {shifts.map((shift) => (
            <ShiftCard key={shift.id} shift={shift} />
          ))}
          {data.availableShifts.pageInfo.hasNextPage ? (
            <Group justify="center">
              <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: data.availableShifts.pageInfo.endCursor } })}>
                {t('common.loadMore')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 7 }} spacing="xs">
          {Array.from({ length: 7 }, (_, index) => addDays(weekStart, index)).map((day) => {
            const ofDay = shifts.filter((shift) => istanbulDayOf(shift.startsAt) === day);
            return (
              <Stack key={day} gap="xs" component="section" aria-label={formatWeekday(day, i18n.language)}>
                <Title order={2} size="h6">
                  {formatWeekday(day, i18n.language)}
                </Title>
                {ofDay.length === 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('shifts.signup.browse.noneThatDay')}
                  </Text>
                ) : (
                  ofDay.map((shift) => <ShiftCard key={shift.id} shift={shift} compact />)
                )}
              </Stack>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
