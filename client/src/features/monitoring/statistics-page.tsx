import { useQuery } from '@apollo/client/react';
import { Paper, Select, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PublicStatisticsPageDocument } from '../../generated/graphql';
import { PageHeader, QueryError } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query PublicStatisticsPage($year: Int!) {
    publicStatistics(year: $year) {
      year
      tables {
        programme
        programmeLabel
        metric
        label
        total
        totalSuppressed
        cells {
          key
          label
          value
          suppressed
        }
      }
    }
  }
`;

/** "İstatistikler" (public): each programme's participants per district, small counts suppressed. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) >= 2020 && Number(params.get('year')) <= thisYear ? Number(params.get('year')) : thisYear;
  const { data, error, refetch } = useQuery(PublicStatisticsPageDocument, { variables: { year } });
  const number = (value: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'tr-TR').format(value);
  const years = Array.from({ length: thisYear - 2023 }, (_, i) => String(thisYear - i));

  return (
    <Stack>
      <PageHeader title={t('monitoring.statistics.title')} lead={t('monitoring.statistics.lead')} />
      <Select label={t('monitoring.statistics.year')} data={years} value={String(year)} allowDeselect={false} onChange={(value) => value && setParams({ year: value })} w={160} />
      <Text size="sm">{t('monitoring.statistics.suppression')}</Text>
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Skeleton height={300} />
      ) : (
        data.publicStatistics.tables.map((table) => {
          const caption = `${table.programmeLabel}: ${table.label} (${year})`;
          return (
            <Paper key={table.metric} withBorder p="md" radius="md" component="section" aria-labelledby={`stat-${table.metric}`}>
              <Title order={2} size="h4" id={`stat-${table.metric}`} mb="xs">
                {caption}
              </Title>
              <Text size="sm" mb="xs">
                {t('monitoring.statistics.total')}: <strong>{table.total !== null ? number(table.total) : table.totalSuppressed === 'complementary' ? t('monitoring.statistics.hidden') : '<5'}</strong>
              </Text>
              <Table striped>
                <VisuallyHidden component="caption">{caption}</VisuallyHidden>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('monitoring.statistics.district')}</Table.Th>
                    <Table.Th scope="col">{table.label}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {table.cells.map((cell) => (
                    <Table.Tr key={cell.key}>
                      <Table.Th scope="row">{cell.label}</Table.Th>
                      <Table.Td>{cell.value !== null ? number(cell.value) : cell.suppressed === 'small' ? '<5' : t('monitoring.statistics.hidden')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          );
        })
      )}
    </Stack>
  );
}
