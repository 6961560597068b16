import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TripReportsPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { ChartCard, CountTable } from '../../shared/report-parts';
import { formatRate } from './trip-format';
import { ScrollTable } from './scroll-table';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query TripReportsPage($from: Date!, $to: Date!) {
    tripReport(from: $from, to: $to) {
      total {
        departures
        capacity
        confirmedSeats
        fillRate
        participants
        units
        attendanceRecorded
        noShows
        noShowRate
        firstTimeUnits
        firstTimeShare
      }
      trips {
        tripId
        title
        departures
        capacity
        confirmedSeats
        fillRate
        participants
        attendanceRecorded
        noShows
        noShowRate
        firstTimeUnits
        units
        firstTimeShare
      }
      districts {
        districtId
        name
        participants
      }
      ageBands {
        band
        participants
      }
    }
  }
`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const thisYear = () => todayInIstanbul().slice(0, 4);

/** Coordinators: participants per trip, district and age band, fill, no-show and first-time rates; charts, tables and CSV. */
export function TripReportsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [from, setFrom] = useState(`${thisYear()}-01-01`);
  const [to, setTo] = useState(`${thisYear()}-12-31`);
  const valid = DAY.test(from) && DAY.test(to) && from <= to;
  const { data, error, refetch, previousData } = useQuery(TripReportsPageDocument, { variables: { from, to }, skip: !valid });
  const report = (data ?? previousData)?.tripReport;
  const csvUrl = `/trips/reports.csv?${new URLSearchParams({ from, to, lang: language === 'en' ? 'en' : 'tr' }).toString()}`;
  const number = (value: number) => value.toLocaleString(language === 'en' ? 'en-GB' : 'tr-TR');

  return (
    <Stack>
      <PageHeader title={t('trips.reports.title')} lead={t('trips.reports.lead')} />
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput type="date" label={t('trips.reports.from')} value={from} onChange={(event) => setFrom(event.currentTarget.value)} error={valid ? null : t('trips.reports.invalidPeriod')} />
          <TextInput type="date" label={t('trips.reports.to')} value={to} onChange={(event) => setTo(event.currentTarget.value)} />
          <Button component="a" href={valid ? csvUrl : undefined} variant="light" disabled={!valid} download>
            {t('trips.reports.csv')}
          </Button>
        </Group>
      </Paper>
      {error && !report ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !report ? (
        <Skeleton height={300} />
      ) : report.total.departures === 0 ? (
        <EmptyMessage title={t('trips.reports.empty')} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {[
              ['participants', number(report.total.participants)],
              ['fillRate', formatRate(report.total.fillRate, language)],
              ['noShowRate', formatRate(report.total.noShowRate, language)],
              ['firstTimeShare', formatRate(report.total.firstTimeShare, language)],
            ].map(([key, value]) => (
              <Paper key={key} withBorder p="md" radius="md">
                <Text size="sm" c="dimmed">
                  {t(`trips.reports.${key as 'participants' | 'fillRate' | 'noShowRate' | 'firstTimeShare'}`)}
                </Text>
                <Text size="xl" fw={700}>
                  {value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ChartCard note={t('trips.reports.tableBelow')} id="trip-report-trips" title={t('trips.reports.ratesByTrip')}>
              <BarChart
                h={220}
                data={report.trips.map((row) => ({ trip: row.title, fill: Math.round(row.fillRate * 100), noShow: Math.round(row.noShowRate * 100), firstTime: Math.round(row.firstTimeShare * 100) }))}
                dataKey="trip"
                unit="%"
                withLegend
                withTooltip={false}
                series={[
                  { name: 'fill', label: t('trips.reports.fillRate'), color: 'teal.6' },
                  { name: 'noShow', label: t('trips.reports.noShowRate'), color: 'red.6' },
                  { name: 'firstTime', label: t('trips.reports.firstTimeShare'), color: 'blue.6' },
                ]}
              />
            </ChartCard>
            <ChartCard note={t('trips.reports.tableBelow')} id="trip-report-ages" title={t('trips.reports.byAge')}>
              <BarChart
                h={220}
                data={report.ageBands.map((row) => ({ band: row.band, participants: row.participants }))}
                dataKey="band"
                withTooltip={false}
                series={[{ name: 'participants', label: t('trips.reports.participants'), color: 'grape.6' }]}
              />
            </ChartCard>
            <ChartCard note={t('trips.reports.tableBelow')} id="trip-report-districts" title={t('trips.reports.byDistrict')}>
              <BarChart
                h={Math.max(160, report.districts.length * 28)}
                orientation="vertical"
                data={report.districts.map((row) => ({ district: row.name, participants: row.participants }))}
                dataKey="district"
                withTooltip={false}
                series={[{ name: 'participants', label: t('trips.reports.participants'), color: 'indigo.6' }]}
              />
            </ChartCard>
          </SimpleGrid>

          <Title order={2} size="h4">
            {t('trips.reports.byTrip')}
          </Title>
          <ScrollTable label={t('trips.reports.byTrip')} minWidth={800}>
            <Table striped>
              <VisuallyHidden component="caption">{t('trips.reports.byTrip')}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('trips.reports.trip')}</Table.Th>
                  <Table.Th scope="col">{t('trips.reports.departures')}</Table.Th>
                  <Table.Th scope="col">{t('trips.reports.participants')}</Table.Th>
                  <Table.Th scope="col">{t('trips.reports.fillRate')}</Table.Th>
                  <Table.Th scope="col">{t('trips.reports.noShowRate')}</Table.Th>
                  <Table.Th scope="col">{t('trips.reports.firstTimeShare')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...report.trips.map((row) => ({ key: row.tripId, title: row.title, row })), { key: 'total', title: t('trips.reports.total'), row: report.total }].map(({ key, title, row }) => (
                  <Table.Tr key={key} fw={key === 'total' ? 700 : undefined}>
                    <Table.Th scope="row">{title}</Table.Th>
                    <Table.Td>{row.departures}</Table.Td>
                    <Table.Td>{row.participants}</Table.Td>
                    <Table.Td>
                      {formatRate(row.fillRate, language)} ({row.confirmedSeats}/{row.capacity})
                    </Table.Td>
                    <Table.Td>
                      {formatRate(row.noShowRate, language)} ({row.noShows}/{row.attendanceRecorded})
                    </Table.Td>
                    <Table.Td>
                      {formatRate(row.firstTimeShare, language)} ({row.firstTimeUnits}/{row.units})
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <CountTable countLabel={t('trips.reports.participants')} caption={t('trips.reports.byDistrict')} head={t('trips.reports.district')} rows={report.districts.map((row) => [String(row.districtId), row.name, row.participants])} />
            <CountTable countLabel={t('trips.reports.participants')} caption={t('trips.reports.byAge')} head={t('trips.reports.ageBand')} rows={report.ageBands.map((row) => [row.band, row.band, row.participants])} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}


