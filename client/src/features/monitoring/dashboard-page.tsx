import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { MonitoringDashboardDocument, MonitoringDistrictsDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { ChartCard, CountsTable } from '../../shared/report-parts';
import { isMonth, lastWholeMonth, monthLabel } from './month';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query MonitoringDistricts {
    districts {
      id
      name
    }
  }
  query MonitoringDashboard($from: String!, $to: String!, $districtId: Int) {
    monitoringDashboard(from: $from, to: $to, districtId: $districtId) {
      from
      to
      districtId
      csvPath
      programmes {
        key
        label
        metrics {
          key
          label
          unit
          value
          previous
          lastYear
          byDistrict {
            key
            label
            value
          }
          byAgeBand {
            key
            label
            value
          }
          byGender {
            key
            label
            value
          }
          byCategory {
            key
            label
            value
          }
          target
          yearToDate
        }
      }
      thin {
        metric
        label
        programmeLabel
        populationSources
        rows {
          districtId
          label
          value
          population
          perTenThousand
        }
      }
    }
  }
`;

type Unit = string;

function formatValue(value: number | null | undefined, unit: Unit, language: string): string {
  if (value === null || value === undefined) return '—';
  const locale = language === 'en' ? 'en-GB' : 'tr-TR';
  if (unit === 'rate') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** "+12" / "−3" / "±0" against a comparison, with words for screen readers. */
function Change({ now, then, unit, label }: { now: number | null; then: number | null; unit: Unit; label: string }) {
  const { i18n } = useTranslation();
  if (now === null || then === null) return <Text size="xs">{label}: —</Text>;
  const difference = now - then;
  const shown = unit === 'rate' ? `${difference >= 0 ? '+' : '−'}${Math.abs(Math.round(difference * 1000) / 10)} pp` : `${difference > 0 ? '+' : difference < 0 ? '−' : '±'}${formatValue(Math.abs(difference), unit, i18n.language)}`;
  return (
    <Text size="xs">
      {label}: {formatValue(then, unit, i18n.language)} ({shown})
    </Text>
  );
}

/** "İzleme": every programme's figures for a range of months, by district, age band and gender. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const defaultMonth = lastWholeMonth();
  const from = isMonth(params.get('from') ?? '') ? params.get('from')! : defaultMonth;
  const to = isMonth(params.get('to') ?? '') ? params.get('to')! : from;
  const districtId = params.get('district') ? Number(params.get('district')) : null;
  const [draft, setDraft] = useState({ from, to });
  const districts = useQuery(MonitoringDistrictsDocument);
  const { data, error, refetch, loading } = useQuery(MonitoringDashboardDocument, { variables: { from, to, districtId } });
  const dashboard = data?.monitoringDashboard;
  const lang = i18n.language === 'en' ? '&lang=en' : '';

  const apply = (next: { from?: string; to?: string; district?: string | null }) => {
    const merged = { from: next.from ?? from, to: next.to ?? to, district: next.district === undefined ? (districtId === null ? null : String(districtId)) : next.district };
    const search = new URLSearchParams({ from: merged.from, to: merged.to < merged.from ? merged.from : merged.to });
    if (merged.district) search.set('district', merged.district);
    setParams(search);
  };

  return (
    <Stack>
      <PageHeader
        title={t('monitoring.dashboard.title')}
        lead={t('monitoring.dashboard.lead')}
        actions={
          <Button component={Link} to="/monitoring/reports" variant="default">
            {t('monitoring.reports.link')}
          </Button>
        }
      />
      <Paper withBorder p="md" radius="md" component="form" aria-label={t('monitoring.dashboard.filters')} onSubmit={(event) => {
        event.preventDefault();
        if (isMonth(draft.from) && isMonth(draft.to)) apply({ from: draft.from, to: draft.to });
      }}>
        <Group align="flex-end">
          <TextInput type="month" label={t('monitoring.dashboard.from')} value={draft.from} onChange={(event) => {
            const value = event.currentTarget.value;
            setDraft((current) => ({ ...current, from: value }));
          }} />
          <TextInput type="month" label={t('monitoring.dashboard.to')} value={draft.to} onChange={(event) => {
            const value = event.currentTarget.value;
            setDraft((current) => ({ ...current, to: value }));
          }} />
          <Button type="submit" variant="light" disabled={!isMonth(draft.from) || !isMonth(draft.to) || draft.to < draft.from}>
            {t('monitoring.dashboard.show')}
          </Button>
          <Select
            label={t('monitoring.dashboard.district')}
            placeholder={t('monitoring.dashboard.allDistricts')}
            clearable
            searchable
            data={(districts.data?.districts ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
            value={districtId === null ? null : String(districtId)}
            onChange={(value) => apply({ district: value })}
          />
          {dashboard ? (
            <Button component="a" href={`${dashboard.csvPath}${lang}`} variant="light" download>
              {t('monitoring.dashboard.csv')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" mt="xs" aria-live="polite">
          {from === to ? monthLabel(from, i18n.language) : `${monthLabel(from, i18n.language)} – ${monthLabel(to, i18n.language)}`}
          {districtId !== null ? ` · ${districts.data?.districts.find((d) => d.id === districtId)?.name ?? ''}` : ''}
          {loading ? ` · ${t('common.loading')}` : ''}
        </Text>
      </Paper>
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !dashboard ? (
        <Skeleton height={400} />
      ) : dashboard.programmes.every((p) => p.metrics.every((m) => !m.value)) ? (
        <EmptyMessage title={t('monitoring.dashboard.empty')} />
      ) : (
        dashboard.programmes.map((programme) => {
          const counts = programme.metrics.filter((m) => m.unit !== 'rate');
          const main = programme.metrics.find((m) => m.byDistrict.length > 0 && m.unit === 'count') ?? programme.metrics[0];
          return (
            <Paper key={programme.key} withBorder p="md" radius="md" component="section" aria-labelledby={`programme-${programme.key}`}>
              <Stack>
                <Title order={2} size="h3" id={`programme-${programme.key}`}>
                  {programme.label}
                </Title>
                <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
                  {programme.metrics.map((metric) => (
                    <Paper key={metric.key} withBorder p="sm" radius="md" data-testid={`metric-${metric.key}`}>
                      <Text size="sm">{metric.label}</Text>
                      <Text size="xl" fw={700}>
                        {formatValue(metric.value, metric.unit, i18n.language)}
                      </Text>
                      <Change now={metric.value ?? null} then={metric.previous ?? null} unit={metric.unit} label={t('monitoring.dashboard.previous')} />
                      <Change now={metric.value ?? null} then={metric.lastYear ?? null} unit={metric.unit} label={t('monitoring.dashboard.lastYear')} />
                      {metric.target !== null && metric.target !== undefined ? (
                        <Text size="xs" fw={600}>
                          {t('monitoring.dashboard.target', { target: formatValue(metric.target, metric.unit, i18n.language), done: formatValue(metric.yearToDate, metric.unit, i18n.language) })}
                        </Text>
                      ) : null}
                    </Paper>
                  ))}
                </SimpleGrid>
                <ChartCard id={`chart-${programme.key}`} title={t('monitoring.dashboard.compared', { programme: programme.label })} note={t('monitoring.dashboard.tableBelow')}>
                  <BarChart
                    h={Math.max(200, counts.length * 44)}
                    orientation="vertical"
                    data={counts.map((m) => ({ metric: m.label, now: m.value ?? 0, previous: m.previous ?? 0, lastYear: m.lastYear ?? 0 }))}
                    dataKey="metric"
                    withLegend
                    withTooltip={false}
                    yAxisProps={{ width: 190 }}
                    series={[
                      { name: 'now', label: t('monitoring.dashboard.now'), color: 'indigo.6' },
                      { name: 'previous', label: t('monitoring.dashboard.previous'), color: 'gray.5' },
                      { name: 'lastYear', label: t('monitoring.dashboard.lastYear'), color: 'teal.7' },
                    ]}
                  />
                </ChartCard>
                <Table striped>
                  <VisuallyHidden component="caption">{t('monitoring.dashboard.compared', { programme: programme.label })}</VisuallyHidden>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('monitoring.dashboard.figure')}</Table.Th>
                      <Table.Th scope="col">{t('monitoring.dashboard.now')}</Table.Th>
                      <Table.Th scope="col">{t('monitoring.dashboard.previous')}</Table.Th>
                      <Table.Th scope="col">{t('monitoring.dashboard.lastYear')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {programme.metrics.map((metric) => (
                      <Table.Tr key={metric.key}>
                        <Table.Th scope="row">{metric.label}</Table.Th>
                        <Table.Td>{formatValue(metric.value, metric.unit, i18n.language)}</Table.Td>
                        <Table.Td>{formatValue(metric.previous, metric.unit, i18n.language)}</Table.Td>
                        <Table.Td>{formatValue(metric.lastYear, metric.unit, i18n.language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {main && main.value ? (
                  <SimpleGrid cols={{ base: 1, md: 3 }}>
                    <CountsTable
                      caption={t('monitoring.dashboard.byDistrict', { figure: main.label })}
                      head={t('monitoring.dashboard.district')}
                      countLabels={[main.label]}
                      rows={[...main.byDistrict].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).map((c) => [c.key, c.label, [c.value ?? 0]])}
                    />
                    <CountsTable caption={t('monitoring.dashboard.byAgeBand', { figure: main.label })} head={t('monitoring.dashboard.ageBand')} countLabels={[main.label]} rows={main.byAgeBand.map((c) => [c.key, c.label, [c.value ?? 0]])} />
                    <CountsTable caption={t('monitoring.dashboard.byGender', { figure: main.label })} head={t('monitoring.dashboard.gender')} countLabels={[main.label]} rows={main.byGender.map((c) => [c.key, c.label, [c.value ?? 0]])} />
                  </SimpleGrid>
                ) : null}
                {programme.metrics
                  .filter((metric) => metric.byCategory.length > 0)
                  .map((metric) => (
                    <Group key={metric.key} gap="xs">
                      <Text size="sm" fw={600}>
                        {metric.label}:
                      </Text>
                      {metric.byCategory.map((c) => (
                        <Badge key={c.key} variant="outline" color="gray.8">
                          {c.label}: {formatValue(c.value, metric.unit, i18n.language)}
                        </Badge>
                      ))}
                    </Group>
                  ))}
              </Stack>
            </Paper>
          );
        })
      )}
      {dashboard && dashboard.thin.length > 0 ? <ThinParticipation thin={dashboard.thin} /> : null}
    </Stack>
  );
}

type Thin = { metric: string; label: string; programmeLabel: string; populationSources: readonly string[]; rows: readonly { districtId: number; label: string; value: number; population?: number | null; perTenThousand?: number | null }[] };

/** "Katılımın zayıf olduğu yerler": each public figure per 10,000 residents by district, thinnest first. */
function ThinParticipation({ thin }: { thin: readonly Thin[] }) {
  const { t, i18n } = useTranslation();
  const [metric, setMetric] = useState(thin[0]!.metric);
  const chosen = thin.find((one) => one.metric === metric) ?? thin[0]!;
  const number = (value: number, digits = 1) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'tr-TR', { maximumFractionDigits: digits }).format(value);
  const known = chosen.rows.filter((row) => row.perTenThousand !== null && row.perTenThousand !== undefined);
  const caption = t('monitoring.thin.caption', { figure: `${chosen.programmeLabel}: ${chosen.label}` });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="thin-heading">
      <Stack>
        <Title order={2} size="h3" id="thin-heading">
          {t('monitoring.thin.title')}
        </Title>
        <Text size="sm">{t('monitoring.thin.lead')}</Text>
        <Select label={t('monitoring.thin.figure')} data={thin.map((one) => ({ value: one.metric, label: `${one.programmeLabel}: ${one.label}` }))} value={chosen.metric} allowDeselect={false} onChange={(value) => value && setMetric(value)} maw={420} />
        {known.length === 0 ? (
          <Text size="sm">{t('monitoring.thin.noPopulations')}</Text>
        ) : (
          <ChartCard id="thin-chart" title={caption} note={t('monitoring.dashboard.tableBelow')}>
            <BarChart h={Math.max(200, known.length * 26)} orientation="vertical" data={known.map((row) => ({ district: row.label, rate: row.perTenThousand ?? 0 }))} dataKey="district" withTooltip={false} yAxisProps={{ width: 110 }} series={[{ name: 'rate', label: t('monitoring.thin.perTenThousand'), color: 'grape.7' }]} />
          </ChartCard>
        )}
        <Table striped>
          <VisuallyHidden component="caption">{caption}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('monitoring.dashboard.district')}</Table.Th>
              <Table.Th scope="col">{chosen.label}</Table.Th>
              <Table.Th scope="col">{t('monitoring.thin.population')}</Table.Th>
              <Table.Th scope="col">{t('monitoring.thin.perTenThousand')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {chosen.rows.map((row) => (
              <Table.Tr key={row.districtId}>
                <Table.Th scope="row">{row.label}</Table.Th>
                <Table.Td>{number(row.value)}</Table.Td>
                <Table.Td>{row.population ? number(row.population, 0) : '—'}</Table.Td>
                <Table.Td>{row.perTenThousand === null || row.perTenThousand === undefined ? '—' : number(row.perTenThousand)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {chosen.populationSources.length ? (
          <Text size="xs">
            {t('monitoring.thin.sources')}: {chosen.populationSources.join('; ')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
