import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Button, Group, Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShiftReportsPageDocument, type ShiftReportGrouping } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatHours, formatPercent } from './hours-format';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ShiftReportsPage($from: Date!, $to: Date!, $by: ShiftReportGrouping!) {
    shiftReport(from: $from, to: $to, by: $by) {
      month
      groupKey
      groupName
      shifts
      places
      filled
      fillRate
      approvedMinutes
      attendanceRecorded
      noShows
      noShowRate
    }
  }
`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const thisYear = () => todayInIstanbul().slice(0, 4);

/** Coordinators: shifts, fill rate, hours and no-shows by month, per area or district; charts, a table and CSV. */
export function ShiftReportsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [from, setFrom] = useState(`${thisYear()}-01-01`);
  const [to, setTo] = useState(`${thisYear()}-12-31`);
  const [by, setBy] = useState<ShiftReportGrouping>('AREA');
  const valid = DAY.test(from) && DAY.test(to) && from <= to;
  const { data, error, refetch, previousData } = useQuery(ShiftReportsPageDocument, { variables: { from, to, by }, skip: !valid });
  const rows = (data ?? previousData)?.shiftReport;

  const months = [...new Set(rows?.map((row) => row.month) ?? [])];
  const hoursByMonth = months.map((month) => ({
    month,
    hours: Math.round((rows ?? []).filter((row) => row.month === month).reduce((sum, row) => sum + row.approvedMinutes, 0) / 6) / 10,
  }));
  const groups = [...new Map((rows ?? []).map((row) => [row.groupKey, row.groupName])).entries()];
  const rates = groups.map(([key, name]) => {
    const of = (rows ?? []).filter((row) => row.groupKey === key);
    const places = of.reduce((sum, row) => sum + row.places, 0);
    const recorded = of.reduce((sum, row) => sum + row.attendanceRecorded, 0);
    return {
      group: name,
      fill: places ? Math.round((of.reduce((sum, row) => sum + row.filled, 0) / places) * 100) : 0,
      noShow: recorded ? Math.round((of.reduce((sum, row) => sum + row.noShows, 0) / recorded) * 100) : 0,
    };
  });
  const csvUrl = `/reports/shifts.csv?${new URLSearchParams({ from, to, by, lang: language === 'en' ? 'en' : 'tr' }).toString()}`;

  return (
    <Stack>
      <PageHeader title={t('shifts.attendance.reports.title')} lead={t('shifts.attendance.reports.lead')} />
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput type="date" label={t('shifts.attendance.reports.from')} value={from} onChange={(event) => setFrom(event.currentTarget.value)} error={valid ? null : t('shifts.attendance.reports.invalidPeriod')} />
          <TextInput type="date" label={t('shifts.attendance.reports.to')} value={to} onChange={(event) => setTo(event.currentTarget.value)} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="report-grouping-label">
              {t('shifts.attendance.reports.by')}
            </Text>
            <SegmentedControl
              aria-labelledby="report-grouping-label"
              value={by}
              onChange={(value) => setBy(value as ShiftReportGrouping)}
              data={[
                { value: 'AREA', label: t('shifts.attendance.reports.byArea') },
                { value: 'DISTRICT', label: t('shifts.attendance.reports.byDistrict') },
              ]}
            />
          </Stack>
          <Button component="a" href={valid ? csvUrl : undefined} variant="light" disabled={!valid} download>
            {t('shifts.attendance.reports.csv')}
          </Button>
        </Group>
      </Paper>
      {error && !rows ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !rows ? (
        <Skeleton height={300} />
      ) : rows.length === 0 ? (
        <EmptyMessage title={t('shifts.attendance.reports.empty')} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-hours-heading">
              <Title order={2} size="h4" id="report-hours-heading" mb="sm">
                {t('shifts.attendance.reports.hoursByMonth')}
              </Title>
              <div aria-hidden inert>
                <BarChart
                  h={220}
                  data={hoursByMonth}
                  dataKey="month"
                  series={[{ name: 'hours', label: t('shifts.attendance.reports.hours'), color: 'blue.6' }]}
                  withTooltip={false}
                  valueFormatter={(value) => value.toLocaleString(language === 'en' ? 'en-GB' : 'tr-TR')}
                />
              </div>
              <Text size="xs" c="dimmed" mt="xs">
                {t('shifts.attendance.reports.tableBelow')}
              </Text>
            </Paper>
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-rates-heading">
              <Title order={2} size="h4" id="report-rates-heading" mb="sm">
                {t(by === 'AREA' ? 'shifts.attendance.reports.ratesByArea' : 'shifts.attendance.reports.ratesByDistrict')}
              </Title>
              <div aria-hidden inert>
                <BarChart
                  h={220}
                  data={rates}
                  dataKey="group"
                  unit="%"
                  withLegend
                  withTooltip={false}
                  series={[
                    { name: 'fill', label: t('shifts.attendance.reports.fillRate'), color: 'teal.6' },
                    { name: 'noShow', label: t('shifts.attendance.reports.noShowRate'), color: 'red.6' },
                  ]}
                />
              </div>
            </Paper>
          </SimpleGrid>
          <Table.ScrollContainer minWidth={800}>
            <Table striped>
              <VisuallyHidden component="caption">{t('shifts.attendance.reports.tableLabel')}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('shifts.attendance.reports.month')}</Table.Th>
                  <Table.Th scope="col">{t(by === 'AREA' ? 'shifts.attendance.reports.byArea' : 'shifts.attendance.reports.byDistrict')}</Table.Th>
                  <Table.Th scope="col">{t('shifts.attendance.reports.shifts')}</Table.Th>
                  <Table.Th scope="col">{t('shifts.attendance.reports.filled')}</Table.Th>
                  <Table.Th scope="col">{t('shifts.attendance.reports.fillRate')}</Table.Th>
                  <Table.Th scope="col">{t('shifts.attendance.reports.hours')}</Table.Th>
                  <Table.Th scope="col">{t('shifts.attendance.reports.noShowRate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={`${row.month}-${row.groupKey}`}>
                    <Table.Td>{row.month}</Table.Td>
                    <Table.Td>{row.groupName}</Table.Td>
                    <Table.Td>{row.shifts}</Table.Td>
                    <Table.Td>
                      {row.filled} / {row.places}
                    </Table.Td>
                    <Table.Td>{formatPercent(row.fillRate, language)}</Table.Td>
                    <Table.Td>{formatHours(row.approvedMinutes, language)}</Table.Td>
                    <Table.Td>
                      {formatPercent(row.noShowRate, language)} ({row.noShows}/{row.attendanceRecorded})
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
