import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Skeleton, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  GenerateMonitoringReportDocument,
  MonitoringReportsPageDocument,
  SubscribeToMonitoringReportsDocument,
  UnsubscribeFromMonitoringReportsDocument,
} from '../../generated/graphql';
import { refusalOf } from '../../shared/form';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { hasRole, useViewer } from '../shell/viewer';
import { isMonth, lastWholeMonth, monthLabel } from './month';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query MonitoringReportsPage {
    monitoringReports {
      month
      generatedAt
      figuresHash
      pdfPath
      csvPath
    }
    myMonitoringSubscription {
      subscribed
    }
  }
  mutation SubscribeToMonitoringReports {
    subscribeToMonitoringReports {
      __typename
      ... on MutationSubscribeToMonitoringReportsSuccess {
        data {
          subscribed
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation UnsubscribeFromMonitoringReports {
    unsubscribeFromMonitoringReports {
      __typename
      ... on MutationUnsubscribeFromMonitoringReportsSuccess {
        data {
          subscribed
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation GenerateMonitoringReport($input: GenerateMonitoringReportInput!) {
    generateMonitoringReport(input: $input) {
      __typename
      ... on MutationGenerateMonitoringReportSuccess {
        data {
          month
          generatedAt
          figuresHash
          pdfPath
          csvPath
        }
      }
      ... on Error {
        message
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`;

const dateTime = (value: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'tr-TR', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(value));

/** The monthly monitoring reports: download links, the mail subscription, and (admins) one made now. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(MonitoringReportsPageDocument);
  const [subscribe, subscribing] = useMutation(SubscribeToMonitoringReportsDocument);
  const [unsubscribe, unsubscribing] = useMutation(UnsubscribeFromMonitoringReportsDocument);
  const [generate, generating] = useMutation(GenerateMonitoringReportDocument);
  const [month, setMonth] = useState(() => lastWholeMonth());
  // The switch shows the choice at once; the server's answer (or a refusal) then decides.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const [subscriptionError, setSubscriptionError] = useState<string | null>(null);
  const [generateError, setGenerateError] = useState<string | null>(null);
  const lang = i18n.language === 'en' ? '?lang=en' : '';

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;

  async function toggle(subscribed: boolean) {
    setSubscriptionError(null);
    setWanted(subscribed);
    try {
      await send(subscribed);
    } finally {
      setWanted(null);
    }
  }

  async function send(subscribed: boolean) {
    // A network failure is shown like a refusal, not thrown.
    const answer = await (subscribed ? subscribe().then((result) => result.data?.subscribeToMonitoringReports) : unsubscribe().then((result) => result.data?.unsubscribeFromMonitoringReports)).catch(() => undefined);
    const refusal = refusalOf(answer);
    if (refusal || !answer || !('data' in answer)) {
      setSubscriptionError(refusal ?? t('monitoring.reports.failed'));
      return;
    }
    const state = answer.data;
    // The subscription has no id to be normalised by: the page's query is written back as it now is.
    subscribing.client.cache.updateQuery({ query: MonitoringReportsPageDocument }, (current) => (current ? { ...current, myMonitoringSubscription: state } : current));
    notifications.show({ color: 'green', message: t(state.subscribed ? 'monitoring.reports.subscribedDone' : 'monitoring.reports.unsubscribedDone') });
  }

  async function generateNow() {
    setGenerateError(null);
    const answer = await generate({ variables: { input: { month } } }).then(
      (result) => result.data?.generateMonitoringReport,
      () => undefined,
    );
    const refusal = refusalOf(answer);
    if (refusal || !answer || !('data' in answer)) {
      setGenerateError(refusal ?? t('monitoring.reports.failed'));
      return;
    }
    const report = answer.data;
    generating.client.cache.updateQuery({ query: MonitoringReportsPageDocument }, (current) =>
      current
        ? { ...current, monitoringReports: [...current.monitoringReports.filter((r) => r.month !== report.month), report].sort((a, b) => (a.month < b.month ? 1 : -1)) }
        : current,
    );
    notifications.show({ color: 'green', message: t('monitoring.reports.generated', { month: monthLabel(report.month, i18n.language) }) });
  }

  return (
    <Stack>
      <PageHeader title={t('monitoring.reports.title')} lead={t('monitoring.reports.lead')} />
      <Anchor component={Link} to="/monitoring" size="sm">
        {t('monitoring.reports.back')}
      </Anchor>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="reports-mail">
        <Title order={2} size="h4" id="reports-mail" mb="xs">
          {t('monitoring.reports.mailTitle')}
        </Title>
        {data ? (
          <Switch
            label={t('monitoring.reports.subscribe')}
            aria-describedby="reports-mail-hint"
            checked={wanted ?? data.myMonitoringSubscription.subscribed}
            disabled={subscribing.loading || unsubscribing.loading}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              void toggle(checked);
            }}
          />
        ) : (
          <Skeleton height={24} />
        )}
        <Text size="sm" c="dimmed" mt={4} id="reports-mail-hint">
          {t('monitoring.reports.subscribeHint')}
        </Text>
        <FormErrorAlert message={subscriptionError} />
      </Paper>

      {viewer && hasRole(viewer, 'ADMIN') ? (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="form"
          aria-labelledby="reports-generate"
          onSubmit={(event) => {
            event.preventDefault();
            if (isMonth(month)) void generateNow();
          }}
        >
          <Title order={2} size="h4" id="reports-generate" mb="xs">
            {t('monitoring.reports.generateTitle')}
          </Title>
          <Text size="sm" mb="xs">
            {t('monitoring.reports.generateHint')}
          </Text>
          <Group align="flex-end">
            <TextInput
              type="month"
              label={t('monitoring.reports.month')}
              value={month}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setMonth(value);
              }}
            />
            <Button type="submit" loading={generating.loading} disabled={!isMonth(month)}>
              {t('monitoring.reports.generate')}
            </Button>
          </Group>
          <FormErrorAlert message={generateError} />
        </Paper>
      ) : null}

      <Title order={2} size="h4">
        {t('monitoring.reports.listTitle')}
      </Title>
      {!data ? (
        <Skeleton height={200} />
      ) : data.monitoringReports.length === 0 ? (
        <EmptyMessage title={t('monitoring.reports.empty')}>{t('monitoring.reports.emptyHint')}</EmptyMessage>
      ) : (
        <Table striped>
          <Table.Caption>{t('monitoring.reports.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('monitoring.reports.monthColumn')}</Table.Th>
              <Table.Th scope="col">{t('monitoring.reports.generatedAt')}</Table.Th>
              <Table.Th scope="col">{t('monitoring.reports.downloads')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.monitoringReports.map((report) => {
              const label = monthLabel(report.month, i18n.language);
              return (
                <Table.Tr key={report.month}>
                  <Table.Th scope="row">{label}</Table.Th>
                  <Table.Td>
                    <Text size="sm">{dateTime(report.generatedAt, i18n.language)}</Text>
                    <Text size="xs" c="dimmed" title={t('monitoring.reports.hash')} ff="monospace">
                      SHA-256 {report.figuresHash.slice(0, 12)}…
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="sm">
                      <Anchor href={`${report.pdfPath}${lang}`} target="_blank" aria-label={t('monitoring.reports.pdfFor', { month: label })}>
                        PDF
                      </Anchor>
                      <Anchor href={`${report.csvPath}${lang}`} download aria-label={t('monitoring.reports.csvFor', { month: label })}>
                        CSV
                      </Anchor>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
