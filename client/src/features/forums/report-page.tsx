import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ForumReportPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { ChartCard, CountsTable } from '../../shared/report-parts';
import { formatForumDateTime } from './forum-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ForumReportPage($eventId: ID!) {
    forumEventReport(eventId: $eventId) {
      __typename
      ... on QueryForumEventReportSuccess {
        data {
          title
          csvPath
          pdfPath
          sessions {
            sessionId
            title
            kind
            startsAt
            participants
            attended
            findings
            recommendations
          }
          districts {
            name
            participants
            attended
          }
          ageBands {
            name
            participants
            attended
          }
          themes {
            theme
            recommendations
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

type Count = { name: string; participants: number; attended: number };

/** "Forum raporu": an event's participation by district and age band, and its recommendations by theme. */
export function ForumReportPage() {
  const { t, i18n } = useTranslation();
  const { eventId = '' } = useParams();
  const { data, error, refetch } = useQuery(ForumReportPageDocument, { variables: { eventId } });
  const answer = data?.forumEventReport;
  const report = answer?.__typename === 'QueryForumEventReportSuccess' ? answer.data : null;
  const lang = i18n.language.startsWith('en') ? '?lang=en' : '';

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={360} />;
  if (!report) return <EmptyMessage title={t('forums.run.notFound')} />;

  const participants = report.sessions.reduce((sum, s) => sum + s.participants, 0);
  const attended = report.sessions.reduce((sum, s) => sum + s.attended, 0);
  const recommendations = report.themes.reduce((sum, theme) => sum + theme.recommendations.length, 0);
  const series = [
    { name: 'participants', label: t('forums.report.participants'), color: 'indigo.6' },
    { name: 'attended', label: t('forums.report.attended'), color: 'teal.7' },
  ];
  const countTable = (caption: string, head: string, rows: readonly Count[]) => (
    <CountsTable caption={caption} head={head} countLabels={[t('forums.report.participants'), t('forums.report.attended')]} rows={rows.map((row) => [row.name, row.name, [row.participants, row.attended]])} />
  );

  return (
    <Stack>
      <PageHeader title={t('forums.report.title', { event: report.title })} lead={t('forums.report.lead')} />
      <Group>
        <Button component="a" href={`${report.csvPath}${lang}`} variant="light" download>
          {t('forums.report.csv')}
        </Button>
        <Button component="a" href={`${report.pdfPath}${lang}`} variant="light" download>
          {t('forums.report.pdf')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {[
          ['sessions', report.sessions.length],
          ['participants', participants],
          ['attended', attended],
          ['recommendations', recommendations],
        ].map(([key, value]) => (
          <Paper key={key} withBorder p="md" radius="md">
            <Text size="sm" c="dimmed">
              {t(`forums.report.${key as 'sessions' | 'participants' | 'attended' | 'recommendations'}`)}
            </Text>
            <Text size="xl" fw={700}>
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {participants === 0 ? null : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <ChartCard id="forum-report-districts" title={t('forums.report.byDistrict')} note={t('forums.report.tableBelow')}>
            <BarChart h={Math.max(160, report.districts.length * 36)} orientation="vertical" data={report.districts.map((row) => ({ ...row }))} dataKey="name" withLegend withTooltip={false} series={series} />
          </ChartCard>
          <ChartCard id="forum-report-ages" title={t('forums.report.byAge')} note={t('forums.report.tableBelow')}>
            <BarChart h={220} data={report.ageBands.map((row) => ({ ...row }))} dataKey="name" withLegend withTooltip={false} series={series} />
          </ChartCard>
        </SimpleGrid>
      )}
      <Title order={2} size="h4">
        {t('forums.report.sessionsTitle')}
      </Title>
      {report.sessions.length === 0 ? (
        <Text>{t('forums.list.noSessions')}</Text>
      ) : (
        <Table striped>
          <VisuallyHidden component="caption">{t('forums.report.sessionsTitle')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('forums.report.session')}</Table.Th>
              <Table.Th scope="col">{t('forums.report.participants')}</Table.Th>
              <Table.Th scope="col">{t('forums.report.attended')}</Table.Th>
              <Table.Th scope="col">{t('forums.report.findings')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.sessions.map((session) => (
              <Table.Tr key={session.sessionId}>
                <Table.Th scope="row">
                  {session.title}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t(`forums.report.kind.${session.kind === 'FOCUS_GROUP' ? 'FOCUS_GROUP' : 'OPEN'}`)} · {formatForumDateTime(session.startsAt, i18n.language)}
                  </Text>
                </Table.Th>
                <Table.Td>{session.participants}</Table.Td>
                <Table.Td>{session.attended}</Table.Td>
                <Table.Td>
                  {session.findings} ({t('forums.report.ofWhichRecommendations', { count: session.recommendations })})
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {countTable(t('forums.report.byDistrict'), t('forums.report.district'), report.districts)}
        {countTable(t('forums.report.byAge'), t('forums.report.ageBand'), report.ageBands)}
      </SimpleGrid>
      <Title order={2} size="h4">
        {t('forums.report.byTheme')}
      </Title>
      {report.themes.length === 0 ? <Text>{t('forums.report.noRecommendations')}</Text> : null}
      {report.themes.map((theme) => (
        <Paper key={theme.theme} withBorder p="md" radius="md" component="section" aria-label={theme.theme}>
          <Group gap="xs" mb="xs">
            <Title order={3} size="h5">
              {theme.theme}
            </Title>
            <Badge variant="light">{theme.recommendations.length}</Badge>
          </Group>
          <Stack gap={4} component="ul" style={{ margin: 0, paddingInlineStart: 20 }}>
            {theme.recommendations.map((body, index) => (
              <Text component="li" size="sm" key={`${index}-${body}`}>
                {body}
              </Text>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
