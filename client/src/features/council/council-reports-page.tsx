import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CouncilReportsPageDocument, CouncilReportsTermDocument, type CouncilProposalStatus } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { ChartCard, CountTable } from '../../shared/report-parts';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilReportsTerm {
    publicCouncilCommittees {
      id
      term {
        id
        name
        startsOn
        endsOn
      }
    }
  }
  query CouncilReportsPage($termId: ID!, $from: Date!, $to: Date!) {
    councilReport(termId: $termId, from: $from, to: $to) {
      __typename
      ... on QueryCouncilReportSuccess {
        data {
          termName
          totalMembers
          committees {
            committeeId
            name
            members
          }
          districts {
            districtId
            name
            members
          }
          ageBands {
            band
            members
          }
          genders {
            gender
            members
          }
          attendance {
            committeeId
            name
            month
            meetings
            present
            recorded
            rate
          }
          proposals {
            status
            count
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// The report names bands, genders and statuses as plain strings; these are the values it uses.
type Band = '10-11' | '12-13' | '14-15' | '16-17' | 'OTHER';
type GenderName = 'WOMAN' | 'MAN' | 'NON_BINARY' | 'UNDISCLOSED';

/** Coordinators and admins: the current term's members, attendance and proposals, as charts with tables, and CSV. */
export function CouncilReportsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const termQuery = useQuery(CouncilReportsTermDocument);
  const term = termQuery.data?.publicCouncilCommittees[0]?.term ?? null;
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const from = period?.from ?? term?.startsOn ?? '';
  const to = period?.to ?? term?.endsOn ?? '';
  const valid = DAY.test(from) && DAY.test(to) && from <= to;
  const { data, previousData, error, refetch } = useQuery(CouncilReportsPageDocument, { variables: { termId: term?.id ?? '', from, to }, skip: !term || !valid });
  const answer = (data ?? previousData)?.councilReport;
  const report = answer?.__typename === 'QueryCouncilReportSuccess' ? answer.data : null;
  const csvUrl = term ? `/council/reports.csv?${new URLSearchParams({ termId: term.id, from, to, lang: language === 'en' ? 'en' : 'tr' }).toString()}` : undefined;
  const percent = (rate: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'tr-TR', { style: 'percent', maximumFractionDigits: 1 }).format(rate);

  return (
    <Stack>
      <PageHeader title={t('council.reports.title')} lead={term ? t('council.reports.lead', { term: term.name }) : undefined} />
      {(termQuery.error && !termQuery.data) || (error && !answer) ? (
        <QueryError onRetry={() => void (termQuery.error ? termQuery.refetch() : refetch())} />
      ) : termQuery.loading ? (
        <Skeleton height={300} />
      ) : !term ? (
        <EmptyMessage title={t('council.reports.noTerm')} />
      ) : (
        <>
          <Paper withBorder p="md" radius="md">
            <Group align="flex-end" wrap="wrap">
              <TextInput type="date" label={t('council.reports.from')} value={from} onChange={(event) => setPeriod({ from: event.currentTarget.value, to })} error={valid ? null : t('council.reports.invalidPeriod')} />
              <TextInput type="date" label={t('council.reports.to')} value={to} onChange={(event) => setPeriod({ from, to: event.currentTarget.value })} />
              <Button component="a" href={valid ? csvUrl : undefined} variant="light" disabled={!valid} download>
                {t('council.reports.csv')}
              </Button>
            </Group>
          </Paper>
          {!report ? (
            answer && 'message' in answer ? <Text c="red">{answer.message}</Text> : <Skeleton height={300} />
          ) : (
            <>
              <Paper withBorder p="md" radius="md" w="fit-content">
                <Text size="sm" c="dimmed">
                  {t('council.reports.totalMembers')}
                </Text>
                <Text size="xl" fw={700}>
                  {report.totalMembers}
                </Text>
              </Paper>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <ChartCard note={t('council.reports.tableBelow')} id="council-committees" title={t('council.reports.byCommittee')}>
                  <BarChart h={220} data={report.committees.map((row) => ({ name: row.name, members: row.members }))} dataKey="name" withTooltip={false} series={[{ name: 'members', label: t('council.reports.members'), color: 'teal.6' }]} />
                </ChartCard>
                <ChartCard note={t('council.reports.tableBelow')} id="council-ages" title={t('council.reports.byAge')}>
                  <BarChart h={220} data={report.ageBands.map((row) => ({ band: t(`council.reports.band.${row.band as Band}`), members: row.members }))} dataKey="band" withTooltip={false} series={[{ name: 'members', label: t('council.reports.members'), color: 'grape.6' }]} />
                </ChartCard>
                <ChartCard note={t('council.reports.tableBelow')} id="council-attendance" title={t('council.reports.attendance')}>
                  <BarChart
                    h={220}
                    unit="%"
                    data={report.attendance.map((row) => ({ label: `${row.name} ${row.month}`, rate: Math.round(row.rate * 100) }))}
                    dataKey="label"
                    withTooltip={false}
                    series={[{ name: 'rate', label: t('council.reports.rate'), color: 'blue.6' }]}
                  />
                </ChartCard>
                <ChartCard note={t('council.reports.tableBelow')} id="council-proposals" title={t('council.reports.proposals')}>
                  <BarChart h={220} data={report.proposals.map((row) => ({ status: t(`council.proposals.status.${row.status as CouncilProposalStatus}`), count: row.count }))} dataKey="status" withTooltip={false} series={[{ name: 'count', label: t('council.reports.count'), color: 'indigo.6' }]} />
                </ChartCard>
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <CountTable countLabel={t('council.reports.count')} caption={t('council.reports.byCommittee')} head={t('council.reports.committee')} rows={report.committees.map((row) => [row.committeeId, row.name, row.members])} />
                <CountTable countLabel={t('council.reports.count')} caption={t('council.reports.byDistrict')} head={t('council.reports.district')} rows={report.districts.map((row) => [String(row.districtId), row.name, row.members])} />
                <CountTable countLabel={t('council.reports.count')} caption={t('council.reports.byAge')} head={t('council.reports.ageBand')} rows={report.ageBands.map((row) => [row.band, t(`council.reports.band.${row.band as Band}`), row.members])} />
                <CountTable countLabel={t('council.reports.count')} caption={t('council.reports.byGender')} head={t('council.reports.gender')} rows={report.genders.map((row) => [row.gender, t(`council.reports.genderName.${row.gender as GenderName}`), row.members])} />
                <CountTable countLabel={t('council.reports.count')} caption={t('council.reports.proposals')} head={t('council.reports.status')} rows={report.proposals.map((row) => [row.status, t(`council.proposals.status.${row.status as CouncilProposalStatus}`), row.count])} />
              </SimpleGrid>
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {t('council.reports.attendance')}
                </Title>
                {report.attendance.length === 0 ? (
                  <Text c="dimmed">{t('council.reports.noMeetings')}</Text>
                ) : (
                  <Table striped>
                    <VisuallyHidden component="caption">{t('council.reports.attendance')}</VisuallyHidden>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('council.reports.committee')}</Table.Th>
                        <Table.Th scope="col">{t('council.reports.month')}</Table.Th>
                        <Table.Th scope="col">{t('council.reports.meetings')}</Table.Th>
                        <Table.Th scope="col">{t('council.reports.rate')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {report.attendance.map((row) => (
                        <Table.Tr key={`${row.committeeId}-${row.month}`}>
                          <Table.Th scope="row">{row.name}</Table.Th>
                          <Table.Td>{row.month}</Table.Td>
                          <Table.Td>{row.meetings}</Table.Td>
                          <Table.Td>
                            {percent(row.rate)} ({row.present}/{row.recorded})
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Stack>
            </>
          )}
        </>
      )}
    </Stack>
  );
}


