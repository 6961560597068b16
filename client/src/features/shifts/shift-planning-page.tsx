import { useQuery } from '@apollo/client/react';
import { Button, Grid, Group, SegmentedControl, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ShiftPlanningPageDocument } from '../../generated/graphql';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { PageHeader, QueryError } from '../../shared/page';
import { AtRiskList } from './at-risk-list';
import { shiftAnchor, visibleDays, type CalendarView } from './calendar-days';
import { CopyWeekDialog } from './copy-week-dialog';
import { CreateOpportunityDialog } from './create-opportunity-dialog';
import { CreateShiftDialog } from './create-shift-dialog';
import { ShiftCalendar } from './shift-calendar';
import { ShiftDialog } from './shift-dialog';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ShiftPlanningPage($from: Date!, $to: Date!, $areaId: ID, $districtId: Int) {
    shiftCalendar(from: $from, to: $to, areaId: $areaId, districtId: $districtId) {
      id
      startsAt
      ...ShiftCalendar_shift
    }
    atRiskShifts(areaId: $areaId, districtId: $districtId) {
      id
      ...AtRiskList_shift
    }
    shiftOpportunities(first: 100) {
      edges {
        node {
          id
          title
        }
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
    qualifications {
      id
      name
    }
  }
`;

type Opened = { kind: 'opportunity' } | { kind: 'shift' } | { kind: 'copy' } | { kind: 'details' | 'staff'; shiftId: string } | null;

/** Coordinators plan shifts: a week or month calendar with fill levels, at-risk shifts and the dialogs. */
export function ShiftPlanningPage() {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(() => todayInIstanbul());
  const [areaId, setAreaId] = useState<string | null>(null);
  const [districtId, setDistrictId] = useState<string | null>(null);
  const [opened, setOpened] = useState<Opened>(null);
  const days = visibleDays(view, anchor);
  const variables = { from: days[0]!, to: days.at(-1)!, areaId, districtId: districtId ? Number(districtId) : null };
  const { data, previousData, error, refetch, loading } = useQuery(ShiftPlanningPageDocument, { variables });
  const shown = data ?? previousData;
  const close = () => setOpened(null);

  const locale = i18n.language === 'en' ? 'en-GB' : 'tr-TR';
  const rangeLabel =
    view === 'week'
      ? t('shifts.planning.range.week', {
          from: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${days[0]}T00:00:00Z`)),
          to: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${days[6]}T00:00:00Z`)),
        })
      : new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${anchor.slice(0, 7)}-15T00:00:00Z`));

  const header = (
    <PageHeader
      title={t('shifts.planning.title')}
      lead={t('shifts.planning.lead')}
      actions={
        <Group gap="xs">
          <Button component={Link} to="/coordination/shifts/opportunities" variant="default">
            {t('shifts.planning.actions.opportunities')}
          </Button>
          <Button variant="default" onClick={() => setOpened({ kind: 'opportunity' })}>
            {t('shifts.planning.actions.newOpportunity')}
          </Button>
          <Button variant="default" onClick={() => setOpened({ kind: 'copy' })}>
            {t('shifts.planning.actions.copyWeek')}
          </Button>
          <Button onClick={() => setOpened({ kind: 'shift' })} disabled={!shown?.shiftOpportunities.edges.length}>
            {t('shifts.planning.actions.newShift')}
          </Button>
        </Group>
      }
    />
  );

  if (error && !shown) {
    return (
      <Stack>
        {header}
        <QueryError onRetry={() => void refetch()} />
      </Stack>
    );
  }

  const opportunities = shown?.shiftOpportunities.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack>
      {header}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('shifts.planning.view.label')}
          value={view}
          onChange={(value) => setView(value as CalendarView)}
          data={[
            { value: 'week', label: t('shifts.planning.view.week') },
            { value: 'month', label: t('shifts.planning.view.month') },
          ]}
        />
        <Group gap={4}>
          <Button variant="default" size="sm" onClick={() => setAnchor(shiftAnchor(view, anchor, -1))} aria-label={t(`shifts.planning.range.previous.${view}`)}>
            ‹
          </Button>
          <Button variant="default" size="sm" onClick={() => setAnchor(todayInIstanbul())}>
            {t('shifts.planning.range.today')}
          </Button>
          <Button variant="default" size="sm" onClick={() => setAnchor(shiftAnchor(view, anchor, 1))} aria-label={t(`shifts.planning.range.next.${view}`)}>
            ›
          </Button>
        </Group>
        <Text fw={600} aria-live="polite">
          {rangeLabel}
        </Text>
        <Select
          label={t('shifts.planning.filters.area')}
          placeholder={t('shifts.planning.filters.all')}
          data={(shown?.volunteerAreas ?? []).map((area) => ({ value: area.id, label: area.name }))}
          value={areaId}
          onChange={setAreaId}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label={t('shifts.planning.filters.district')}
          placeholder={t('shifts.planning.filters.all')}
          data={(shown?.districts ?? []).map((district) => ({ value: String(district.id), label: district.name }))}
          value={districtId}
          onChange={setDistrictId}
          searchable
          clearable
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, xl: 9 }} aria-busy={loading}>
          {shown ? (
            <Stack gap="xs">
              {shown.shiftCalendar.length === 0 ? (
                <Text c="dimmed" role="status">
                  {t('shifts.planning.calendar.empty')}
                </Text>
              ) : null}
              <ShiftCalendar view={view} days={days} shifts={shown.shiftCalendar} onSelect={(shiftId) => setOpened({ kind: 'details', shiftId })} />
            </Stack>
          ) : (
            <Stack aria-busy>
              <Skeleton height={40} />
              <Skeleton height={320} radius="md" />
            </Stack>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 3 }}>
          {shown ? <AtRiskList shifts={shown.atRiskShifts} onStaff={(shiftId) => setOpened({ kind: 'staff', shiftId })} /> : <Skeleton height={160} radius="md" />}
        </Grid.Col>
      </Grid>
      <CreateOpportunityDialog
        opened={opened?.kind === 'opportunity'}
        onClose={close}
        areas={shown?.volunteerAreas ?? []}
        districts={shown?.districts ?? []}
        qualifications={shown?.qualifications ?? []}
      />
      <CreateShiftDialog opened={opened?.kind === 'shift'} onClose={close} opportunities={opportunities} />
      <CopyWeekDialog opened={opened?.kind === 'copy'} onClose={close} week={days[0]!} />
      <ShiftDialog
        shiftId={opened && 'shiftId' in opened ? opened.shiftId : null}
        initialTab={opened?.kind === 'staff' ? 'staff' : 'details'}
        onClose={close}
      />
    </Stack>
  );
}
