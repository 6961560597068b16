import '@mantine/charts/styles.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CheckOutOfShiftDocument, IssueParticipationCertificateDocument, MyHoursPageDocument, type MyHoursPageQuery } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { useForm } from '../../shared/form';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { formatSessionTime } from '../trainings/istanbul-time';
import { formatHours, monthName } from './hours-format';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query MyHoursPage($year: Int!) {
    myShiftHours(year: $year) {
      year
      totalMinutes
      months {
        month
        minutes
      }
      areas {
        areaId
        name
        minutes
      }
    }
    myShiftRecord(year: $year) {
      id
      checkedInAt
      checkedOutAt
      attendance
      minutes
      hoursApprovedAt
      shift {
        id
        startsAt
        endsAt
        opportunity {
          id
          title
        }
      }
    }
    myParticipationCertificates {
      id
      code
      totalMinutes
      periodFrom
      periodTo
      issuedAt
      downloadPath
    }
  }

  mutation IssueParticipationCertificate($input: IssueParticipationCertificateInput!) {
    issueParticipationCertificate(input: $input) {
      __typename
      ... on MutationIssueParticipationCertificateSuccess {
        data {
          id
          code
          totalMinutes
          periodFrom
          periodTo
          issuedAt
          downloadPath
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

const thisYear = () => Number(todayInIstanbul().slice(0, 4));

/** A volunteer's approved hours by month (chart and table), the shifts behind them, and certificates. */
export function MyHoursPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [year, setYear] = useState(thisYear());
  const { data, error, refetch } = useQuery(MyHoursPageDocument, { variables: { year } });
  const years = Array.from({ length: 5 }, (_, index) => String(thisYear() - index));

  return (
    <Stack>
      <PageHeader
        title={t('shifts.attendance.hours.title')}
        lead={t('shifts.attendance.hours.lead')}
        actions={<Select label={t('shifts.attendance.hours.year')} data={years} value={String(year)} onChange={(value) => value && setYear(Number(value))} allowDeselect={false} w={120} />}
      />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="xs">
          <Skeleton height={260} />
          <Skeleton height={120} />
        </Stack>
      ) : (
        <>
          <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="hours-chart-heading">
            <Group justify="space-between" mb="md">
              <Title order={2} size="h3" id="hours-chart-heading">
                {t('shifts.attendance.hours.byMonth', { year: data.myShiftHours.year })}
              </Title>
              <Badge size="lg" variant="light">
                {t('shifts.attendance.hours.total', { hours: formatHours(data.myShiftHours.totalMinutes, language) })}
              </Badge>
            </Group>
            {data.myShiftHours.totalMinutes === 0 ? (
              <EmptyMessage title={t('shifts.attendance.hours.empty')}>{t('shifts.attendance.hours.emptyHelp')}</EmptyMessage>
            ) : (
              <>
                <div aria-hidden inert>
                  <BarChart
                    h={240}
                    data={data.myShiftHours.months.map((m) => ({ month: monthName(m.month, language), hours: Math.round(m.minutes / 6) / 10 }))}
                    dataKey="month"
                    series={[{ name: 'hours', label: t('shifts.attendance.hours.hours'), color: 'blue.6' }]}
                    withTooltip={false}
                    valueFormatter={(value) => value.toLocaleString(language === 'en' ? 'en-GB' : 'tr-TR')}
                  />
                </div>
                <Table mt="md" striped>
                  <VisuallyHidden component="caption">{t('shifts.attendance.hours.byMonth', { year: data.myShiftHours.year })}</VisuallyHidden>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('shifts.attendance.hours.month')}</Table.Th>
                      <Table.Th scope="col">{t('shifts.attendance.hours.hours')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.myShiftHours.months
                      .filter((m) => m.minutes > 0)
                      .map((m) => (
                        <Table.Tr key={m.month}>
                          <Table.Td>{monthName(m.month, language)}</Table.Td>
                          <Table.Td>{formatHours(m.minutes, language)}</Table.Td>
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
                <Title order={3} size="h5" mt="md">
                  {t('shifts.attendance.hours.byArea')}
                </Title>
                <Table>
                  <Table.Tbody>
                    {data.myShiftHours.areas.map((area) => (
                      <Table.Tr key={area.areaId}>
                        <Table.Th scope="row">{area.name}</Table.Th>
                        <Table.Td>{formatHours(area.minutes, language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            )}
          </Paper>
          <ShiftRecord record={data.myShiftRecord} />
          <Certificates certificates={data.myParticipationCertificates} year={year} />
        </>
      )}
    </Stack>
  );
}

type Data = MyHoursPageQuery;

function ShiftRecord({ record }: { record: Data['myShiftRecord'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [checkOut, { loading }] = useMutation(CheckOutOfShiftDocument);
  const [message, setMessage] = useState<string | null>(null);

  async function onCheckOut(signupId: string) {
    try {
      const result = (await checkOut({ variables: { input: { signupId } } })).data?.checkOutOfShift;
      setMessage(result?.__typename === 'MutationCheckOutOfShiftSuccess' ? t('shifts.attendance.checkIn.checkedOut', { count: result.data.minutes ?? 0 }) : result && 'message' in result ? result.message : null);
    } catch {
      setMessage(t('common.networkError'));
    }
  }

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="shift-record-heading">
      <Title order={2} size="h3" id="shift-record-heading" mb="md">
        {t('shifts.attendance.hours.record')}
      </Title>
      {message ? (
        <Alert color="blue" role="status" mb="sm">
          {message}
        </Alert>
      ) : null}
      {record.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('shifts.attendance.hours.noRecord')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('shifts.attendance.hours.shift')}</Table.Th>
                <Table.Th scope="col">{t('shifts.attendance.hours.status')}</Table.Th>
                <Table.Th scope="col">{t('shifts.attendance.hours.hours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.map((signup) => (
                <Table.Tr key={signup.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {signup.shift.opportunity.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatSessionTime(signup.shift.startsAt, signup.shift.endsAt, language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Badge variant="light" color={signup.hoursApprovedAt ? 'green' : signup.attendance === 'NO_SHOW' ? 'red' : 'gray'}>
                        {signup.hoursApprovedAt ? t('shifts.attendance.hours.approved') : t(`shifts.attendance.value.${signup.attendance ?? 'PRESENT'}` as const)}
                      </Badge>
                      {signup.checkedInAt && !signup.checkedOutAt && !signup.hoursApprovedAt ? (
                        <Button size="compact-xs" variant="light" loading={loading} onClick={() => void onCheckOut(signup.id)}>
                          {t('shifts.attendance.checkIn.checkOut')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{signup.minutes === null || signup.minutes === undefined ? '—' : formatHours(signup.minutes, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function Certificates({ certificates, year }: { certificates: Data['myParticipationCertificates']; year: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const format = useFormatters();
  const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t('shifts.attendance.certificates.dateFormat'));
  const periodSchema = z.object({ from: day, to: day }).refine((period) => period.from <= period.to, { path: ['to'], message: t('shifts.attendance.certificates.dateOrder') });
  const form = useForm({ from: `${year}-01-01`, to: `${year}-12-31` });
  const [issue, { loading }] = useMutation(IssueParticipationCertificateDocument, { refetchQueries: ['MyHoursPage'] });
  const [issued, setIssued] = useState<string | null>(null);

  const submit = form.onSubmit(async () => {
    const period = form.parse(periodSchema);
    if (!period) return;
    const result = await form.send(async () => (await issue({ variables: { input: period } })).data?.issueParticipationCertificate);
    if (result) setIssued(result.data.code);
  });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="certificates-heading">
      <Title order={2} size="h3" id="certificates-heading" mb="xs">
        {t('shifts.attendance.certificates.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('shifts.attendance.certificates.lead')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert message={form.formError} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput type="date" label={t('shifts.attendance.certificates.from')} value={form.values.from} onChange={(e) => form.setValue('from', e.currentTarget.value)} error={form.errors.from} />
            <TextInput type="date" label={t('shifts.attendance.certificates.to')} value={form.values.to} onChange={(e) => form.setValue('to', e.currentTarget.value)} error={form.errors.to} />
            <Button type="submit" loading={loading} mt={{ sm: 25 }}>
              {t('shifts.attendance.certificates.issue')}
            </Button>
          </SimpleGrid>
          {issued ? (
            <Alert color="green" role="status">
              {t('shifts.attendance.certificates.issued', { code: issued })}
            </Alert>
          ) : null}
        </Stack>
      </form>
      {certificates.length === 0 ? (
        <Text size="sm" c="dimmed" mt="md">
          {t('shifts.attendance.certificates.none')}
        </Text>
      ) : (
        <Table mt="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shifts.attendance.certificates.period')}</Table.Th>
              <Table.Th scope="col">{t('shifts.attendance.hours.hours')}</Table.Th>
              <Table.Th scope="col">{t('shifts.attendance.certificates.code')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('shifts.attendance.certificates.download')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {certificates.map((certificate) => (
              <Table.Tr key={certificate.id}>
                <Table.Td>
                  {format.calendarDate(certificate.periodFrom)} – {format.calendarDate(certificate.periodTo)}
                </Table.Td>
                <Table.Td>{formatHours(certificate.totalMinutes, language)}</Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {certificate.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor href={certificate.downloadPath} download aria-label={t('shifts.attendance.certificates.downloadOne', { code: certificate.code })}>
                    {t('shifts.attendance.certificates.download')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
